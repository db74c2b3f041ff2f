package dev.bookspace.pricing;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;

/** A length-of-stay discount as an owner enters it: "7 nights or more: 10 % off". */
public class StayDiscountForm implements Serializable {

    @Min(value = 2, message = "{bookspace.discount.from.min}")
    @Max(value = 365, message = "{bookspace.discount.from.max}")
    private int minNights = 7;

    @NotNull(message = "{bookspace.discount.percent.missing}")
    @DecimalMin(value = "0.01", message = "{bookspace.discount.percent.min}")
    @DecimalMax(value = "99.99", message = "{bookspace.discount.percent.max}")
    @Digits(integer = 3, fraction = 2, message = "{bookspace.percent.decimals}")
    private BigDecimal percent;

    public int getMinNights() {
        return minNights;
    }

    public void setMinNights(int minNights) {
        this.minNights = minNights;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public void setPercent(BigDecimal percent) {
        this.percent = percent;
    }
}
