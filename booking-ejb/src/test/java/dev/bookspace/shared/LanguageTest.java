package dev.bookspace.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void takesTheFirstOfTheBrowsersLanguagesThatBookspaceSpeaks() {
        List<Locale> asked = List.of(Locale.forLanguageTag("es-ES"), Locale.forLanguageTag("pt-BR"), Locale.GERMAN);

        assertThat(Language.firstSpoken(asked.iterator())).contains(Language.PORTUGUESE);
    }

    @Test
    void speaksNoneWhenTheBrowserAsksOnlyForOthers() {
        assertThat(Language.firstSpoken(List.of(Locale.JAPANESE).iterator())).isEmpty();
    }

    @Test
    void readsItsCodeWhateverTheCase() {
        assertThat(Language.of(" DE")).contains(Language.GERMAN);
        assertThat(Language.of("xx")).isEmpty();
        assertThat(Language.of(null)).isEmpty();
    }
}
