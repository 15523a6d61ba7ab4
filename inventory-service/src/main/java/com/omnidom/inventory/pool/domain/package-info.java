/** Issuable units and their pool; no Spring, web or JSON. */
package com.omnidom.inventory.pool.domain;
