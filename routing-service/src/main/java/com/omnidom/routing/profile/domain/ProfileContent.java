package com.omnidom.routing.profile.domain;

import com.omnidom.routing.engine.CostWeights;
import com.omnidom.routing.engine.DistanceBand;
import com.omnidom.routing.engine.Fences;
import com.omnidom.routing.engine.LocationType;
import com.omnidom.routing.engine.RoutingProfile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A profile's fences and cost weights as written by a planner: every field optional (a missing one takes the
 * engine's default), kept as given so a draft with mistakes can be stored, listed with all its problems, and fixed
 * in a next version. Only valid content becomes the engine's {@link RoutingProfile}. Money in minor units of
 * {@code currency} (ISO 4217; null = routing's configured default): locations' costs are converted into it.
 */
public record ProfileContent(FenceSettings fences, WeightSettings weights, String currency) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    public ProfileContent {
        if (fences == null) fences = new FenceSettings(null, null, null, null, null, null, null, null, null);
        if (weights == null) weights = new WeightSettings(null, null, null, null, null, null, null, null, null, null);
    }

    /** Content in routing's default currency. */
    public ProfileContent(FenceSettings fences, WeightSettings weights) {
        this(fences, weights, null);
    }

    /** Hard limits; see the engine's {@link Fences}. */
    public record FenceSettings(List<String> allowedTypes, List<String> allowedGroups, Integer maxDistanceKm,
                                Integer maxShipments, Boolean allowLineSplit, Long minShipmentValue,
                                List<String> requiredCapabilities, Boolean respectCapacity, Boolean hardPromise) {
    }

    /** Weighted costs; see the engine's {@link CostWeights}. */
    public record WeightSettings(Long perShipment, Long perUnit, Long perKm, List<Band> distanceBands, Long splitPenalty,
                                 Long latenessPerDay, Long unfulfilledLine, Long unfulfilledUnit, Integer kmPerTransitDay,
                                 Integer unknownDistanceKm) {
    }

    /** Cost of a shipment up to a distance. */
    public record Band(Integer upToKm, Long cost) {
    }

    /** The engine's defaults written out, so a stored default profile shows every value. */
    public static ProfileContent defaults() {
        Fences f = Fences.NONE;
        CostWeights w = CostWeights.DEFAULT;
        return new ProfileContent(
                new FenceSettings(List.of(), List.of(), f.maxDistanceKm(), f.maxShipments(), f.allowLineSplit(),
                        f.minShipmentValue(), List.of(), f.respectCapacity(), f.hardPromise()),
                new WeightSettings(w.perShipment(), w.perUnit(), w.perKm(),
                        w.distanceBands().stream().map(b -> new Band(b.upToKm(), b.cost())).toList(), w.splitPenalty(),
                        w.latenessPerDay(), w.unfulfilledLine(), w.unfulfilledUnit(), w.kmPerTransitDay(), w.unknownDistanceKm()));
    }

    /** Every problem of the content, each with its field; empty when it can decide live traffic. */
    public List<ProfileProblem> problems() {
        List<ProfileProblem> problems = new ArrayList<>();
        if (currency != null && !isCurrency(currency)) {
            problems.add(new ProfileProblem("currency", "must be an ISO 4217 currency code such as EUR"));
        }
        list(fences.allowedTypes()).forEach(new Indexed<>((i, type) -> {
            if (type == null || Arrays.stream(LocationType.values()).noneMatch(t -> t.name().equals(type))) {
                problems.add(new ProfileProblem("fences.allowedTypes[" + i + "]",
                        "must be one of " + Arrays.toString(LocationType.values())));
            }
        }));
        list(fences.allowedGroups()).forEach(new Indexed<>((i, group) -> {
            if (group == null || group.isBlank() || group.length() > 64) {
                problems.add(new ProfileProblem("fences.allowedGroups[" + i + "]", "must be a group name of 1 to 64 characters"));
            }
        }));
        list(fences.requiredCapabilities()).forEach(new Indexed<>((i, capability) -> {
            if (capability == null || !CODE.matcher(capability).matches()) {
                problems.add(new ProfileProblem("fences.requiredCapabilities[" + i + "]", "must be an upper-case code such as SHIP"));
            }
        }));
        atLeast(problems, "fences.maxDistanceKm", fences.maxDistanceKm(), 0);
        atLeast(problems, "fences.maxShipments", fences.maxShipments(), 1);
        atLeast(problems, "fences.minShipmentValue", fences.minShipmentValue(), 0);

        atLeast(problems, "weights.perShipment", weights.perShipment(), 0);
        atLeast(problems, "weights.perUnit", weights.perUnit(), 0);
        atLeast(problems, "weights.perKm", weights.perKm(), 0);
        atLeast(problems, "weights.splitPenalty", weights.splitPenalty(), 0);
        atLeast(problems, "weights.latenessPerDay", weights.latenessPerDay(), 0);
        atLeast(problems, "weights.unfulfilledLine", weights.unfulfilledLine(), 0);
        atLeast(problems, "weights.unfulfilledUnit", weights.unfulfilledUnit(), 0);
        atLeast(problems, "weights.kmPerTransitDay", weights.kmPerTransitDay(), 1);
        atLeast(problems, "weights.unknownDistanceKm", weights.unknownDistanceKm(), 0);
        List<Band> bands = list(weights.distanceBands());
        Integer previous = null;
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            String field = "weights.distanceBands[" + i + "]";
            if (band == null || band.upToKm() == null || band.cost() == null) {
                problems.add(new ProfileProblem(field, "needs upToKm and cost"));
                continue;
            }
            atLeast(problems, field + ".upToKm", band.upToKm(), 1);
            atLeast(problems, field + ".cost", band.cost(), 0);
            if (previous != null && band.upToKm() <= previous) {
                problems.add(new ProfileProblem(field + ".upToKm", "must be greater than the band before (" + previous + ")"));
            }
            previous = band.upToKm();
        }
        if (Boolean.TRUE.equals(fences.hardPromise()) && weights.latenessPerDay() != null && weights.latenessPerDay() > 0) {
            problems.add(new ProfileProblem("weights.latenessPerDay",
                    "has no effect with fences.hardPromise (late plans are never chosen); set it to 0 or drop hardPromise"));
        }
        return problems;
    }

    /** The engine's profile; only for content without problems. */
    public RoutingProfile toEngine(String profileId, int version, String channel, String country) {
        if (!problems().isEmpty()) throw new IllegalStateException("profile " + profileId + " has problems: " + problems());
        Fences f = Fences.NONE;
        Set<LocationType> types = EnumSet.noneOf(LocationType.class);
        list(fences.allowedTypes()).forEach(t -> types.add(LocationType.valueOf(t)));
        Fences engineFences = new Fences(types, new LinkedHashSet<>(list(fences.allowedGroups())),
                fences.maxDistanceKm(), fences.maxShipments(), or(fences.allowLineSplit(), f.allowLineSplit()),
                fences.minShipmentValue(), new LinkedHashSet<>(list(fences.requiredCapabilities())),
                or(fences.respectCapacity(), f.respectCapacity()), or(fences.hardPromise(), f.hardPromise()));
        CostWeights w = CostWeights.DEFAULT;
        CostWeights engineWeights = new CostWeights(or(weights.perShipment(), w.perShipment()), or(weights.perUnit(), w.perUnit()),
                or(weights.perKm(), w.perKm()),
                weights.distanceBands() == null ? w.distanceBands()
                        : weights.distanceBands().stream().map(b -> new DistanceBand(b.upToKm(), b.cost())).toList(),
                or(weights.splitPenalty(), w.splitPenalty()), or(weights.latenessPerDay(), w.latenessPerDay()),
                or(weights.unfulfilledLine(), w.unfulfilledLine()), or(weights.unfulfilledUnit(), w.unfulfilledUnit()),
                or(weights.kmPerTransitDay(), w.kmPerTransitDay()), or(weights.unknownDistanceKm(), w.unknownDistanceKm()));
        return new RoutingProfile(profileId, version, channel, country, engineFences, engineWeights);
    }

    private static boolean isCurrency(String code) {
        try {
            return java.util.Currency.getInstance(code).getCurrencyCode().equals(code);
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static void atLeast(List<ProfileProblem> problems, String field, Number value, long min) {
        if (value != null && value.longValue() < min) problems.add(new ProfileProblem(field, "must be at least " + min));
    }

    /** Walks a list with the index, for problem paths. */
    private static final class Indexed<T> implements java.util.function.Consumer<T> {
        private final java.util.function.ObjIntConsumer<T> action;
        private int index;

        Indexed(java.util.function.BiConsumer<Integer, T> action) {
            this.action = (value, i) -> action.accept(i, value);
        }

        @Override
        public void accept(T value) {
            action.accept(value, index++);
        }
    }
}
