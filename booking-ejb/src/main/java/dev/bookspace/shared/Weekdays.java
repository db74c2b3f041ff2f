package dev.bookspace.shared;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Days of the week as the database keeps them, one bit each: 1 Monday, 2 Tuesday, 4 Wednesday … 64 Sunday
 * (weekday rates, closed arrival and departure days).
 */
public final class Weekdays {

    private Weekdays() {
    }

    public static int mask(Collection<DayOfWeek> days) {
        return days.stream().distinct().mapToInt(day -> 1 << (day.getValue() - 1)).sum();
    }

    public static Set<DayOfWeek> days(int mask) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if ((mask & (1 << (day.getValue() - 1))) != 0) {
                days.add(day);
            }
        }
        return days;
    }

    /** As a guest reads them: "Saturdays and Sundays", "Mondays, Tuesdays and Fridays". */
    public static String plural(Collection<DayOfWeek> days) {
        List<String> names = days.stream().sorted().map(day -> day.getDisplayName(TextStyle.FULL, Locale.UK) + "s").toList();
        if (names.size() < 2) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
