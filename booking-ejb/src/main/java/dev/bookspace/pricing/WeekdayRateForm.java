package dev.bookspace.pricing;

import dev.bookspace.shared.OneLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A weekday rate as an owner edits it: a name ("Weekend"), the weekdays whose nights it prices
 * (Friday is the night from Friday to Saturday), and rooms' own prices in major units, by item id.
 */
public class WeekdayRateForm implements Serializable {

    private Long id;

    @NotBlank(message = "{bookspace.rate.name.blank}")
    @Size(max = 60, message = "{bookspace.rate.name.size}")
    @OneLine
    private String name;

    @NotEmpty(message = "{bookspace.rate.nights.missing}")
    private List<DayOfWeek> nights = new ArrayList<>();

    private Map<Long, BigDecimal> roomPrices = new LinkedHashMap<>();

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<DayOfWeek> getNights() {
        return nights;
    }

    public void setNights(List<DayOfWeek> nights) {
        this.nights = nights;
    }

    public Map<Long, BigDecimal> getRoomPrices() {
        return roomPrices;
    }

    public void setRoomPrices(Map<Long, BigDecimal> roomPrices) {
        this.roomPrices = roomPrices;
    }
}
