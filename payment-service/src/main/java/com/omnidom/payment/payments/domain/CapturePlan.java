package com.omnidom.payment.payments.domain;

import com.omnidom.kernel.Money;

import java.util.List;

/** What capturing a shipment will take: its lines at their gross prices, and from which tenders. */
public record CapturePlan(List<LineQuantity> items, List<Invoicing.InvoiceLine> lines, Money amount,
                          List<TenderAllocation.Part> parts) {
}
