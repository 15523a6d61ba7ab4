package com.omnidom.routing.engine;

/** Who runs the location (the catalog's location types). */
public enum LocationType { WAREHOUSE, STORE, DROP_SHIPPER, LOGISTICS_PROVIDER, FRANCHISE_PARTNER }
