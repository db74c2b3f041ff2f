package dev.bookspace.catalog;

import dev.bookspace.shared.OneLine;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/** An add-on as staff enter or change it; the price is in major units of the organisation's currency. */
public class AddOnForm implements Serializable {

    /** The form filled with an add-on as it is, to change it. */
    public static AddOnForm of(AddOnOffer offer) {
        AddOnForm form = new AddOnForm();
        form.name = offer.name();
        form.price = offer.price().decimal();
        form.pricing = offer.pricing();
        form.maxQuantity = offer.maxQuantity();
        return form;
    }

    @NotBlank(message = "{bookspace.add-on.name.blank}")
    @Size(max = 200, message = "{bookspace.add-on.name.size}")
    @OneLine
    private String name;

    @NotNull(message = "{bookspace.add-on.price.missing}")
    @DecimalMin(value = "0", message = "{bookspace.price.negative}")
    private BigDecimal price;

    @NotNull(message = "{bookspace.add-on.counts.missing}")
    private AddOnPricing pricing = AddOnPricing.PER_BOOKING;

    @Min(value = 1, message = "{bookspace.add-on.quantity.min}")
    @Max(value = 99, message = "{bookspace.add-on.quantity.max}")
    private int maxQuantity = 1;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public AddOnPricing getPricing() {
        return pricing;
    }

    public void setPricing(AddOnPricing pricing) {
        this.pricing = pricing;
    }

    public int getMaxQuantity() {
        return maxQuantity;
    }

    public void setMaxQuantity(int maxQuantity) {
        this.maxQuantity = maxQuantity;
    }
}
