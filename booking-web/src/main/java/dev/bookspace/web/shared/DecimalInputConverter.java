package dev.bookspace.web.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Prices and percentages as people type them, whichever their habit: {@code 95.50} or {@code 95,50}, with or
 * without grouping ({@code 1,250.00}, {@code 1.250,00}, {@code 1 250,00}). With both marks, the last is the
 * decimal one; a mark that appears once is decimal; one that repeats groups thousands. What cannot be read is
 * refused with the field's {@code converterMessage}.
 */
@FacesConverter("bookspace.decimal")
public class DecimalInputConverter implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return parse(value).orElseThrow(() -> new ConverterException());
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    /** The number typed, or empty when it is not one. */
    static Optional<BigDecimal> parse(String typed) {
        String number = typed.strip().replaceAll("[\\s\\u00a0\\u202f]", "");
        int comma = number.lastIndexOf(',');
        int dot = number.lastIndexOf('.');
        char decimal;
        if (comma >= 0 && dot >= 0) {
            decimal = comma > dot ? ',' : '.';
        } else if (comma >= 0) {
            decimal = number.indexOf(',') == comma ? ',' : 0;
        } else {
            decimal = number.indexOf('.') == dot ? '.' : 0;
        }
        char grouping = decimal == ',' ? '.' : decimal == '.' ? ',' : comma >= 0 ? ',' : '.';
        int point = decimal == 0 ? -1 : number.lastIndexOf(decimal);
        String whole = point < 0 ? number : number.substring(0, point);
        String fraction = point < 0 ? "" : number.substring(point + 1);
        // Grouping marks stand between groups of three digits, as in 1.250.000; anything else is a typing slip.
        String g = Pattern.quote(String.valueOf(grouping));
        if (!whole.matches("[+-]?([0-9]+|[0-9]{1,3}(" + g + "[0-9]{3})+)") || !fraction.matches("[0-9]*")
                || point >= 0 && fraction.isEmpty()) {
            return Optional.empty();
        }
        String plain = whole.replace(String.valueOf(grouping), "") + (fraction.isEmpty() ? "" : "." + fraction);
        return Optional.of(new BigDecimal(plain));
    }
}
