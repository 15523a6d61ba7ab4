/** REST API of pools under /api/v1/pools. */
package com.omnidom.inventory.pool.web;
