package com.omnidom.payment.payments.domain;

import java.math.BigDecimal;
import java.util.List;

/** What capturing a shipment will take: its lines at their gross prices, and from which tenders. */
public record CapturePlan(List<LineQuantity> items, List<Invoicing.InvoiceLine> lines, BigDecimal amount,
                          List<TenderAllocation.Part> parts) {
}
