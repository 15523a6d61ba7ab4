package com.omnidom.order.order.application;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/**
 * Request bodies of the service actions on an order (customer service). Their who-fields ({@code cancelledBy},
 * {@code changedBy}, {@code author}, {@code requestedBy}) are kept so old clients still bind, and ignored: who did it
 * is the caller's token subject.
 */
public final class ServiceActions {

    /** PostgreSQL cannot store NUL in text: refused as a 400 here rather than failing in the database. */
    static final String NO_NUL = "[^\\x00]*";
    static final String NUL = "must not contain NUL characters";

    private ServiceActions() {
    }

    @Schema(name = "CancelRequest", description = "Without lines: every open unit of the order")
    public record Cancel(@Size(max = 500) List<@Valid @NotNull LineUnits> lines,
                         @Schema(example = "customer changed their mind") @Pattern(regexp = NO_NUL, message = NUL) @NotBlank @Size(max = 500) String reason,
                         @Schema(deprecated = true, description = "Ignored: who did it is the subject of the caller's token") String cancelledBy) {
    }

    @Schema(name = "LineUnits")
    public record LineUnits(@Schema(example = "1") @Pattern(regexp = NO_NUL, message = NUL) @NotBlank @Size(max = 10) String lineId,
                            @Schema(example = "1") @NotNull @Min(1) @Max(999) Integer quantity) {
    }

    @Schema(name = "DeliveryChangeRequest")
    public record DeliveryChange(@NotNull @Valid OrderRequest.Delivery delivery,
                                 @Schema(deprecated = true, description = "Ignored: who did it is the subject of the caller's token") String changedBy) {
    }

    @Schema(name = "NoteRequest")
    public record Note(@Pattern(regexp = NO_NUL, message = NUL) @NotBlank @Size(max = 2000) String text,
                       @Schema(deprecated = true, description = "Ignored: who did it is the subject of the caller's token") String author) {
    }

    @Schema(name = "ReplacementRequest", description = "Lines of the original order to send again; free of charge unless "
            + "a unitPrice is given (then tenders must cover the total)")
    public record Replacement(@NotNull @Size(min = 1, max = 100) List<@Valid @NotNull ReplacementLine> lines,
                              @Schema(example = "defective on arrival") @Pattern(regexp = NO_NUL, message = NUL) @NotBlank @Size(max = 500) String reason,
                              @Schema(deprecated = true, description = "Ignored: who did it is the subject of the caller's token") String requestedBy,
                              @Schema(description = "Another delivery; default: the original's") @Valid OrderRequest.Delivery delivery,
                              @Size(max = 20) List<OrderRequest.@Valid @NotNull Tender> tenders) {
    }

    @Schema(name = "ReplacementLine")
    public record ReplacementLine(@Pattern(regexp = NO_NUL, message = NUL) @NotBlank @Size(max = 10) String lineId,
                                  @NotNull @Min(1) @Max(999) Integer quantity,
                                  @Schema(type = "string", example = "0.00", description = "Gross; default 0 (free of charge)")
                                  @com.fasterxml.jackson.annotation.JsonFormat(shape = com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING)
                                  BigDecimal unitPrice) {
    }
}
