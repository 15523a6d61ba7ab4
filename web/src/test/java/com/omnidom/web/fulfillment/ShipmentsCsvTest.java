package com.omnidom.web.fulfillment;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What a partner's spreadsheet gives: each row read or refused with its row number; a file without the columns refused whole. */
class ShipmentsCsvTest {

    private static final UUID A = UUID.fromString("0b7e3a4c-5d2f-4e1a-9c3b-1f2e3d4c5b6a");
    private static final UUID B = UUID.fromString("7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f");

    @Test
    void commaSeparatedRowsAreReadWithTheirRowNumbers() {
        ShipmentsCsv.Parsed parsed = ShipmentsCsv.parse("""
                fulfillmentId,carrier,trackingNumber
                %s,DHL,00340434161094000001
                %s, UPS , 1Z999AA10123456784
                """.formatted(A, B));

        assertThat(parsed.refusal()).isNull();
        assertThat(parsed.rows()).extracting(ShipmentsCsv.Row::number, ShipmentsCsv.Row::id, ShipmentsCsv.Row::carrier,
                        ShipmentsCsv.Row::trackingNumber, ShipmentsCsv.Row::error)
                .containsExactly(tuple(2L, A, "DHL", "00340434161094000001", null), tuple(3L, B, "UPS", "1Z999AA10123456784", null));
    }

    @Test
    void aGermanSpreadsheetsSemicolonsHeaderCaseAndByteOrderMarkAreFine() {
        ShipmentsCsv.Parsed parsed = ShipmentsCsv.parse("\uFEFFTrackingNumber;FULFILLMENTID;Carrier\r\n123;%s;DPD\r\n".formatted(A));

        assertThat(parsed.rows()).singleElement().satisfies(row -> {
            assertThat(row.readable()).isTrue();
            assertThat(row.id()).isEqualTo(A);
            assertThat(row.carrier()).isEqualTo("DPD");
            assertThat(row.trackingNumber()).isEqualTo("123");
        });
    }

    @Test
    void aRowThatCannotBeSentSaysWhyAndTheOthersStillCount() {
        ShipmentsCsv.Parsed parsed = ShipmentsCsv.parse("""
                fulfillmentId,carrier,trackingNumber
                not-an-id,DHL,1
                %s,,2
                %s,DHL,
                ,DHL,3
                %s,DHL,4
                """.formatted(A, B, A));

        assertThat(parsed.rows()).extracting(ShipmentsCsv.Row::number, ShipmentsCsv.Row::error).containsExactly(
                tuple(2L, "csv.notAnId"), tuple(3L, "csv.carrierEmpty"),
                tuple(4L, "csv.trackingEmpty"), tuple(5L, "csv.idEmpty"), tuple(6L, null));
    }

    @Test
    void aFileWithoutTheColumnsOrWithoutRowsIsRefusedWhole() {
        ShipmentsCsv.Parsed withoutColumns = ShipmentsCsv.parse("id,carrier\n%s,DHL\n".formatted(A));
        assertThat(withoutColumns.refusal()).isEqualTo("csv.missingColumns");
        assertThat(withoutColumns.refusalArgument()).isEqualTo("fulfillmentid, trackingnumber");
        assertThat(ShipmentsCsv.parse("fulfillmentId,carrier,trackingNumber\n").refusal()).isEqualTo("csv.noRows");
        assertThat(ShipmentsCsv.parse("").refusal()).isNotNull();
    }

    @Test
    void moreRowsThanAllowedAreRefusedWhole() {
        StringBuilder csv = new StringBuilder("fulfillmentId,carrier,trackingNumber\n");
        for (int i = 0; i <= ShipmentsCsv.MAX_ROWS; i++) csv.append(A).append(",DHL,").append(i).append('\n');

        assertThat(ShipmentsCsv.parse(csv.toString()).refusal()).isEqualTo("csv.tooManyRows");
        assertThat(ShipmentsCsv.parse(csv.toString()).refusalArgument()).isEqualTo("500");
    }
}
