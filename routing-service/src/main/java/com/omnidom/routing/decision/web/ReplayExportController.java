package com.omnidom.routing.decision.web;

import com.omnidom.platform.web.InvalidRequest;
import com.omnidom.routing.decision.application.ExportReplayData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

@RestController
@Tag(name = "Replay exports", description = "Snapshot and recorded orders for the routing engine's what-if replay")
class ReplayExportController {

    /** Newline-delimited JSON: one record per line, streamable and appendable. */
    static final String NDJSON = "application/x-ndjson";

    private final ExportReplayData export;
    private final JsonMapper json = JsonMapper.builder().build();

    ReplayExportController(ExportReplayData export) {
        this.export = export;
    }

    @GetMapping(value = "/api/v1/routing-exports/locations", produces = NDJSON)
    @Operation(summary = "Export the current snapshot of locations, stock and capacity",
            description = "One routing-engine CandidateLocation per line (NDJSON): type, geo, capabilities, active, stock per SKU "
                    + "(available after routing's unconfirmed claims, the channel's live reservation, goods in transit by day), "
                    + "orders and units left today, costs in minor units.")
    ResponseEntity<StreamingResponseBody> locations(
            @RequestParam(required = false) @Pattern(regexp = "[A-Z][A-Z_]{0,29}") String channel) {
        return ndjson(export.snapshot(channel));
    }

    @GetMapping(value = "/api/v1/routing-exports/orders", produces = NDJSON)
    @Operation(summary = "Export the recorded orders",
            description = "One routing-engine RoutingOrder per line (NDJSON), accepted in [from, to), oldest first: open lines "
                    + "with unit prices in minor units, delivery, channel, country, VIP. 422 when from is not before to.")
    ResponseEntity<StreamingResponseBody> orders(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "10000") @Min(1) @Max(100_000) int limit) {
        if (!from.isBefore(to)) throw new InvalidRequest("to", "must be after from");
        return ndjson(export.orders(from, to, limit));
    }

    private ResponseEntity<StreamingResponseBody> ndjson(List<?> records) {
        StreamingResponseBody body = (OutputStream out) -> {
            for (Object record : records) {
                out.write(json.writeValueAsBytes(record));
                out.write('\n');
            }
        };
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(NDJSON + ";charset=" + StandardCharsets.UTF_8.name()))
                .body(body);
    }
}
