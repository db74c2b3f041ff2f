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
    void theNetworkPartOfAFailedFetchReadsInTheStaffMembersLanguageToo() {
        assertThat(FeedErrorWords.of("No answer within 10 seconds. Trying again at the next fetch.", Language.GERMAN))
                .isEqualTo("Keine Antwort innerhalb von 10 Sekunden. Neuer Versuch beim nächsten Abruf.");
        assertThat(FeedErrorWords.of("Connection refused. Trying again at the next fetch.", Language.PORTUGUESE))
                .isEqualTo("Ligação recusada. Nova tentativa na próxima leitura.");
        assertThat(FeedErrorWords.of("No address was found for calendar.example. Trying again at the next fetch.", Language.FRENCH))
                .isEqualTo("Aucune adresse n'a été trouvée pour calendar.example. Nouvel essai à la prochaine lecture.");
        assertThat(FeedErrorWords.of("Something new. Trying again at the next fetch.", Language.GERMAN))
                .as("a reason not known here keeps its words, the rest is translated")
                .isEqualTo("Something new. Neuer Versuch beim nächsten Abruf.");
    }

    @Test
    void anAddressTheGuardRefusedReadsInTheStaffMembersLanguageWithItsKind() {
        assertThat(FeedErrorWords.of("The address cannot be called: Refused: calendar.example resolves to 10.0.0.5, a private "
                + "address; only addresses on the public internet are called.", Language.GERMAN))
                .isEqualTo("Die Adresse kann nicht aufgerufen werden: Abgelehnt: calendar.example wird zu 10.0.0.5 aufgelöst, "
                        + "eine private Adresse; aufgerufen werden nur Adressen im öffentlichen Internet.");
        assertThat(FeedErrorWords.of("Refused: 127.0.0.1 is a loopback address; only addresses on the public internet are called. "
                + "Trying again at the next fetch.", Language.FRENCH))
                .isEqualTo("Refusé : 127.0.0.1 est une adresse de bouclage ; seules les adresses de l'internet public sont "
                        + "appelées. Nouvel essai à la prochaine lecture.");
    }

    @Test
    void englishAndUnknownErrorsReadAsStored() {
        assertThat(FeedErrorWords.of("Something new went wrong.", Language.PORTUGUESE)).isEqualTo("Something new went wrong.");
        assertThat(FeedErrorWords.of("The address cannot be called: bad", Language.ENGLISH)).isEqualTo("The address cannot be called: bad");
    }
}
