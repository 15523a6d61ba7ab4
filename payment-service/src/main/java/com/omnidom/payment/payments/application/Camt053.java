package com.omnidom.payment.payments.application;

import com.omnidom.payment.payments.domain.BankStatementEntry;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads the credit entries of an ISO 20022 bank-to-customer statement (camt.053.001.02) with the JDK's parser, hardened:
 * no DTD at all (so no external entities, no entity expansion bombs), no XInclude, no external access. Per booked
 * entry ({@code Ntry}, status BOOK or none) with {@code CdtDbtInd} CRDT: amount and currency ({@code Amt@Ccy}), the
 * bank's reference ({@code AcctSvcrRef}, else the statement id with {@code NtryRef} or the entry's position), booking
 * and value day, the unstructured remittance lines ({@code RmtInf/Ustrd}, joined) and the debtor's name.
 */
public final class Camt053 {

    /** The document is not a readable camt.053 statement. */
    public static class Malformed extends RuntimeException {
        Malformed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public record Statement(String statementId, List<BankStatementEntry.StatementCredit> credits) {
    }

    private Camt053() {
    }

    public static List<Statement> read(byte[] xml) {
        Document document;
        try {
            document = parser().parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException e) {
            throw new Malformed("not well-formed XML (or a DTD, which is refused): " + e.getMessage(), e);
        }
        Element root = document.getDocumentElement();
        Element toCustomer = child(root, "BkToCstmrStmt");
        if (!"Document".equals(root.getLocalName()) || toCustomer == null) {
            throw new Malformed("not a camt.053 document: Document/BkToCstmrStmt missing", null);
        }
        List<Statement> statements = new ArrayList<>();
        for (Element stmt : children(toCustomer, "Stmt")) {
            String statementId = text(child(stmt, "Id"));
            if (statementId == null) throw new Malformed("a statement without Id", null);
            List<BankStatementEntry.StatementCredit> credits = new ArrayList<>();
            List<Element> entries = children(stmt, "Ntry");
            for (int i = 0; i < entries.size(); i++) {
                Element entry = entries.get(i);
                if (!"CRDT".equals(text(child(entry, "CdtDbtInd")))) continue;
                String status = text(child(entry, "Sts"));
                if (status != null && !"BOOK".equals(status)) continue; // pending or informational: not money yet
                credits.add(credit(statementId, i, entry));
            }
            statements.add(new Statement(statementId, credits));
        }
        return statements;
    }

    private static BankStatementEntry.StatementCredit credit(String statementId, int index, Element entry) {
        Element amount = child(entry, "Amt");
        String currency = amount == null ? null : amount.getAttribute("Ccy");
        if (amount == null || currency == null || currency.isBlank()) {
            throw new Malformed("entry " + (index + 1) + " of statement " + statementId + " has no Amt with Ccy", null);
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text(amount));
        } catch (NumberFormatException | NullPointerException e) {
            throw new Malformed("entry " + (index + 1) + " of statement " + statementId + ": amount is not a number", e);
        }
        String reference = text(child(entry, "AcctSvcrRef"));
        if (reference == null) {
            String entryRef = text(child(entry, "NtryRef"));
            reference = statementId + "/" + (entryRef != null ? entryRef : String.valueOf(index + 1));
        }
        List<String> remittance = new ArrayList<>();
        String debtor = null;
        for (Element details : children(entry, "NtryDtls")) {
            for (Element tx : children(details, "TxDtls")) {
                Element info = child(tx, "RmtInf");
                if (info != null) children(info, "Ustrd").forEach(line -> remittance.add(text(line)));
                Element parties = child(tx, "RltdPties");
                Element dbtr = parties == null ? null : child(parties, "Dbtr");
                if (debtor == null && dbtr != null) debtor = text(child(dbtr, "Nm"));
            }
        }
        String info = remittance.stream().filter(line -> line != null).collect(Collectors.joining(" "));
        return new BankStatementEntry.StatementCredit(reference, currency.trim(), value, day(child(entry, "BookgDt")),
                day(child(entry, "ValDt")), info.isBlank() ? null : info, debtor);
    }

    /** {@code <BookgDt><Dt>} or {@code <DtTm>}: the calendar day. */
    private static LocalDate day(Element date) {
        if (date == null) return null;
        String day = text(child(date, "Dt"));
        if (day == null) day = text(child(date, "DtTm"));
        if (day == null) return null;
        try {
            return LocalDate.parse(day.length() > 10 ? day.substring(0, 10) : day);
        } catch (DateTimeParseException e) {
            throw new Malformed("not a date: " + day, e);
        }
    }

    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // fatal errors throw, nothing printed
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser refuses the secure settings", e);
        }
    }

    private static Element child(Element parent, String name) {
        if (parent == null) return null;
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) return element;
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) found.add(element);
        }
        return found;
    }

    private static String text(Element element) {
        if (element == null) return null;
        String text = element.getTextContent().trim().replaceAll("\\s+", " ");
        return text.isEmpty() ? null : text;
    }
}
