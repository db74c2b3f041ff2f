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

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }
}
