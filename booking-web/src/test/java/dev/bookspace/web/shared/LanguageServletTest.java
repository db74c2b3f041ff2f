package dev.bookspace.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageServletTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "/harbour/rooms?check_in=2027-01-10|/harbour/rooms?check_in=2027-01-10",
            "/dashboard/|/dashboard/",
            "https://evil.example/|/",
            "//evil.example/|/",
            "/\\evil.example/|/",
            "javascript:alert(1)|/",
            "|/"})
    void goesBackOnlyToAPathOfThisSite(String back, String expected) {
        assertThat(LanguageServlet.sitePath(back)).isEqualTo(expected);
    }
}
