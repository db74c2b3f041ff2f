package dev.bookspace.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a node reads from an organisation's settings tables on every search and quote (its rate card, its stay rules),
 * kept between transactions under the organisation row's {@code settings_version}. Every change to the row or to
 * those tables counts the version up in its own transaction (V40), and every transaction reads the row anyway: a
 * value kept under another version than the row's is read again, so no node, on a cluster either, answers from
 * settings changed elsewhere. Kept values are immutable, one per organisation and kind.
 * <p>
 * A value is kept only when read by a transaction that has written nothing yet: one that has may see its own
 * uncommitted settings, which must not outlive a rollback. Such a transaction, having changed settings, still sees
 * the value kept for the version its organisation row was read with.
 */
@ApplicationScoped
public class SettingsCache {

    private record Key(long organisationId, Class<?> kind) {
    }

    private record Kept(long version, Object value) {
    }

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();

    /** The organisation's {@code kind}, kept for the version its row was read with, or read by {@code read} and kept. */
    public <T> T get(Organisation organisation, Class<T> kind, Supplier<T> read) {
        Key key = new Key(organisation.getId(), kind);
        Kept found = kept.get(key);
        if (found != null && found.version() == organisation.settingsVersion()) {
            return kind.cast(found.value());
        }
        // The version as this transaction sees it now, then what it versions: read after, never older than it.
        Object[] now = (Object[]) entityManager.createNativeQuery(
                "SELECT settings_version, pg_current_xact_id_if_assigned() IS NULL FROM organisations WHERE id = ?1")
                .setParameter(1, organisation.getId()).getSingleResult();
        T value = read.get();
        if ((Boolean) now[1]) {
            kept.merge(key, new Kept(((Number) now[0]).longValue(), value),
                    (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
        }
        return value;
    }
}
