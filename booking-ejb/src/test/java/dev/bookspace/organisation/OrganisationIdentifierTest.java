package dev.bookspace.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganisationIdentifierTest {

    @ParameterizedTest(name = "\"{0}\" suggests \"{1}\"")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
            "Harbour House                | harbour-house",
            "  Café Sol & Mar!            | cafe-sol-mar",
            "Pousada São João, Évora      | pousada-sao-joao-evora",
            "B&B 27                       | b-b-27",
            "X                            | ''",
            "!!!                          | ''",
    })
    void aNameSuggestsAnIdentifierInTheRequiredFormat(String name, String suggested) {
        assertThat(OrganisationIdentifier.suggestedFor(name)).isEqualTo(suggested);
    }

    @Test
    void aLongNameIsCutAtSixtyThreeCharactersWithoutATrailingHyphen() {
        String suggested = OrganisationIdentifier.suggestedFor("The Very Long Name of a Small Guest House by the Sea in the North of Portugal");

        assertThat(suggested).hasSizeLessThanOrEqualTo(63).matches(OrganisationIdentifier.FORMAT).doesNotEndWith("-");
    }
}
