package dev.bookspace.catalog;

import dev.bookspace.audit.AuditFields;
import dev.bookspace.audit.AuditTrail;
import dev.bookspace.organisation.Organisation;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.InvalidRequestException.FieldProblem;
import dev.bookspace.shared.Constraints;
import dev.bookspace.shared.Money;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.tenancy.Role;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Staff manage the catalogue: rooms and their add-ons, and the add-ons offered with every room.
 * Another organisation's room or add-on is not found, as if it did not exist.
 */
@Stateless
@TenantScoped
public class RoomService {

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @Inject
    private Validator validator;

    @EJB
    private AuditTrail audit;

    /** Every room, bookable ones first. */
    public List<RoomRow> listRooms(Scope scope) {
        Currency currency = staffCurrency(scope);
        return entityManager.createNamedQuery("Item.listAll", Item.class).getResultStream()
                .map(item -> new RoomRow(item.getId(), item.getTitle(), item.nightlyPrice(currency), item.getCapacity(),
                        item.isActive()))
                .toList();
    }

    /** A room's details, to edit. */
    public RoomForm getRoom(Scope scope, long itemId) {
        Currency currency = staffCurrency(scope);
        Item item = room(itemId);
        RoomForm form = new RoomForm();
        form.setTitle(item.getTitle());
        form.setDescription(item.getDescription());
        form.setNightlyPrice(BigDecimal.valueOf(item.getNightlyPriceMinor(), currency.getDefaultFractionDigits()));
        form.setCapacity(item.getCapacity());
        form.setUnits(item.getUnits());
        form.setUnitNames(item.unitNames());
        form.setFacts(RoomFactsForm.of(item.facts()));
        return form;
    }

    public boolean isActive(Scope scope, long itemId) {
        staffCurrency(scope);
        return room(itemId).isActive();
    }

    /** Creates a room, or revises one when {@code itemId} is given; answers the room's id. */
    public long saveRoom(Scope scope, Long itemId, RoomForm form) {
        Currency currency = staffCurrency(scope);
        requireValid(form);
        form.fitUnitNames();
        requireUnitNames(form);
        long price = minorUnits(form.getNightlyPrice(), currency, "nightlyPrice");
        RoomFacts facts = form.getFacts().facts();
        String description = form.getDescription() == null ? "" : form.getDescription().strip();
        if (itemId == null) {
            Item item = new Item(form.getTitle().strip(), description, price, form.getCapacity());
            item.describe(facts);
            item.changeUnits(form.getUnits());
            entityManager.persist(item);
            entityManager.flush();
            nameUnits(item, form.getUnitNames());
            audit.record(scope, "room.created", CatalogAudit.subject(item), null, CatalogAudit.fields(item, currency));
            return item.getId();
        }
        Item room = room(itemId);
        AuditFields before = CatalogAudit.fields(room, currency);
        requireUnitsFree(scope, room, form.getUnits());
        room.revise(form.getTitle().strip(), description, price, form.getCapacity());
        room.describe(facts);
        room.changeUnits(form.getUnits());
        entityManager.flush();
        nameUnits(room, form.getUnitNames());
        audit.record(scope, "room.updated", CatalogAudit.subject(room), before, CatalogAudit.fields(room, currency));
        return itemId;
    }

