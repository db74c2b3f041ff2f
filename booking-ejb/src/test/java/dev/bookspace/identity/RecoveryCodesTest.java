package dev.bookspace.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

    @Test
    void tenDistinctCodesOfSixteenLettersInGroupsOfFour() {
        List<String> codes = RecoveryCodes.issue();

        assertThat(codes).hasSize(10).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}"));
    }

    @Test
    void aCodeTypedInCapitalsWithSpacesForDashesHashesTheSame() {
        assertThat(RecoveryCodes.hash(" ABCD EFGH-ijkl mnop ")).isEqualTo(RecoveryCodes.hash("abcd-efgh-ijkl-mnop"));
        assertThat(RecoveryCodes.hash("abcd-efgh-ijkl-mnop")).isNotEqualTo(RecoveryCodes.hash("abcd-efgh-ijkl-mnoq"));
    }
}
