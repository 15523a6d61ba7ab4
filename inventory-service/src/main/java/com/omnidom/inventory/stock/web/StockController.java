package com.omnidom.inventory.stock.web;

import com.omnidom.inventory.stock.application.ImportReport;
import com.omnidom.inventory.stock.application.ImportStock;
import com.omnidom.inventory.stock.application.ResultPage;
import com.omnidom.inventory.stock.application.SetOnHand;
import com.omnidom.inventory.stock.application.StockQueries;
import com.omnidom.inventory.stock.domain.OnHandResult;
import com.omnidom.platform.web.RequestSizeLimitFilter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.net.URI;

@RestController
@RequestMapping("/api/v1/stock")
@Tag(name = "Stock", description = "On hand, allocated and available units per article and location")
class StockController {

    private static final String NDJSON = "application/x-ndjson";

    private final SetOnHand setOnHand;
    private final StockQueries queries;
    private final ImportStock importStock;

    StockController(SetOnHand setOnHand, StockQueries queries, ImportStock importStock) {
        this.setOnHand = setOnHand;
        this.queries = queries;
        this.importStock = importStock;
    }

    @PutMapping("/{locationId}/{sku}")
    @Operation(summary = "Set the units on hand",
            description = "201 when the row is created, 200 otherwise. The same quantity again changes nothing (same "
                    + "version, no event). 409 when more units are allocated than the new quantity.")
    ResponseEntity<StockResponse> set(@PathVariable String locationId, @PathVariable String sku,
                                      @Valid @RequestBody OnHandRequest body) {
        OnHandResult result = setOnHand.set(locationId, sku, body.onHand());
        StockResponse response = StockResponse.of(result.level());
        return result.change() == OnHandResult.Change.CREATED
                ? ResponseEntity.created(URI.create("/api/v1/stock/" + locationId + "/" + sku)).body(response)
                : ResponseEntity.ok(response);
    }

    @GetMapping("/{locationId}/{sku}")
    @Operation(summary = "Read the stock of an article at a location")
    StockResponse get(@PathVariable String locationId, @PathVariable String sku) {
        return StockResponse.of(queries.get(locationId, sku));
    }

    @GetMapping
    @Operation(summary = "List stock", description = "Ordered by sku, then location.")
    ResultPage<StockResponse> list(
            @Parameter(description = "only this article") @RequestParam(required = false) String sku,
            @Parameter(description = "only this location") @RequestParam(required = false) String locationId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return queries.find(sku, locationId, page, size).map(StockResponse::of);
    }

    @PostMapping(path = "/imports", consumes = NDJSON)
    @Operation(summary = "Import on-hand quantities from NDJSON",
            description = "One document per line: {\"locationId\":\"WH-1\",\"sku\":\"A-1\",\"onHand\":100}; each sets on "
                    + "hand like PUT. Rows are applied in file order, in chunks of one transaction each; a row breaking a "
                    + "rule (or below what is allocated) is rejected and reported with its line number and field, the "
                    + "others are kept. Answers when done. Bodies up to 64 MB.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = NDJSON, schema = @Schema(type = "string"))))
    ImportReport importStock(HttpServletRequest request) throws IOException {
        try {
            return importStock.importNdjson(request.getInputStream());
        } catch (RequestSizeLimitFilter.PayloadTooLarge tooLarge) {
            // the platform answers an unreadable body whose cause is PayloadTooLarge with 413
            throw new HttpMessageNotReadableException(tooLarge.getMessage(), tooLarge, new ServletServerHttpRequest(request));
        }
    }
}