    /**
     * Each unit needs a name of its own within its room, so that staff can tell "101" from "102" on the calendar and
     * a booking; the names are compared as people read them (spaces around and case aside).
     */
    private static void requireUnitNames(RoomForm form) {
        String title = form.getTitle().strip();
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> names = form.getUnitNames();
        for (int index = 0; index < names.size(); index++) {
            String name = names.get(index) == null ? "" : names.get(index).strip();
            String field = "unitNames[" + index + "]";
            if (name.isEmpty()) {
                problems.add(new FieldProblem(field, "Give room " + (index + 1) + " of " + title
                        + " a name, such as its door number.").worded("unitName.blank", index + 1, title));
            } else if (name.length() > ItemUnit.MAX_NAME) {
                problems.add(new FieldProblem(field, "A room's name has at most " + ItemUnit.MAX_NAME
                        + " characters.").worded("unitName.tooLong", ItemUnit.MAX_NAME));
            } else if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                problems.add(new FieldProblem(field, "Another room of " + title + " is already called "
                        + name + "; give each room its own name.").worded("unitName.taken", title, name));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    /** Gives the room's units, now as many as the names, the names staff gave them. */
    private void nameUnits(Item room, List<String> names) {
        entityManager.createNamedQuery("ItemUnit.ofItem", ItemUnit.class).setParameter("itemId", room.getId())
                .getResultStream()
                .filter(unit -> unit.getNumber() <= names.size())
                .forEach(unit -> unit.rename(names.get(unit.getNumber() - 1)));
    }

    /**
     * The stays (and closed dates) from today on in the units a room would no longer sell: refused, with the first
     * of them named, so that no stay is left in a unit that does not exist. Past stays keep their unit's number.
     */
    private void requireUnitsFree(Scope scope, Item room, int units) {
        if (units >= room.getUnits()) {
            return;
        }
        LocalDate today = entityManager.find(Organisation.class, scope.organisationId()).today(clock);
        List<?> held = entityManager.createNativeQuery(UNITS_IN_USE)
                .setParameter(1, scope.organisationId())
                .setParameter(2, room.getId())
                .setParameter(3, units)
                .setParameter(4, Date.valueOf(today))
                .getResultList();
        if (!held.isEmpty()) {
            int highest = ((Number) held.get(0)).intValue();
            throw new InvalidRequestException("units", "Room " + highest + " of " + room.getTitle()
                    + " has stays or closed dates from today on; move them to another room or cancel them first, or keep "
                    + highest + " rooms.").worded("rooms.unitsInUse", highest, room.getTitle());
        }
    }

    /** The units above {@code ?3} of room {@code ?2} that a stay or closed dates hold after {@code ?4}, highest first. */
    private static final String UNITS_IN_USE = """
            SELECT DISTINCT bi.unit FROM booking_items bi
            WHERE bi.organisation_id = ?1 AND bi.item_id = ?2 AND bi.unit > ?3
            AND bi.booking_status IN ('unpaid', 'paid', 'complete', 'blocked') AND upper(bi.date_range) > ?4
            ORDER BY bi.unit DESC""";

    /**
     * Describes a room's beds, size, amenities and hours, replacing what it had (the API's {@code PUT …/facts});
     * answers the facts as kept.
     */
    public RoomFacts describeRoom(Scope scope, long itemId, RoomFactsForm form) {
        Currency currency = describerCurrency(scope);
        Item room = room(itemId);
        requireValid(form);
        AuditFields before = CatalogAudit.fields(room, currency);
        room.describe(form.facts());
        audit.record(scope, "room.updated", CatalogAudit.subject(room), before, CatalogAudit.fields(room, currency));
        return room.facts();
    }

    /** Refuses a room or its facts that break their constraints, naming each field as the API and the page do. */
    private void requireValid(Object form) {
        List<FieldProblem> problems = Constraints.problems(validator, form, "").stream().map(RoomFactsForm::named).toList();
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    /** Takes a room off the public pages, or puts it back; its bookings stay as they are. */
    public void setActive(Scope scope, long itemId, boolean active) {
        Currency currency = staffCurrency(scope);
        Item room = room(itemId);
        AuditFields before = CatalogAudit.fields(room, currency);
        room.setActive(active);
        audit.record(scope, active ? "room.shown" : "room.hidden", CatalogAudit.subject(room), before,
                CatalogAudit.fields(room, currency));
    }

    /** The add-ons of one room, or with {@code itemId} null those offered with every room. */
    public List<AddOnOffer> listAddOns(Scope scope, Long itemId) {
        Currency currency = staffCurrency(scope);
        var query = itemId == null
                ? entityManager.createNamedQuery("AddOn.organisationWide", AddOn.class)
                : entityManager.createNamedQuery("AddOn.ofItem", AddOn.class).setParameter("itemId", room(itemId).getId());
        return query.getResultStream().map(addOn -> AddOnOffer.of(addOn, currency)).toList();
    }

    /** Offers a new add-on with one room, or with every room when {@code itemId} is null. */
    public void addAddOn(Scope scope, Long itemId, AddOnForm form) {
        Currency currency = staffCurrency(scope);
        Constraints.requireValid(validator, form);
        long price = minorUnits(form.getPrice(), currency, "price");
        AddOn addOn = new AddOn(itemId == null ? null : room(itemId), form.getName().strip(), price,
                form.getPricing(), form.getMaxQuantity());
        entityManager.persist(addOn);
        entityManager.flush();
        audit.record(scope, "add_on.created", CatalogAudit.subject(addOn), null, CatalogAudit.fields(addOn, currency));
    }

    /** Changes an add-on's name, price, mode or maximum; bookings that include it keep what they sold. */
    public void changeAddOn(Scope scope, long addOnId, AddOnForm form) {
        Currency currency = staffCurrency(scope);
        AddOn addOn = addOn(addOnId);
        Constraints.requireValid(validator, form);
        long price = minorUnits(form.getPrice(), currency, "price");
        AuditFields before = CatalogAudit.fields(addOn, currency);
        addOn.change(form.getName().strip(), price, form.getPricing(), form.getMaxQuantity());
        audit.record(scope, "add_on.updated", CatalogAudit.subject(addOn), before, CatalogAudit.fields(addOn, currency));
    }

    /** Stops offering an add-on; bookings that include it keep it. */
    public void withdrawAddOn(Scope scope, long addOnId) {
        Currency currency = staffCurrency(scope);
        AddOn addOn = addOn(addOnId);
        AuditFields before = CatalogAudit.fields(addOn, currency);
        addOn.withdraw();
        audit.record(scope, "add_on.withdrawn", CatalogAudit.subject(addOn), before, CatalogAudit.fields(addOn, currency));
    }

    private AddOn addOn(long addOnId) {
        AddOn addOn = entityManager.find(AddOn.class, addOnId);
        if (addOn == null) {
            throw new NotFoundException("There is no add-on " + addOnId + ".");
        }
        return addOn;
    }

    private Item room(long itemId) {
        Item item = entityManager.find(Item.class, itemId);
        if (item == null) {
            throw new NotFoundException("There is no room " + itemId + ".");
        }
        return item;
    }

    /** Only the organisation's owners and staff manage its catalogue. */
    private Currency staffCurrency(Scope scope) {
        if (!scope.isStaff()) {
            throw new NotFoundException("There is no such catalogue.");
        }
        return entityManager.find(Organisation.class, scope.organisationId()).currency();
    }

    /** Staff, and integrations with an API key, describe rooms: a channel manager keeps them in step with its own. */
    private Currency describerCurrency(Scope scope) {
        if (!scope.has(Role.INTEGRATION)) {
            return staffCurrency(scope);
        }
        return entityManager.find(Organisation.class, scope.organisationId()).currency();
    }

    private static long minorUnits(BigDecimal amount, Currency currency, String field) {
        return Money.ofDecimal(amount, currency, field).minor();
    }
}
