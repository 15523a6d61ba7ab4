package com.omnidom.catalog.imports.web;

import com.omnidom.catalog.imports.application.ImportQueries;
import com.omnidom.catalog.imports.application.StartImport;
import com.omnidom.catalog.imports.domain.ImportFormat;
import com.omnidom.catalog.imports.domain.ImportKind;
import com.omnidom.platform.web.RequestSizeLimitFilter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.net.URI;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports", description = "Bulk imports of articles and locations, processed in the background")
class ImportController {

    private static final String NDJSON = "application/x-ndjson";
    private static final String CSV = "text/csv";

    private static final String COMMON = " Answers 202 at once with the import's id; GET /api/v1/imports/{id} shows progress. "
            + "Rows are applied in file order in chunks of transactions; a row breaking a rule is rejected (reported "
            + "with its row number and field) and the others are kept. A row equal to the stored one changes nothing. "
            + "Bodies up to 512 MB. NDJSON: one document per line, the shape of the single-item API; row = line number. "
            + "CSV: header line, then one record per row (row = data record number from 1); lists are separated by '|', "
            + "the parts of one list value by ';', empty cells are absent values.";

    private final StartImport startImport;
    private final ImportQueries queries;

    ImportController(StartImport startImport, ImportQueries queries) {
        this.startImport = startImport;
        this.queries = queries;
    }

    @PostMapping(path = "/articles", consumes = {NDJSON, CSV})
    @Operation(summary = "Import articles from NDJSON or CSV",
            description = "Creates or replaces each article of the file." + COMMON + " CSV columns: sku, kind, active, "
                    + "validFrom, validUntil, regions (DE|AT), imageUrls (url|url), accessories (sku|sku), "
                    + "components (sku;quantity|sku;quantity), prices (channel;currency;amount;validFrom;validUntil|...), "
                    + "and per language name.<lang> and description.<lang> (e.g. name.de, description.de).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = NDJSON, schema = @Schema(type = "string")),
                    @Content(mediaType = CSV, schema = @Schema(type = "string"))}))
    @ApiResponse(responseCode = "202", description = "The import started; follow it at Location", headers = @Header(name = "Location", description = "/api/v1/imports/{id}"))
    ResponseEntity<ImportResponse> importArticles(HttpServletRequest request) throws IOException {
        return start(ImportKind.ARTICLES, request);
    }

    @PostMapping(path = "/locations", consumes = {NDJSON, CSV})
    @Operation(summary = "Import delivery locations from NDJSON or CSV",
            description = "Creates or replaces each location of the file." + COMMON + " CSV columns: id, type, name, "
                    + "street, postalCode, city, country, latitude, longitude, timeZone, openingHours "
                    + "(MONDAY;09:00;20:00|...), openingExceptions (2026-12-25;closed|2026-12-24;10:00;14:00), "
                    + "ordersPerDay, unitsPerDay, costCurrency, costPerOrder, costPerUnit, distanceBands "
                    + "(upToKm;cost|...), capabilities (SHIP|PICKUP), partnerId, active.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = NDJSON, schema = @Schema(type = "string")),
                    @Content(mediaType = CSV, schema = @Schema(type = "string"))}))
    @ApiResponse(responseCode = "202", description = "The import started; follow it at Location", headers = @Header(name = "Location", description = "/api/v1/imports/{id}"))
    ResponseEntity<ImportResponse> importLocations(HttpServletRequest request) throws IOException {
        return start(ImportKind.LOCATIONS, request);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Progress of an import", description = "status RUNNING, then COMPLETED or FAILED (errors say why).")
    ImportResponse progress(@PathVariable UUID id) {
        return ImportResponse.of(queries.get(id));
    }

    private ResponseEntity<ImportResponse> start(ImportKind kind, HttpServletRequest request) throws IOException {
        ImportFormat format = MediaType.parseMediaType(request.getContentType()).isCompatibleWith(MediaType.parseMediaType(CSV))
                ? ImportFormat.CSV : ImportFormat.NDJSON;
        try {
            var progress = startImport.start(kind, format, request.getInputStream());
            return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + progress.id()))
                    .body(ImportResponse.of(progress));
        } catch (RequestSizeLimitFilter.PayloadTooLarge tooLarge) {
            // the platform answers an unreadable body whose cause is PayloadTooLarge with 413
            throw new HttpMessageNotReadableException(tooLarge.getMessage(), tooLarge, new ServletServerHttpRequest(request));
        }
    }
}
