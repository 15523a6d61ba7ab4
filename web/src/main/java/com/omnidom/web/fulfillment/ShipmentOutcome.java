package com.omnidom.web.fulfillment;

/**
 * One uploaded row's result: shipped, or why not — unreadable ({@code errorKey}, a message key of the pages) or
 * refused by routing-service ({@code errorKey} "csv.notYours" for another's or an unknown fulfilment order, else its
 * own {@code errorDetail}).
 */
public record ShipmentOutcome(ShipmentsCsv.Row row, String orderNumber, String errorKey, String errorDetail) {

    public boolean shipped() {
        return errorKey == null && errorDetail == null;
    }
}
