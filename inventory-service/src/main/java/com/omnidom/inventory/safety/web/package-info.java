/** REST API of safety stock rules under /api/v1/safety-stock-rules. */
package com.omnidom.inventory.safety.web;
