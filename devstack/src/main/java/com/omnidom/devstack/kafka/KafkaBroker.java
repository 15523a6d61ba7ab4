package com.omnidom.devstack.kafka;

import com.omnidom.devstack.Options;
import com.omnidom.devstack.Options.UsageException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one process) for the local stack.
 * The log directory is formatted once and kept, so topics and offsets survive a restart.
 */
public final class KafkaBroker {

    private static final String USAGE = """
            usage: java -cp ... com.omnidom.devstack.kafka.KafkaBroker [options]
              --port <n>             client (PLAINTEXT) port, default 9092
              --controller-port <n>  KRaft controller port, default 9093
              --host <address>       address to listen on, default 127.0.0.1
              --data-dir <dir>       broker data, kept between runs, default .omnidom/data/kafka
            Runs until SIGTERM (or Ctrl-C), then shuts down cleanly.""";

    private KafkaBroker() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args, Set.of("port", "controller-port", "host", "data-dir"), USAGE);
        } catch (UsageException e) {
            e.report();
            System.exit(2);
            return;
        }
        long start = System.nanoTime();
        String host = options.text("host", "127.0.0.1");
        int port = options.integer("port", 9092);
        int controllerPort = options.integer("controller-port", 9093);
        Path dataDir = options.path("data-dir", ".omnidom/data/kafka");
        Path logDir = dataDir.resolve("log");

        Properties config = brokerConfig(host, port, controllerPort, logDir);
        formatOnce(config, dataDir, logDir);

        var server = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Kafka broker stopping");
            server.shutdown();
            server.awaitShutdown();
            System.out.println("Kafka broker stopped");
        }, "kafka-broker-shutdown"));
        try {
            server.startup();
        } catch (RuntimeException e) {
            System.err.println("Kafka broker failed to start on " + host + ":" + port + ": " + e);
            System.exit(1);
        }
        System.out.printf("Kafka broker ready on %s:%d (controller %d, data %s) in %d ms%n",
                host, port, controllerPort, dataDir, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        server.awaitShutdown();
    }

    static Properties brokerConfig(String host, int port, int controllerPort, Path logDir) {
        var p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@" + host + ":" + controllerPort);
        p.put("listeners", "PLAINTEXT://" + host + ":" + port + ",CONTROLLER://" + host + ":" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + host + ":" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        // One node: every internal topic must make do with a single replica.
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        // Consumers of a local stack should not wait 3 s for a first rebalance.
        p.put("group.initial.rebalance.delay.ms", "0");
        return p;
    }

    /** Formats the log directory on first use only: a formatted directory carries the cluster id. */
    private static void formatOnce(Properties config, Path dataDir, Path logDir) throws IOException {
        Files.createDirectories(logDir);
        Path configFile = dataDir.resolve("server.properties");
        try (var out = Files.newBufferedWriter(configFile)) {
            config.store(out, "Written by KafkaBroker at every start, for reference");
        }
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        String[] format = {"format", "-t", Uuid.randomUuid().toString(), "-c", configFile.toString(), "--ignore-formatted"};
        int exitCode = StorageTool.execute(format, System.out);
        if (exitCode != 0) {
            throw new IllegalStateException("formatting " + logDir + " failed with exit code " + exitCode);
        }
    }
}
