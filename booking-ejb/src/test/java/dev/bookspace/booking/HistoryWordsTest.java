package dev.bookspace.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.shared.Language;
import dev.bookspace.shared.Money;
import org.junit.jupiter.api.Test;

/**
 * A booking's history, stored in English, read in the staff member's language with its money and dates; English and
 * a sentence this version does not know read as stored.
 */
class HistoryWordsTest {

    @Test
    void knownSentencesReadInGermanWithGermanMoneyAndDates() {
        assertThat(HistoryWords.description("Booked at the desk and paid there.", "EUR", Language.GERMAN))
                .isEqualTo("An der Rezeption gebucht und dort bezahlt.");
        assertThat(HistoryWords.description("Paid a deposit of €120.00 by card; the balance of €1,130.00 is due by 2027-01-25.",
                "EUR", Language.GERMAN)).isEqualTo(
                "Anzahlung von 120,00\u00a0€ per Karte bezahlt; der Restbetrag von 1.130,00\u00a0€ ist bis 25. Januar 2027 fällig.");
        assertThat(HistoryWords.description("Changed the guest's e-mail address, phone.", "EUR", Language.FRENCH))
                .isEqualTo("Coordonnées du client modifiées : adresse e-mail, téléphone.");
        assertThat(HistoryWords.description("Refunded €62.50 through Stripe (re_123).", "EUR", Language.PORTUGUESE))
                .isEqualTo("Reembolsados " + Money.of(6_250, "EUR").formatted(Language.PORTUGUESE.locale()) + " através da Stripe (re_123).");
        assertThat(HistoryWords.actor("The guest", Language.GERMAN)).isEqualTo("Der Gast");
    }

    @Test
    void theStayRulesADeskBookingOverrodeReadInTheStaffMembersLanguage() {
        assertThat(HistoryWords.description("Booked despite the stay rules: Minimum 3 nights from 2027-07-01; "
                + "No arrivals on Mondays and Sundays.", "EUR", Language.GERMAN))
                .isEqualTo("Trotz der Aufenthaltsregeln gebucht: Mindestens 3 Nächte ab 1. Juli 2027; Keine Anreise am Montag und Sonntag.");
        assertThat(HistoryWords.description("Booked despite the stay rules: Bookable at least 1 day ahead.", "EUR", Language.FRENCH))
                .isEqualTo("Réservé malgré les règles de séjour : Réservable au moins 1 jour à l'avance.");
        assertThat(HistoryWords.description("Booked despite the stay rules: Same-day bookings close at 14:00; "
                + "Bookable up to 12 months ahead.", "EUR", Language.PORTUGUESE))
                .isEqualTo("Reservado apesar das regras de estadia: As reservas para o próprio dia fecham às 14:00; "
                        + "Reservável com até 12 meses de antecedência.");
        assertThat(HistoryWords.description("Booked despite the stay rules: Minimum 2 nights; Some new rule.", "EUR",
                Language.GERMAN)).as("a reason not known here: the entry reads as stored, never half translated")
                .isEqualTo("Booked despite the stay rules: Minimum 2 nights; Some new rule.");
    }

    @Test
    void theStayRulesADeskChangeOverrodeReadInTheStaffMembersLanguage() {
        assertThat(HistoryWords.description("Changed despite the stay rules: Minimum 3 nights from 2027-07-01.", "EUR",
                Language.GERMAN)).isEqualTo("Trotz der Aufenthaltsregeln geändert: Mindestens 3 Nächte ab 1. Juli 2027.");
        assertThat(HistoryWords.description("Changed despite the stay rules: Bookable at least 1 day ahead.", "EUR", Language.FRENCH))
                .isEqualTo("Modifié malgré les règles de séjour : Réservable au moins 1 jour à l'avance.");
        assertThat(HistoryWords.description("Changed despite the stay rules: Bookable up to 12 months ahead.", "EUR",
                Language.PORTUGUESE)).isEqualTo("Alterado apesar das regras de estadia: Reservável com até 12 meses de antecedência.");
    }

    @Test
    void aChangedStayReadsInTheStaffMembersLanguage() {
        assertThat(HistoryWords.description("Changed the stay from Sea Room, 2027-01-01 to 2027-01-03 to Garden Room, "
                + "2027-01-05 to 2027-01-08; the total from €240.00 to €360.00.", "EUR", Language.GERMAN))
                .isEqualTo("Aufenthalt geändert von Sea Room, 1. Januar 2027 bis 3. Januar 2027 zu Garden Room, "
                        + "5. Januar 2027 bis 8. Januar 2027; Gesamtbetrag von 240,00\u00a0€ auf 360,00\u00a0€.");
    }

    @Test
    void englishAndUnknownSentencesReadAsStored() {
        String stored = "Paid the balance of €120.00 by card; paid in full.";
        assertThat(HistoryWords.description(stored, "EUR", Language.ENGLISH)).isSameAs(stored);
        assertThat(HistoryWords.description("Moved to the Garden Room.", "EUR", Language.GERMAN)).isEqualTo("Moved to the Garden Room.");
        assertThat(HistoryWords.description("Refunded €1.", "EUR", Language.GERMAN)).as("an amount that does not read back")
                .isEqualTo("Refunded €1.");
        assertThat(HistoryWords.actor("Stripe", Language.FRENCH)).isEqualTo("Stripe");
    }
}
