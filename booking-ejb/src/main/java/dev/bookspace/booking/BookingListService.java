package dev.bookspace.booking;

import dev.bookspace.organisation.Organisation;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.tenancy.Role;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bookings of an organisation for its staff: one page at a time, filtered and sorted in the
 * database, and the whole filtered list for export.
 */
@Stateless
@TenantScoped
public class BookingListService {

    /** The columns staff can sort by, and the JPQL each stands for. */
    private static final Map<String, String> SORTABLE = Map.of(
            "checkIn", "SQL('lower(?)', bi.stay)", "created", "b.createdAt", "guest", "b.guestName",
            "status", "b.status", "total", "b.totalMinor");

    /** The longest page the API answers. */
    public static final int MAX_PAGE = 200;

    /** An export stops here; a longer list is narrowed with the filter first. */
    public static final int MAX_EXPORT = 10_000;

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    private final Clock clock = Clock.systemUTC();

    public List<BookingRow> listBookings(Scope scope, BookingFilter filter, int first, int pageSize, String sortBy,
            boolean ascending) {
        requireStaff(scope);
        Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
        String order = SORTABLE.getOrDefault(sortBy, SORTABLE.get("checkIn")) + (ascending ? " ASC" : " DESC");
        TypedQuery<BookingItem> query = entityManager.createQuery(
                "SELECT bi FROM BookingItem bi JOIN bi.booking b WHERE " + where(filter) + " ORDER BY " + order + ", b.id",
                BookingItem.class);
        bind(query, filter);
        return query.setFirstResult(Math.max(first, 0)).setMaxResults(Math.min(Math.max(pageSize, 1), MAX_EXPORT))
                .getResultStream()
                .map(item -> row(item, organisation))
                .toList();
    }

    /**
     * A page of bookings in the order they were made, after a cursor: keyset pagination, so a page
     * stays right while bookings are added, and page 1,000 costs what page 1 does.
     *
     * @param after the cursor the previous page answered, or null for the first page
     */
    public BookingPage listAfter(Scope scope, BookingFilter filter, String after, int limit) {
        requireStaff(scope);
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidRequestException("limit", "Ask for 1 to " + MAX_PAGE + " bookings a page.");
        }
        TypedQuery<BookingItem> query = entityManager.createQuery("SELECT bi FROM BookingItem bi JOIN bi.booking b WHERE "
                + where(filter) + (after == null ? "" : " AND bi.id > :after") + " ORDER BY bi.id", BookingItem.class);
        bind(query, filter);
        if (after != null) {
            query.setParameter("after", BookingPage.decode(after));
        }
        List<BookingItem> items = query.setMaxResults(limit + 1).getResultList();
        Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
        List<BookingRow> rows = items.stream().limit(limit).map(item -> row(item, organisation)).toList();
        return new BookingPage(rows, items.size() > limit ? BookingPage.encode(items.get(limit - 1).getId()) : null);
    }

    public long countBookings(Scope scope, BookingFilter filter) {
        requireStaff(scope);
        TypedQuery<Long> query = entityManager.createQuery(
                "SELECT COUNT(bi) FROM BookingItem bi JOIN bi.booking b WHERE " + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    private static String where(BookingFilter filter) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (filter.status() != null) {
            where.append(" AND b.status = :status");
        }
        if (filter.search() != null && !filter.search().isBlank()) {
            where.append(" AND (LOWER(b.reference) LIKE :search OR LOWER(b.guestName) LIKE :search"
                    + " OR LOWER(b.guestEmail) LIKE :search)");
        }
        if (filter.staysFrom() != null) {
            where.append(" AND SQL('upper(?) > ?', bi.stay, :staysFrom)");
        }
        if (filter.staysUntil() != null) {
            where.append(" AND SQL('lower(?) < ?', bi.stay, :staysUntil)");
        }
        if (filter.roomId() != null) {
            where.append(" AND bi.item.id = :roomId");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, BookingFilter filter) {
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.search() != null && !filter.search().isBlank()) {
            String escaped = filter.search().strip().toLowerCase(Locale.ROOT).replaceAll("([\\\\%_])", "\\\\$1");
            query.setParameter("search", "%" + escaped + "%");
        }
        if (filter.staysFrom() != null) {
            query.setParameter("staysFrom", filter.staysFrom());
        }
        if (filter.staysUntil() != null) {
            query.setParameter("staysUntil", filter.staysUntil());
        }
        if (filter.roomId() != null) {
            query.setParameter("roomId", filter.roomId());
        }
    }

    private BookingRow row(BookingItem item, Organisation organisation) {
        Booking booking = item.getBooking();
        return new BookingRow(booking.getReference(), booking.getGuestName(), booking.getGuestEmail(),
                item.getItem().getTitle(), item.getStay(), booking.getStatus(), booking.total(), booking.getCreatedAt(),
                StatusWords.of(booking, organisation.zone(), organisation.today(clock)));
    }

    private static void requireStaff(Scope scope) {
        if (!scope.isStaff() && !scope.has(Role.INTEGRATION)) {
            throw new NotFoundException("There are no bookings to see here.");
        }
    }
}
