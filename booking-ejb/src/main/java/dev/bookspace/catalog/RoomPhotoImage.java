package dev.bookspace.catalog;

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

/** The encoded bytes of one size of a room photo, read only to serve them. */
@Entity
@Table(name = "room_photo_images")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
@NamedQuery(name = "RoomPhotoImage.bytes", query = "SELECT i.bytes FROM RoomPhotoImage i WHERE i.photoId = :photoId AND i.sizeCode = :size")
public class RoomPhotoImage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "photo_id", nullable = false)
    private long photoId;

    @Column(name = "size", nullable = false)
    private String sizeCode;

    @Column(nullable = false)
    private byte[] bytes;

    protected RoomPhotoImage() {
        // for JPA
    }

    RoomPhotoImage(long photoId, PhotoSize size, byte[] bytes) {
        this.photoId = photoId;
        this.sizeCode = size.code();
        this.bytes = Objects.requireNonNull(bytes, "bytes");
    }
}
