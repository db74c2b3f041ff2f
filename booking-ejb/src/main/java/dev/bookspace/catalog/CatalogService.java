package dev.bookspace.catalog;

import dev.bookspace.organisation.Organisation;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reads an organisation's catalogue of bookable items. */
@Stateless
@TenantScoped
public class CatalogService {

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    /** The organisation's active items, by title. */
    public List<ItemSummary> listItems(Scope scope) {
        Currency currency = currencyOf(scope);
        return entityManager.createNamedQuery("Item.listActive", Item.class).getResultStream()
                .map(item -> ItemSummary.of(item, currency))
                .toList();
    }

    /** A page of {@link #listItems}, after the previous page's {@code cursor} (null for the first). */
    public ItemPage<ItemSummary> listItems(Scope scope, String cursor, int limit) {
        ItemPage.After after = ItemPage.After.of(cursor);
        Currency currency = currencyOf(scope);
        List<ItemSummary> found = entityManager.createNamedQuery("Item.listActiveAfter", Item.class)
                .setParameter("title", after.key())
                .setParameter("id", after.id())
                .setMaxResults(ItemPage.requireLimit(limit) + 1)
                .getResultStream()
                .map(item -> ItemSummary.of(item, currency))
                .toList();
        return ItemPage.of(found, limit, Function.identity());
    }

    /** One of the organisation's items; another organisation's id finds nothing. */
    public Optional<ItemSummary> findItem(Scope scope, long itemId) {
        return Optional.ofNullable(entityManager.find(Item.class, itemId))
                .map(item -> ItemSummary.of(item, currencyOf(scope)));
    }

    /** An active item with the add-ons offered with it. */
    public ItemOffer getOffer(Scope scope, long itemId) {
        Item item = entityManager.find(Item.class, itemId);
        if (item == null || !item.isActive()) {
            throw new NotFoundException("There is no room " + itemId + " to book.");
        }
        Currency currency = currencyOf(scope);
        List<AddOnOffer> addOns = entityManager.createNamedQuery("AddOn.offeredWith", AddOn.class)
                .setParameter("itemId", itemId)
                .getResultStream()
                .map(addOn -> AddOnOffer.of(addOn, currency))
                .toList();
        return new ItemOffer(ItemSummary.of(item, currency), addOns);
    }

    private Currency currencyOf(Scope scope) {
        return entityManager.find(Organisation.class, scope.organisationId()).currency();
    }
}
