package com.omnidom.returns.returnorder.web;

import com.omnidom.returns.returnorder.application.NewReturn;
import com.omnidom.returns.returnorder.domain.ReturnChannel;
import com.omnidom.returns.returnorder.domain.ReturnReason;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** A return as a channel asks for it; with {@code receiveNow} (STORE) it carries the inspection as well. */
record ReturnRequestBody(
        @NotNull UUID orderId,
        @NotNull ReturnChannel channel,
        @Schema(description = "where the goods go (ONLINE, e.g. WH-DE-1) or are (STORE)", example = "WH-DE-1")
        @NotBlank @Size(max = 64) String locationId,
        @Schema(description = "STORE only: the goods are here, receive them with the lines' inspection in one step")
        Boolean receiveNow,
        @NotEmpty @Size(max = 500) List<@NotNull @Valid Line> lines) {

    /** @param resellable inspection result, required with {@code receiveNow} */
    record Line(@NotBlank @Size(max = 64) String lineId,
                @Schema(description = "at least 1, at most the line's returnable quantity") @NotNull Integer quantity,
                @NotNull ReturnReason reason,
                Boolean resellable) {
    }

    NewReturn toNewReturn() {
        return new NewReturn(orderId, channel, locationId, Boolean.TRUE.equals(receiveNow),
                lines.stream().map(l -> new NewReturn.Line(l.lineId(), l.quantity(), l.reason(), l.resellable())).toList());
    }
}
