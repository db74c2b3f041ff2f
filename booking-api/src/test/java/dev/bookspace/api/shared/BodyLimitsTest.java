package dev.bookspace.api.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How deep a body nests, counted before any parser sees it. */
class BodyLimitsTest {

    @ParameterizedTest(name = "{0} nests {1}")
    @CsvSource(delimiter = '|', value = {
        "'{}'                                            | 1",
        "'{\"guest\": {\"name\": \"Ada\"}, \"add_ons\": [{\"add_on_id\": 1}]}' | 3",
        "'{\"name\": \"[[[[{{{{ brackets in a string }\"}'  | 1",
        "'{\"name\": \"a quote \\\" then [[[[\"}'            | 1",
        "'{\"name\": \"Zoë [ «»\"}'                       | 1",
        "'[[[[[[[[[[]]]]]]]]]]'                            | 10",
    })
    void countsOnlyTheBracketsOutsideStrings(String body, int depth) {
        assertThat(BodyLimits.nesting(body.getBytes(StandardCharsets.UTF_8))).isEqualTo(depth);
    }
}
