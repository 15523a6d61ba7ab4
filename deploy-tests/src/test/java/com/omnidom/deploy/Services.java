package com.omnidom.deploy;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;

/** The seven services as their own modules declare them (application.yml), the facts k8s/ must agree with. */
record Services(String name, List<String> produces, List<String> consumes, List<String> broadcasts) {

    static final List<String> NAMES = List.of("catalog-service", "order-service", "inventory-service",
            "routing-service", "payment-service", "notification-service", "returns-service");

    /** The people's screens (module web): no database, no Kafka; it calls services' REST APIs. */
    static final String WEB = "web";

    /** The services the screens call, as web's application.yml names them ({@code omnidom.web.services.<name>}). */
    static List<String> calledByWeb() {
        return applicationYml(WEB).at("/omnidom/web/services").propertyNames().stream().map(n -> n + "-service").toList();
    }

    static List<Services> all() {
        return NAMES.stream().map(Services::of).toList();
    }

    static Services of(String name) {
        JsonNode kafka = applicationYml(name).at("/omnidom/kafka");
        return new Services(name, strings(kafka.path("produces")), strings(kafka.path("consumes")),
                strings(kafka.path("broadcasts")));
    }

    static JsonNode applicationYml(String name) {
        Path file = module(name).resolve(Path.of("src", "main", "resources", "application.yml"));
        try {
            return Kustomize.YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path module(String name) {
        return Path.of("..", name);
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }
}
