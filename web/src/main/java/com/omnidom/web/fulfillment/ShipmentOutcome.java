package com.omnidom.web.fulfillment;

/** One uploaded row's result: shipped, or why not (unreadable, or routing-service's refusal, e.g. not this partner's). */
public record ShipmentOutcome(ShipmentsCsv.Row row, String orderNumber, String error) {

    public boolean shipped() {
        return error == null;
    }
}
