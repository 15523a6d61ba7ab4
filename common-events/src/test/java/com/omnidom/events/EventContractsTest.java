package com.omnidom.events;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The wire contract of every {@link EventType}: its committed JSON Schema matches what the record
 * serialises to (validation plus drift in both directions), the registry is consistent, and the
 * AsyncAPI document lists every topic.
 */
class EventContractsTest {

    /**
     * Writes events as the platform's EventCodec does: Jackson 3 defaults plus plain decimals ("1000", never
     * "1E+3"); its other settings only affect reading. The tests check the JSON text, read back as a tree.
     */
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private static final Path ASYNCAPI = Path.of("..", "docs", "asyncapi.yaml");

    private static final Pattern CE_TYPE =
            Pattern.compile("omnidom\\.(?<producer>[a-z]+)\\.(?<event>[a-z]+(?:-[a-z]+)*)\\.v(?<major>[1-9][0-9]*)");

    // --- schemas against the serialised records ----------------------------------------------------------

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everySampleMatchesItsEventTypeRecord(EventType type) {
        for (ContractEvent sample : SampleEvents.allOf(type)) {
            assertThat(sample).isInstanceOf(type.recordType());
            assertThat(EventType.of(sample.getClass())).isEqualTo(type);
        }
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void serialisedSamplesValidateAgainstTheCommittedSchema(EventType type) {
        for (ContractEvent sample : SampleEvents.allOf(type)) {
            JsonNode json = wire(sample);
            List<Error> errors = validate(type, json);
            assertThat(errors).as("%s violates %s:%n%s%n%s", type, type.schemaResource(), describe(errors), json)
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void serialisedSamplesHaveExactlyTheSchemaProperties(EventType type) {
        JsonNode schema = schemaJson(type);
        for (ContractEvent sample : SampleEvents.allOf(type)) {
            JsonNode json = wire(sample);
            assertThat(SchemaDrift.ofJson(schema, json)).as("drift between %s and %s", json, type.schemaResource())
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void recordComponentsAndEnumsMatchTheSchemaProperties(EventType type) {
        assertThat(SchemaDrift.ofRecord(schemaJson(type), type.recordType()))
                .as("drift between %s and %s", type.recordType().getName(), type.schemaResource()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaRequiresAndDescribesEveryProperty(EventType type) {
        JsonNode schema = schemaJson(type);
        assertThat(schema.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asString()).isNotBlank();
        assertThat(schema.path("description").asString()).contains(type.type(), type.topic().name());
        assertThat(schema.path("additionalProperties").isMissingNode())
                .as("consumers must tolerate added fields: no additionalProperties at the top level").isTrue();
        assertThat(SchemaDrift.ofHygiene(schema)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void samplesSurviveARoundTrip(EventType type) {
        for (ContractEvent sample : SampleEvents.allOf(type)) {
            String json = MAPPER.writeValueAsString(sample);
            assertThat(MAPPER.readValue(json, type.recordType())).isEqualTo(sample);
        }
    }

    static Stream<Arguments> brokenEvents() {
        return Stream.of(
                broken(EventType.ARTICLE_CHANGED, "/prices/0/amount", json -> priceOf(json).put("amount", "abc")),
                broken(EventType.ARTICLE_CHANGED, "/prices/0/amount", json -> priceOf(json).put("amount", 12.5)),
                broken(EventType.ARTICLE_CHANGED, "", json -> ((ObjectNode) json).remove("eventId")),
                broken(EventType.ARTICLE_CHANGED, "/eventId", json -> ((ObjectNode) json).put("eventId", "not-a-uuid")),
                broken(EventType.ARTICLE_CHANGED, "/occurredAt", json -> ((ObjectNode) json).put("occurredAt", "2025-03-01 09:15")),
                broken(EventType.ARTICLE_CHANGED, "/kind", json -> ((ObjectNode) json).put("kind", "FURNITURE")),
                broken(EventType.ARTICLE_CHANGED, "/sku", json -> ((ObjectNode) json).putNull("sku")),
                broken(EventType.ARTICLE_CHANGED, "/components/0/quantity", json -> ((ObjectNode) json.at("/components/0")).put("quantity", 0)),
                broken(EventType.LOCATION_CHANGED, "/openingHours/0/opens", json -> ((ObjectNode) json.at("/openingHours/0")).put("opens", "9 am")),
                broken(EventType.LOCATION_CHANGED, "/openingHours/0/day", json -> ((ObjectNode) json.at("/openingHours/0")).put("day", "MON")),
                broken(EventType.LOCATION_CHANGED, "/openingExceptions/0/date", json -> ((ObjectNode) json.at("/openingExceptions/0")).put("date", "24.12.2025")),
                broken(EventType.LOCATION_CHANGED, "/geo/latitude", json -> ((ObjectNode) json.at("/geo")).put("latitude", 123.4)),
                broken(EventType.LOCATION_CHANGED, "/costProfile/perOrder", json -> ((ObjectNode) json.at("/costProfile")).put("perOrder", "1E+3")),
                broken(EventType.LOCATION_CHANGED, "/address/country", json -> ((ObjectNode) json.at("/address")).put("country", "Germany")),
                broken(EventType.LOCATION_CHANGED, "/capabilities/0", json -> ((ObjectNode) json).withArray("capabilities").set(0, "TELEPORT")),
                broken(EventType.ORDER_ACCEPTED, "", json -> ((ObjectNode) json).remove("orderId")),
                broken(EventType.ORDER_ACCEPTED, "/orderId", json -> ((ObjectNode) json).put("orderId", "WS-2025-0001842")),
                broken(EventType.ORDER_ACCEPTED, "/total", json -> ((ObjectNode) json).put("total", "578,90")),
                broken(EventType.ORDER_ACCEPTED, "/total", json -> ((ObjectNode) json).put("total", 578.90)),
                broken(EventType.ORDER_ACCEPTED, "/lines/0/unitPrice", json -> ((ObjectNode) json.at("/lines/0")).put("unitPrice", "-499.00")),
                broken(EventType.ORDER_ACCEPTED, "/lines/0/taxRate", json -> ((ObjectNode) json.at("/lines/0")).put("taxRate", "19")),
                broken(EventType.ORDER_ACCEPTED, "/lines", json -> ((ObjectNode) json).putArray("lines")),
                broken(EventType.ORDER_ACCEPTED, "/channel", json -> ((ObjectNode) json).put("channel", "TELEFAX")),
                broken(EventType.ORDER_ACCEPTED, "/tenders/0/type", json -> ((ObjectNode) json.at("/tenders/0")).put("type", "VOUCHER")),
                broken(EventType.ORDER_ACCEPTED, "/delivery/address", json -> ((ObjectNode) json.at("/delivery")).putNull("address")),
                broken(EventType.ORDER_ACCEPTED, "/delivery/pickupLocationId", json -> ((ObjectNode) json.at("/delivery")).put("mode", "PICKUP")),
                broken(EventType.ORDER_ACCEPTED, "/currency", json -> ((ObjectNode) json).put("currency", "€")),
                broken(EventType.ORDER_ACCEPTED, "/replacesOrderId", json -> ((ObjectNode) json).put("replacesOrderId", "WS-2025-0001842")),
                broken(EventType.ORDER_HELD, "/reasons", json -> ((ObjectNode) json).putArray("reasons")),
                broken(EventType.ORDER_HELD, "/channel", json -> ((ObjectNode) json).put("channel", "TELEFAX")),
                broken(EventType.ORDER_REJECTED, "/decidedBy", json -> ((ObjectNode) json).putNull("decidedBy")),
                broken(EventType.ORDER_CANCELLED, "/lines/0/quantity", json -> ((ObjectNode) json.at("/lines/0")).put("quantity", 0)),
                broken(EventType.ORDER_CANCELLED, "/lines", json -> ((ObjectNode) json).putArray("lines")),
                broken(EventType.DELIVERY_ADDRESS_CHANGED, "/delivery/address", json -> ((ObjectNode) json.at("/delivery")).putNull("address")),
                broken(EventType.ORDER_NOTE_ADDED, "/text", json -> ((ObjectNode) json).put("text", "")),
                broken(EventType.FULFILLMENT_ASSIGNED, "/promisedBy", json -> ((ObjectNode) json).put("promisedBy", "tomorrow")),
                broken(EventType.FULFILLMENT_ASSIGNED, "/manual", json -> ((ObjectNode) json).putNull("manual")),
                broken(EventType.FULFILLMENT_CANCELLED, "/lines/0/quantity", json -> ((ObjectNode) json.at("/lines/0")).put("quantity", 0)),
                broken(EventType.FULFILLMENT_DEFERRED, "/retryUntil", json -> ((ObjectNode) json).putNull("retryUntil")),
                broken(EventType.STOCK_RELEASED, "/lines/0/issued/0", json -> ((ObjectNode) json.at("/lines/0")).withArray("issued").set(0, "")),
                broken(EventType.AVAILABILITY_CHANGED, "/reservations/0/quantity", json -> ((ObjectNode) json.at("/reservations/0")).put("quantity", -1)),
                broken(EventType.AVAILABILITY_CHANGED, "/inTransit/0/expectedAt", json -> ((ObjectNode) json.at("/inTransit/0")).putNull("expectedAt")),
                broken(EventType.AVAILABILITY_CHANGED, "/safetyStock", json -> ((ObjectNode) json).put("safetyStock", -1)),
                broken(EventType.AUTHORIZATION_RELEASED, "/amount", json -> ((ObjectNode) json).put("amount", 39.95)),
                broken(EventType.FULFILLMENT_ASSIGNED, "/mode", json -> ((ObjectNode) json).put("mode", "DRONE")),
                broken(EventType.FULFILLMENT_ASSIGNED, "/lines/0/quantity", json -> ((ObjectNode) json.at("/lines/0")).put("quantity", 0)),
                broken(EventType.FULFILLMENT_SHIPPED, "", json -> ((ObjectNode) json).remove("orderId")),
                broken(EventType.FULFILLMENT_SHIPPED, "/fulfillmentId", json -> ((ObjectNode) json).putNull("fulfillmentId")),
                broken(EventType.FULFILLMENT_REJECTED, "/reason", json -> ((ObjectNode) json).putNull("reason")),
                broken(EventType.FULFILLMENT_READY_FOR_PICKUP, "/pickupCode", json -> ((ObjectNode) json).put("pickupCode", "12345")),
                broken(EventType.FULFILLMENT_PICKUP_REMINDER_DUE, "/pickupCode", json -> ((ObjectNode) json).put("pickupCode", "4291")),
                broken(EventType.FULFILLMENT_PICKUP_REMINDER_DUE, "/heldUntil", json -> ((ObjectNode) json).putNull("heldUntil")),
                broken(EventType.FULFILLMENT_PICKUP_EXPIRED, "/lines", json -> ((ObjectNode) json).putArray("lines")),
                broken(EventType.FULFILLMENT_PICKUP_EXPIRED, "/readySince", json -> ((ObjectNode) json).put("readySince", "last week")),
                broken(EventType.FULFILLMENT_READY_FOR_PICKUP, "/pickupCode", json -> ((ObjectNode) json).put("pickupCode", "12345a")),
                broken(EventType.FULFILLMENT_PICKED_UP, "/verification", json -> ((ObjectNode) json).put("verification", "SMILE")),
                broken(EventType.STOCK_ALLOCATION_FAILED, "/shortages/0/requested", json -> ((ObjectNode) json.at("/shortages/0")).put("requested", 0)),
                broken(EventType.AVAILABILITY_CHANGED, "/available", json -> ((ObjectNode) json).put("available", -1)),
                broken(EventType.AVAILABILITY_CHANGED, "/sku", json -> ((ObjectNode) json).put("sku", "GARDEN@SET")),
                broken(EventType.PAYMENT_CAPTURED, "/amount", json -> ((ObjectNode) json).put("amount", "5.389E+2")),
                broken(EventType.PAYMENT_CAPTURED, "/captures/0/amount", json -> ((ObjectNode) json.at("/captures/0")).put("amount", "")),
                broken(EventType.INVOICE_ISSUED, "/gross", json -> ((ObjectNode) json).put("gross", 538.95)),
                broken(EventType.REFUND_ISSUED, "", json -> ((ObjectNode) json).remove("orderId")),
                broken(EventType.DOCUMENT_ISSUED, "/contentType", json -> ((ObjectNode) json).put("contentType", "text/html")),
                broken(EventType.DOCUMENT_ISSUED, "/content", json -> ((ObjectNode) json).put("content", "not base64!")),
                broken(EventType.RETURN_RECEIVED, "/lines/0/resellable", json -> ((ObjectNode) json.at("/lines/0")).put("resellable", "yes")),
                broken(EventType.NOTIFICATION_SENT, "/kind", json -> ((ObjectNode) json).put("kind", "PUSH")),
                broken(EventType.NOTIFICATION_SENT, "/language", json -> ((ObjectNode) json).put("language", "Deutsch (DE)")));
    }

    @Test
    void amountsAreWrittenAsPlainDecimalStringsAsTheEventCodecWritesThem() {
        var order = OrderSamples.anOrder().total(new BigDecimal("1E+3")).build();

        JsonNode json = wire(order);
        assertThat(json.path("total").asString()).isEqualTo("1000");
        assertThat(validate(EventType.ORDER_ACCEPTED, json)).isEmpty();

        // without WRITE_BIGDECIMAL_AS_PLAIN the same amount leaves as "1E+3", which the schema rejects
        JsonNode defaults = MAPPER.readTree(JsonMapper.builder().build().writeValueAsString(order));
        assertThat(defaults.path("total").asString()).isEqualTo("1E+3");
        assertThat(validate(EventType.ORDER_ACCEPTED, defaults)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} with a broken {1}")
    @MethodSource("brokenEvents")
    void schemaRejectsABrokenField(EventType type, String pointer, Consumer<JsonNode> breakIt) {
        JsonNode json = wire(SampleEvents.of(type));
        breakIt.accept(json);
        List<Error> errors = validate(type, json);
        System.out.printf("%s with a broken %s is rejected:%n%s%n", type, pointer.isEmpty() ? "root" : pointer, describe(errors));
        assertThat(errors).isNotEmpty()
                .anySatisfy(e -> assertThat(e.getInstanceLocation()).hasToString(pointer));
    }

    // --- the registry ---------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(EventType.class)
    void ceTypeNamesProducerEventAndMajorVersionConsistently(EventType type) {
        Matcher m = CE_TYPE.matcher(type.type());
        assertThat(m.matches()).as("%s matches omnidom.<producer>.<event>.v<N>", type.type()).isTrue();
        String producer = m.group("producer");
        String event = m.group("event");
        String major = m.group("major");
        assertThat(type.recordType().getPackageName()).isEqualTo("com.omnidom.events." + producer);
        assertThat(event).isEqualTo(kebab(type.recordType().getSimpleName()));
        // the topic is named after what it carries (fulfillment.events.v1 comes from routing), its major with the type's
        // a per-partner topic is a template: partner.{partnerId}.fulfillment-orders.v1
        assertThat(type.topic().name()).matches("[a-z]+(\\.([a-z]+(-[a-z]+)*|\\{[a-zA-Z]+\\}))*\\.v" + major);
        assertThat(type.schemaResource()).isEqualTo("schemas/%s/%s.v%s.json", producer, event, major);
        assertThat(EventType.of(type.type())).isEqualTo(type);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventTypePublishesToADeclaredTopic(EventType type) {
        assertThat(declaredTopics()).contains(type.topic());
        assertThat(declaredTopic(type.topic().name())).isEqualTo(type.topic());
    }

    @Test
    void everyContractRecordIsRegisteredOnce() {
        Set<Class<?>> records = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.omnidom.events").stream()
                .filter(c -> c.isAssignableTo(ContractEvent.class) && !c.isInterface())
                .map(JavaClass::reflect).collect(Collectors.toSet());
        assertThat(records).isNotEmpty();
        assertThat(records).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(EventType.values()).map(EventType::recordType).toList());
        assertThat(Arrays.stream(EventType.values()).map(EventType::type).distinct()).hasSize(EventType.values().length);
        assertThat(Topics.all().stream().map(TopicSpec::name).distinct()).hasSize(Topics.all().size());
    }

    @Test
    void everyTopicHasOneProducer() {
        Map<String, Set<String>> producersByTopic = new HashMap<>();
        for (EventType type : EventType.values()) {
            producersByTopic.computeIfAbsent(type.topic().name(), t -> new TreeSet<>()).add(type.type().split("\\.")[1]);
        }
        assertThat(producersByTopic).as("topics with their producers").allSatisfy((topic, producers) ->
                assertThat(producers).as("producers of %s", topic).hasSize(1));
        assertThat(producersByTopic.keySet()).as("topics that carry events")
                .isEqualTo(declaredTopics().stream().map(TopicSpec::name).collect(Collectors.toSet()));
    }

    @Test
    void aPartnersTopicAndPrefixAreItsOwn() {
        TopicSpec topic = Topics.partnerFulfillmentOrders("PARTNER-NORDHOLZ");
        assertThat(topic.name()).isEqualTo("partner.PARTNER-NORDHOLZ.fulfillment-orders.v1")
                .startsWith(Topics.partnerPrefix("PARTNER-NORDHOLZ"));
        assertThat(topic.partitions()).isEqualTo(Topics.PARTNER_FULFILLMENT_ORDERS.partitions());
        assertThat(topic.retention()).isEqualTo(Topics.PARTNER_FULFILLMENT_ORDERS.retention());
        // a dot would let partner "A"'s prefix partner.A. cover partner "A.B"'s topics
        for (String invalid : Arrays.asList("A.B", "", " ", "partner/x", "{partnerId}", null)) {
            assertThat(Topics.validPartnerId(invalid)).as("'%s'", invalid).isFalse();
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                    .isThrownBy(() -> Topics.partnerFulfillmentOrders(invalid));
        }
        assertThat(Topics.all()).as("templates are no topic to create").doesNotContainAnyElementsOf(Topics.perPartner());
    }

    // --- the AsyncAPI document ----------------------------------------------------------------------------

    @Test
    void asyncApiHasAChannelForEveryTopicAndNoOther() {
        Set<String> addresses = new TreeSet<>();
        asyncApi().path("channels").forEach(channel -> addresses.add(channel.path("address").asString()));
        assertThat(addresses).isEqualTo(declaredTopics().stream().map(TopicSpec::name).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void asyncApiChannelBindingsMatchTheTopicDeclarations() {
        asyncApi().path("channels").forEach(channel -> {
            TopicSpec topic = declaredTopic(channel.path("address").asString());
            JsonNode kafka = channel.at("/bindings/kafka");
            assertThat(kafka.path("topic").asString()).isEqualTo(topic.name());
            assertThat(kafka.path("partitions").asInt()).as("%s partitions", topic.name()).isEqualTo(topic.partitions());
            Set<String> cleanup = new HashSet<>();
            kafka.at("/topicConfiguration/cleanup.policy").forEach(p -> cleanup.add(p.asString()));
            assertThat(cleanup).as("%s cleanup.policy", topic.name()).isEqualTo(Set.of(topic.compacted() ? "compact" : "delete"));
            JsonNode retention = kafka.at("/topicConfiguration/retention.ms");
            if (topic.retention() == null) {
                assertThat(retention.isMissingNode()).as("%s has no retention.ms", topic.name()).isTrue();
            } else {
                assertThat(retention.asLong()).as("%s retention.ms", topic.name()).isEqualTo(topic.retention().toMillis());
            }
        });
    }

    @Test
    void asyncApiChannelsCarryOnlyTheEventTypesOfTheirTopic() {
        JsonNode doc = asyncApi();
        doc.path("channels").forEach(channel -> {
            String topic = channel.path("address").asString();
            Set<String> ceTypes = new TreeSet<>();
            channel.path("messages").forEach(ref -> ceTypes.add(ceTypeConst(doc.at(ref.path("$ref").asString().substring(1)))));
            assertThat(ceTypes).as("ce_type consts of the messages on %s", topic)
                    .hasSize(channel.path("messages").size())
                    .isEqualTo(Arrays.stream(EventType.values()).filter(t -> t.topic().name().equals(topic))
                            .map(EventType::type).collect(Collectors.toCollection(TreeSet::new)));
        });
    }

    @Test
    void asyncApiSendsEveryChannelMessageInExactlyOneOperation() {
        JsonNode doc = asyncApi();
        Map<String, Integer> sent = new HashMap<>();
        doc.path("operations").forEachEntry((name, operation) -> {
            assertThat(operation.path("action").asString()).as("%s action", name).isEqualTo("send");
            String channel = operation.at("/channel/$ref").asString();
            assertThat(doc.at(channel.substring(1)).isObject()).as("%s channel %s", name, channel).isTrue();
            assertThat(operation.path("messages")).as("%s messages", name).isNotEmpty();
            operation.path("messages").forEach(m -> {
                String ref = m.path("$ref").asString();
                assertThat(ref).as("%s sends a message of its own channel", name).startsWith(channel + "/messages/");
                sent.merge(ref, 1, Integer::sum);
            });
        });
        Map<String, Integer> expected = new HashMap<>();
        doc.path("channels").forEachEntry((id, channel) -> channel.path("messages").propertyNames()
                .forEach(m -> expected.put("#/channels/" + id + "/messages/" + m, 1)));
        assertThat(sent).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void asyncApiDescribesEveryEventTypeOnItsTopicWithItsSchema(EventType type) {
        JsonNode doc = asyncApi();
        Map<String, List<JsonNode>> messagesByAddress = new HashMap<>();
        doc.path("channels").forEach(channel -> channel.path("messages").forEach(ref -> messagesByAddress
                .computeIfAbsent(channel.path("address").asString(), a -> new ArrayList<>())
                .add(doc.at(ref.path("$ref").asString().substring(1)))));

        List<JsonNode> messages = messagesByAddress.getOrDefault(type.topic().name(), List.of()).stream()
                .filter(m -> m.path("headers").findValues("ce_type").stream()
                        .anyMatch(ceType -> type.type().equals(ceType.path("const").asString(null))))
                .toList();
        assertThat(messages).as("a message with ce_type const %s on channel %s", type.type(), type.topic().name()).hasSize(1);

        JsonNode message = messages.getFirst();
        // the payload $ref is relative to the document, as the AsyncAPI parser resolves it
        Path schemaFile = ASYNCAPI.resolveSibling(message.at("/payload/schema/$ref").asString());
        assertThat(schemaFile.toAbsolutePath().normalize())
                .isEqualTo(Path.of("src", "main", "resources", type.schemaResource()).toAbsolutePath().normalize());
        JsonNode key = message.at("/bindings/kafka/key");
        assertThat(key.path("type").asString()).isEqualTo("string");
        assertThat(key.path("description").asString()).isNotBlank();
        // the key schema (format uuid for order ids, sku@locationId for availability) accepts every sample's subject
        Schema keySchema = SCHEMAS.getSchema(key);
        for (ContractEvent sample : SampleEvents.allOf(type)) {
            assertThat(keySchema.validate(StringNode.valueOf(sample.subject()),
                    (Consumer<ExecutionContext>) ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true))))
                    .as("key %s of %s", sample.subject(), type).isEmpty();
        }
    }

    // --- helpers ------------------------------------------------------------------------------------------

    /** The shared topics and the per-partner templates. */
    private static List<TopicSpec> declaredTopics() {
        return Stream.concat(Topics.all().stream(), Topics.perPartner().stream()).toList();
    }

    private static TopicSpec declaredTopic(String name) {
        return declaredTopics().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown topic " + name));
    }

    private static Arguments broken(EventType type, String pointer, Consumer<JsonNode> breakIt) {
        return arguments(type, pointer, breakIt);
    }

    /** The event as the EventCodec puts it on the wire, read back as a tree. */
    private static JsonNode wire(ContractEvent event) {
        return MAPPER.readTree(MAPPER.writeValueAsString(event));
    }

    private static String ceTypeConst(JsonNode message) {
        return message.path("headers").findValues("ce_type").stream().map(t -> t.path("const").asString(null))
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static ObjectNode priceOf(JsonNode article) {
        return (ObjectNode) article.at("/prices/0");
    }

    static List<Error> validate(EventType type, JsonNode json) {
        Schema schema;
        try (InputStream in = resource(type)) {
            schema = SCHEMAS.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // format (uuid, date-time, date, uri) is only an annotation in 2020-12 unless assertions are switched on
        return schema.validate(json, (Consumer<ExecutionContext>) ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
    }

    private static JsonNode schemaJson(EventType type) {
        try (InputStream in = resource(type)) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(EventType type) {
        InputStream in = EventType.class.getClassLoader().getResourceAsStream(type.schemaResource());
        assertThat(in).as("schema resource %s", type.schemaResource()).isNotNull();
        return in;
    }

    private static JsonNode asyncApi() {
        try {
            return YAMLMapper.shared().readTree(Files.readString(ASYNCAPI));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(List<Error> errors) {
        return errors.stream().map(e -> "  " + e.getInstanceLocation() + ": " + e.getMessage() + " [" + e.getKeyword() + "]")
                .collect(Collectors.joining(System.lineSeparator()));
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }
}
