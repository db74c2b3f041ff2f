package dev.bookspace.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.Money;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Currency;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ItemPageTest {

    @ParameterizedTest
    @ValueSource(strings = {"Sea Room", "Suite: 2 bedrooms", "i1:9:trick", "Chambre à coucher Œ", "Loft 🌊", "a"})
    void theNextCursorStartsAfterTheLastItemOfThePage(String title) {
        List<ItemSummary> found = List.of(item(7, title), item(8, "Zed"));

        ItemPage<ItemSummary> page = ItemPage.of(found, 1, item -> item);

        assertThat(page.items()).containsExactly(found.get(0));
        assertThat(ItemPage.After.of(page.next())).isEqualTo(new ItemPage.After(title, 7));
        assertThat(page.next()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void aCursorKeepsItsOrdersKeyAndIsRefusedByAnotherOrder() {
        List<ItemSummary> found = List.of(item(7, "Zed"), item(3, "Abc"));

        String next = ItemPage.of(found, 1, item -> item, RoomOrder.PRICE).next();

        assertThat(ItemPage.After.of(next, RoomOrder.PRICE)).isEqualTo(new ItemPage.After("10000", 7));
        assertThat(ItemPage.After.of(next, RoomOrder.PRICE).boundKey(RoomOrder.PRICE)).isEqualTo(10_000L);
        assertThatThrownBy(() -> ItemPage.After.of(next, RoomOrder.NAME)).isInstanceOf(InvalidRequestException.class);
        assertThat(ItemPage.After.of(null, RoomOrder.SIZE).boundKey(RoomOrder.SIZE)).as("largest first, as the negative size ascending: before every size")
                .isEqualTo(-Integer.MAX_VALUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"s1:7:-1", "s1:7:-2147483648"})
    void refusesASizeCursorBelowNothing(String text) {
        String cursor = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(text.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> ItemPage.After.of(cursor, RoomOrder.SIZE)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void theLastPageHasNoNextCursor() {
        List<ItemSummary> found = IntStream.rangeClosed(1, 3).mapToObj(id -> item(id, "Room " + id)).toList();

        assertThat(ItemPage.of(found, 3, item -> item).next()).isNull();
        assertThat(ItemPage.of(found, 5, item -> item).items()).hasSize(3);
    }

    @Test
    void noCursorIsTheFirstPage() {
        assertThat(ItemPage.After.of(null)).isEqualTo(ItemPage.After.START);
        assertThat(ItemPage.After.of("")).isEqualTo(ItemPage.After.START);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-ours", "aTE6", "YjE6Nzp4", "aTE6eDp5", "%%%"})
    void refusesACursorItDidNotMake(String cursor) {
        assertThatThrownBy(() -> ItemPage.After.of(cursor))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).field()).isEqualTo("cursor"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 201})
    void refusesAPageSizeOutsideOneToTwoHundred(int limit) {
        assertThatThrownBy(() -> ItemPage.requireLimit(limit))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("Ask for 1 to 200 items a page.");
    }

    private static ItemSummary item(long id, String title) {
        return new ItemSummary(id, title, "", 2, new Money(10_000, Currency.getInstance("EUR")), RoomFacts.NONE);
    }
}
