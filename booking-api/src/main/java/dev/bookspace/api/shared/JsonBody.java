package dev.bookspace.api.shared;

import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.Language;
import dev.bookspace.shared.InvalidRequestException.FieldProblem;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a request body field by field, collecting every problem with the field's full name, so one
 * 400 lists them all. Unknown fields are refused: a misspelt optional field must not be silently
 * ignored in a booking.
 */
public final class JsonBody {

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private final JsonObject json;
    private final String path;
    private final List<FieldProblem> problems;

    private JsonBody(JsonObject json, String path, List<FieldProblem> problems, Set<String> known) {
        this.json = json;
        this.path = path;
        this.problems = problems;
        json.keySet().stream().filter(field -> !known.contains(field)).sorted()
                .forEach(field -> problems.add(new FieldProblem(path + field, "There is no field " + path + field + " here.")));
    }

    public static JsonBody of(JsonObject json, Set<String> known) {
        if (json == null) {
            throw new InvalidRequestException("body", "Send a JSON object.");
        }
        return new JsonBody(json, "", new ArrayList<>(), known);
    }

    public String string(String field, boolean required) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                problem(field, "is required.");
            }
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        problem(field, "must be a string.");
        return null;
    }

    public LocalDate date(String field) {
        String text = string(field, true);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(field, "must be a date as YYYY-MM-DD.");
            return null;
        }
    }

    /** A time of day as {@code HH:mm}; null when absent. */
    public LocalTime time(String field) {
        String text = string(field, false);
        try {
            return text == null ? null : LocalTime.parse(text, HOURS_MINUTES);
        } catch (DateTimeParseException e) {
            problem(field, "must be a time of day as HH:mm, such as 15:00.");
            return null;
        }
    }

    /** The strings of an array; an absent array reads as empty. */
    public List<String> strings(String field) {
        JsonValue value = json.get(field);
        List<String> strings = new ArrayList<>();
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return strings;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            problem(field, "must be an array.");
            return strings;
        }
        List<JsonValue> items = value.asJsonArray();
        for (int index = 0; index < items.size(); index++) {
            if (items.get(index) instanceof JsonString text) {
                strings.add(text.getString());
            } else {
                problem(field + "[" + index + "]", "must be a string.");
            }
        }
        return strings;
    }

    /** A whole number; {@code fallback} when absent, or null when it is required ({@code fallback} null). */
    public Long number(String field, Long fallback) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (fallback == null) {
                problem(field, "is required.");
            }
            return fallback;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.longValueExact();
            } catch (ArithmeticException e) {
                problem(field, "is too large.");
                return null;
            }
        }
        problem(field, "must be a whole number.");
        return null;
    }

    /** A whole number, or null when absent. */
    public Long optionalNumber(String field) {
        JsonValue value = json.get(field);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : number(field, null);
    }

    /** One of the languages Bookspace speaks, by its code ("de"); {@code fallback} when absent. */
    public Language language(String field, Language fallback) {
        String code = string(field, false);
        if (code == null) {
            return fallback;
        }
        return Language.of(code).orElseGet(() -> {
            problem(field, "must be one of " + Arrays.stream(Language.values()).map(Language::code)
                    .collect(Collectors.joining(", ")) + ".");
            return fallback;
        });
    }

    public boolean flag(String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.FALSE || value == JsonValue.NULL) {
            return false;
        }
        if (value == JsonValue.TRUE) {
            return true;
        }
        problem(field, "must be true or false.");
        return false;
    }

    /** A nested object; an absent one reads as empty. */
    public JsonBody object(String field, Set<String> known) {
        JsonValue value = json.get(field);
        if (value instanceof JsonObject object) {
            return new JsonBody(object, path + field + ".", problems, known);
        }
        if (value != null && value.getValueType() != JsonValue.ValueType.NULL) {
            problem(field, "must be an object.");
        }
        return new JsonBody(JsonValue.EMPTY_JSON_OBJECT, path + field + ".", problems, known);
    }

    /** The objects of an array; an absent array reads as empty. */
    public List<JsonBody> objects(String field, Set<String> known) {
        JsonValue value = json.get(field);
        List<JsonBody> objects = new ArrayList<>();
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return objects;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            problem(field, "must be an array.");
            return objects;
        }
        List<JsonValue> items = value.asJsonArray();
        for (int index = 0; index < items.size(); index++) {
            if (items.get(index) instanceof JsonObject object) {
                objects.add(new JsonBody(object, path + field + "[" + index + "].", problems, known));
            } else {
                problem(field + "[" + index + "]", "must be an object.");
            }
        }
        return objects;
    }

    /** Whether the body sends this field at all (null counts as not sent). */
    public boolean has(String field) {
        JsonValue value = json.get(field);
        return value != null && value.getValueType() != JsonValue.ValueType.NULL;
    }

    /** Adds a problem of the caller's own finding, such as two fields that cannot go together. */
    public void refuse(String field, String complaint) {
        problem(field, complaint);
    }

    /** Throws the 400 listing every problem found so far, if any. */
    public void requireValid() {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(List.copyOf(problems));
        }
    }

    private void problem(String field, String complaint) {
        problems.add(new FieldProblem(path + field, path + field + " " + complaint));
    }
}
