package com.omnidom.routing.decision;

import com.omnidom.routing.World;
import com.omnidom.testsupport.OmnidomServiceTest;
import com.omnidom.testsupport.Wire;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.util.UUID;

import static com.omnidom.routing.World.BERLIN;
import static com.omnidom.routing.World.POTSDAM;
import static com.omnidom.routing.World.line;
import static com.omnidom.routing.World.shipOrder;
import static com.omnidom.routing.World.vipShipOrder;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queuing an order wakes the drainer: the fallback check is an hour long here (and its first round ran at start), so
 * only the wake-up after the queuing commit can route these orders.
 */
@OmnidomServiceTest
@TestPropertySource(properties = "omnidom.routing.queue-check=1h")
class QueueWakeupIT {

    private final World world;

    QueueWakeupIT(Wire wire, @Autowired JdbcTemplate jdbc) {
        this.world = new World(wire, jdbc);
    }

    @Test
    void aQueuedOrderIsRoutedWithoutWaitingForTheFallbackCheck() {
        world.location("WAKE-BER", BERLIN, null);
        world.stock("WAKE-A", "WAKE-BER", 5);
        world.awaitReplicas();
        UUID normal = UUID.randomUUID();
        UUID vip = UUID.randomUUID();

        world.publish(shipOrder(normal, POTSDAM, line("1", "WAKE-A", 1)));
        world.publish(vipShipOrder(vip, POTSDAM, line("1", "WAKE-A", 1)));

        assertThat(world.awaitFulfillments(normal, 1)).singleElement()
                .satisfies(f -> assertThat(f.get("location_id")).isEqualTo("WAKE-BER"));
        assertThat(world.awaitFulfillments(vip, 1)).hasSize(1);
    }
}
