package dev.bookspace.organisation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;

/**
 * One row of the cancellation policy as the owner edits it on Settings: both empty, it is no step at all.
 * The page checks each number as it is typed; {@link SettingsService} checks the rows together.
 */
public class CancellationStep implements Serializable {

    @Min(value = 0, message = "{bookspace.cancellation.days.min}")
    @Max(value = CancellationPolicy.MAX_DAYS, message = "{bookspace.cancellation.days.max}")
    private Integer daysBefore;

    @Min(value = 0, message = "{bookspace.cancellation.refund.range}")
    @Max(value = 100, message = "{bookspace.cancellation.refund.range}")
    private Integer refundPercent;

    public CancellationStep() {
        // an empty row
    }

    CancellationStep(CancellationPolicy.Tier tier) {
        this.daysBefore = tier.daysBefore();
        this.refundPercent = tier.refundPercent();
    }

    boolean isEmpty() {
        return daysBefore == null && refundPercent == null;
    }

    public Integer getDaysBefore() {
        return daysBefore;
    }

    public void setDaysBefore(Integer daysBefore) {
        this.daysBefore = daysBefore;
    }

    public Integer getRefundPercent() {
        return refundPercent;
    }

    public void setRefundPercent(Integer refundPercent) {
        this.refundPercent = refundPercent;
    }
}
