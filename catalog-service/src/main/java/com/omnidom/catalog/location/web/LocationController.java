package com.omnidom.catalog.location.web;

import com.omnidom.catalog.location.application.LocationDocument;
import com.omnidom.catalog.location.application.LocationFilter;
import com.omnidom.catalog.location.application.LocationSearch;
import com.omnidom.catalog.location.application.SaveLocation;
import com.omnidom.catalog.location.application.SavedLocation;
import com.omnidom.catalog.location.domain.Capability;
import com.omnidom.catalog.location.domain.LocationType;
import com.omnidom.kernel.Page;
import com.omnidom.platform.security.Caller;
import com.omnidom.platform.security.Roles;
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
@RequestMapping("/api/v1/locations")
@Tag(name = "Locations", description = "Delivery locations with geo, opening hours, capacities and cost profiles")
class LocationController {

    private final SaveLocation saveLocation;
    private final LocationSearch search;

    LocationController(SaveLocation saveLocation, LocationSearch search) {
        this.saveLocation = saveLocation;
        this.search = search;
    }

    @PostMapping
    @Operation(summary = "Create a delivery location", description = "409 if the id exists already; 422 naming the field when a rule is broken.")
    @ApiResponse(responseCode = "201", description = "The location created", headers = @Header(name = "Location", description = "/api/v1/locations/{id}"))
    ResponseEntity<LocationResponse> create(@Valid @RequestBody LocationDocument document) {
        SavedLocation saved = saveLocation.create(document);
        return ResponseEntity.created(location(document.id())).body(LocationResponse.of(saved.location()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Create or replace a delivery location",
            description = "201 when created, 200 when replaced. The body's id must equal the path's. "
                    + "Content equal to the stored one changes nothing (same version, no event).")
    @ApiResponse(responseCode = "200", description = "The location replaced or changed")
    @ApiResponse(responseCode = "201", description = "The location created", headers = @Header(name = "Location", description = "/api/v1/locations/{id}"))
    ResponseEntity<LocationResponse> put(@PathVariable String id, @Valid @RequestBody LocationDocument document) {
        if (!id.equals(document.id())) throw new InvalidRequest("id", "must equal the id in the path (" + id + ")");
        SavedLocation saved = saveLocation.createOrReplace(document);
        LocationResponse body = LocationResponse.of(saved.location());
        return saved.change() == SavedLocation.Change.CREATED
                ? ResponseEntity.created(location(id)).body(body)
                : ResponseEntity.ok(body);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a delivery location", description = "A partner reads only its own locations: another's is 404.")
    LocationResponse get(@PathVariable String id, Caller caller) {
        return LocationResponse.of(search.get(id, ownPartner(caller)));
    }

    @GetMapping
    @Operation(summary = "List delivery locations", description = "Ordered by id. A partner's list holds only its own locations.")
    Page<LocationResponse> list(
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
            @RequestParam(required = false) LocationType type,
            @Parameter(description = "ISO country code of the address") @RequestParam(required = false) String country,
            @RequestParam(required = false) Capability capability,
            @RequestParam(required = false) Boolean active,
            Caller caller) {
        return search.find(new LocationFilter(type, country, capability, active, ownPartner(caller)), page, size)
                .map(LocationResponse::of);
    }

    // partners see their own locations only (not other partners' costs, capacities, addresses); staff see all
    private static String ownPartner(Caller caller) {
        return caller.onlyPartner(Roles.CS_AGENT, Roles.OPS, Roles.ADMIN);
    }

    private static URI location(String id) {
        return URI.create("/api/v1/locations/" + id);
    }
}
