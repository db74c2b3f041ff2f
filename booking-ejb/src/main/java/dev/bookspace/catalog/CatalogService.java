package dev.bookspace.catalog;

import dev.bookspace.audit.AuditFields;
import dev.bookspace.audit.AuditTrail;
import dev.bookspace.organisation.Organisation;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.InvalidRequestException.FieldProblem;
import dev.bookspace.shared.Language;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.tenancy.Role;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Reads an organisation's catalogue of bookable items, and keeps their titles and descriptions in other languages. */
@Stateless
@TenantScoped
public class CatalogService {

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @EJB
    private AuditTrail audit;

    /** The organisation's active items, by title. */
    public List<ItemSummary> listItems(Scope scope) {
        return summaries(scope, entityManager.createNamedQuery("Item.listActive", Item.class).getResultList());
    }

    /** A page of {@link #listItems}, after the previous page's {@code cursor} (null for the first). */
    public ItemPage<ItemSummary> listItems(Scope scope, String cursor, int limit) {
        ItemPage.After after = ItemPage.After.of(cursor);
        List<ItemSummary> found = summaries(scope, entityManager.createNamedQuery("Item.listActiveAfter", Item.class)
                .setParameter("title", after.key())
                .setParameter("id", after.id())
                .setMaxResults(ItemPage.requireLimit(limit) + 1)
                .getResultList());
        return ItemPage.of(found, limit, Function.identity());
    }

    /** One of the organisation's items; another organisation's id finds nothing. */
    public Optional<ItemSummary> findItem(Scope scope, long itemId) {
        return Optional.ofNullable(entityManager.find(Item.class, itemId)).map(item -> summary(scope, item));
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
        return new ItemOffer(summary(scope, item), addOns);
    }

    /**
     * Gives a room's title and description in a language, replacing what it had in that language; guests reading it
     * see them in place of the room's own. Staff and integrations translate; a blank title is refused, naming it.
     */
    public ItemSummary translateItem(Scope scope, long itemId, Language language, ItemWords words) {
        Item room = translatable(scope, itemId);
        String title = words.title() == null ? "" : words.title().strip();
        String description = words.description().strip();
        requireValid(language, title, description);
        Optional<ItemTranslation> existing = translation(itemId, language);
        AuditFields before = existing.map(found -> auditFields(language, found.words())).orElse(null);
        ItemWords given = new ItemWords(title, description);
        existing.ifPresentOrElse(found -> found.reword(given),
                () -> entityManager.persist(new ItemTranslation(room, language, given)));
        audit.record(scope, "room.translated", CatalogAudit.subject(room), before, auditFields(language, given));
        return summary(scope, room);
    }

    /** Takes back a room's words in a language, so its readers see the room's own; false when it had none. */
    public boolean removeTranslation(Scope scope, long itemId, Language language) {
        Item room = translatable(scope, itemId);
        Optional<ItemTranslation> existing = translation(itemId, language);
        existing.ifPresent(found -> {
            audit.record(scope, "room.translation_removed", CatalogAudit.subject(room),
                    auditFields(language, found.words()), null);
            entityManager.remove(found);
        });
        return existing.isPresent();
    }

    /** Staff, and integrations with an API key (a channel manager keeps its own words in step), translate rooms. */
    private Item translatable(Scope scope, long itemId) {
        Item room = scope.isStaff() || scope.has(Role.INTEGRATION) ? entityManager.find(Item.class, itemId) : null;
        if (room == null) {
            throw new NotFoundException("There is no room " + itemId + ".");
        }
        return room;
    }

    private Optional<ItemTranslation> translation(long itemId, Language language) {
        return entityManager.createNamedQuery("ItemTranslation.ofItemIn", ItemTranslation.class)
                .setParameter("itemId", itemId)
                .setParameter("language", language)
                .getResultStream()
                .findFirst();
    }

    private static void requireValid(Language language, String title, String description) {
        String name = language.locale().getDisplayLanguage(Locale.ENGLISH);
        List<FieldProblem> problems = new ArrayList<>();
        if (title.isEmpty()) {
            problems.add(new FieldProblem("title", "Please give the room's title in " + name + ".")
                    .worded("roomTranslations.titleMissing", language.locale()));
        } else if (title.length() > 200) {
            problems.add(new FieldProblem("title", "A title can be at most 200 characters.").worded("{bookspace.room.title.size}"));
        }
        if (description.length() > 2000) {
            problems.add(new FieldProblem("description", "A description can be at most 2000 characters.")
                    .worded("{bookspace.room.description.size}"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    private static AuditFields auditFields(Language language, ItemWords words) {
        return AuditFields.of().put("title_" + language.code(), words.title())
                .put("description_" + language.code(), words.description());
    }

    private ItemSummary summary(Scope scope, Item item) {
        return summaries(scope, List.of(item)).get(0);
    }

    /** The items with their translations, read in one query. */
    private List<ItemSummary> summaries(Scope scope, List<Item> items) {
        Currency currency = currencyOf(scope);
        Map<Long, Map<Language, ItemWords>> translations = ItemTranslations.of(entityManager,
                items.stream().map(Item::getId).toList());
        return items.stream().map(item -> ItemSummary.of(item, currency, translations.getOrDefault(item.getId(), Map.of())))
                .toList();
    }

    private Currency currencyOf(Scope scope) {
        return entityManager.find(Organisation.class, scope.organisationId()).currency();
    }
}
