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

    @NotBlank(message = "Please give the room a title.")
    @Size(max = 200, message = "A title can be at most 200 characters.")
    @OneLine
    private String title;

    @Size(max = 2000, message = "A description can be at most 2000 characters.")
    @PlainText
    private String description;

    @NotNull(message = "Please enter the price of a night.")
    @DecimalMin(value = "0", message = "A price cannot be negative.")
    private BigDecimal nightlyPrice;

    @Min(value = 1, message = "A room holds at least 1 guest.")
    @Max(value = 100, message = "A room holds at most 100 guests.")
    private int capacity = 2;

    /** How many identical rooms of this kind the organisation sells: "Standard Double", 5 rooms. */
    @Min(value = 1, message = "A room type sells at least 1 room.")
    @Max(value = Item.MAX_UNITS, message = "A room type sells at most " + Item.MAX_UNITS + " rooms.")
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
