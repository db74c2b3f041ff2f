package dev.bookspace.tenancy;

import dev.bookspace.catalog.Item;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** A test service that forgets the organisation filter on purpose: the provider must add it anyway. */
@Stateless
@TenantScoped
public class UnfilteredQueries {

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    /** Persists an item and leaves the flush to the commit, after this method has returned. */
    public void addItemFlushedAtCommit(Scope scope, String title) {
        entityManager.persist(new Item(title, "", 10_000, 2));
    }

    /** Every item title, with no WHERE clause at all. */
    public List<String> allItemTitles(Scope scope) {
        return entityManager.createQuery("SELECT i.title FROM Item i ORDER BY i.title", String.class).getResultList();
    }

    /** An inner join of booking items to their items, with no WHERE clause. */
    public List<String> allBookedItemTitles(Scope scope) {
        return entityManager.createQuery("SELECT i.title FROM BookingItem bi JOIN bi.item i ORDER BY i.title",
                String.class).getResultList();
    }
}
