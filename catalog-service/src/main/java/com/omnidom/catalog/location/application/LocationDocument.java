package com.omnidom.catalog.location.application;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.omnidom.catalog.location.domain.Capability;
import com.omnidom.catalog.location.domain.LocationType;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A delivery location as clients write it, over REST and in NDJSON imports. Bean Validation checks presence
 * and sizes (400); the business rules (ranges, zone, hours, partner, costs) are the domain's (422).
 */
@Schema(name = "Location", description = "A delivery location as written by clients")
public record LocationDocument(
        @Schema(example = "STORE-DE-BERLIN-01", description = "1 to 64 of A-Z a-z 0-9 . _ -")
        @NotBlank @Size(max = 64) String id,
        @NotNull LocationType type,
        @NotBlank @Size(max = 200) String name,
        @NotNull @Valid Address address,
        @NotNull @Valid Geo geo,
        @Schema(example = "Europe/Berlin") @NotBlank @Size(max = 64) String timeZone,
        @Size(max = 100) List<@Valid @NotNull Hours> openingHours,
        @Size(max = 1000) List<@Valid @NotNull HoursException> openingExceptions,
        @Valid Capacity capacity,
        @Valid CostProfile costProfile,
        @Size(max = 10) List<@NotNull Capability> capabilities,
        @Schema(description = "Owning partner; required for DROP_SHIPPER and FRANCHISE_PARTNER")
        @Size(max = 64) String partnerId,
        @Schema(description = "Defaults to true") Boolean active) {

    @Schema(name = "LocationAddress")
    public record Address(
            @Size(max = 200) String street,
            @Size(max = 20) String postalCode,
            @NotBlank @Size(max = 100) String city,
            @Schema(example = "DE", description = "ISO 3166-1 alpha-2") @NotBlank @Size(max = 2) String country) {
    }

    @Schema(name = "GeoPoint", description = "WGS 84 degrees: latitude -90..90, longitude -180..180")
    public record Geo(@NotNull Double latitude, @NotNull Double longitude) {
    }

    @Schema(name = "OpeningHours", description = "Open on every such weekday from opens to closes, local time")
    public record Hours(
            @NotNull DayOfWeek day,
            @Schema(type = "string", example = "09:00") @JsonFormat(pattern = "HH:mm") @NotNull LocalTime opens,
            @Schema(type = "string", example = "20:00") @JsonFormat(pattern = "HH:mm") @NotNull LocalTime closes) {
    }

    @Schema(name = "OpeningException", description = "A date closed all day, or open with other hours")
    public record HoursException(
            @NotNull LocalDate date,
            Boolean closed,
            @Schema(type = "string", example = "10:00") @JsonFormat(pattern = "HH:mm") LocalTime opens,
            @Schema(type = "string", example = "14:00") @JsonFormat(pattern = "HH:mm") LocalTime closes) {
    }

    @Schema(name = "Capacity", description = "Most work per day; null means no limit")
    public record Capacity(Integer ordersPerDay, Integer unitsPerDay) {
    }

    @Schema(name = "CostProfile")
    public record CostProfile(
            @Schema(example = "EUR") @NotBlank @Size(max = 3) String currency,
            @Schema(type = "string", example = "2.50") @JsonFormat(shape = JsonFormat.Shape.STRING) @NotNull BigDecimal perOrder,
            @Schema(type = "string", example = "0.40") @JsonFormat(shape = JsonFormat.Shape.STRING) @NotNull BigDecimal perUnit,
            @Size(max = 50) List<@Valid @NotNull DistanceBand> distanceBands) {
    }

    @Schema(name = "DistanceBand", description = "Cost added up to this distance; the first matching band applies")
    public record DistanceBand(
            @NotNull Integer upToKm,
            @Schema(type = "string", example = "3.90") @JsonFormat(shape = JsonFormat.Shape.STRING) @NotNull BigDecimal cost) {
    }
}
