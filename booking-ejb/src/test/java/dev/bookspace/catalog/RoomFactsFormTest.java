package dev.bookspace.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bookspace.shared.Constraints;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.InvalidRequestException.FieldProblem;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one definition of valid room facts, which the room's page and the API share, with fields named as the API names them. */
class RoomFactsFormTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void aNewFormOffersEveryKindOfBedAtNoneAndMakesNoFacts() {
        RoomFactsForm form = new RoomFactsForm();

        assertThat(form.getBeds()).extracting(RoomFactsForm.BedCount::getLabel)
                .containsExactly("Single beds", "Double beds", "Queen beds", "King beds", "Bunk beds", "Sofa beds", "Cots");
        assertThat(problems(form)).isEmpty();
        assertThat(form.facts()).isEqualTo(RoomFacts.NONE);
    }

    @Test
    void aValidFormMakesTheFactsAndBack() {
        RoomFactsForm form = new RoomFactsForm();
        form.getBeds().get(BedKind.DOUBLE.ordinal()).setCount(1);
        form.getBeds().get(BedKind.SOFA_BED.ordinal()).setCount(1);
        form.setSizeM2(25);
        form.setAmenities(new ArrayList<>(List.of("balcony", "wifi")));
        form.setCheckInFrom(LocalTime.of(16, 0));

        RoomFacts facts = form.facts();
        assertThat(facts.bedSummary()).isEqualTo("1 double bed · 1 sofa bed");
        assertThat(facts.amenities()).containsExactly(Amenity.WIFI, Amenity.BALCONY);
        assertThat(RoomFactsForm.of(facts).facts()).isEqualTo(facts);
    }

    @Test
    void refusesBadValuesNamingEachFieldAsTheApiDoes() {
        RoomFactsForm form = new RoomFactsForm();
        form.setBeds(new ArrayList<>(List.of(new RoomFactsForm.BedCount("double", 21), new RoomFactsForm.BedCount("hammock", 1))));
        form.setSizeM2(0);
        form.setAmenities(new ArrayList<>(List.of("wifi", "jacuzzi")));

        assertThat(problems(form)).containsExactlyInAnyOrder(
                new FieldProblem("beds[0].count", "A room has at most 20 beds of one kind.").worded("{bookspace.bed.count.max}"),
                new FieldProblem("beds[1].kind", "Choose a kind of bed: single, double, queen, king, bunk, sofa_bed or cot.").worded("{bookspace.bed.kind.unknown}"),
                new FieldProblem("size_m2", "A size is at least 1 m²; leave it empty if you do not know it.").worded("{bookspace.room.size.min}"),
                new FieldProblem("amenities[1]", "Choose each amenity from Bookspace's list.").worded("{bookspace.room.amenity.unknown}"));

        form = new RoomFactsForm();
        form.setSizeM2(10_001);
        assertThat(problems(form)).containsExactly(new FieldProblem("size_m2", "A room's size is at most 10000 m².").worded("{bookspace.room.size.max}"));
    }

    @Test
    void theRoomFormNamesItsFactsTheSameWay() {
        RoomForm room = new RoomForm();
        room.setTitle("Sea Room");
        room.setNightlyPrice(java.math.BigDecimal.TEN);
        room.getFacts().getBeds().get(0).setCount(-1);

        assertThat(Constraints.problems(VALIDATOR, room, "").stream().map(RoomFactsForm::named).toList())
                .containsExactly(new FieldProblem("beds[0].count", "A number of beds cannot be negative.").worded("{bookspace.bed.count.min}"));
    }

    @Test
    void refusesAKindOfBedNamedTwice() {
        RoomFactsForm form = new RoomFactsForm();
        form.setBeds(new ArrayList<>(List.of(new RoomFactsForm.BedCount("single", 1), new RoomFactsForm.BedCount("single", 2))));

        assertThat(problems(form)).isEmpty();
        assertThatThrownBy(form::facts).isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).field()).isEqualTo("beds"));
    }

    private static List<FieldProblem> problems(Object form) {
        return Constraints.problems(VALIDATOR, form, "").stream().map(RoomFactsForm::named).toList();
    }
}
