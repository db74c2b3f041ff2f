package dev.bookspace.catalog;

import dev.bookspace.shared.OneLine;
import dev.bookspace.shared.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A room as staff edit it, with the one definition of what is valid: the page checks each field as it
 * is typed and {@link RoomService} again on save. The price is in major units ({@code 120.00}); the
 * service turns it into minor units of the organisation's currency.
 */
public class RoomForm implements Serializable {

    @NotBlank(message = "{bookspace.room.title.blank}")
    @Size(max = 200, message = "{bookspace.room.title.size}")
    @OneLine
    private String title;

    @Size(max = 2000, message = "{bookspace.room.description.size}")
    @PlainText
    private String description;

    @NotNull(message = "{bookspace.room.price.missing}")
    @DecimalMin(value = "0", message = "{bookspace.price.negative}")
    private BigDecimal nightlyPrice;

    @Min(value = 1, message = "{bookspace.room.capacity.min}")
    @Max(value = 100, message = "{bookspace.room.capacity.max}")
    private int capacity = 2;

    /** How many identical rooms of this kind the organisation sells: "Standard Double", 5 rooms. */
    @Min(value = 1, message = "{bookspace.room.units.min}")
    @Max(value = Item.MAX_UNITS, message = "{bookspace.room.units.max}")
    private int units = 1;

    /**
     * What staff call each unit, unit 1 first ("101", "102", "Garden side"); {@link RoomService} refuses a blank name
     * and two units of one room under one name. Units the list does not reach go by their number.
     */
    private List<String> unitNames = new ArrayList<>(List.of("1"));

    @Valid
    private RoomFactsForm facts = new RoomFactsForm();

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getNightlyPrice() {
        return nightlyPrice;
    }

    public void setNightlyPrice(BigDecimal nightlyPrice) {
        this.nightlyPrice = nightlyPrice;
    }

    public RoomFactsForm getFacts() {
        return facts;
    }

    public void setFacts(RoomFactsForm facts) {
        this.facts = facts;
    }

    public int getUnits() {
        return units;
    }

    public void setUnits(int units) {
        this.units = units;
    }

    public List<String> getUnitNames() {
        return unitNames;
    }

    public void setUnitNames(List<String> unitNames) {
        this.unitNames = new ArrayList<>(unitNames);
    }

    /** One name per unit: the names of units added since go by their number; those of units dropped go. */
    public void fitUnitNames() {
        int count = Math.max(1, Math.min(units, Item.MAX_UNITS));
        while (unitNames.size() < count) {
            unitNames.add(String.valueOf(unitNames.size() + 1));
        }
        unitNames.subList(count, unitNames.size()).clear();
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }
}
