package dev.bookspace.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PropertyDetailsTest {

    @ParameterizedTest(name = "{0} gets {1} text")
    @CsvSource({
        "#1f6f5c, #ffffff",
        "#000080, #ffffff",
        "#ffd700, #1a1a1a",
        "#f5f5dc, #1a1a1a",
    })
    void theHeaderTextTakesWhicheverColourReadsBetterOnTheBrand(String brand, String text) {
        assertThat(details("Rua do Cais 1", brand).headerStyle()).isEqualTo("background:" + brand + ";color:" + text);
    }

    @Test
    void withoutABrandColourTheHeaderKeepsBookspacesOwn() {
        assertThat(details(null, null).headerStyle()).isEmpty();
    }

    @Test
    void theMapLinkSearchesTheAddressOnOneLine() {
        PropertyDetails property = details("Rua do Cais 1\n  1100-001 Lisboa ", null);

        assertThat(property.addressOnOneLine()).isEqualTo("Rua do Cais 1, 1100-001 Lisboa");
        assertThat(property.mapUrl()).isEqualTo("https://www.openstreetmap.org/search?query=Rua+do+Cais+1%2C+1100-001+Lisboa");
        assertThat(details(null, null).mapUrl()).isNull();
    }

    @Test
    void theHoursAreSaidInOneSentence() {
        assertThat(details(null, null).hours()).isEqualTo("Check-in from 15:00, checkout until 11:00.");
    }

    private static PropertyDetails details(String address, String brand) {
        return new PropertyDetails(address, null, null, LocalTime.of(15, 0), LocalTime.of(11, 0), brand, null);
    }
}
