package dev.bookspace.availability;

import dev.bookspace.audit.AuditTrail;
import dev.bookspace.booking.BookingItem;
import dev.bookspace.booking.BookingStatus;
import dev.bookspace.booking.ExclusionViolation;
import dev.bookspace.booking.HoldExpiryService;
import dev.bookspace.catalog.Item;
import dev.bookspace.organisation.Organisation;
import dev.bookspace.shared.Constraints;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.shared.StayPeriod;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Collectors;

/**
 * Staff close a room's dates (maintenance, the owner's own use) and reopen them; an integration may
 * too, with the organisation's key. Closed dates occupy the room as a booking does, under the same
 * exclusion constraint, so neither can take nights the other holds, across threads and nodes; the
 * public pages and the API then simply do not offer the room for those nights. Closing dates that a
 * booking or other closed dates hold is refused with a sentence naming them.
 */
@Stateless
@TenantScoped
public class RoomBlockService {

    /** A refusal names this many bookings at most, then counts the rest. */
    static final int NAMED = 3;

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @EJB
    private HoldExpiryService holdExpiry;

    @Inject
    private Validator validator;


    @EJB
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /** Closes the room for the form's nights; refused when a booking or other closed dates hold any of them. */
    public ClosedDates close(Scope scope, long itemId, ClosedDatesForm form) {
        Organisation organisation = requireManager(scope);
        Item room = room(itemId);
        Constraints.requireValid(validator, form);
        StayPeriod dates = StayPeriod.of(form.getCheckIn(), form.getCheckout())
                .requireClosableOn(organisation.today(clock), organisation.stayRules().horizonMonths());
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        // A hold left unpaid past its expiry still counts for the constraint until the job expires it.
        holdExpiry.expireStaleHolds(scope, room.getId(), now);
        List<Integer> units = unitsToClose(scope, room, dates, form);
        RoomBlock block = new RoomBlock(room, dates, form.getReason(), scope.userId(), now);
        try {
            entityManager.persist(block);
            BlockedNights.occupy(entityManager, block, units);
            entityManager.flush();
        } catch (PersistenceException e) {
            if (ExclusionViolation.causedBy(e)) {
                // Taken between the check above and the insert, by a booking or closed dates committed meanwhile.
                throw new ClosedDatesConflictException(room.getTitle() + " was taken for some of those nights a moment ago; "
                        + "nothing was closed. Look at the calendar, then choose other dates.", e)
                        .worded("closedDates.takenMeanwhile", room.getTitle());
            }
            throw e;
        }
        audit.record(scope, "closed_dates.created", block.auditSubject(), null, block.auditFields());
        return ClosedDates.of(block);
    }

    /**
     * The units the dates close, the room locked for the rest of the transaction as a booking locks it ({@link Units}):
     * every unit, refused while anything holds any of those nights; the one chosen, refused while anything holds it
     * then; or, with neither asked (the API as before), the lowest free unit, refused only when none is free.
     */
    private List<Integer> unitsToClose(Scope scope, Item room, StayPeriod dates, ClosedDatesForm form) {
        Integer unit = form.getUnit();
        if (unit != null && form.isEveryUnit()) {
            throw new InvalidRequestException("unit", "Choose one room or every room, not both.")
                    .worded("closedDates.unitOrEvery");
        }
        if (unit != null && (unit < 1 || unit > room.getUnits())) {
            throw new InvalidRequestException("unit", room.getTitle() + " has rooms 1 to " + room.getUnits()
                    + "; choose one of them.").worded("closedDates.noSuchUnit", room.getTitle(), room.getUnits());
        }
        Units.lock(entityManager, scope.organisationId(), room.getId());
        if (form.isEveryUnit() || room.getUnits() == 1) {
            requireFree(room, dates, null);
            return IntStream.rangeClosed(1, room.getUnits()).boxed().toList();
        }
        if (unit != null) {
            requireFree(room, dates, unit);
            return List.of(unit);
        }
        List<Integer> free = Units.free(entityManager, scope.organisationId(), room.getId(), dates, null);
        if (free.isEmpty()) {
            requireFree(room, dates, null);
        }
        return List.of(free.isEmpty() ? 1 : free.get(0));
    }

    /** What staff call each unit of the room, unit 1 first, to choose the one to close. */
    public List<String> unitNames(Scope scope, long itemId) {
        requireManager(scope);
        return room(itemId).unitNames();
    }

