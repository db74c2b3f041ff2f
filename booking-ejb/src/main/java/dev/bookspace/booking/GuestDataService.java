package dev.bookspace.booking;

import dev.bookspace.audit.AuditFields;
import dev.bookspace.audit.AuditTrail;
import dev.bookspace.identity.AccountService;
import dev.bookspace.organisation.Organisation;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A guest's data rights, by e-mail address within the organisation: everything held about them, as
 * JSON for them to take away; and being forgotten, on request or once their last stay ended longer ago
 * than the organisation keeps guests' details. A forgotten guest's bookings keep their rooms, dates and
 * money for the books; who they were is gone from the booking and its history.
 */
@Stateless
@TenantScoped
public class GuestDataService {

    /** The bookings of the guests whose last stay ended before a date, not yet anonymised. */
    private static final String LAPSED_GUESTS = """
            SELECT lower(b.guest_email) FROM bookings b
            JOIN booking_items i ON i.organisation_id = b.organisation_id AND i.booking_id = b.id
            WHERE b.organisation_id = ?1 AND b.guest_email <> ''
            GROUP BY lower(b.guest_email)
            HAVING max(upper(i.date_range)) < ?2 AND bool_or(b.anonymised_at IS NULL)""";

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @EJB
    private AccountService accounts;

    @EJB
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /** Everything held about the guest of this address, as the dashboard shows and the JSON export carries it. */
    public List<BookingDetail> find(Scope scope, String email) {
        requireStaff(scope);
        Organisation organisation = organisation(scope);
        return bookingsOf(requireAddress(email)).stream().map(booking -> BookingDetail.of(booking, organisation, clock))
                .toList();
    }

    /** The same, as one JSON document for the guest. */
    public String export(Scope scope, String email) {
        List<BookingDetail> bookings = find(scope, email);
        return GuestDataJson.of(organisation(scope).getName(), email.strip(), bookings, OffsetDateTime.now(clock));
    }

    /** Forgets the guest of this address, at their request; answers how many bookings were anonymised. */
    public int anonymise(Scope scope, String email) {
        requireStaff(scope);
        String actor = accounts.actorName(scope);
        OffsetDateTime now = OffsetDateTime.now(clock);
        return (int) bookingsOf(requireAddress(email)).stream()
                .filter(booking -> anonymise(scope, booking, now, actor, "The guest's personal details were anonymised at their request."))
                .count();
    }

    /**
     * Forgets the guests whose last checkout is more than the organisation's retention ago (none, when it
     * keeps guests until asked); answers how many bookings were anonymised. The retention job calls it.
     */
    public int anonymiseLapsedGuests(Scope scope) {
        Organisation organisation = organisation(scope);
        Integer months = organisation.getGuestRetentionMonths();
        if (months == null) {
            return 0;
        }
        LocalDate cutoff = organisation.today(clock).minusMonths(months);
        @SuppressWarnings("unchecked")
        List<String> lapsed = entityManager.createNativeQuery(LAPSED_GUESTS)
                .setParameter(1, scope.organisationId())
                .setParameter(2, Date.valueOf(cutoff))
                .getResultList();
        OffsetDateTime now = OffsetDateTime.now(clock);
        String reason = "The guest's personal details were anonymised " + months + " months after their last stay.";
        return (int) lapsed.stream().flatMap(email -> bookingsOf(email).stream())
                .filter(booking -> anonymise(scope, booking, now, "Bookspace", reason))
                .count();
    }

    /** Anonymises one booking and records that in the audit log: which fields changed, never what they held. */
    private boolean anonymise(Scope scope, Booking booking, OffsetDateTime now, String actor, String reason) {
        AuditFields before = booking.auditFields();
        if (!booking.anonymise(now, actor, reason)) {
            return false;
        }
        audit.record(scope, "booking.anonymised", booking.auditSubject(), before, booking.auditFields());
        return true;
    }

    private List<Booking> bookingsOf(String email) {
        return entityManager.createNamedQuery("Booking.findByGuestEmail", Booking.class)
                .setParameter("email", email)
                .getResultList();
    }

    private Organisation organisation(Scope scope) {
        return entityManager.find(Organisation.class, scope.organisationId());
    }

    private static String requireAddress(String email) {
        if (email == null || email.isBlank() || !email.contains("@")) {
            throw new InvalidRequestException("email", "Enter the guest's e-mail address, such as ada@example.org.")
                    .worded("guestData.email");
        }
        return email.strip();
    }

    private static void requireStaff(Scope scope) {
        if (!scope.isStaff()) {
            throw new NotFoundException("There is no guest data to see here.");
        }
    }
}
