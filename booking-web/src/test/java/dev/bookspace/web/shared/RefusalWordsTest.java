package dev.bookspace.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.booking.IllegalBookingChangeException;
import dev.bookspace.payment.PaymentUnavailableException;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.InvalidRequestException.FieldProblem;
import dev.bookspace.shared.Money;
import java.time.DayOfWeek;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A service's English refusal, said again in the reader's language by the key it carries. */
class RefusalWordsTest {

    private static final Locale GERMAN = Locale.GERMAN;

    @Test
    void aKeyedRefusalReadsInTheReadersLanguageAndInEnglishAsTheServiceSaidIt() {
        InvalidRequestException refusal = new InvalidRequestException("url",
                "This is not a URL; enter one such as https://example.com/bookspace-events.").worded("webhooks.url.notAUrl");

        assertThat(RefusalWords.of(refusal.problems().get(0), GERMAN))
                .isEqualTo("Das ist keine URL; geben Sie eine ein wie https://example.com/bookspace-events.");
        assertThat(RefusalWords.of(refusal, Locale.ENGLISH))
                .isEqualTo("This is not a URL; enter one such as https://example.com/bookspace-events.");
    }

    @Test
    void aBeanValidationTemplateReadsFromValidationMessages() {
        FieldProblem problem = new FieldProblem("title", "Please give the room a title.").worded("{bookspace.room.title.blank}");

        assertThat(RefusalWords.of(problem, GERMAN)).isEqualTo("Bitte geben Sie dem Zimmer einen Titel.");
        assertThat(RefusalWords.of(problem, Locale.FRENCH)).isEqualTo("Veuillez donner un titre à la chambre.");
    }

    @Test
    void figuresAreWrittenAsTheReaderWritesThem() {
        IllegalBookingChangeException refund = new IllegalBookingChangeException("The refund is now €80.00, not €100.00, by "
                + "your booking's cancellation policy. Please confirm again.", "refundChanged",
                Money.of(8000, "EUR"), Money.of(10000, "EUR"));
        InvalidRequestException weekday = new InvalidRequestException("nights",
                "Monday nights are priced by Weekend already; a night has one weekday rate.")
                .worded("rates.weekdayTaken", DayOfWeek.MONDAY, "Weekend");

        assertThat(RefusalWords.of(refund, GERMAN)).isEqualTo("Die Erstattung beträgt jetzt 80,00\u00a0€, nicht 100,00\u00a0€, "
                + "nach den Stornobedingungen Ihrer Buchung. Bitte bestätigen Sie erneut.");
        assertThat(RefusalWords.of(weekday, Locale.forLanguageTag("pt")))
                .isEqualTo("As noites de segunda-feira já têm preço em Weekend; uma noite tem um só preço de dia da semana.");
    }

    @Test
    void aRefusalWithoutAKeyOrWithOneNoBundleHasKeepsItsEnglishSentence() {
        PaymentUnavailableException unworded = new PaymentUnavailableException("Stripe said no.", null);
        PaymentUnavailableException unknown = new PaymentUnavailableException("Stripe said no.", null).worded("payment.nothing-like-it");

        assertThat(RefusalWords.of(unworded, GERMAN)).isEqualTo("Stripe said no.");
        assertThat(RefusalWords.of(unknown, GERMAN)).isEqualTo("Stripe said no.");
    }
}
