package dev.bookspace.testing;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.i18n.MessageSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates JSON against the schemas of an OpenAPI 3.1 document, each named by its JSON pointer in the
 * document: JSON Schema 2020-12 with OpenAPI's dialect, formats asserted ({@code date}, {@code date-time},
 * {@code uri}), {@code $ref}s resolved inside the document. Every object schema that names its properties
 * is read as closed ({@code additionalProperties: false}), so a field the document does not name fails.
 */
final class DocumentSchemas {

    /** Where the validator files the document; nothing is ever fetched from there. */
    private static final String IRI = "https://bookspace.test/api/v3/openapi.json";
    private static final JsonMapper JSON = JsonMapper.shared();

    private final JsonNode document;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new HashMap<>();

    DocumentSchemas(JsonNode document) {
        this.document = document;
        JsonNode closed = document.deepCopy();
        close(closed);
        registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(), builder -> builder
                .schemas(Map.of(IRI, closed.toString()))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                        .messageSource(validatorsOwnMessages()).build()));
    }

    /**
     * What is wrong with {@code body} for the schema at {@code pointer}, one sentence each.
     *
     * @param pointer a JSON pointer as an IRI fragment, such as {@code #/components/schemas/Booking}
     */
    List<String> validate(String pointer, String body) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JacksonException e) {
            return List.of("the body is not JSON (" + e.getOriginalMessage() + ")");
        }
        Schema schema = schemas.computeIfAbsent(pointer, fragment -> registry.getSchema(SchemaLocation.of(IRI + fragment)));
        String against = resolve(pointer).path("$ref").asString(pointer);
        return schema.validate(json).stream().map(error -> describe(error) + " (against " + against + ")").toList();
    }

    /** The node at a JSON pointer written as an IRI fragment. */
    JsonNode resolve(String pointer) {
        return document.at(pointer.substring(1).replace("%7B", "{").replace("%7D", "}"));
    }

    /** A JSON pointer token, escaped for the pointer and for an IRI's fragment. */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1").replace("{", "%7B").replace("}", "%7D");
    }

    private static String describe(Error error) {
        String location = error.getInstanceLocation().toString();
        return (location.isEmpty() ? "the body" : location) + ": " + error.getMessage();
    }

    /**
     * The validator's messages from its own jar: wiremock-standalone, earlier on the test class path, carries
     * an older jsv-messages.properties whose patterns take other arguments ("required property '{1}'").
     */
    private static MessageSource validatorsOwnMessages() {
        Properties messages = new Properties();
        try (InputStream bundle = new URL("jar:" + MessageSource.class.getProtectionDomain().getCodeSource().getLocation()
                + "!/jsv-messages.properties").openStream()) {
            messages.load(bundle);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the JSON Schema validator's messages", e);
        }
        return (key, fallback, locale, arguments) -> messages.containsKey(key)
                ? MessageFormat.format(messages.getProperty(key), arguments) : fallback.get();
    }

    private static void close(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.path("properties").isObject() && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            object.values().forEach(DocumentSchemas::close);
        } else if (node.isArray()) {
            node.values().forEach(DocumentSchemas::close);
        }
    }
}
