package com.omnidom.web.fulfillment;

import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * The packing slip a partner or store puts in the parcel: order number, ship-to and the articles with their
 * quantities. No prices: the location never sees them.
 */
@Component
class PackingSlip {

    private final MessageSource messages;

    PackingSlip(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(Fulfillment f, Locale locale) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font text = FontFactory.getFont(FontFactory.HELVETICA, 10);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
        try (Document document = new Document(PageSize.A4)) {
            PdfWriter.getInstance(document, pdf);
            document.open();
            document.add(new Paragraph(text("slip.title", locale) + " " + f.reference(), title));
            document.add(new Paragraph(text("slip.fulfillment", locale) + " " + f.fulfillmentId(), text));
            if (f.shipTo() != null) {
                Fulfillment.ShipTo to = f.shipTo();
                document.add(new Paragraph(" "));
                document.add(new Paragraph(text("slip.shipTo", locale), bold));
                for (String line : new String[]{to.name(), to.street(), join(to.postalCode(), to.city()), to.country()}) {
                    if (line != null && !line.isBlank()) document.add(new Paragraph(line, text));
                }
            }
            document.add(new Paragraph(" "));
            PdfPTable table = new PdfPTable(new float[]{4, 1});
            table.setWidthPercentage(100);
            table.addCell(new Paragraph(text("slip.article", locale), bold));
            table.addCell(new Paragraph(text("slip.quantity", locale), bold));
            for (Fulfillment.Line line : f.lines()) {
                table.addCell(new Paragraph(line.sku(), text));
                table.addCell(new Paragraph(Integer.toString(line.quantity()), text));
            }
            document.add(table);
        }
        return pdf.toByteArray();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String join(String postalCode, String city) {
        return ((postalCode == null ? "" : postalCode) + " " + (city == null ? "" : city)).strip();
    }
}
