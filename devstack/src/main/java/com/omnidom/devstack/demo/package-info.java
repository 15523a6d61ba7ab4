/** Seeded demo data for a European retailer, loaded through catalog-service's and inventory-service's public import APIs. */
package com.omnidom.devstack.demo;
