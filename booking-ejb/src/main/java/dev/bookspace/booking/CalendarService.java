package dev.bookspace.booking;

import dev.bookspace.availability.RoomBlock;
import dev.bookspace.catalog.Item;
import dev.bookspace.organisation.Organisation;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.shared.StayPeriod;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The occupancy calendar: the organisation's rooms, and the stays and closed dates that occupy them over a few weeks. */
@Stateless
@TenantScoped
public class CalendarService {

    /** A wider window is narrowed with the date first; the page shows a few weeks at a time. */
    static final int MAX_DAYS = 92;

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    private final Clock clock = Clock.systemUTC();

    public OccupancyCalendar calendar(Scope scope, LocalDate from, LocalDate until) {
        if (!scope.isStaff()) {
            throw new NotFoundException("There is no calendar to see here.");
        }
        if (from == null || until == null || !until.isAfter(from) || ChronoUnit.DAYS.between(from, until) > MAX_DAYS) {
            throw new InvalidRequestException("from", "Show between 1 and " + MAX_DAYS + " days at a time.")
                    .worded("calendar.range", MAX_DAYS);
        }
        Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
        var rooms = entityManager.createQuery("SELECT i FROM Item i ORDER BY i.active DESC, i.title, i.id", Item.class)
                .getResultStream()
                .map(item -> new OccupancyCalendar.Room(item.getId(), item.getTitle(), item.isActive(), item.getUnits(),
                        item.unitNames()))
                .toList();
        // The blocking stays spelt as SQL literals, as the index booking_items_blocking_range_idx's
        // predicate is (V5), so that every plan can use it: EclipseLink would bind an IN :blocking.
        // Joined to its booking, which a block's row of booking_items has not: closed dates come below.
        var stays = entityManager.createQuery("""
                        SELECT bi FROM BookingItem bi JOIN bi.booking b
                        WHERE SQL('(? NOT IN (''cancelled'', ''expired''))', bi.bookingStatus)
                        AND SQL('? && daterange(?, ?)', bi.stay, :from, :until)
                        ORDER BY bi.id""", BookingItem.class)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultStream()
                .map(item -> stay(item, organisation))
                .toList();
        var blocks = entityManager.createNamedQuery("RoomBlock.overlapping", RoomBlock.class)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultList();
        // Closed dates of every unit of a room type show in each of its lanes.
        var closures = blocks.stream()
                .flatMap(block -> block.units().stream().map(unit -> new OccupancyCalendar.Closure(block.getItem().getId(),
                        block.getId(), block.getReason(), block.getStay(), unit)))
                .toList();
        return new OccupancyCalendar(from, until, rooms, stays, closures);
    }

    private OccupancyCalendar.Stay stay(BookingItem item, Organisation organisation) {
        Booking booking = item.getBooking();
        StayPeriod stay = item.getStay();
        return new OccupancyCalendar.Stay(item.getItem().getId(), booking.getReference(), booking.getGuestName(), stay,
                StatusWords.of(booking, organisation.zone(), organisation.today(clock)), item.getUnit());
    }
}
