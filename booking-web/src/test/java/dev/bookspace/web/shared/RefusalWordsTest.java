package dev.bookspace.web.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bookspace.audit.AuditFilter;
import dev.bookspace.booking.IllegalBookingChangeException;
import dev.bookspace.catalog.ItemPage;
import dev.bookspace.catalog.PhotoIntake;
import dev.bookspace.catalog.RoomOrder;
import dev.bookspace.catalog.RoomTitle;
import dev.bookspace.organisation.WidgetOrigins;
import dev.bookspace.payment.PaymentUnavailableException;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.InvalidRequestException.FieldProblem;
import dev.bookspace.shared.Language;
import dev.bookspace.shared.Money;
import dev.bookspace.shared.OutboundAddresses;
import dev.bookspace.shared.OutboundGuard;
import dev.bookspace.shared.OutboundRefusedException;
import dev.bookspace.shared.PageCursor;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
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

    @Test
    void anAddressOffThePublicInternetIsRefusedInTheReadersLanguageNamingItsKind() {
        OutboundGuard guard = new OutboundGuard(OutboundAddresses.publicOnly(), host -> host.equals("calendar.internal")
                ? new InetAddress[] {InetAddress.getByName("10.0.0.5")} : InetAddress.getAllByName(host));

        assertThat(RefusalWords.of(urlRefusal(guard, "https://calendar.internal/feed.ics"), GERMAN))
                .isEqualTo("Abgelehnt: calendar.internal wird zu 10.0.0.5 aufgelöst, eine private Adresse; aufgerufen werden "
                        + "nur Adressen im öffentlichen Internet.");
        assertThat(RefusalWords.of(urlRefusal(guard, "https://169.254.169.254/latest"), Locale.FRENCH))
                .isEqualTo("Refusé : 169.254.169.254 est une adresse lien-local ; seules les adresses de l'internet public "
                        + "sont appelées.");
        assertThat(RefusalWords.of(urlRefusal(guard, "https://127.0.0.1/in"), Locale.forLanguageTag("pt")))
                .isEqualTo("Recusado: 127.0.0.1 é um endereço de loopback; só são chamados endereços da internet pública.");
        assertThat(RefusalWords.of(urlRefusal(guard, "https://127.0.0.1/in"), Locale.ENGLISH))
                .isEqualTo("Refused: 127.0.0.1 is a loopback address; only addresses on the public internet are called.");
    }

    /** The guard's refusal as the webhook and calendar forms word it. */
    private static InvalidRequestException urlRefusal(OutboundGuard guard, String url) {
        OutboundRefusedException refused = catchThrowableOfType(() -> guard.check(URI.create(url)), OutboundRefusedException.class);
        return new InvalidRequestException("url", refused.getMessage()).worded(refused.key().orElseThrow(),
                refused.arguments().toArray());
    }

    @Test
    void eachWidgetSiteRefusedReadsInTheOwnersLanguage() {
        InvalidRequestException refusal = catchThrowableOfType(
                () -> WidgetOrigins.parse("https://*.site.example https://site.example/book harbour-house.example"),
                InvalidRequestException.class);

        assertThat(RefusalWords.of(refusal, GERMAN)).isEqualTo("https://*.site.example: Nennen Sie jede Website mit ihrer "
                + "eigenen Adresse; ein Platzhalter ließe Websites, die Sie nicht betreiben, das Widget zeigen. "
                + "https://site.example/book: Geben Sie die Website ohne Pfad an, als https://site.example; der Browser sagt "
                + "dem Widget nur, auf welcher Website es ist. harbour-house.example ist keine Adresse einer Website: Schreiben "
                + "Sie sie als https://ihre-website.example, mit Port nur, wenn sie einen hat (https://ihre-website.example:8443).");
        assertThat(RefusalWords.of(refusal, Locale.FRENCH)).contains("harbour-house.example n'est pas l'adresse d'un site");
        assertThat(RefusalWords.of(refusal, Locale.ENGLISH)).isEqualTo(refusal.getMessage());
    }

    @Test
    void aRoomsPriceRefusedReadsWithTheRoomAndTheAmountsRuleInTheReadersLanguage() {
        InvalidRequestException decimals = catchThrowableOfType(
                () -> Money.ofDecimal(new BigDecimal("12.345"), Currency.getInstance("EUR"), "roomPrices"),
                InvalidRequestException.class);
        InvalidRequestException seasonPrice = new InvalidRequestException("roomPrices", "Sea Room: " + decimals.getMessage())
                .worded("rates.roomPrice", "Sea Room", decimals.wording().orElseThrow());

        assertThat(RefusalWords.of(seasonPrice, GERMAN)).isEqualTo("Sea Room: Beträge in EUR haben höchstens 2 Nachkommastellen.");
        assertThat(RefusalWords.of(seasonPrice, Locale.FRENCH)).isEqualTo("Sea Room : Les montants en EUR ont au plus 2 décimales.");
        assertThat(RefusalWords.of(seasonPrice, Locale.ENGLISH)).isEqualTo("Sea Room: Amounts in EUR have at most 2 decimals.");
    }

    @Test
    void aRoomsUnitsRefusedReadInTheStaffMembersLanguage() {
        InvalidRequestException inUse = new InvalidRequestException("units", "Room 3 of Standard Double has stays or closed "
                + "dates from today on; move them to another room or cancel them first, or keep 3 rooms.")
                .worded("rooms.unitsInUse", 3, "Standard Double");
        InvalidRequestException taken = new InvalidRequestException("unit", "Room 2 of Standard Double is taken for some of "
                + "those nights; choose another, or move that stay first.").worded("desk.unitTaken", 2, "Standard Double");
        FieldProblem tooMany = new FieldProblem("units", "A room type sells at most 200 rooms.").worded("{bookspace.room.units.max}");

        assertThat(RefusalWords.of(inUse, GERMAN)).isEqualTo("Zimmer 3 von Standard Double hat ab heute Aufenthalte oder "
                + "geschlossene Tage; verlegen Sie diese zuerst in ein anderes Zimmer oder stornieren Sie sie, oder behalten Sie "
                + "3 Zimmer.");
        assertThat(RefusalWords.of(taken, Locale.forLanguageTag("pt"))).isEqualTo("O quarto 2 de Standard Double está ocupado "
                + "em algumas dessas noites; escolha outro, ou mude primeiro essa estadia.");
        assertThat(RefusalWords.of(tooMany, Locale.FRENCH)).isEqualTo("Un type de chambre vend au plus 200 chambres.");
    }

    @Test
    void aPhotoWithoutAFileNameIsCalledTheFileInTheReadersLanguage() {
        InvalidRequestException empty = catchThrowableOfType(() -> PhotoIntake.logo(null, new byte[0]), InvalidRequestException.class);
        InvalidRequestException notAnImage = catchThrowableOfType(() -> PhotoIntake.logo(" ", new byte[] {1, 2, 3}),
                InvalidRequestException.class);

        assertThat(RefusalWords.of(empty, GERMAN)).isEqualTo("Die Datei ist leer; wählen Sie ein JPEG-, PNG- oder WebP-Bild.");
        assertThat(RefusalWords.of(notAnImage, Locale.FRENCH)).isEqualTo("Le fichier n'est pas une image JPEG, PNG ou WebP, "
                + "quoi qu'en dise son nom ; choisissez une image dans l'un de ces formats.");
        assertThat(RefusalWords.of(empty, Locale.ENGLISH)).isEqualTo("The file is empty; choose a JPEG, PNG or WebP image.");
    }

    @Test
    void aPageLinkOrSizeRefusedReadsForAPersonWhileTheApiKeepsItsEnglish() {
        InvalidRequestException cursor = catchThrowableOfType(() -> PageCursor.decode("bookings", "bm90LWEtY3Vyc29y"),
                InvalidRequestException.class);
        InvalidRequestException limit = catchThrowableOfType(() -> ItemPage.requireLimit(500), InvalidRequestException.class);

        assertThat(RefusalWords.of(cursor, GERMAN))
                .isEqualTo("Dieser Link zu einer weiteren Seite ist beschädigt; beginnen Sie wieder auf der ersten Seite.");
        assertThat(RefusalWords.of(limit, Locale.FRENCH)).isEqualTo("Choisissez de 1 à 200 chambres par page.");
        assertThat(cursor.getMessage()).isEqualTo("Use the next_cursor of the previous page as it was given.");
    }

    @Test
    void aRoomOrderAnAddressNamesWronglyReadsInTheGuestsLanguage() {
        InvalidRequestException sort = catchThrowableOfType(() -> RoomOrder.of("colour"), InvalidRequestException.class);

        assertThat(RefusalWords.of(sort, GERMAN)).isEqualTo("Sortieren Sie nach Name, Preis oder Größe.");
        assertThat(RefusalWords.of(sort, Locale.ENGLISH)).isEqualTo("Sort by name, price or size.");
    }

    @Test
    void aRoomIsQuotedByTheTitleStaffGaveInTheReadersLanguageElseByItsOwn() {
        RoomTitle sea = new RoomTitle("Sea Room", Map.of(Language.GERMAN, "Zimmer zum Meer"));
        InvalidRequestException guests = new InvalidRequestException("guests", "Sea Room takes 1 to 2 guests.")
                .worded("quote.guests", 2, sea);
        InvalidRequestException addOn = new InvalidRequestException("add_ons", "That add-on is not offered with Sea Room.")
                .worded("quote.addOnNotOffered", sea);

        assertThat(RefusalWords.of(guests, GERMAN)).isEqualTo("Zimmer zum Meer bietet Platz für 1 bis 2 Gäste.");
        assertThat(RefusalWords.of(addOn, GERMAN)).isEqualTo("Diese Zusatzleistung wird für Zimmer zum Meer nicht angeboten.");
        assertThat(RefusalWords.of(addOn, Locale.FRENCH)).isEqualTo("Cette option n'est pas proposée avec Sea Room.");
        assertThat(RefusalWords.of(addOn, Locale.ENGLISH)).isEqualTo("That add-on is not offered with Sea Room.");
    }

    @Test
    void anAuditLogDayBeyondTheYearsItHoldsIsRefusedInTheReadersLanguage() {
        InvalidRequestException year = catchThrowableOfType(() -> AuditFilter.onDays(LocalDate.MAX, null, null, null, null),
                InvalidRequestException.class);

        assertThat(RefusalWords.of(year, GERMAN)).isEqualTo("Wählen Sie Tage in den Jahren 1 bis 9999.");
        assertThat(RefusalWords.of(year, Language.PORTUGUESE.locale())).isEqualTo("Escolha dias nos anos de 1 a 9999.");
        assertThat(year.getMessage()).isEqualTo("from must be in a year from 1 to 9999.");
    }
}
