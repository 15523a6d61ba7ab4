/** Seeded demo data for a European retailer, loaded through catalog-service's public import API. */
package com.omnidom.devstack.demo;
