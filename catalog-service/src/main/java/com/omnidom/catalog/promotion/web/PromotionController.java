package com.omnidom.catalog.promotion.web;

import com.omnidom.catalog.promotion.application.PromotionDocument;
import com.omnidom.catalog.promotion.application.PromotionSearch;
import com.omnidom.catalog.promotion.application.SavePromotion;
import com.omnidom.catalog.promotion.application.SavedPromotion;
import com.omnidom.kernel.Page;
import com.omnidom.platform.web.InvalidRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

@RestController
@RequestMapping("/api/v1/promotions")
@Tag(name = "Promotions", description = "Automatic promotions and coupons: off the order's goods or per unit of given SKUs")
class PromotionController {

    private final SavePromotion savePromotion;
    private final PromotionSearch search;

    PromotionController(SavePromotion savePromotion, PromotionSearch search) {
        this.savePromotion = savePromotion;
        this.search = search;
    }

    @PostMapping
    @Operation(summary = "Create a promotion", description = "409 if the id exists already; 422 naming the field when a rule is broken.")
    @ApiResponse(responseCode = "201", description = "The promotion created", headers = @Header(name = "Location", description = "/api/v1/promotions/{id}"))
    ResponseEntity<PromotionResponse> create(@Valid @RequestBody PromotionDocument document) {
        SavedPromotion saved = savePromotion.create(document);
        return ResponseEntity.created(location(document.id())).body(PromotionResponse.of(saved.promotion()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Create or replace a promotion",
            description = "201 when created, 200 when replaced. The body's id must equal the path's. "
                    + "Content equal to the stored one changes nothing (same version, no event). "
                    + "A promotion is ended by its validity or active: false, never deleted.")
    @ApiResponse(responseCode = "200", description = "The promotion replaced or unchanged")
    @ApiResponse(responseCode = "201", description = "The promotion created", headers = @Header(name = "Location", description = "/api/v1/promotions/{id}"))
    ResponseEntity<PromotionResponse> put(@PathVariable String id, @Valid @RequestBody PromotionDocument document) {
        if (!id.equals(document.id())) throw new InvalidRequest("id", "must equal the id in the path (" + id + ")");
        SavedPromotion saved = savePromotion.createOrReplace(document);
        PromotionResponse body = PromotionResponse.of(saved.promotion());
        return saved.change() == SavedPromotion.Change.CREATED
                ? ResponseEntity.created(location(id)).body(body)
                : ResponseEntity.ok(body);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a promotion")
    PromotionResponse get(@PathVariable String id) {
        return PromotionResponse.of(search.get(id));
    }

    @GetMapping
    @Operation(summary = "List promotions", description = "Ordered by id.")
    Page<PromotionResponse> list(
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
            @RequestParam(required = false) Boolean active,
            @Parameter(description = "Coupon code, any case") @RequestParam(required = false) String code) {
        return search.find(active, code, page, size).map(PromotionResponse::of);
    }

    private static URI location(String id) {
        return URI.create("/api/v1/promotions/" + id);
    }
}
