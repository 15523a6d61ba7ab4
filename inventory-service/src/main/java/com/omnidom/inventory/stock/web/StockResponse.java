package com.omnidom.inventory.stock.web;

import com.omnidom.inventory.stock.domain.StockLevel;
import io.swagger.v3.oas.annotations.media.Schema;

/** One article at one location. */
@Schema(name = "Stock")
public record StockResponse(
        String sku,
        String locationId,
        @Schema(description = "Units physically at the location") int onHand,
        @Schema(description = "Units promised to fulfilment orders, still on hand") int allocated,
        @Schema(description = "onHand − allocated − blocked − reserved − safetyStock, never below 0: what any channel can be promised now") int available,
        @Schema(description = "Increases with every change") long version,
        @Schema(description = "Units on hand that cannot be sold (e.g. damaged)") int blocked,
        @Schema(description = "Units held by reservations for channels, not drawn yet") int reserved,
        @Schema(description = "Units kept out of every promise (the most specific rule)") int safetyStock,
        @Schema(description = "A non-physical article without limit") boolean unlimited,
        @Schema(description = "On hand are issuable units (codes, keys, slots)") boolean pooled) {

    static StockResponse of(StockLevel level) {
        return new StockResponse(level.key().sku().value(), level.key().locationId().value(), level.onHand(),
                level.allocated(), level.available(), level.version(), level.blocked(), level.reserved(),
                level.safetyStock(), level.unlimited(), level.pooled());
    }
}
