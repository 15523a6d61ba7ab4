package com.omnidom.inventory.pool.web;

import com.omnidom.inventory.pool.application.StockPools;
import com.omnidom.inventory.pool.domain.IssuableUnit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

@RestController
@RequestMapping("/api/v1/pools")
@Tag(name = "Non-physical articles", description = "Gift card codes, licence keys and service slots handed out once each; unlimited articles")
class PoolController {

    private final StockPools pools;

    PoolController(StockPools pools) {
        this.pools = pools;
    }

    /** A code or key ({@code validFrom} null), or a service slot starting at {@code validFrom}. */
    record UnitRequest(@Schema(example = "LIC-7F3K-99QX") @NotNull String code, Instant validFrom) {
    }

    record UnitsRequest(@NotNull @Size(min = 1, max = 10_000) List<@Valid UnitRequest> units) {
    }

    record PoolResponse(String sku, String locationId, int added, int free, int onHand, int allocated) {
    }

    record UnlimitedRequest(@NotNull Boolean unlimited) {
    }

    record UnlimitedResponse(String sku, String locationId, boolean unlimited, long version) {
    }

    @PostMapping("/{locationId}/{sku}/units")
    @Operation(summary = "Add units to a pool",
            description = "Codes already in the pool are skipped. On hand grows by the units added; each unit is handed "
                    + "out to exactly one order line on allocation (its code is in StockAllocated.lines[].issued).")
    PoolResponse add(@PathVariable String locationId, @PathVariable String sku, @Valid @RequestBody UnitsRequest body) {
        List<IssuableUnit> units = body.units().stream().map(u -> new IssuableUnit(u.code(), u.validFrom())).toList();
        var filled = pools.addUnits(locationId, sku, units);
        return new PoolResponse(sku, locationId, filled.added(), filled.free(), filled.level().onHand(), filled.level().allocated());
    }

    @PutMapping("/{locationId}/{sku}")
    @Operation(summary = "Make an article unlimited at a location",
            description = "An unlimited article (e.g. an e-gift card) is always available; allocation mints a fresh code per unit.")
    UnlimitedResponse unlimited(@PathVariable String locationId, @PathVariable String sku, @Valid @RequestBody UnlimitedRequest body) {
        var level = pools.setUnlimited(locationId, sku, body.unlimited());
        return new UnlimitedResponse(sku, locationId, level.unlimited(), level.version());
    }
}
