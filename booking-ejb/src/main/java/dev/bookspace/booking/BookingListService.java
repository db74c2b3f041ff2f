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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bookings of an organisation for its staff: one page at a time, filtered and sorted in the
 * database, and the whole filtered list for export.
 *
 * <p>One row per booking, however many rooms it holds: each query reads a booking through its first
 * booking item (the one no item of the same booking precedes), which carries the stay every room of the
 * booking shares, so sorting by check-in, paging by offset and the keyset cursor keep the shape they had
 * when a booking had one room. The page's rooms then come in one more query for the whole page.
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
        List<BookingItem> firsts = query.setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.min(Math.max(pageSize, 1), MAX_EXPORT)).getResultList();
        return rows(firsts, organisation);
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
            throw new InvalidRequestException("limit", "Ask for 1 to " + MAX_PAGE + " bookings a page.")
                    .worded("page.limit.bookings", MAX_PAGE);
        }
        TypedQuery<BookingItem> query = entityManager.createQuery("SELECT bi FROM BookingItem bi JOIN bi.booking b WHERE "
                + where(filter) + (after == null ? "" : " AND bi.id > :after") + " ORDER BY bi.id", BookingItem.class);
        bind(query, filter);
        if (after != null) {
            query.setParameter("after", BookingPage.decode(after));
        }
        List<BookingItem> items = query.setMaxResults(limit + 1).getResultList();
        Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
        List<BookingRow> rows = rows(items.stream().limit(limit).toList(), organisation);
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
        // A cursor from before bookings were listed once still works: it names a booking item, and the page
        // after it starts at the next booking's first item.
        StringBuilder where = new StringBuilder(
                "NOT EXISTS (SELECT earlier FROM BookingItem earlier WHERE earlier.booking = b AND earlier.id < bi.id)");
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
            where.append(" AND EXISTS (SELECT room FROM BookingItem room WHERE room.booking = b AND room.item.id = :roomId)");
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

    /** A row for each booking whose first item is given, in their order, with every room of each read in one query. */
    private List<BookingRow> rows(List<BookingItem> firsts, Organisation organisation) {
        if (firsts.isEmpty()) {
            return List.of();
        }
        Map<Long, List<BookingRow.Room>> rooms = new HashMap<>();
        entityManager.createQuery("SELECT bi FROM BookingItem bi WHERE bi.booking.id IN :bookings"
                        + " ORDER BY bi.itemId, bi.id", BookingItem.class)
                .setParameter("bookings", firsts.stream().map(item -> item.getBooking().getId()).toList())
                .getResultStream()
                .forEach(item -> rooms.computeIfAbsent(item.getBooking().getId(), id -> new ArrayList<>()).add(
                        new BookingRow.Room(item.getItem().getId(), item.getItem().getTitle(), item.guests(), item.price(),
                                item.getUnit(), item.getItem().unitName(item.getUnit()), item.getItem().getUnits())));
        return firsts.stream().map(first -> {
            Booking booking = first.getBooking();
            return new BookingRow(booking.getReference(), booking.getGuestName(), booking.getGuestEmail(),
                    List.copyOf(rooms.get(booking.getId())), first.getStay(), booking.getStatus(), booking.total(),
                    booking.getCreatedAt(), StatusWords.of(booking, organisation.zone(), organisation.today(clock)));
        }).toList();
    }

    private static void requireStaff(Scope scope) {
        if (!scope.isStaff() && !scope.has(Role.INTEGRATION)) {
            throw new NotFoundException("There are no bookings to see here.");
        }
    }
}
