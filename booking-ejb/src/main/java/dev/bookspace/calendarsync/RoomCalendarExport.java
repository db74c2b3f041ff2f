package dev.bookspace.calendarsync;

import dev.bookspace.catalog.Item;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * A room's secret feed URL, {@code /ical/{token}.ics}, which other channels subscribe to. The token is
 * the only credential, so it is 128 random bits; staff replace it when the URL went somewhere it
 * should not, and the old URL stops answering at once.
 */
@Entity
@Table(name = "room_calendar_exports")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
@NamedQuery(name = "RoomCalendarExport.ofItem", query = "SELECT e FROM RoomCalendarExport e WHERE e.item.id = :itemId")
@NamedQuery(name = "RoomCalendarExport.byToken", query = "SELECT e FROM RoomCalendarExport e WHERE e.token = :token")
public class RoomCalendarExport {

    private static final SecureRandom UNGUESSABLE = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private Item item;

    @Column(nullable = false)
    private String token;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected RoomCalendarExport() {
        // for JPA
    }

    RoomCalendarExport(Item item, OffsetDateTime now) {
        this.item = Objects.requireNonNull(item, "item");
        renew(now);
    }

    /** A new token: the URL given out before no longer answers. */
    final void renew(OffsetDateTime now) {
        byte[] secret = new byte[16];
        UNGUESSABLE.nextBytes(secret);
        this.token = HexFormat.of().formatHex(secret);
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** Whether the token is of the shape this class makes; anything else is not looked up at all. */
    static boolean couldBe(String token) {
        return token != null && token.matches("[0-9a-f]{32}");
    }

    public Item getItem() {
        return item;
    }

    public String getToken() {
        return token;
    }
}
