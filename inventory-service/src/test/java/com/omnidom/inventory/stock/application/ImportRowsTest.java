package com.omnidom.inventory.stock.application;

import com.omnidom.inventory.stock.domain.OnHandTarget;
import com.omnidom.inventory.stock.domain.StockKey;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ImportRowsTest {

    final ImportRows rows = new ImportRows(JsonMapper.builder().build());

    @Test
    void readsAValidRow() {
        ImportRows.Parsed parsed = rows.parse(3, "{\"locationId\":\"WH-1\",\"sku\":\"A-1\",\"onHand\":100,\"note\":\"x\"}");

        assertThat(parsed.target()).isEqualTo(new OnHandTarget(StockKey.of("A-1", "WH-1"), 100));
        assertThat(parsed.errors()).isEmpty();
    }

    @Test
    void namesEveryBadFieldOfARow() {
        ImportRows.Parsed parsed = rows.parse(7, "{\"locationId\":\"WH 1\",\"onHand\":-4}");

        assertThat(parsed.valid()).isFalse();
        assertThat(parsed.errors()).containsExactly(
                new RowError(7, "locationId", "must be 1 to 64 letters, digits, '.', '_' or '-'"),
                new RowError(7, "sku", "is required"),
                new RowError(7, "onHand", "must not be negative"));
    }

    @Test
    void onHandMustBeAWholeNumber() {
        assertThat(rows.parse(1, "{\"locationId\":\"W\",\"sku\":\"A\",\"onHand\":1.5}").errors())
                .containsExactly(new RowError(1, "onHand", "must be a whole number"));
        assertThat(rows.parse(1, "{\"locationId\":\"W\",\"sku\":\"A\",\"onHand\":\"3\"}").errors())
                .containsExactly(new RowError(1, "onHand", "must be a whole number"));
        assertThat(rows.parse(1, "{\"locationId\":\"W\",\"sku\":\"A\",\"onHand\":99999999999}").errors())
                .extracting(RowError::field).containsExactly("onHand");
    }

    @Test
    void malformedJsonAndNonObjectsAreRejectedAsAWhole() {
        assertThat(rows.parse(2, "{\"sku\":").errors()).singleElement()
                .satisfies(e -> assertThat(e.field()).isNull())
                .satisfies(e -> assertThat(e.message()).startsWith("malformed JSON"));
        assertThat(rows.parse(2, "[1,2]").errors()).containsExactly(new RowError(2, null, "must be a JSON object"));
    }
}
