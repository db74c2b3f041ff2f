package dev.bookspace.catalog;

import dev.bookspace.shared.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * A room's title and description in one language, as staff gave them (V33). It names its room by id, as
 * {@link RoomPhoto} does: the rooms page reads the translations of a page of rooms in one query, without the rooms.
 */
@Entity
@Table(name = "item_translations")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
@NamedQuery(name = "ItemTranslation.ofItems", query = "SELECT t FROM ItemTranslation t WHERE t.itemId IN :itemIds")
@NamedQuery(name = "ItemTranslation.ofItemIn", query = "SELECT t FROM ItemTranslation t"
        + " WHERE t.itemId = :itemId AND t.language = :language")
public class ItemTranslation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(nullable = false)
    private Language language;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    protected ItemTranslation() {
        // for JPA
    }

    ItemTranslation(Item item, Language language, ItemWords words) {
        this.itemId = Objects.requireNonNull(item, "item").getId();
        this.language = Objects.requireNonNull(language, "language");
        reword(words);
    }

    void reword(ItemWords words) {
        this.title = words.title();
        this.description = words.description();
    }

    long getItemId() {
        return itemId;
    }

    Language getLanguage() {
        return language;
    }

    ItemWords words() {
        return new ItemWords(title, description);
    }
}
