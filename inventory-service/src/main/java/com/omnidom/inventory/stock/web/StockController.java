package com.omnidom.inventory.stock.web;

import com.omnidom.inventory.stock.application.ImportReport;
import com.omnidom.inventory.stock.application.ImportStock;
import com.omnidom.inventory.stock.application.SetOnHand;
import com.omnidom.inventory.stock.application.StockQueries;
import com.omnidom.inventory.stock.domain.OnHandResult;
import com.omnidom.kernel.Page;
import com.omnidom.platform.security.Caller;
import com.omnidom.platform.security.Roles;
import com.omnidom.platform.web.ResourceNotFound;
import com.omnidom.platform.web.RequestSizeLimitFilter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A store caller (without a staff role) reads only its own location's stock: another location's is a 404. */
@RestController
@RequestMapping("/api/v1/stock")
@Tag(name = "Stock", description = "On hand, allocated and available units per article and location")
class StockController {

    private static final String NDJSON = "application/x-ndjson";
    private static final String CSV = "text/csv";

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
    @ApiResponse(responseCode = "200", description = "The stock replaced or changed")
    @ApiResponse(responseCode = "201", description = "The stock created", headers = @Header(name = "Location", description = "/api/v1/stock/{locationId}/{sku}"))
    ResponseEntity<StockResponse> set(@PathVariable String locationId, @PathVariable String sku,
                                      @Valid @RequestBody OnHandRequest body) {
        OnHandResult result = setOnHand.set(locationId, sku, body.onHand());
        StockResponse response = StockResponse.of(result.level());
        return result.change() == OnHandResult.Change.CREATED
                ? ResponseEntity.created(URI.create("/api/v1/stock/" + locationId + "/" + sku)).body(response)
                : ResponseEntity.ok(response);
    }

    @GetMapping("/{locationId}/{sku}")
    @Operation(summary = "Read the stock of an article at a location",
            description = "404 when unknown; a store caller reads only its own location's.")
    StockResponse get(@PathVariable String locationId, @PathVariable String sku, Caller caller) {
        String own = ownLocation(caller);
        if (own != null && !own.equals(locationId)) {
            throw new ResourceNotFound("No stock of " + sku + " at " + locationId + ".");
        }
        return StockResponse.of(queries.get(locationId, sku));
    }

    @GetMapping
    @Operation(summary = "List stock",
            description = "Ordered by sku, then location. A store caller gets only its own location's rows.")
    Page<StockResponse> list(
            @Parameter(description = "only this article") @RequestParam(required = false) String sku,
            @Parameter(description = "only this location") @RequestParam(required = false) String locationId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
            Caller caller) {
        String own = ownLocation(caller);
        if (own != null && locationId != null && !locationId.isBlank() && !own.equals(locationId)) {
            return Page.of(List.of(), page, size, 0);
        }
        return queries.find(sku, own != null ? own : locationId, page, size).map(StockResponse::of);
    }

    /** The location a store caller is limited to; null for ops and admins, who read every location's stock. */
    private static String ownLocation(Caller caller) {
        return caller.onlyLocation(Roles.OPS, Roles.ADMIN);
    }

    @PostMapping(path = "/imports", consumes = {NDJSON, CSV})
    @Operation(summary = "Import stock from NDJSON or CSV",
            description = "mode COUNT (default): each row sets on hand like PUT, any location. SNAPSHOT: the full stock of "
                    + "locationId as counted at the source at asOf: it replaces that location's on hand (rows missing from "
                    + "the file become 0), reconciled by asOf - on hand = counted + the movements recorded here after asOf "
                    + "(shipments, receipts, returns, deltas), so allocations and shipments after the count are not wiped; a "
                    + "row counted here more recently is left alone. DELTA: rows carry 'delta' (receipts +, till sales -, "
                    + "corrections), summed per key. NDJSON {\"locationId\":\"WH-1\",\"sku\":\"A-1\",\"onHand\":100} (or "
                    + "\"delta\":-2); CSV with a header line naming locationId, sku and onHand (or delta). Rows breaking a rule "
                    + "are reported with line number and field, the others applied - all in one transaction, set-based (COPY "
                    + "into a staging table). The same file (same mode, location, asOf) again is not applied twice: the first "
                    + "report is answered with replayed=true. Optional Import-Id header (UUID) to follow progress with GET "
                    + "/api/v1/stock/imports/{id}. Bodies up to the configured bulk limit.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = NDJSON, schema = @Schema(type = "string")),
                    @Content(mediaType = CSV, schema = @Schema(type = "string"))}))
    ImportReport importStock(HttpServletRequest request,
                             @Parameter(description = "COUNT (default), SNAPSHOT or DELTA") @RequestParam(required = false) String mode,
                             @Parameter(description = "the snapshot's location (required for SNAPSHOT)") @RequestParam(required = false) String locationId,
                             @Parameter(description = "when the source counted (default now)") @RequestParam(required = false) Instant asOf,
                             @Parameter(description = "client-chosen import id, to follow progress") @RequestHeader(name = "Import-Id", required = false) UUID importId)
            throws IOException {
        ImportStock.Format format = request.getContentType() != null && request.getContentType().startsWith(CSV)
                ? ImportStock.Format.CSV : ImportStock.Format.NDJSON;
        try {
            return importStock.importFile(ImportStock.mode(mode), format, locationId, asOf, importId, request.getInputStream());
        } catch (RequestSizeLimitFilter.PayloadTooLarge tooLarge) {
            // the platform answers an unreadable body whose cause is PayloadTooLarge with 413
            throw new HttpMessageNotReadableException(tooLarge.getMessage(), tooLarge, new ServletServerHttpRequest(request));
        }
    }

    @GetMapping("/imports/{importId}")
    @Operation(summary = "Read an import's report, or its progress while it runs",
            description = "state RUNNING with rows read so far (updated every 100,000 rows), or DONE with the report.")
    ImportReport importReport(@PathVariable UUID importId) {
        return importStock.find(importId);
    }
}
