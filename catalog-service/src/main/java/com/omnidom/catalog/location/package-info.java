/** Delivery locations: warehouses, stores, drop shippers, logistics providers and franchise partners. */
package com.omnidom.catalog.location;
