package com.omnidom.inventory.safety.web;

import com.omnidom.inventory.safety.application.ConfigureSafetyStock;
import com.omnidom.inventory.safety.domain.SafetyStockRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/safety-stock-rules")
@Tag(name = "Safety stock", description = "Units kept out of every promise, per location type, location, article or article at a location")
class SafetyStockController {

    private final ConfigureSafetyStock configure;

    SafetyStockController(ConfigureSafetyStock configure) {
        this.configure = configure;
    }

    /** Safety stock units for a scope. */
    record SafetyStockRequest(@Schema(example = "2") @NotNull @Min(0) @Max(1_000_000_000) Integer quantity) {
    }

    /** A rule and how many stock rows took a new safety stock because of the change. */
    record SafetyStockRuleResponse(String scope, String key, int quantity, Integer rowsChanged) {
        static SafetyStockRuleResponse of(SafetyStockRule rule, Integer changed) {
            return new SafetyStockRuleResponse(rule.scope().name(), rule.key(), rule.quantity(), changed);
        }
    }

    @PutMapping("/{scope}/{key}")
    @Operation(summary = "Set a safety stock rule",
            description = "scope ARTICLE_AT_LOCATION (key sku@locationId), ARTICLE (sku), LOCATION (locationId) or "
                    + "LOCATION_TYPE (STORE, WAREHOUSE, ...). The most specific rule wins: article at location, then "
                    + "article, then location, then location type. The covered stock rows change at once.")
    SafetyStockRuleResponse put(@PathVariable String scope, @PathVariable String key,
                                @Valid @RequestBody SafetyStockRequest body) {
        int changed = configure.put(scope, key, body.quantity());
        return new SafetyStockRuleResponse(scope, key, body.quantity(), changed);
    }

    @DeleteMapping("/{scope}/{key}")
    @Operation(summary = "Remove a safety stock rule", description = "The next less specific rule applies again.")
    @ApiResponse(responseCode = "204", description = "The rule removed")
    ResponseEntity<Void> remove(@PathVariable String scope, @PathVariable String key) {
        configure.remove(scope, key);
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    @Operation(summary = "List the safety stock rules")
    List<SafetyStockRuleResponse> all() {
        return configure.all().stream().map(r -> SafetyStockRuleResponse.of(r, null)).toList();
    }
}
