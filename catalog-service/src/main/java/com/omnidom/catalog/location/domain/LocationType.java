package com.omnidom.catalog.location.domain;

/** Who runs the location; drop shippers and franchise partners are run by a partner. */
public enum LocationType {
    WAREHOUSE, STORE, DROP_SHIPPER, LOGISTICS_PROVIDER, FRANCHISE_PARTNER;

    public boolean runByPartner() {
        return this == DROP_SHIPPER || this == FRANCHISE_PARTNER;
    }
}
