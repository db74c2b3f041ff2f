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

    @Min(value = 2, message = "A discount starts at 2 nights or more.")
    @Max(value = 365, message = "A discount starts at 365 nights at most.")
    private int minNights = 7;

    @NotNull(message = "Please enter the percentage off.")
    @DecimalMin(value = "0.01", message = "A discount takes more than 0 % off.")
    @DecimalMax(value = "99.99", message = "A discount takes less than 100 % off.")
    @Digits(integer = 3, fraction = 2, message = "A percentage has at most 2 decimals.")
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
