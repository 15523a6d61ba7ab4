package com.omnidom.routing.fulfillment.web;

import com.omnidom.platform.web.FieldProblem;
import com.omnidom.platform.web.InvalidRequest;
import com.omnidom.routing.fulfillment.domain.FulfillmentOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** How the store made sure it hands the goods to the customer: exactly one of the two. */
@Schema(description = "Exactly one of pickupCode and identityCheck.")
record PickedUpRequest(
        @Schema(example = "042917", description = "The 6 digits the customer shows (from the ready-for-pickup e-mail).")
        @Pattern(regexp = "[0-9]{6}", message = "must be the 6 digits of the customer's pickup code")
        String pickupCode,
        @Schema(example = "ID card", description = "Only when the customer has no code: what staff checked instead.")
        @Size(max = FulfillmentOrder.MAX_IDENTITY_CHECK) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must say what was checked")
        String identityCheck) {

    /** Neither or both: the store has to say which one check it made. */
    void requireExactlyOne() {
        if ((pickupCode == null) == (identityCheck == null)) {
            String message = pickupCode == null ? "give the customer's pickupCode or, without one, identityCheck"
                    : "give pickupCode or identityCheck, not both";
            throw new InvalidRequest(List.of(new FieldProblem("pickupCode", message), new FieldProblem("identityCheck", message)));
        }
    }
}
