package com.omnidom.devstack.traffic;

import java.util.Random;

/**
 * How the demo's locations handle a fulfilment order, compressed into seconds so a demo shows whole lifecycles: a
 * store cannot find the goods now and then and rejects; otherwise the location acknowledges, picks and packs, and
 * ships (or puts the parcel on the pickup shelf, where the customer collects it a little later). Pure and seeded.
 */
public final class LocationPolicy {

    static final double STORE_REJECT_SHARE = 0.03;

    private final Random random;
    private final double storeRejectShare;

    public LocationPolicy(long seed, double storeRejectShare) {
        this.random = new Random(seed);
        this.storeRejectShare = storeRejectShare;
    }

    public LocationPolicy(long seed) {
        this(seed, STORE_REJECT_SHARE);
    }

    /** What happens to one fulfilment order; delays in milliseconds, each counted from the step before. */
    public record Plan(boolean reject, long acknowledgeAfter, long shipAfter, long pickedUpAfter, String carrier,
                       String trackingNumber) {
    }

    /** @param locationId e.g. STORE-DE-BERLIN-01, WH-DE-KASSEL-01 or DS-IT-MILAN-01 */
    public synchronized Plan plan(String locationId, String mode) {
        boolean store = locationId.startsWith("STORE-");
        if (store && random.nextDouble() < storeRejectShare) {
            return new Plan(true, between(500, 3_000), 0, 0, null, null);
        }
        long acknowledge = locationId.startsWith("DS-") ? between(1_000, 4_000)
                : store ? between(500, 3_000) : between(300, 1_500);
        long ship = between(2_000, 8_000);
        long pickedUp = "PICKUP".equals(mode) ? between(3_000, 12_000) : 0;
        double c = random.nextDouble();
        String carrier = c < 0.55 ? "DHL" : c < 0.75 ? "DPD" : c < 0.9 ? "GLS" : "UPS";
        var tracking = new StringBuilder(carrier.equals("UPS") ? "1Z" : "");
        for (int i = 0; i < (carrier.equals("DHL") ? 20 : 14); i++) {
            tracking.append(random.nextInt(10));
        }
        return new Plan(false, acknowledge, ship, pickedUp, carrier, tracking.toString());
    }

    private long between(long min, long max) {
        return min + (long) (random.nextDouble() * (max - min));
    }
}
