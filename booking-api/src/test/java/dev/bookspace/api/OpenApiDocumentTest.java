package dev.bookspace.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The hand-written OpenAPI document (META-INF/openapi.yaml) holds together without a server: it parses,
 * its references resolve, every error is a problem, every key-authenticated operation admits the key
 * filter's answers, request bodies refuse unknown fields as the API does, and its examples are valid.
 * Whether it matches the resources and their answers is OpenApiContractIT's question, in booking-ear.
 */
class OpenApiDocumentTest {

    private static final String DOCUMENT = "/META-INF/openapi.yaml";
    private static final String IRI = "https://bookspace.test/openapi.json";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");

    private static JsonNode document;

    @BeforeAll
    static void readTheDocument() throws IOException {
        try (InputStream yaml = OpenApiDocumentTest.class.getResourceAsStream(DOCUMENT)) {
            assertThat(yaml).as(DOCUMENT).isNotNull();
            document = new YAMLMapper().readTree(yaml);
        }
    }

    @Test
    void listsTheAmenitiesBedsAndOrdersTheApplicationKnows() {
        assertThat(enumOf("Amenity")).containsExactly(codes(dev.bookspace.catalog.Amenity.values()));
        assertThat(enumOf("BedKind")).containsExactly(codes(dev.bookspace.catalog.BedKind.values()));
        JsonNode sort = document.path("paths").path("/v3/organisations/{organisation_id}/items").path("get").path("parameters")
                .valueStream().filter(parameter -> parameter.path("name").asString().equals("sort")).findFirst().orElseThrow();
        assertThat(sort.path("schema").path("enum").valueStream().map(JsonNode::asString).toList())
                .containsExactly(codes(dev.bookspace.catalog.RoomOrder.values()));
    }

    private static List<String> enumOf(String schema) {
        return document.path("components").path("schemas").path(schema).path("enum").valueStream().map(JsonNode::asString).toList();
    }

    private static String[] codes(dev.bookspace.shared.Coded[] constants) {
        return java.util.Arrays.stream(constants).map(dev.bookspace.shared.Coded::code).toArray(String[]::new);
    }

    @Test
    void isAnOpenApi31DocumentOfVersion3OfTheApi() {
        assertThat(document.path("openapi").asString()).isEqualTo("3.1.0");
        assertThat(document.path("info").path("title").asString()).isNotBlank();
        assertThat(document.path("info").path("version").asString()).isEqualTo("3");
        assertThat(document.path("components").path("securitySchemes").path("ApiKey").path("scheme").asString())
                .isEqualTo("bearer");
        assertThat(document.path("paths").propertyNames()).allMatch(path -> path.startsWith("/v3/"));
    }

    @Test
    void everyReferenceResolvesInsideTheDocument() {
        List<String> broken = new ArrayList<>();
        walk(document, "#", (where, node) -> {
            JsonNode ref = node.get("$ref");
            if (ref != null && (!ref.asString().startsWith("#/") || resolve(ref.asString()).isMissingNode())) {
                broken.add(where + ": " + ref.asString());
            }
        });

        assertThat(broken).as("references that resolve to nothing").isEmpty();
    }

    @Test
    void everyOperationIsNamedAndEveryErrorIsAProblem() {
        List<String> faults = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        operations((name, operation) -> {
            if (!operationIds.add(operation.path("operationId").asString(""))) {
                faults.add(name + ": operationId missing or used twice");
            }
            if (operation.path("tags").isEmpty() || operation.path("summary").asString("").isBlank()) {
                faults.add(name + ": needs a tag and a summary");
            }
            for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
                JsonNode content = resolve(response.getValue()).path("content");
                boolean error = response.getKey().startsWith("4") || response.getKey().startsWith("5");
                String problem = content.path("application/problem+json").path("schema").path("$ref").asString("");
                if (error && (content.size() != 1 || !problem.equals("#/components/schemas/Problem"))) {
                    faults.add(name + " " + response.getKey() + ": an error answers application/problem+json with the Problem schema only");
                }
                if (!error && !content.isEmpty() && !content.has("application/json")) {
                    faults.add(name + " " + response.getKey() + ": a success answers application/json");
                }
            }
        });

