package com.omnidom.catalog.imports.application;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class RowCounterTest {

    static long count(boolean csv, String... pieces) {
        RowCounter counter = new RowCounter(csv);
        for (String piece : pieces) {
            byte[] bytes = piece.getBytes(StandardCharsets.UTF_8);
            counter.accept(bytes, 0, bytes.length);
        }
        return counter.rows();
    }

    @Test
    void countsNonBlankNdjsonLinesAcrossBuffers() {
        assertThat(count(false, "{\"a\":1}\n\n  \n{\"a\"", ":2}\r\n{\"a\":3}")).isEqualTo(3);
        assertThat(count(false, "")).isZero();
    }

    @Test
    void countsCsvRecordsWithoutTheHeaderAndIgnoresLineBreaksInQuotes() {
        assertThat(count(true, "sku,name\nA,\"two\nlines\"\nB,x\n\n")).isEqualTo(2);
        assertThat(count(true, "sku,name\n")).isZero();
    }
}
