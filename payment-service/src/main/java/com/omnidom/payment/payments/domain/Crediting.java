package com.omnidom.payment.payments.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which invoiced units a return credits, and at what rate: the rate of the invoice that billed them, never the rule
 * in force at the return (a tax change in between must not change what was billed). A line shipped in several
 * shipments was billed by several invoices, possibly at different rates; returned units are taken from the oldest
 * invoice first, after the units earlier credit notes took.
 */
public final class Crediting {

    private Crediting() {
    }

    /**
     * @param invoices        the order's invoices, oldest first
     * @param creditedBefore  the lines of the order's earlier credit notes (and of those still waiting for the PSP)
     * @return the credit note's lines; empty when a returned unit has no invoice yet (its capture waits for the PSP)
     */
    public static Optional<List<Invoicing.InvoiceLine>> lines(List<LineQuantity> returned, List<Invoice> invoices,
                                                              List<Invoicing.InvoiceLine> creditedBefore, String currency) {
        Map<String, Integer> skip = new HashMap<>();
        creditedBefore.forEach(line -> skip.merge(line.lineId(), line.quantity(), Integer::sum));
        List<Invoicing.InvoiceLine> lines = new ArrayList<>();
        for (LineQuantity item : returned) {
            int toSkip = skip.getOrDefault(item.lineId(), 0);
            int open = item.quantity();
            for (Invoice invoice : invoices) {
                for (Invoicing.InvoiceLine billed : invoice.lines()) {
                    if (open == 0 || !billed.lineId().equals(item.lineId())) continue;
                    int available = billed.quantity() - Math.min(toSkip, billed.quantity());
                    toSkip -= billed.quantity() - available;
                    int take = Math.min(available, open);
                    if (take == 0) continue;
                    Invoicing.InvoiceLine credited = Invoicing.line(billed.lineId(), billed.sku(), take, billed.unitPrice(),
                            billed.taxRate(), currency);
                    lines.add(new Invoicing.InvoiceLine(credited.lineId(), credited.sku(), take, credited.unitPrice(),
                            credited.taxRate(), credited.gross(), invoice.invoiceNumber()));
                    open -= take;
                }
            }
            if (open > 0) return Optional.empty();
            skip.merge(item.lineId(), item.quantity(), Integer::sum);
        }
        return Optional.of(List.copyOf(lines));
    }
}
