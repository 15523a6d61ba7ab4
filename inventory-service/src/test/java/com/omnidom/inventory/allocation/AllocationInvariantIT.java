package com.omnidom.inventory.allocation;

import com.omnidom.inventory.allocation.application.AllocationOutcome;
import com.omnidom.inventory.allocation.application.StockAllocation;
import com.omnidom.inventory.allocation.domain.AllocationLine;
import com.omnidom.inventory.allocation.domain.FulfillmentId;
import com.omnidom.inventory.allocation.domain.FulfillmentOrder;
import com.omnidom.inventory.stock.application.SetOnHand;
import com.omnidom.inventory.stock.domain.LocationId;
import com.omnidom.inventory.Assignments;
import com.omnidom.platform.inbox.Inbox;
import com.omnidom.testsupport.OmnidomServiceTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 200 concurrent allocations of one unit against 50, on real threads against the database, in an order and with
 * timings drawn from a seed: exactly 50 succeed, and an observer reading the row throughout never sees on hand
 * negative nor allocated + available different from on hand.
 */
@OmnidomServiceTest
class AllocationInvariantIT {

    @Autowired
    StockAllocation allocation;

    @Autowired
    Inbox inbox;

    @Autowired
    SetOnHand setOnHand;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42, 1234, 9001, 31337, 271828, 314159})
    void exactlyFiftyOfTwoHundredConcurrentAllocationsSucceedAndTheRowStaysConsistentAtEveryStep(long seed) throws Exception {
        String sku = "INV-" + seed;
        setOnHand.set("WH-INV", sku, 50);
        Random random = new Random(seed);
        List<Integer> spins = new ArrayList<>();
        for (int i = 0; i < 200; i++) spins.add(random.nextInt(200_000));
        Collections.shuffle(spins, random);
        int threads = 4 + random.nextInt(29);

        List<String> violations = new CopyOnWriteArrayList<>();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread observer = Thread.ofPlatform().start(() -> {
            while (running.get()) {
                Map<String, Object> row = jdbc.queryForMap("""
                        SELECT on_hand, allocated, GREATEST(0, on_hand - allocated - blocked - reserved - safety_stock) AS available
                          FROM stock WHERE sku = ?""", sku);
                int onHand = (int) row.get("on_hand");
                int allocated = (int) row.get("allocated");
                int available = (int) row.get("available");
                if (onHand < 0 || allocated < 0 || allocated + available != onHand) {
                    violations.add("on hand " + onHand + ", allocated " + allocated + ", available " + available);
                }
            }
        });

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<AllocationOutcome>> futures = new ArrayList<>();
        try {
            for (int spin : spins) {
                futures.add(pool.submit(() -> {
                    start.await();
                    busy(spin);
                    return Assignments.assign(inbox, allocation, new FulfillmentOrder(UUID.randomUUID(),
                            new FulfillmentId(UUID.randomUUID()), new LocationId("WH-INV"), List.of(new AllocationLine("1", sku, 1))));
                }));
            }
            start.countDown();
            List<AllocationOutcome> outcomes = new ArrayList<>();
            for (Future<AllocationOutcome> f : futures) outcomes.add(f.get());
            assertThat(outcomes.stream().filter(o -> o == AllocationOutcome.ALLOCATED).count()).isEqualTo(50);
            assertThat(outcomes.stream().filter(o -> o == AllocationOutcome.FAILED).count()).isEqualTo(150);
        } finally {
            running.set(false);
            observer.join();
            pool.shutdownNow();
        }
        assertThat(violations).isEmpty();
        assertThat(jdbc.queryForMap("SELECT on_hand, allocated FROM stock WHERE sku = ?", sku))
                .containsEntry("on_hand", 50).containsEntry("allocated", 50);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM allocation a WHERE state = 'ALLOCATED' AND lines->0->>'sku' = ?",
                Long.class, sku)).isEqualTo(50);
    }

    /** Busy work instead of sleeping: shifts when each thread reaches the database, differently per seed. */
    private static void busy(int spins) {
        long x = spins;
        for (int i = 0; i < spins; i++) x = x * 6364136223846793005L + 1442695040888963407L;
        if (x == 42) Thread.onSpinWait();
    }
}
