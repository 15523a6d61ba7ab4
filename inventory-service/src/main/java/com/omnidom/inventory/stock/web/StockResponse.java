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
        @Schema(description = "onHand - allocated: what can still be promised") int available,
        @Schema(description = "Increases with every change") long version) {

    static StockResponse of(StockLevel level) {
        return new StockResponse(level.key().sku().value(), level.key().locationId().value(), level.onHand(),
                level.allocated(), level.available(), level.version());
    }
}