    /** The room's closed dates that have not ended yet, soonest first. */
    public List<ClosedDates> listUpcoming(Scope scope, long itemId) {
        Organisation organisation = requireManager(scope);
        Item room = room(itemId);
        return entityManager.createNamedQuery("RoomBlock.ofItemEndingAfter", RoomBlock.class)
                .setParameter("itemId", room.getId())
                .setParameter("day", organisation.today(clock))
                .getResultStream()
                .map(ClosedDates::of)
                .sorted(Comparator.comparing((ClosedDates closed) -> closed.dates().checkIn()).thenComparing(ClosedDates::id))
                .toList();
    }

    /** Reopens the room for those nights at once: the block and the row by which it occupied them are gone. */
    public void reopen(Scope scope, long itemId, long blockId) {
        requireManager(scope);
        RoomBlock block = entityManager.find(RoomBlock.class, blockId);
        if (block == null || block.getItem().getId() != itemId) {
            throw new NotFoundException("There are no closed dates " + blockId + " for room " + itemId + ".");
        }
        audit.record(scope, "closed_dates.removed", block.auditSubject(), block.auditFields(), null);
        BlockedNights.release(entityManager, block);
        entityManager.remove(block);
        entityManager.flush();
    }

    /**
     * Refuses nights that a booking (a live hold included) or other closed dates already hold in the room, or in its
     * unit {@code unit} when one is given, naming them.
     */
    private void requireFree(Item room, StayPeriod dates, Integer unit) {
        List<BookingItem> stays = entityManager.createQuery("""
                        SELECT bi FROM BookingItem bi JOIN bi.booking b
                        WHERE bi.item.id = :itemId AND bi.bookingStatus IN :occupying AND (:unit = 0 OR bi.unit = :unit)
                        AND SQL('(? && daterange(?, ?))', bi.stay, :from, :until)
                        ORDER BY bi.id""", BookingItem.class)
                .setParameter("itemId", room.getId())
                .setParameter("occupying", BookingStatus.BLOCKING)
                .setParameter("unit", unit == null ? 0 : unit)
                .setParameter("from", dates.checkIn())
                .setParameter("until", dates.checkout())
                .getResultList();
        // A unit is named as staff call it: "Standard Double · 102".
        String title = unit == null ? room.getTitle() : room.getTitle() + " · " + room.unitName(unit);
        if (!stays.isEmpty()) {
            String named = stays.stream().limit(NAMED)
                    .map(stay -> stay.getBooking().getReference() + " (" + stay.getStay().checkIn() + " to " + stay.getStay().checkout() + ")")
                    .collect(Collectors.joining(", "));
            String more = stays.size() > NAMED ? " and " + (stays.size() - NAMED) + " more" : "";
            throw new ClosedDatesConflictException(title + " is booked for some of those nights: " + named + more
                    + ". Nothing was closed; cancel or move " + (stays.size() == 1 ? "that booking" : "those bookings")
                    + " first, or choose other dates.").worded(stays.size() == 1 ? "closedDates.booked.one" : "closedDates.booked.other",
                    stays.size() > NAMED ? stays.size() - NAMED : 0, title, named);
        }
        (unit == null ? entityManager.createNamedQuery("RoomBlock.ofItemOverlapping", RoomBlock.class)
                : entityManager.createNamedQuery("BlockedNights.ofUnitOverlapping", RoomBlock.class).setParameter("unit", unit))
                .setParameter("itemId", room.getId())
                .setParameter("from", dates.checkIn())
                .setParameter("until", dates.checkout())
                .getResultStream()
                .findFirst()
                .ifPresent(closed -> {
                    throw new ClosedDatesConflictException(title + " is already closed for some of those nights ("
                            + ClosedDates.of(closed).described() + "). Nothing was closed; choose other dates, or reopen those first.")
                            .worded("closedDates.alreadyClosed", title, closed.getReason(),
                                    closed.getStay().checkIn(), closed.getStay().checkout());
                });
    }

    private Item room(long itemId) {
        Item item = entityManager.find(Item.class, itemId);
        if (item == null) {
            throw new NotFoundException("There is no room " + itemId + ".");
        }
        return item;
    }

    /** The organisation's owners and staff, and its integrations, manage closed dates; anyone else finds nothing. */
    private Organisation requireManager(Scope scope) {
        if (!scope.managesRooms()) {
            throw new NotFoundException("There are no closed dates to see here.");
        }
        return entityManager.find(Organisation.class, scope.organisationId());
    }
}
