package dev.bookspace.testing;

import dev.bookspace.testing.ApiClient.Exchange;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document as the server serves it, and what an answer must be to agree with it: a status
 * the operation lists, the media type it lists for that status, a body valid for that media type's
 * schema ({@link DocumentSchemas}), and the headers it marks required. Schemas are read as closed: the
 * document tells clients to ignore fields they do not know, but a field the API writes and the document
 * does not name is a disagreement.
 */
public final class ApiContract {

    public static final String DOCUMENT_PATH = "/api/v3/openapi";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final JsonMapper JSON = JsonMapper.shared();

    /**
     * One documented operation.
     *
     * @param key its HTTP method and path template, as {@code GET /api/v3/organisations/{organisation_id}/items}
     * @param pointer its JSON pointer in the document, as an IRI fragment
     */
    private record Operation(String key, String pointer, JsonNode node, JsonNode pathItem, Pattern path) {

        String id() {
            return node.path("operationId").asString("?");
        }

        boolean needsKey() {
            return !(node.has("security") && node.get("security").isEmpty());
        }
    }

    private final JsonNode document;
    private final Map<String, Operation> operations = new LinkedHashMap<>();
    private final DocumentSchemas schemas;

    private ApiContract(String json) {
        document = JSON.readTree(json);
        schemas = new DocumentSchemas(document);
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            Pattern concrete = Pattern.compile(Pattern.quote(path.getKey()).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q"));
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (METHODS.contains(operation.getKey())) {
                    String key = operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                    operations.put(key, new Operation(key, "#/paths/" + DocumentSchemas.escape(path.getKey()) + "/" + operation.getKey(),
                            operation.getValue(), path.getValue(), concrete));
                }
            }
        }
    }

    /** The document at {@value #DOCUMENT_PATH}, asked for as JSON and read without an API key. */
    public static ApiContract served(ApiClient api) {
        Exchange answer = api.get(DOCUMENT_PATH + "?format=JSON").send();
        if (answer.status() != 200 || !answer.contentType().startsWith("application/json")) {
            throw new AssertionError("The OpenAPI document is not served: " + answer + "\n" + answer.body());
        }
        return new ApiContract(answer.body());
    }

    public JsonNode document() {
        return document;
    }

    /** Every documented operation, as {@code GET /api/v3/…}. */
    public Set<String> operations() {
        return new TreeSet<>(operations.keySet());
    }

    /** The documented operations that need an API key (all but those with {@code security: []}). */
    public List<String> keyAuthenticatedOperations() {
        return operations.values().stream().filter(Operation::needsKey).map(Operation::key).toList();
    }

    /** Whether the operation lists this header parameter. */
    public boolean takesHeader(String operation, String header) {
        return parameters(operations.get(operation)).contains("header " + header.toLowerCase(Locale.ROOT));
    }

    /** Where the document and the resource methods disagree, one sentence each; empty when they agree. */
    public List<String> disagreementsWith(List<ResourceRoutes.Route> routes) {
        List<String> disagreements = new ArrayList<>();
        Set<String> implemented = new TreeSet<>();
        for (ResourceRoutes.Route route : routes) {
            implemented.add(route.operation());
            Operation operation = operations.get(route.operation());
            if (operation == null) {
                disagreements.add(route.operation() + " (" + route.javaMethod() + ") is not in the document: describe it in "
                        + "booking-api's META-INF/openapi.yaml");
                continue;
            }
            Set<String> documented = parameters(operation);
            if (!documented.equals(route.parameters())) {
                disagreements.add(route.operation() + ": " + route.javaMethod() + " reads " + route.parameters()
                        + " but the document declares " + documented);
            }
            boolean bodyDocumented = operation.node().has("requestBody");
            if (bodyDocumented != route.readsBody()) {
                disagreements.add(route.operation() + ": " + route.javaMethod() + (route.readsBody()
                        ? " reads a request body the document does not declare" : " reads no body but the document declares one"));
            }
        }
        operations.values().stream().filter(operation -> !implemented.contains(operation.key()))
                .forEach(operation -> disagreements.add(operation.key() + " (" + operation.id()
                        + ") is documented but no resource method answers it"));
        return disagreements;
    }

    /** Asserts that the answer has this status and agrees with the document. */
    public void expect(int status, Exchange exchange) {
        List<String> faults = new ArrayList<>();
        if (exchange.status() != status) {
            faults.add("expected status " + status + ", got " + exchange.status());
        }
        faults.addAll(disagreementsWith(exchange));
        if (!faults.isEmpty()) {
            String body = exchange.body().length() > 600 ? exchange.body().substring(0, 600) + "…" : exchange.body();
            throw new AssertionError(exchange + " disagrees with the OpenAPI document:\n  - "
                    + String.join("\n  - ", faults) + "\n  body: " + body);
        }
    }

    /** Where one answer and the document disagree, one sentence each. */
    public List<String> disagreementsWith(Exchange exchange) {
        String path = URI.create(exchange.path()).getPath();
        Operation operation = operations.values().stream()
                .filter(candidate -> candidate.key().startsWith(exchange.method() + " ") && candidate.path().matcher(path).matches())
                // /bookings/{reference} and a literal sibling would both match: the most literal template wins.
                .min((one, other) -> Long.compare(one.key().chars().filter(c -> c == '{').count(),
                        other.key().chars().filter(c -> c == '{').count()))
                .orElse(null);
        if (operation == null) {
            return List.of("no documented operation is " + exchange.method() + " " + path);
        }
        String where = operation.key() + " (" + operation.id() + ")";
        String status = String.valueOf(exchange.status());
        JsonNode responses = operation.node().path("responses");
        if (!responses.has(status)) {
            return List.of(where + " does not list status " + status + "; it lists " + responses.propertyNames());
        }
        JsonNode response = responses.get(status);
        String pointer = operation.pointer() + "/responses/" + status;
        if (response.has("$ref")) {
            pointer = response.get("$ref").asString();
            response = resolve(pointer);
        }
        List<String> faults = new ArrayList<>();
        for (Map.Entry<String, JsonNode> header : response.path("headers").properties()) {
            JsonNode definition = header.getValue().has("$ref") ? resolve(header.getValue().get("$ref").asString()) : header.getValue();
            if (definition.path("required").asBoolean(false) && exchange.header(header.getKey()).isEmpty()) {
                faults.add(where + " " + status + " must send the header " + header.getKey());
            }
        }
        JsonNode content = response.path("content");
        String mediaType = exchange.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (content.isEmpty()) {
            if (!exchange.body().isEmpty()) {
                faults.add(where + " " + status + " answered a body, where the document describes none");
            }
        } else if (!content.has(mediaType)) {
            faults.add(where + " " + status + " answered " + (mediaType.isEmpty() ? "no Content-Type" : mediaType)
                    + ", where the document says " + content.propertyNames());
        } else {
            String schemaPointer = pointer + "/content/" + DocumentSchemas.escape(mediaType) + "/schema";
            for (String fault : schemas.validate(schemaPointer, exchange.body())) {
                faults.add(where + " " + status + " " + mediaType + ": " + fault);
            }
        }
        return faults;
    }

    /**
     * What is wrong with a webhook as an endpoint received it, against the document's {@code webhooks}
     * entry for its type: an undocumented type, a missing required header, a body off its schema.
     *
     * @param header the request's header by name, or null when it has none
     */
    public List<String> disagreementsWithWebhook(Function<String, String> header, String body) {
        String type = header.apply("Bookspace-Event-Type");
        JsonNode hook = document.path("webhooks").path(type == null ? "" : type).path("post");
        if (hook.isMissingNode()) {
            return List.of("the document has no webhook " + type + "; it has " + document.path("webhooks").propertyNames());
        }
        List<String> faults = new ArrayList<>();
        for (JsonNode parameter : hook.path("parameters").values()) {
            JsonNode definition = parameter.has("$ref") ? resolve(parameter.get("$ref").asString()) : parameter;
            if (definition.path("required").asBoolean(false) && header.apply(definition.path("name").asString()) == null) {
                faults.add("webhook " + type + " must send the header " + definition.path("name").asString());
            }
        }
        String pointer = "#/webhooks/" + DocumentSchemas.escape(type) + "/post/requestBody/content/application~1json/schema";
        schemas.validate(pointer, body).forEach(fault -> faults.add("webhook " + type + ": " + fault));
        return faults;
    }

    /** The operation's parameters, its path item's and its own, written as {@link ResourceRoutes.Route#parameters()}. */
    private Set<String> parameters(Operation operation) {
        Set<String> parameters = new TreeSet<>();
        List<JsonNode> declared = new ArrayList<>(operation.pathItem().path("parameters").values());
        declared.addAll(operation.node().path("parameters").values());
        for (JsonNode parameter : declared) {
            JsonNode definition = parameter.has("$ref") ? resolve(parameter.get("$ref").asString()) : parameter;
            String in = definition.path("in").asString();
            String name = definition.path("name").asString();
            parameters.add(in + " " + (in.equals("header") ? name.toLowerCase(Locale.ROOT) : name));
        }
        return parameters;
    }

    private JsonNode resolve(String pointer) {
        return schemas.resolve(pointer);
    }
}
