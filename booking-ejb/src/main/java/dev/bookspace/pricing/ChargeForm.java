package dev.bookspace.pricing;

import dev.bookspace.shared.OneLine;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A tax or fee as an owner enters it: a name, its kind, and an amount in major units (per guest per
 * night, or per booking) or a percentage (added or included), as the kind needs.
 */
public class ChargeForm implements Serializable {

    @NotBlank(message = "{bookspace.charge.name.blank}")
    @Size(max = 60, message = "{bookspace.rate.name.size}")
    @OneLine
    private String name;

    @NotNull(message = "{bookspace.charge.mode.missing}")
    private ChargeKind kind = ChargeKind.PER_GUEST_NIGHT;

    @DecimalMin(value = "0", message = "{bookspace.charge.amount.negative}")
    private BigDecimal amount;

    @DecimalMin(value = "0.01", message = "{bookspace.percent.min}")
    @DecimalMax(value = "100", message = "{bookspace.percent.max}")
    @Digits(integer = 3, fraction = 2, message = "{bookspace.percent.decimals}")
    private BigDecimal percent;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ChargeKind getKind() {
        return kind;
    }

    public void setKind(ChargeKind kind) {
        this.kind = kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public void setPercent(BigDecimal percent) {
        this.percent = percent;
    }
}
