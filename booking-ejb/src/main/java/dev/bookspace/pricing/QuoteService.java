package dev.bookspace.pricing;

import dev.bookspace.availability.StayRuleService;
import dev.bookspace.catalog.AddOn;
import dev.bookspace.catalog.AddOnChoice;
import dev.bookspace.catalog.Item;
import dev.bookspace.catalog.RoomTitle;
import dev.bookspace.organisation.Organisation;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.Money;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.shared.Plural;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Prices a stay with its add-ons for the booking page, the API and the booking itself, after checking
 * the stay against the organisation's stay rules and every choice against the catalogue: the item must be bookable, the guests fit, each add-on be
 * offered with the item and its quantity within bounds.
 */
@Stateless
@TenantScoped
public class QuoteService {

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @EJB
    private RateService rates;

    @EJB
    private StayRuleService stayRules;

    private final Clock clock = Clock.systemUTC();


    public PricedStay quote(Scope scope, QuoteRequest request) {
        Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
        Item item = entityManager.find(Item.class, request.itemId());
        if (item == null || !item.isActive()) {
            throw new NotFoundException("There is no room " + request.itemId() + " to book.");
        }
        request.stay().requireBookableOn(organisation.today(clock));
        stayRules.requireTaken(scope, request.stay());
        if (request.guests() < 1 || request.guests() > item.getCapacity()) {
            throw new InvalidRequestException("guests", item.getTitle() + " takes 1 to "
                    + Plural.of(item.getCapacity(), "guest") + ".").worded("quote.guests", item.getCapacity(),
                            RoomTitle.of(entityManager, item));
        }
        List<AddOnChoice> chosen = new ArrayList<>();
        List<PricedAddOn> priced = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (AddOnChoice choice : request.addOns()) {
            if (!seen.add(choice.addOnId())) {
                throw new InvalidRequestException("add_ons", "Each add-on can be chosen once.").worded("quote.addOnOnce");
            }
            AddOn addOn = offered(item, choice.addOnId());
            if (choice.quantity() < 0 || choice.quantity() > addOn.getMaxQuantity()) {
                throw new InvalidRequestException("add_ons", addOn.getName() + " can be taken 0 to "
                        + addOn.getMaxQuantity() + " times.").worded("quote.addOnQuantity", addOn.getMaxQuantity(), addOn.getName());
            }
            if (choice.quantity() > 0) {
                chosen.add(choice);
                priced.add(new PricedAddOn(addOn.getName(), new Money(addOn.getPriceMinor(), organisation.currency()),
                        addOn.getPricing(), choice.quantity()));
            }
        }
        RateCard rateCard = rates.rateCard(scope);
        Money base = item.nightlyPrice(organisation.currency());
        Quote quote = Pricing.quote(rateCard, item.getId(), base, request.stay(), request.guests(), priced);
        return new PricedStay(quote, chosen, Pricing.night(rateCard, item.getId(), base, request.stay().checkIn()).price());
    }

    /**
     * Prices several rooms for one booking, each as {@link #quote} prices it alone, in one breakdown: a room's lines
     * under its title, then the next room's, and the sum of their totals. One room's quote is its own, unchanged.
     */
    public Quote quoteTogether(Scope scope, List<QuoteRequest> rooms) {
        if (rooms.size() == 1) {
            return quote(scope, rooms.get(0)).quote();
        }
        List<QuoteLine> lines = new ArrayList<>();
        Money total = null;
        for (QuoteRequest room : rooms) {
            Quote quote = quote(scope, room).quote();
            lines.addAll(quote.linesUnder(entityManager.find(Item.class, room.itemId()).getTitle()));
            total = total == null ? quote.total() : total.plus(quote.total());
        }
        return new Quote(lines, total);
    }

    /** Another organisation's add-on is not found at all, thanks to the tenant filter. */
    private AddOn offered(Item item, long addOnId) {
        AddOn addOn = entityManager.find(AddOn.class, addOnId);
        boolean offered = addOn != null && addOn.isActive()
                && (addOn.getItem() == null || Objects.equals(addOn.getItem().getId(), item.getId()));
        if (!offered) {
            throw new InvalidRequestException("add_ons", "That add-on is not offered with " + item.getTitle() + ".")
                    .worded("quote.addOnNotOffered", RoomTitle.of(entityManager, item));
        }
        return addOn;
    }
}
