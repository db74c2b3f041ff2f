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
import jakarta.persistence.Table;
import java.util.List;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * A booking_items row by which a {@link RoomBlock} occupies one unit of its room (a row per unit it closes, V39):
 * status {@value #STATUS}, no booking, no hold expiry, no price. The exclusion constraint counts it as it counts an active stay
 * (V16), and the availability queries read it through the same index (V5). Removing it frees the
 * nights at once.
 */
@Entity
@Table(name = "booking_items")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
@NamedQuery(name = "BlockedNights.release", query = "DELETE FROM BlockedNights bn WHERE bn.block = :block")
@NamedQuery(name = "BlockedNights.ofUnitOverlapping", query = """
        SELECT bn.block FROM BlockedNights bn WHERE bn.item.id = :itemId AND bn.unit = :unit
        AND SQL('(? && daterange(?, ?))', bn.stay, :from, :until) ORDER BY bn.id""")
public class BlockedNights {

    /** The booking_status of a block's row, which only a block's row has (V16's check). */
    static final String STATUS = "blocked";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
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

    /** The unit of the room this row closes (V37): the only one in a room of one unit. */
    @Column(name = "unit", nullable = false)
    private int unit = 1;

    protected BlockedNights() {
        // for JPA
    }

    BlockedNights(RoomBlock block, int unit) {
        this.block = block;
        this.item = block.getItem();
        this.stay = block.getStay();
        this.status = STATUS;
        this.priceMinor = 0;
        this.unit = unit;
    }

    /**
     * Makes the block occupy its nights in the room's lowest unit free for them, under the exclusion constraint (flush
     * to meet it at once); with no unit free, unit 1, which the constraint refuses.
     */
    public static void occupy(EntityManager entityManager, long organisationId, RoomBlock block) {
        occupy(entityManager, block, List.of(Units.lowestFree(entityManager, organisationId, block.getItem().getId(),
                block.getStay(), null)));
    }

    /** Makes the block occupy its nights in each of these units of its room, under the exclusion constraint. */
    public static void occupy(EntityManager entityManager, RoomBlock block, List<Integer> units) {
        for (int unit : units) {
            BlockedNights nights = new BlockedNights(block, unit);
            entityManager.persist(nights);
            block.closes(nights);
        }
    }

    int getUnit() {
        return unit;
    }

    /** Frees the block's nights at once. */
    public static void release(EntityManager entityManager, RoomBlock block) {
        entityManager.createNamedQuery("BlockedNights.release").setParameter("block", block).executeUpdate();
    }
}
