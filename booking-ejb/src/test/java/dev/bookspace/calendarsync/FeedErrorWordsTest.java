package dev.bookspace.calendarsync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.shared.Language;
import org.junit.jupiter.api.Test;

/** A feed's stored error, as the fetcher and parser wrote it, read in the staff member's language. */
class FeedErrorWordsTest {

    @Test
    void theFetchersAndParsersSentencesReadInGermanAndKeepWhatTheyQuote() {
        String gone = "The channel answered 404: the calendar is no longer at this address. Copy the address again from the "
                + "channel. The nights it blocked stay closed until then.";

        assertThat(FeedErrorWords.of(gone, Language.GERMAN)).startsWith("Der Kanal antwortete 404: Der Kalender ist nicht mehr");
        assertThat(FeedErrorWords.of("The feed is not a valid iCalendar file (line 3: Expected [BEGIN]). Nothing was changed; "
                + "check the URL with the channel.", Language.FRENCH))
                .isEqualTo("Le flux n'est pas un fichier iCalendar valide (ligne 3 : Expected [BEGIN]). Rien n'a été modifié ; "
                        + "vérifiez l'adresse auprès du canal.");
    }

    @Test
    void englishAndUnknownErrorsReadAsStored() {
        assertThat(FeedErrorWords.of("Something new went wrong.", Language.PORTUGUESE)).isEqualTo("Something new went wrong.");
        assertThat(FeedErrorWords.of("The address cannot be called: bad", Language.ENGLISH)).isEqualTo("The address cannot be called: bad");
    }
}
