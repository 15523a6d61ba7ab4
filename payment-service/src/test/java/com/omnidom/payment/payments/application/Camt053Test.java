package com.omnidom.payment.payments.application;

import com.omnidom.payment.payments.domain.BankStatementEntry;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Camt053Test {

    @Test
    void readsTheBookedCreditEntriesOfTheSampleStatementAndLeavesTheDebitOut() throws IOException {
        List<Camt053.Statement> statements = Camt053.read(sample("R1", "INV-DE-2026-000042", "45.63"));

        assertThat(statements).singleElement().satisfies(statement -> {
            assertThat(statement.statementId()).isEqualTo("STMT-R1");
            assertThat(statement.credits()).containsExactly(
                    new BankStatementEntry.StatementCredit("R1-0001", "EUR", new BigDecimal("45.63"),
                            LocalDate.parse("2026-12-04"), LocalDate.parse("2026-12-04"),
                            "Rechnung INV-DE-2026-000042 Kundennr C-1 Danke", "Ada Lovelace"),
                    new BankStatementEntry.StatementCredit("R1-0002", "EUR", new BigDecimal("12.34"),
                            LocalDate.parse("2026-12-04"), LocalDate.parse("2026-12-04"),
                            "Bestellung vom 28.11. Gutschrift bitte", "Charles Babbage"));
        });
    }

    @Test
    void refusesDtdsSoNoExternalEntityIsEverRead() {
        byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE Document [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "<Document><BkToCstmrStmt><Stmt><Id>&x;</Id></Stmt></BkToCstmrStmt></Document>").getBytes(StandardCharsets.UTF_8);
        byte[] bomb = ("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>"
                + "<Document><BkToCstmrStmt><Stmt><Id>&b;</Id></Stmt></BkToCstmrStmt></Document>").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Camt053.read(xxe)).isInstanceOf(Camt053.Malformed.class).hasMessageContaining("DOCTYPE");
        assertThatThrownBy(() -> Camt053.read(bomb)).isInstanceOf(Camt053.Malformed.class);
        assertThatThrownBy(() -> Camt053.read("<Document><Other/></Document>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(Camt053.Malformed.class).hasMessageContaining("BkToCstmrStmt");
        assertThatThrownBy(() -> Camt053.read("<Document><BkToCstmrStmt><Stmt>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(Camt053.Malformed.class);
    }

    @Test
    void anEntryWithoutTheBanksReferenceIsKeyedByStatementAndEntryReference() {
        byte[] xml = ("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt><Stmt><Id>S9</Id>"
                + "<Ntry><NtryRef>7</NtryRef><Amt Ccy=\"EUR\">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts></Ntry>"
                + "<Ntry><Amt Ccy=\"EUR\">2.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>PDNG</Sts></Ntry>"
                + "</Stmt></BkToCstmrStmt></Document>").getBytes(StandardCharsets.UTF_8);

        assertThat(Camt053.read(xml).getFirst().credits()).extracting(BankStatementEntry.StatementCredit::reference)
                .containsExactly("S9/7");
    }

    private static byte[] sample(String run, String invoice, String amount) throws IOException {
        try (InputStream in = Camt053Test.class.getResourceAsStream("/camt053/statement.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{RUN}}", run)
                    .replace("{{INVOICE}}", invoice).replace("{{AMOUNT}}", amount).getBytes(StandardCharsets.UTF_8);
        }
    }
}
