package com.omnidom.systemtests;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import java.util.function.Predicate;

/**
 * The faults of the run, one after another at a fixed spacing: each is injected on schedule in its own thread (an
 * injection may take a while: a pause before the restart, a frozen process, a slow PSP), then watched until the
 * system has recovered from it: what it hit is healthy again and work flows again after it (new fulfilment orders
 * reach the locations, or captures reach the PSP).
 */
final class FaultPlan {

    /** What a fault does to the system. */
    @FunctionalInterface
    interface Injection {
        void inject() throws Exception;
    }

    /**
     * @param healthy   what the fault hit answers healthy again
     * @param flowAfter work flows again after that moment
     */
    record Fault(String name, Injection injection, BooleanSupplier healthy, Predicate<Instant> flowAfter) {
    }

    /** What happened to one fault: when, how busy the system was, how long its injection and the recovery took. */
    record Outcome(int number, String name, Instant injectedAt, int inFlight, Duration injection, Duration recovery,
                   String failure) {
        boolean recovered() {
            return recovery != null;
        }
    }

    static final Duration RECOVERY_LIMIT = Duration.ofSeconds(240);

    private final List<Fault> faults = new ArrayList<>();

    FaultPlan add(String name, Injection injection, BooleanSupplier healthy, Predicate<Instant> flowAfter) {
        faults.add(new Fault(name, injection, healthy, flowAfter));
        return this;
    }

    int size() {
        return faults.size();
    }

    /**
     * Injects fault {@code i} at {@code start + i × spacing}, watches each until recovered or {@link #RECOVERY_LIMIT};
     * returns once every fault has recovered or run out of time. {@code inFlight} counts orders not finished yet.
     */
    List<Outcome> run(Instant start, Duration spacing, IntSupplier inFlight) throws InterruptedException {
        Map<Integer, Outcome> outcomes = new ConcurrentHashMap<>();
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        for (int i = 0; i < faults.size(); i++) {
            Fault fault = faults.get(i);
            int number = i + 1;
            sleepUntil(start.plus(spacing.multipliedBy(i)));
            int busy = inFlight.getAsInt();
            Instant injectedAt = Instant.now();
            System.out.printf("fault %d at %s: %s (%d orders in flight)%n", number, injectedAt, fault.name(), busy);
            threads.submit(() -> outcomes.put(number, play(number, fault, injectedAt, busy)));
        }
        threads.shutdown();
        if (!threads.awaitTermination(RECOVERY_LIMIT.plusMinutes(2).toSeconds(), TimeUnit.SECONDS)) threads.shutdownNow();
        List<Outcome> all = new ArrayList<>();
        for (int i = 1; i <= faults.size(); i++) {
            all.add(outcomes.getOrDefault(i, new Outcome(i, faults.get(i - 1).name(), null, -1, null, null, "did not end")));
        }
        return all;
    }

    private static Outcome play(int number, Fault fault, Instant injectedAt, int inFlight) {
        try {
            fault.injection().inject();
        } catch (Exception | Error e) {
            return new Outcome(number, fault.name(), injectedAt, inFlight, Duration.between(injectedAt, Instant.now()), null,
                    "injection failed: " + e);
        }
        Instant injected = Instant.now();
        Duration injection = Duration.between(injectedAt, injected);
        Instant giveUp = injected.plus(RECOVERY_LIMIT);
        Instant healthyAt = null;
        while (Instant.now().isBefore(giveUp)) {
            if (healthyAt == null && fault.healthy().getAsBoolean()) healthyAt = Instant.now();
            if (healthyAt != null && fault.flowAfter().test(healthyAt.isAfter(injected) ? healthyAt : injected)) {
                Duration recovery = Duration.between(injectedAt, Instant.now());
                System.out.printf("fault %d recovered in %d s: %s%n", number, recovery.toSeconds(), fault.name());
                return new Outcome(number, fault.name(), injectedAt, inFlight, injection, recovery, null);
            }
            sleep(500);
        }
        String failure = healthyAt == null ? "not healthy within " + RECOVERY_LIMIT.toSeconds() + " s"
                : "healthy, but no work flowed within " + RECOVERY_LIMIT.toSeconds() + " s";
        System.out.printf("fault %d NOT recovered: %s: %s%n", number, fault.name(), failure);
        return new Outcome(number, fault.name(), injectedAt, inFlight, injection, null, failure);
    }

    static void sleepUntil(Instant moment) throws InterruptedException {
        long millis = Duration.between(Instant.now(), moment).toMillis();
        if (millis > 0) Thread.sleep(millis);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
