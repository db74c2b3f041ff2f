package dev.bookspace.calendarsync;

import dev.bookspace.audit.AuditFields;
import dev.bookspace.audit.AuditSubject;
import dev.bookspace.audit.AuditTrail;
import dev.bookspace.availability.RoomBlock;
import dev.bookspace.booking.BookingItem;
import dev.bookspace.booking.BookingStatus;
import dev.bookspace.catalog.Item;
import dev.bookspace.organisation.Organisation;
import dev.bookspace.shared.Digests;
import dev.bookspace.shared.StayPeriod;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A room's calendar as other channels read it: every night a booking (a live hold included) or closed
 * dates take, imported ones too, as all-day events that say only "Not available". Staff see the
 * room's secret feed URL and may replace it.
 */
@Stateless
@TenantScoped
public class CalendarExportService {

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @EJB
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /** The token of the room's feed URL, made the first time staff look for it. */
    public String exportToken(Scope scope, long itemId) {
        Item room = room(scope, itemId);
        Optional<RoomCalendarExport> existing = export(room);
        if (existing.isPresent()) {
            return existing.get().getToken();
        }
        RoomCalendarExport made = new RoomCalendarExport(room, now());
        entityManager.persist(made);
        entityManager.flush();
        audit.record(scope, "room.calendar_export_created", subject(room), null, AuditFields.of().put("feed", "created"));
        return made.getToken();
    }

    /** A new token for the room's feed URL: channels subscribed to the old one stop seeing the room's nights. */
    public String regenerateExportToken(Scope scope, long itemId) {
        Item room = room(scope, itemId);
        RoomCalendarExport export = export(room).orElseGet(() -> {
            RoomCalendarExport made = new RoomCalendarExport(room, now());
            entityManager.persist(made);
            return made;
        });
        export.renew(now());
        entityManager.flush();
        // The token itself is a credential and stays out of the log.
        audit.record(scope, "room.calendar_export_regenerated", subject(room), null, AuditFields.of().put("feed", "new secret URL"));
        return export.getToken();
    }

    /** The feed a token opens, as iCalendar text; empty when no room of the scope's organisation has that token. */
    public Optional<String> calendar(Scope scope, String token) {
        if (!RoomCalendarExport.couldBe(token)) {
            return Optional.empty();
        }
        return entityManager.createNamedQuery("RoomCalendarExport.byToken", RoomCalendarExport.class)
                .setParameter("token", token)
                .getResultStream()
                .findFirst()
                .map(export -> IcsCalendars.export(busy(scope, export)));
    }

    /** What the room's nights from today on are taken by, each stretch under a UID only this URL's holders can tie to it. */
    private List<IcsCalendars.Busy> busy(Scope scope, RoomCalendarExport export) {
        Item room = export.getItem();
        LocalDate today = entityManager.find(Organisation.class, scope.organisationId()).today(clock);
        if (room.getUnits() > 1) {
            return full(scope, export, room, today);
        }
        List<IcsCalendars.Busy> busy = new ArrayList<>();
        entityManager.createQuery("""
                        SELECT bi FROM BookingItem bi JOIN bi.booking b
                        WHERE bi.item.id = :itemId AND bi.bookingStatus IN :occupying AND SQL('(upper(?) > ?)', bi.stay, :today)""",
                        BookingItem.class)
                .setParameter("itemId", room.getId())
                .setParameter("occupying", BookingStatus.BLOCKING)
                .setParameter("today", today)
                .getResultStream()
                .forEach(stay -> busy.add(new IcsCalendars.Busy(uid(export, "booking", stay.getId()), stay.getStay())));
        entityManager.createNamedQuery("RoomBlock.ofItemEndingAfter", RoomBlock.class)
                .setParameter("itemId", room.getId())
                .setParameter("day", today)
                .getResultStream()
                .forEach(block -> busy.add(new IcsCalendars.Busy(uid(export, "closed", block.getId()), block.getStay())));
        busy.sort(Comparator.comparing((IcsCalendars.Busy stretch) -> stretch.nights().checkIn()).thenComparing(IcsCalendars.Busy::uid));
        return busy;
    }

    /**
     * The nights from {@code ?3} on when every unit of room {@code ?2} ({@code ?4} of them) is taken by a stay or closed
     * dates: what another channel selling the room type must stop selling. Nights with a unit free are not its business.
     */
    private static final String FULL_NIGHTS = """
            SELECT CAST(n.night AS date) FROM booking_items bi
            CROSS JOIN LATERAL generate_series(greatest(lower(bi.date_range), CAST(?3 AS date)), upper(bi.date_range) - 1,
                   interval '1 day') AS n(night)
            WHERE bi.organisation_id = ?1 AND bi.item_id = ?2
            AND bi.booking_status IN ('unpaid', 'paid', 'complete', 'blocked') AND upper(bi.date_range) > ?3
            GROUP BY n.night HAVING count(DISTINCT bi.unit) >= ?4 ORDER BY n.night""";

    /** A room type's full nights as stretches, each under a UID tied to its first night. */
    private List<IcsCalendars.Busy> full(Scope scope, RoomCalendarExport export, Item room, LocalDate today) {
        List<LocalDate> nights = entityManager.createNativeQuery(FULL_NIGHTS)
                .setParameter(1, scope.organisationId())
                .setParameter(2, room.getId())
                .setParameter(3, Date.valueOf(today))
                .setParameter(4, room.getUnits())
                .getResultList().stream()
                .map(night -> night instanceof LocalDate day ? day : ((Date) night).toLocalDate()).toList();
        List<IcsCalendars.Busy> busy = new ArrayList<>();
        for (int first = 0; first < nights.size(); ) {
            int last = first;
            while (last + 1 < nights.size() && nights.get(last + 1).equals(nights.get(last).plusDays(1))) {
                last++;
            }
            busy.add(new IcsCalendars.Busy(uid(export, "full", nights.get(first).toEpochDay()),
                    StayPeriod.of(nights.get(first), nights.get(last).plusDays(1))));
            first = last + 1;
        }
        return busy;
    }

    /** Stable while the booking or block lasts, and revealing neither its id nor how many there are. */
    private static String uid(RoomCalendarExport export, String kind, long id) {
        return Digests.sha256Hex(export.getToken() + ":" + kind + ":" + id).substring(0, 32) + "@bookspace";
    }

    private Optional<RoomCalendarExport> export(Item room) {
        return entityManager.createNamedQuery("RoomCalendarExport.ofItem", RoomCalendarExport.class)
                .setParameter("itemId", room.getId())
                .getResultStream()
                .findFirst();
    }

    private static AuditSubject subject(Item room) {
        return AuditSubject.of("room", room.getId(), room.getTitle());
    }

    private Item room(Scope scope, long itemId) {
        return ManagedRooms.get(entityManager, scope, itemId);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
