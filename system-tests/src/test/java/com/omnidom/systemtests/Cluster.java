package com.omnidom.systemtests;

import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * The whole system, however it runs: {@link LocalCluster} (processes on this machine) or {@link ComposeCluster}
 * (the repository's docker-compose.yml). The scenarios see only this: where each service answers, the broker, the mail
 * the customers received.
 */
interface Cluster extends AutoCloseable {

    /** What starts a cluster; it may throw anything. */
    @FunctionalInterface
    interface Start {
        void run() throws Exception;
    }

    /** {@code cluster} once {@code start} has run, or closed (what did start is stopped) and the failure rethrown. */
    static <C extends Cluster> C started(C cluster, Start start) throws Exception {
        try {
            start.run();
            return cluster;
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
    }


    Path ROOT = Path.of(System.getProperty("omnidom.root", "..")).toAbsolutePath().normalize();
    Path LOGS = ROOT.resolve("system-tests/target/system-logs");

    List<String> SERVICES = List.of("catalog-service", "inventory-service", "routing-service",
            "order-service", "payment-service", "notification-service", "returns-service");

    /** Where callers get their tokens. */
    String authorizationServerUrl();

    /** The port on 127.0.0.1 of a service (its first instance when scaled). */
    int port(String service);

    /** The ports of every instance of a service: more than one when the deployment scales it. */
    default List<Integer> ports(String service) {
        return List.of(port(service));
    }

    String bootstrapServers();

    /** Every e-mail delivered to {@code recipient} so far. */
    List<MimeMessage> mailTo(String recipient) throws Exception;

    Duration startTime();

    /** Resident memory of each service, for the figures the run prints. */
    Map<String, Long> rssMib();

    /** What the run reports about this deployment. */
    String describe();

    /** Blocks until consumer group {@code group} has read everything on {@code topics} (its lag is zero). */
    default void awaitConsumed(String group, Duration timeout, String... topics) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        try (Admin admin = admin()) {
            while (true) {
                if (lag(admin, group, topics) == 0) return;
                if (Instant.now().isAfter(deadline)) throw new AssertionError(group + " still lags on " + List.of(topics));
                Thread.sleep(200);
            }
        }
    }

    default Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
    }

    private static long lag(Admin admin, String group, String... topics) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (var description : admin.describeTopics(List.of(topics)).allTopicNames().get().values()) {
            description.partitions().forEach(p -> latest.put(new TopicPartition(description.name(), p.partition()), OffsetSpec.latest()));
        }
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
        long lag = 0;
        for (var end : ends.entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            lag += end.getValue().offset() - (done == null ? 0 : done.offset());
        }
        return lag;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
