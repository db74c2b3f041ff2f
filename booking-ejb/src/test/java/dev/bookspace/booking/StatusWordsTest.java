package dev.bookspace.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.shared.Language;
import dev.bookspace.shared.Money;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one vocabulary, as a table: a booking's facts, then its brief words and its full ones. */
class StatusWordsTest {

    /** Berlin is an hour ahead of UTC in January: a hold's end is told in the organisation's zone. */
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 5);

    @ParameterizedTest(name = "{0} {1}, held until {2}, paid {3} of 240: \"{5}\"")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # status | method         | hold ends (UTC)      | paid   | kind             | brief                                   | full
            UNPAID    | STRIPE         | 2027-01-05T13:30:00Z | 0      | AWAITING_PAYMENT | Awaiting payment (held until 14:30)           | Awaiting payment (held until 14:30)
            UNPAID    | STRIPE         | 2027-01-05T23:10:00Z | 0      | AWAITING_PAYMENT | Awaiting payment (held until 00:10 on 6 Jan)  | Awaiting payment (held until 00:10 on 6 Jan)
            UNPAID    | STRIPE         | 2028-02-01T09:00:00Z | 0      | AWAITING_PAYMENT | Awaiting payment (held until 10:00 on 1 Feb 2028) | Awaiting payment (held until 10:00 on 1 Feb 2028)
            UNPAID    | STRIPE         | -                    | 0      | AWAITING_PAYMENT | Awaiting payment (clearing at the bank)       | Awaiting payment (clearing at the bank)
            UNPAID    | PAY_ON_ARRIVAL | -                    | 0      | PAY_ON_ARRIVAL   | Pay on arrival                                | Pay on arrival
            UNPAID    | PAY_ON_ARRIVAL | 2027-01-05T13:30:00Z | 0      | AWAITING_PAYMENT | Awaiting payment (held until 14:30)           | Awaiting payment (held until 14:30)
            UNPAID    | AT_DESK        | -                    | 0      | PAY_ON_ARRIVAL   | Pay on arrival                                | Pay on arrival
            PAID      | STRIPE         | -                    | 24000  | PAID             | Paid                                          | Paid
            PAID      | AT_DESK        | -                    | 24000  | PAID             | Paid                                          | Paid
            PAID      | STRIPE         | -                    | 7200   | DEPOSIT_PAID     | Deposit paid                                  | Deposit paid · €168.00 due by 12 Jan
            COMPLETE  | STRIPE         | -                    | 24000  | COMPLETED        | Completed                                     | Completed
            CANCELLED | STRIPE         | -                    | 7200   | CANCELLED        | Cancelled                                     | Cancelled
            CANCELLED | PAY_ON_ARRIVAL | -                    | 0      | CANCELLED        | Cancelled                                     | Cancelled
            EXPIRED   | STRIPE         | -                    | 0      | EXPIRED          | Expired                                       | Expired
            """)
    void aBookingsFactsReadAsOneVocabulary(BookingStatus status, PaymentMethod method, String holdEnds, long paidMinor,
            StatusWords.Kind kind, String brief, String full) {
        StatusWords words = StatusWords.of(status, method, holdEnds == null ? null : OffsetDateTime.parse(holdEnds),
                depositOf240(paidMinor), BERLIN, TODAY);

        assertThat(words).isEqualTo(new StatusWords(kind, brief, full));
    }

    @ParameterizedTest(name = "{0} {1} in {5}: \"{6}\"")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # status | method         | hold ends (UTC)      | paid | kind             | language   | full
            UNPAID    | STRIPE         | 2027-01-05T13:30:00Z | 0    | AWAITING_PAYMENT | GERMAN     | Zahlung ausstehend (reserviert bis 14:30 Uhr)
            UNPAID    | STRIPE         | 2027-01-05T23:10:00Z | 0    | AWAITING_PAYMENT | GERMAN     | Zahlung ausstehend (reserviert bis 6. Jan., 00:10 Uhr)
            PAID      | STRIPE         | -                    | 7200 | DEPOSIT_PAID     | GERMAN     | Anzahlung bezahlt · 168,00\u00a0€ fällig bis 12. Jan.
            UNPAID    | PAY_ON_ARRIVAL | -                    | 0    | PAY_ON_ARRIVAL   | GERMAN     | Zahlung bei Anreise
            UNPAID    | STRIPE         | 2027-01-05T23:10:00Z | 0    | AWAITING_PAYMENT | FRENCH     | En attente de paiement (réservée jusqu'à 00:10 le 6 janv.)
            PAID      | STRIPE         | -                    | 7200 | DEPOSIT_PAID     | FRENCH     | Acompte versé · 168,00\u00a0€ à régler au plus tard le 12 janv.
            CANCELLED | STRIPE         | -                    | 7200 | CANCELLED        | FRENCH     | Annulée
            UNPAID    | STRIPE         | 2027-01-05T13:30:00Z | 0    | AWAITING_PAYMENT | PORTUGUESE | Pagamento pendente (reservada até 14:30)
            PAID      | STRIPE         | -                    | 7200 | DEPOSIT_PAID     | PORTUGUESE | Sinal pago · €\u00a0168,00 a pagar até 12 de jan.
            COMPLETE  | STRIPE         | -                    | 24000 | COMPLETED       | PORTUGUESE | Concluída
            """)
    void aBookingsFactsReadInTheGuestsLanguage(BookingStatus status, PaymentMethod method, String holdEnds,
            long paidMinor, StatusWords.Kind kind, Language language, String full) {
        StatusWords words = StatusWords.of(status, method, holdEnds == null ? null : OffsetDateTime.parse(holdEnds),
                depositOf240(paidMinor), BERLIN, TODAY, language);

        assertThat(words.kind()).isEqualTo(kind);
        assertThat(words.full()).isEqualTo(full);
        assertThat(words.brief()).isEqualTo(kind == StatusWords.Kind.DEPOSIT_PAID ? kind.words(language) : words.full());
    }

    @ParameterizedTest(name = "{0} in {1}: \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            UNPAID | GERMAN     | Zahlung ausstehend oder Zahlung bei Anreise
            PAID   | FRENCH     | Payée ou acompte versé
            PAID   | PORTUGUESE | Paga ou sinal pago
            """)
    void theFilterOffersEachStatusInTheReadersLanguage(BookingStatus status, Language language, String label) {
        assertThat(StatusWords.filterLabel(status, language)).isEqualTo(label);
    }

    @Test
    void aDepositDueAnotherYearSaysTheYear() {
        PaymentState payment = new PaymentState(Money.of(7200, "EUR"), Money.of(16_800, "EUR"), LocalDate.of(2028, 1, 3),
                Money.of(7200, "EUR"), "30 % of the total");

        assertThat(StatusWords.of(BookingStatus.PAID, PaymentMethod.STRIPE, null, payment, BERLIN, TODAY).full())
                .isEqualTo("Deposit paid · €168.00 due by 3 Jan 2028");
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            UNPAID    | Awaiting payment or pay on arrival
            PAID      | Paid or deposit paid
            COMPLETE  | Completed
            CANCELLED | Cancelled
            EXPIRED   | Expired
            """)
    void theFilterOffersEachStatusInTheWordsItsBookingsRead(BookingStatus status, String label) {
        assertThat(StatusWords.filterLabel(status)).isEqualTo(label);
    }

    @Test
    void theCalendarColoursAStandingByItsName() {
        assertThat(StatusWords.ON_THE_CALENDAR).extracting(StatusWords.Kind::cssName)
                .containsExactly("awaiting-payment", "pay-on-arrival", "deposit-paid", "paid", "completed");
    }

    /** A €240.00 booking with a €72.00 deposit, its balance due on 12 January, of which this much is paid. */
    private static PaymentState depositOf240(long paidMinor) {
        return new PaymentState(Money.of(paidMinor, "EUR"), Money.of(24_000 - paidMinor, "EUR"),
                paidMinor == 24_000 ? null : LocalDate.of(2027, 1, 12), Money.of(7200, "EUR"), "30 % of the total");
    }
}
