package dev.bookspace.pricing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * A room's own nightly price in a season or on a weekday rate's nights. It names its room, season and
 * weekday rate by id: pricing needs the figures, not the rows.
 */
@Entity
@Table(name = "room_rates")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
@NamedQuery(name = "RoomRate.listAll", query = "SELECT r FROM RoomRate r")
@NamedQuery(name = "RoomRate.deleteOfSeason", query = "DELETE FROM RoomRate r WHERE r.seasonId = :id")
@NamedQuery(name = "RoomRate.deleteOfWeekdayRate", query = "DELETE FROM RoomRate r WHERE r.weekdayRateId = :id")
public class RoomRate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "season_id")
    private Long seasonId;

    @Column(name = "weekday_rate_id")
    private Long weekdayRateId;

    @Column(name = "nightly_price_minor", nullable = false)
    private long nightlyPriceMinor;

    protected RoomRate() {
        // for JPA
    }

    static RoomRate inSeason(long itemId, long seasonId, long nightlyPriceMinor) {
        RoomRate rate = new RoomRate();
        rate.itemId = itemId;
        rate.seasonId = seasonId;
        rate.nightlyPriceMinor = nightlyPriceMinor;
        return rate;
    }

    static RoomRate onWeekdays(long itemId, long weekdayRateId, long nightlyPriceMinor) {
        RoomRate rate = new RoomRate();
        rate.itemId = itemId;
        rate.weekdayRateId = weekdayRateId;
        rate.nightlyPriceMinor = nightlyPriceMinor;
        return rate;
    }

    public long getItemId() {
        return itemId;
    }

    public Long getSeasonId() {
        return seasonId;
    }

    public Long getWeekdayRateId() {
        return weekdayRateId;
    }

    public long getNightlyPriceMinor() {
        return nightlyPriceMinor;
    }
}
