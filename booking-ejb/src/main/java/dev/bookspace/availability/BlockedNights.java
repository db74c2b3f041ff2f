package dev.bookspace.availability;

import dev.bookspace.catalog.Item;
import dev.bookspace.shared.StayPeriod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * The booking_items row by which a {@link RoomBlock} occupies its room: status {@value #STATUS}, no
 * booking, no hold expiry, no price. The exclusion constraint counts it as it counts an active stay
 * (V16), and the availability queries read it through the same index (V5). Removing it frees the
 * nights at once.
 */
@Entity
@Table(name = "booking_items")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
@NamedQuery(name = "BlockedNights.release", query = "DELETE FROM BlockedNights bn WHERE bn.block = :block")
@NamedQuery(name = "BlockedNights.unitsOf", query = "SELECT bn.block.id, bn.unit FROM BlockedNights bn WHERE bn.block IN :blocks")
public class BlockedNights {

    /** The booking_status of a block's row, which only a block's row has (V16's check). */
    static final String STATUS = "blocked";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "block_id", nullable = false)
    private RoomBlock block;

    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private Item item;

    @Column(name = "date_range", nullable = false)
    private StayPeriod stay;

    @Column(name = "booking_status", nullable = false)
    private String status;

    @Column(name = "price_minor", nullable = false)
    private long priceMinor;

    /** The unit of the room the block closes (V37): its lowest free one; the only one in a room of one unit. */
    @Column(name = "unit", nullable = false)
    private int unit = 1;

    protected BlockedNights() {
        // for JPA
    }

    BlockedNights(RoomBlock block) {
        this.block = block;
        this.item = block.getItem();
        this.stay = block.getStay();
        this.status = STATUS;
        this.priceMinor = 0;
    }

    /**
     * Makes the block occupy its nights in the room's lowest unit free for them, under the exclusion constraint (flush
     * to meet it at once); with no unit free, unit 1, which the constraint refuses.
     */
    public static void occupy(EntityManager entityManager, long organisationId, RoomBlock block) {
        BlockedNights nights = new BlockedNights(block);
        nights.unit = Units.lowestFree(entityManager, organisationId, block.getItem().getId(), block.getStay(), null);
        entityManager.persist(nights);
    }

    /** The unit each of these blocks closes, by the block's id: one query for all of them. */
    public static Map<Long, Integer> unitsOf(EntityManager entityManager, List<RoomBlock> blocks) {
        if (blocks.isEmpty()) {
            return Map.of();
        }
        return entityManager.createNamedQuery("BlockedNights.unitsOf", Object[].class).setParameter("blocks", blocks)
                .getResultStream().collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), row -> ((Number) row[1]).intValue()));
    }

    /** Frees the block's nights at once. */
    public static void release(EntityManager entityManager, RoomBlock block) {
        entityManager.createNamedQuery("BlockedNights.release").setParameter("block", block).executeUpdate();
    }
}
