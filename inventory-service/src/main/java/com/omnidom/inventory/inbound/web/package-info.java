/** REST API of goods in transit under /api/v1/inbound. */
package com.omnidom.inventory.inbound.web;
