package com.omnidom.routing.fulfillment.application;

import com.omnidom.routing.fulfillment.domain.PickupHold;
import com.omnidom.routing.fulfillment.domain.PickupHolds;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How long pickups wait for their customer ({@code omnidom.routing.pickup.*}). The times are per type of the location
 * (the catalog's {@code STORE}, {@code FRANCHISE_PARTNER}, ...; any case) plus {@code default} for every other type; a
 * key given replaces only its own built-in value (stores: reminder after 2 days, expiry after 7; others: 3 and 10).
 *
 * @param reminderAfter per location type: how long after it was made ready the customer is reminded, once
 * @param expireAfter   per location type: how long after it was made ready it expires (no reminder when that comes first)
 * @param check         how often the sweep looks for pickups due (the times are days: a minute late is nothing)
 * @param batch         pickups handled per look at most (the rest in the next)
 */
@ConfigurationProperties("omnidom.routing.pickup")
public record PickupProperties(Map<String, Duration> reminderAfter, Map<String, Duration> expireAfter, Duration check,
                               Integer batch) {

    /** The key of every type without a time of its own. */
    static final String OTHERWISE = "DEFAULT";
    private static final Map<String, Duration> REMINDER_AFTER = Map.of("STORE", Duration.ofDays(2), OTHERWISE, Duration.ofDays(3));
    private static final Map<String, Duration> EXPIRE_AFTER = Map.of("STORE", Duration.ofDays(7), OTHERWISE, Duration.ofDays(10));

    public PickupProperties {
        reminderAfter = withBuiltIns(REMINDER_AFTER, reminderAfter);
        expireAfter = withBuiltIns(EXPIRE_AFTER, expireAfter);
        if (check == null) check = Duration.ofMinutes(1);
        if (batch == null) batch = 200;
        if (!check.isPositive()) throw new IllegalArgumentException("omnidom.routing.pickup.check must be positive");
        if (batch < 1) throw new IllegalArgumentException("omnidom.routing.pickup.batch must be at least 1");
        holdsOf(reminderAfter, expireAfter); // refuses a time that is not positive at start-up
    }

    /** The hold of each location type configured, and of every other. */
    public PickupHolds holds() {
        return holdsOf(reminderAfter, expireAfter);
    }

    private static PickupHolds holdsOf(Map<String, Duration> reminderAfter, Map<String, Duration> expireAfter) {
        Set<String> types = new TreeSet<>(reminderAfter.keySet());
        types.addAll(expireAfter.keySet());
        types.remove(OTHERWISE);
        Map<String, PickupHold> byType = new HashMap<>();
        for (String type : types) {
            byType.put(type, new PickupHold(reminderAfter.getOrDefault(type, reminderAfter.get(OTHERWISE)),
                    expireAfter.getOrDefault(type, expireAfter.get(OTHERWISE))));
        }
        return new PickupHolds(byType, new PickupHold(reminderAfter.get(OTHERWISE), expireAfter.get(OTHERWISE)));
    }

    /** The built-in times, each replaced by the configured one of its type (keys in upper case: env variables give lower). */
    private static Map<String, Duration> withBuiltIns(Map<String, Duration> builtIns, Map<String, Duration> configured) {
        Map<String, Duration> times = new HashMap<>(builtIns);
        if (configured != null) configured.forEach((type, time) -> times.put(type.toUpperCase(Locale.ROOT), time));
        return Map.copyOf(times);
    }
}
