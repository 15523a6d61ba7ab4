/** REST API of stock levels under /api/v1/stock. */
package com.omnidom.inventory.stock.web;
