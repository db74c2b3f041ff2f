package dev.bookspace.catalog;

import dev.bookspace.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * A room's title in a guest's language, for the mails written while a booking changes: in that change's
 * transaction, whose organisation the tenancy interceptor has already set, so only that organisation's rooms answer.
 */
@ApplicationScoped
public class RoomTitles {

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    /** The title staff gave the room in this language; empty when they gave none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> titleIn(long itemId, Language language) {
        return entityManager.createNamedQuery("ItemTranslation.ofItemIn", ItemTranslation.class)
                .setParameter("itemId", itemId)
                .setParameter("language", language)
                .getResultStream()
                .findFirst()
                .map(translation -> translation.words().title());
    }
}
