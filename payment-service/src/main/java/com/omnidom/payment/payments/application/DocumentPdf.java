package com.omnidom.payment.payments.application;

import com.omnidom.payment.payments.domain.CreditNote;
import com.omnidom.payment.payments.domain.Invoice;
import com.omnidom.payment.payments.domain.Invoicing;
import com.omnidom.payment.payments.domain.Payment;
import com.omnidom.payment.taxes.domain.TaxZones;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders an invoice or a credit note as an A4 PDF (OpenPDF) from its stored data: the issuing company's legal
 * details, the recipient, number, dates, lines, the tax per rate and the totals, labelled in the customer's language (de, else en).
 * Standard PDF fonts in WinAnsi (enough for German), so no font files ship. Nothing is stored: the same data renders
 * the same document again.
 */
@Component
public class DocumentPdf {

    private static final Map<String, Map<String, String>> LABELS = Map.of(
            "en", Map.ofEntries(Map.entry("invoice", "Invoice"), Map.entry("creditNote", "Credit note"),
                    Map.entry("number", "Number"), Map.entry("issued", "Date of issue"),
                    Map.entry("supply", "Date of supply"), Map.entry("order", "Order"),
                    Map.entry("corrects", "Corrects invoice"), Map.entry("article", "Article"),
                    Map.entry("quantity", "Qty"), Map.entry("unitPrice", "Unit price (gross)"),
                    Map.entry("rate", "VAT rate"), Map.entry("gross", "Gross"), Map.entry("net", "Net"),
                    Map.entry("tax", "VAT"), Map.entry("total", "Total"), Map.entry("vatId", "VAT ID"),
                    Map.entry("credited", "Amount credited"), Map.entry("due", "Payable by bank transfer by")),
            "de", Map.ofEntries(Map.entry("invoice", "Rechnung"), Map.entry("creditNote", "Rechnungskorrektur"),
                    Map.entry("number", "Nummer"), Map.entry("issued", "Rechnungsdatum"),
                    Map.entry("supply", "Leistungsdatum"), Map.entry("order", "Bestellung"),
                    Map.entry("corrects", "Korrigiert Rechnung"), Map.entry("article", "Artikel"),
                    Map.entry("quantity", "Menge"), Map.entry("unitPrice", "Einzelpreis (brutto)"),
                    Map.entry("rate", "USt-Satz"), Map.entry("gross", "Brutto"), Map.entry("net", "Netto"),
                    Map.entry("tax", "USt"), Map.entry("total", "Summe"), Map.entry("vatId", "USt-IdNr."),
                    Map.entry("credited", "Gutgeschriebener Betrag"), Map.entry("due", "Zahlbar per Überweisung bis")));

    private final InvoiceTaxes taxes;
    private final CompanyProperties company;

    public DocumentPdf(InvoiceTaxes taxes, CompanyProperties company) {
        this.taxes = taxes;
        this.company = company;
    }

    /** The language a document of {@code payment} is written in: the customer's if labels exist for it (de), else en. */
    public String language(Payment payment) {
        return payment.language() != null && payment.language().toLowerCase(Locale.ROOT).startsWith("de") ? "de" : "en";
    }

    public byte[] invoice(Payment payment, Invoice invoice) {
        return render(payment, "invoice", invoice.invoiceNumber(), invoice.company(), invoice.country(), invoice.issuedAt(),
                invoice.taxPoint(), invoice.dueDate(), null, invoice.currency(), invoice.lines(), invoice.taxes(), invoice.net(), invoice.tax(),
                invoice.gross());
    }

    public byte[] creditNote(Payment payment, CreditNote note) {
        return render(payment, "creditNote", note.creditNoteNumber(), note.company(), note.country(), note.issuedAt(),
                null, null, note.invoiceNumbers(), note.currency(), note.lines(), note.taxes(), note.net(), note.tax(), note.gross());
    }

