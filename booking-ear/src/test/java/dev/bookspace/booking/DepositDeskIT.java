package dev.bookspace.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.bookspace.organisation.SettingsForm;
import dev.bookspace.organisation.SettingsService;
import dev.bookspace.payment.CheckoutEvent;
import dev.bookspace.payment.PaymentService;
import dev.bookspace.shared.Money;
import dev.bookspace.shared.StayPeriod;
import dev.bookspace.tenancy.Role;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import jakarta.enterprise.inject.spi.CDI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Staff take a deposit booking's balance at the desk: the booking is paid in full, its history and the audit log
 * say who took it, and it cannot be taken twice. A first-night deposit charges the first night.
 */
@FullStack
class DepositDeskIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.inContainer();

    private Organisation org;
    private Item room;
    private Scope owner;
    private String ownerEmail;
    private LocalDate checkIn;

    @BeforeEach
    void cardOrganisationTakingTheFirstNight() {
        org = fixtures.cardOrganisation("Harbour House");
        room = fixtures.item(org, "Sea Room");
        fixtures.deposits(org, "first-night", 7);
        ownerEmail = fixtures.user(org, "owner", true);
        owner = new Scope(org.id(), Long.parseLong(fixtures.userColumn(ownerEmail, "id")), EnumSet.of(Role.OWNER));
        checkIn = LocalDate.now(ZoneId.of("Europe/Lisbon")).plusDays(30);
    }

    @Test
    void staffMarkTheBalancePaidAtTheDeskAndTheBookingIsPaidInFull() {
        String reference = bookAndPayTheDeposit();
        BookingDeskService desk = service(BookingDeskService.class);
        BookingDetail deposited = desk.detail(owner, reference);
        assertThat(deposited.payment().deposit().minor()).as("the first night of two at €120.00").isEqualTo(12_000);
        assertThat(deposited.payment().balanceDue().minor()).isEqualTo(12_000);
        assertThat(deposited.payment().balanceDueOn()).isEqualTo(checkIn.minusDays(7));
        assertThat(deposited.canMarkBalancePaid()).isTrue();

        BookingDetail paid = desk.markBalancePaid(owner, reference);

        assertThat(paid.status()).isEqualTo(BookingStatus.PAID);
        assertThat(paid.payment().amountPaid().minor()).isEqualTo(24_000);
        assertThat(paid.payment().balanceDue().minor()).isZero();
        assertThat(paid.canMarkBalancePaid()).isFalse();
        assertThat(paid.payments()).extracting(BookingDetail.Payment::method)
                .containsExactly(PaymentMethod.STRIPE, PaymentMethod.AT_DESK);
        assertThat(paid.history()).last().extracting(BookingDetail.Event::description)
                .isEqualTo("Marked the balance paid: €120.00 taken at the desk; paid in full.");
        assertThat(fixtures.auditLog(org)).last().asString().startsWith("booking.balance_paid by person " + ownerEmail
                + " on " + reference).contains("\"paid\": \"€120.00\"", "\"paid\": \"€240.00\"");
        assertThatThrownBy(() -> desk.markBalancePaid(owner, reference))
                .isInstanceOf(IllegalBookingChangeException.class);
    }

    @Test
    void theDashboardListsBalancesDueSoonestFirstWithTheOverdueMarked() {
        String later = bookAndPayTheDeposit();
        checkIn = checkIn.plusDays(5);
        String overdue = bookAndPayTheDeposit();
        fixtures.balanceFallenDue(org, overdue);
        BalanceService balances = service(BalanceService.class);

        assertThat(balances.balancesDue(owner)).extracting(BalanceDueRow::reference, BalanceDueRow::overdue,
                row -> row.balanceDue().minor()).containsExactly(
                        tuple(overdue, true, 12_000L),
                        tuple(later, false, 12_000L));
        service(BookingDeskService.class).markBalancePaid(owner, overdue);
        assertThat(balances.balancesDue(owner)).extracting(BalanceDueRow::reference).containsExactly(later);
    }

    @Test
    void aBalanceTakenAtTheDeskIsNotRefundedThroughStripe() {
        String reference = bookAndPayTheDeposit();
        BookingDeskService desk = service(BookingDeskService.class);
        desk.markBalancePaid(owner, reference);

        assertThatThrownBy(() -> desk.refund(owner, reference, Money.of(24_000, "EUR")))
                .hasMessageContaining("at most €120.00, what was paid by card");
    }

    @Test
    void theOwnerSetsTheDepositOnSettingsAndTheAuditLogSaysWhatItWasAndIs() {
        SettingsService settings = service(SettingsService.class);
        SettingsForm form = settings.getSettings(owner);
        assertThat(form.getDeposit()).isEqualTo(SettingsForm.DEPOSIT_FIRST_NIGHT);
        form.setDeposit(SettingsForm.DEPOSIT_PERCENT);
        form.setDepositPercent(30);
        form.setBalanceDaysBefore(10);

        settings.saveSettings(owner, form);

        assertThat(fixtures.organisationColumn(org, "deposit_rule")).isEqualTo("30%");
        assertThat(fixtures.organisationColumn(org, "balance_days_before")).isEqualTo("10");
        assertThat(fixtures.auditLog(org)).last().asString().startsWith("settings.updated by person " + ownerEmail)
                .contains("\"deposit\": \"the first night's price\"", "\"deposit\": \"30 % of the total\"",
                        "\"balance_days_before\": 7", "\"balance_days_before\": 10");
        form.setDepositPercent(null);
        assertThatThrownBy(() -> settings.saveSettings(owner, form)).hasMessage("Enter the deposit in % of the total, 1 to 99.");
    }

    /** A guest books two nights at €120.00 on the public page and Stripe confirms the deposit; answers the reference. */
    private String bookAndPayTheDeposit() {
        BookingConfirmation hold = service(BookingService.class).book(Scope.guestOf(org.id()), new BookingRequest(room.id(),
                StayPeriod.of(checkIn, checkIn.plusDays(2)), 2, List.of(), new GuestDetails("Ada Lovelace",
                        "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org", "+351 912 345 678", "", true)));
        String session = fixtures.bookingColumn(org, hold.reference(), "stripe_session_id");
        service(PaymentService.class).apply(Scope.systemOf(org.id(), "Stripe"), new CheckoutEvent(
                "evt_" + UUID.randomUUID().toString().replace("-", ""), CheckoutEvent.COMPLETED, session, "paid"));
        return hold.reference();
    }

    private static <T> T service(Class<T> type) {
        return CDI.current().select(type).get();
    }
}