        assertThat(faults).isEmpty();
    }

    @Test
    void everyKeyAuthenticatedOperationListsTheKeyFiltersAnswers() {
        List<String> faults = new ArrayList<>();
        operations((name, operation) -> {
            boolean open = operation.has("security") && operation.get("security").isEmpty();
            for (String status : List.of("401", "429")) {
                if (operation.path("responses").has(status) == open) {
                    faults.add(name + (open ? " needs no key, so cannot answer " : " is behind the key filter, so must list ") + status);
                }
            }
        });

        assertThat(faults).isEmpty();
    }

    @Test
    void everyPathTemplateHasItsPathParameter() {
        List<String> faults = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            Set<String> templated = new TreeSet<>();
            Matcher names = TEMPLATE.matcher(path.getKey());
            while (names.find()) {
                templated.add(names.group(1));
            }
            for (String method : path.getValue().propertyNames()) {
                if (METHODS.contains(method)) {
                    Set<String> declared = new TreeSet<>();
                    List<JsonNode> parameters = new ArrayList<>(path.getValue().path("parameters").values());
                    parameters.addAll(path.getValue().path(method).path("parameters").values());
                    parameters.stream().map(this::resolve).filter(parameter -> parameter.path("in").asString().equals("path"))
                            .forEach(parameter -> declared.add(parameter.path("name").asString()));
                    if (!declared.equals(templated)) {
                        faults.add(method.toUpperCase() + " " + path.getKey() + " declares path parameters " + declared);
                    }
                }
            }
        }

        assertThat(faults).isEmpty();
    }

    /** JsonBody refuses fields it does not know, so the schemas of the bodies it reads must say so, all the way down. */
    @Test
    void requestBodiesOfTheApiRefuseUnknownFields() {
        List<String> open = new ArrayList<>();
        operations((name, operation) -> {
            boolean readByJsonBody = !(operation.has("security") && operation.get("security").isEmpty());
            JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
            if (readByJsonBody && !schema.isMissingNode()) {
                requireClosed(name, schema, open, new HashSet<>());
            }
        });

        assertThat(open).as("request schemas that let unknown fields through").isEmpty();
    }

    @Test
    void everyExampleIsValidForItsSchema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(), builder -> builder
                .schemas(Map.of(IRI, document.toString()))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        List<String> invalid = new ArrayList<>();
        walk(document, "#", (where, node) -> {
            if (node.has("example") && node.has("schema") && !where.contains("/components/schemas")) {
                Schema schema = registry.getSchema(SchemaLocation.of(IRI + where + "/schema"));
                for (Error error : schema.validate(node.get("example"))) {
                    invalid.add(where + "/example: " + error);
                }
            }
        });

        assertThat(invalid).isEmpty();
    }

    private void requireClosed(String where, JsonNode schema, List<String> open, Set<String> seen) {
        String ref = schema.path("$ref").asString("");
        if (!ref.isEmpty()) {
            if (seen.add(ref)) {
                requireClosed(where + " > " + ref, resolve(ref), open, seen);
            }
            return;
        }
        JsonNode additional = schema.path("additionalProperties");
        if (schema.has("properties") && !(additional.isBoolean() && !additional.booleanValue())) {
            open.add(where + " (needs additionalProperties: false)");
        }
        schema.path("properties").properties()
                .forEach(property -> requireClosed(where + "." + property.getKey(), property.getValue(), open, seen));
        if (schema.has("items")) {
            requireClosed(where + "[]", schema.get("items"), open, seen);
        }
    }

    private static void operations(BiConsumer<String, JsonNode> check) {
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (METHODS.contains(operation.getKey())) {
                    check.accept(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue());
                }
            }
        }
    }

    /** Calls {@code visit} with every object in the tree and its JSON pointer, as a fragment. */
    private static void walk(JsonNode node, String where, BiConsumer<String, JsonNode> visit) {
        if (node.isObject()) {
            visit.accept(where, node);
            node.properties().forEach(entry -> walk(entry.getValue(), where + "/" + escape(entry.getKey()), visit));
        } else if (node.isArray()) {
            for (int index = 0; index < node.size(); index++) {
                walk(node.get(index), where + "/" + index, visit);
            }
        }
    }

    /** A JSON pointer token, escaped for the pointer and for the fragment of an IRI. */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1").replace("{", "%7B").replace("}", "%7D");
    }

    private JsonNode resolve(JsonNode maybeReference) {
        return maybeReference.has("$ref") ? resolve(maybeReference.get("$ref").asString()) : maybeReference;
    }

    private static JsonNode resolve(String reference) {
        return document.at(reference.substring(1).replace("%7B", "{").replace("%7D", "}"));
    }
}