    private byte[] render(Payment payment, String kind, String number, String companyId, String country, Instant issuedAt,
                          LocalDate taxPoint, LocalDate dueDate, List<String> corrects, String currency, List<Invoicing.InvoiceLine> lines,
                          List<Invoicing.TaxAmount> rates, BigDecimal net, BigDecimal tax, BigDecimal gross) {
        String language = language(payment);
        Map<String, String> label = LABELS.get(language);
        Locale locale = Locale.forLanguageTag(language);
        String taxCountry = country != null ? country : taxes.country(payment);
        CompanyProperties.Company issuer = company.issuer(taxCountry);
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("de".equals(language) ? "dd.MM.yyyy" : "yyyy-MM-dd");
        Amounts amounts = new Amounts(currency, locale);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        document.addTitle(label.get(kind) + " " + number);
        document.addCreator(issuer.name());
        document.open();
        Font small = font(8, Font.NORMAL);
        Font normal = font(10, Font.NORMAL);
        Font bold = font(10, Font.BOLD);
        document.add(new Paragraph(issuer.name(), font(14, Font.BOLD)));
        document.add(new Paragraph(issuer.street() + ", " + issuer.postalCode() + " " + issuer.city() + ", " + issuer.country(), small));
        document.add(new Paragraph(label.get("vatId") + " " + issuer.vatId() + " · " + issuer.register(), small));
        document.add(new Paragraph(" "));
        if (payment.recipient() != null) {
            for (String line : payment.recipient().split("\n")) document.add(new Paragraph(line, normal));
            document.add(new Paragraph(" "));
        }
        document.add(new Paragraph(label.get(kind) + " " + number, font(16, Font.BOLD)));
        document.add(new Paragraph(label.get("issued") + ": " + dates.format(issuedAt.atZone(
                TaxZones.of(taxCountry)).toLocalDate()), normal));
        if (taxPoint != null) document.add(new Paragraph(label.get("supply") + ": " + dates.format(taxPoint), normal));
        document.add(new Paragraph(label.get("order") + ": " + (payment.orderNumber() == null ? payment.orderId() : payment.orderNumber()), normal));
        if (corrects != null) document.add(new Paragraph(label.get("corrects") + ": " + String.join(", ", corrects), normal));
        document.add(new Paragraph(" "));

        PdfPTable table = new PdfPTable(new float[]{4, 1, 2, 1.3f, 2});
        table.setWidthPercentage(100);
        for (String head : List.of("article", "quantity", "unitPrice", "rate", "gross")) table.addCell(cell(label.get(head), bold, head));
        for (Invoicing.InvoiceLine line : lines) {
            table.addCell(cell(line.sku(), normal, "article"));
            table.addCell(cell(String.valueOf(line.quantity()), normal, "quantity"));
            table.addCell(cell(amounts.format(line.unitPrice()), normal, "unitPrice"));
            table.addCell(cell(percent(line.taxRate(), locale), normal, "rate"));
            table.addCell(cell(amounts.format(line.gross()), normal, "gross"));
        }
        document.add(table);
        document.add(new Paragraph(" "));

        PdfPTable sums = new PdfPTable(new float[]{2, 2, 2, 2});
        sums.setWidthPercentage(70);
        sums.setHorizontalAlignment(Element.ALIGN_RIGHT);
        for (String head : List.of("rate", "net", "tax", "gross")) sums.addCell(cell(label.get(head), bold, "amount"));
        for (Invoicing.TaxAmount rate : rates) {
            sums.addCell(cell(percent(rate.rate(), locale), normal, "amount"));
            sums.addCell(cell(amounts.format(rate.net()), normal, "amount"));
            sums.addCell(cell(amounts.format(rate.tax()), normal, "amount"));
            sums.addCell(cell(amounts.format(rate.gross()), normal, "amount"));
        }
        sums.addCell(cell(label.get("total"), bold, "amount"));
        sums.addCell(cell(amounts.format(net), bold, "amount"));
        sums.addCell(cell(amounts.format(tax), bold, "amount"));
        sums.addCell(cell(amounts.format(gross), bold, "amount"));
        document.add(sums);
        if (dueDate != null) {
            // paid on account: the customer transfers the amount naming the invoice number (matched from the statement)
            document.add(new Paragraph(" "));
            document.add(new Paragraph(label.get("due") + " " + dates.format(dueDate) + ": " + amounts.format(gross)
                    + " (" + number + ")", bold));
        }
        if (corrects != null) {
            document.add(new Paragraph(" "));
            document.add(new Paragraph(label.get("credited") + ": " + amounts.format(gross), bold));
        }
        document.close();
        return out.toByteArray();
    }

    private static Font font(float size, int style) {
        return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, style);
    }

    private static PdfPCell cell(String text, Font font, String column) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment("article".equals(column) ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
        cell.setPadding(4);
        return cell;
    }

    private static String percent(BigDecimal rate, Locale locale) {
        DecimalFormat format = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(locale));
        return format.format(rate.movePointRight(2)) + " %";
    }

    /** Amounts with the currency's minor digits and the language's decimal separator, e.g. 102,59 EUR in German. */
    private record Amounts(String currency, Locale locale) {

        String format(BigDecimal amount) {
            int digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
            DecimalFormat format = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
                    DecimalFormatSymbols.getInstance(locale));
            return format.format(amount) + " " + currency;
        }
    }
}
