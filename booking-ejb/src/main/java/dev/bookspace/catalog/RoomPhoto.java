package dev.bookspace.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * A photo of a room, in the room's order, without its bytes ({@link RoomPhotoImage} holds those). Its
 * key, random and made at upload, names it in public addresses; the image under a key never changes.
 */
@Entity
@Table(name = "room_photos")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
@NamedQuery(name = "RoomPhoto.ofItem", query = "SELECT p FROM RoomPhoto p WHERE p.itemId = :itemId ORDER BY p.position, p.id")
@NamedQuery(name = "RoomPhoto.ofItems", query = "SELECT p FROM RoomPhoto p WHERE p.itemId IN :itemIds ORDER BY p.position, p.id")
@NamedQuery(name = "RoomPhoto.byKey", query = "SELECT p FROM RoomPhoto p WHERE p.photoKey = :key")
public class RoomPhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The room's id, not the room: the rooms page reads the covers of 24 rooms without loading each room. */
    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "photo_key", nullable = false)
    private String photoKey;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean cover;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "card_width", nullable = false)
    private int cardWidth;

    @Column(name = "card_height", nullable = false)
    private int cardHeight;

    @Column(name = "large_width", nullable = false)
    private int largeWidth;

    @Column(name = "large_height", nullable = false)
    private int largeHeight;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected RoomPhoto() {
        // for JPA
    }

    RoomPhoto(Item item, String key, int position, String fileName, PhotoIntake.Prepared prepared, OffsetDateTime now) {
        this.itemId = Objects.requireNonNull(item, "item").getId();
        this.photoKey = Objects.requireNonNull(key, "key");
        this.position = position;
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.mediaType = prepared.mediaType();
        this.cardWidth = prepared.card().width();
        this.cardHeight = prepared.card().height();
        this.largeWidth = prepared.large().width();
        this.largeHeight = prepared.large().height();
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    void moveTo(int position) {
        this.position = position;
    }

    void setCover(boolean cover) {
        this.cover = cover;
    }

    public Long getId() {
        return id;
    }

    public long getItemId() {
        return itemId;
    }

    public String getKey() {
        return photoKey;
    }

    public int getPosition() {
        return position;
    }

    public boolean isCover() {
        return cover;
    }

    public String getMediaType() {
        return mediaType;
    }

    public String getFileName() {
        return fileName;
    }

    public int getCardWidth() {
        return cardWidth;
    }

    public int getCardHeight() {
        return cardHeight;
    }

    public int getLargeWidth() {
        return largeWidth;
    }

    public int getLargeHeight() {
        return largeHeight;
    }
}
