package com.omnidom.order.shopify.web;

import com.omnidom.order.order.application.AcceptedOrder;
import com.omnidom.order.order.application.OrderView;
import com.omnidom.order.order.domain.OrderStatus;
import com.omnidom.order.shopify.application.AcceptShopifyOrder;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

@RestController
@RequestMapping("/api/v1/channels/shopify")
@Tag(name = "Shopify", description = "Orders from a Shopify shop, as its orders/create webhook sends them")
class ShopifyWebhookController {

    private final AcceptShopifyOrder acceptShopifyOrder;

    ShopifyWebhookController(AcceptShopifyOrder acceptShopifyOrder) {
        this.acceptShopifyOrder = acceptShopifyOrder;
    }

    @PostMapping(path = "/orders", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Shopify orders/create webhook",
            description = "The body is Shopify's Order resource as the webhook sends it, signed: X-Shopify-Hmac-Sha256 is the "
                    + "base64 HMAC-SHA256 of the raw body with the app's client secret (omnidom.order.shopify.secret). "
                    + "401 if it does not verify, 400 without the header (Shopify always signs). The order becomes WEB_SHOP order SHOPIFY-<id> (risk check included); "
                    + "201 with the order, 200 with the existing order for a redelivery (same X-Shopify-Webhook-Id) or "
                    + "another webhook of the same Shopify order; 200 with the order stored as REJECTED when Shopify marks it "
                    + "cancelled (CANCELLED_IN_CHANNEL), it is a test order under test-orders REJECT (TEST_ORDER) or the risk "
                    + "check rejects it, so Shopify does not retry it; HELD (TENDER_MISMATCH) when what the shop says was paid is not what its lines and "
                    + "charges cost; 422 naming the field when the Shopify order cannot be one here.")
    @ApiResponse(responseCode = "201", description = "The order placed",
            headers = @Header(name = "Location", description = "/api/v1/orders/{id}"))
    @ApiResponse(responseCode = "200", description = "The existing order: a redelivery, or another webhook of the same "
            + "Shopify order (with Idempotent-Replayed: true); or the order stored as REJECTED (cancelled in Shopify, a test order, the risk check)")
    @ApiResponse(responseCode = "401", description = "The signature does not verify",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    ResponseEntity<OrderView> orderCreated(
            @Parameter(description = "base64 HMAC-SHA256 of the raw body") @RequestHeader(name = "X-Shopify-Hmac-Sha256") String signature,
            @Parameter(description = "Shopify's id of this delivery; the same on retries") @RequestHeader(name = "X-Shopify-Webhook-Id", required = false) String webhookId,
            @RequestBody byte[] body) {
        AcceptedOrder accepted = acceptShopifyOrder.accept(body, signature, webhookId);
        if (accepted.replayed()) return ResponseEntity.ok().header("Idempotent-Replayed", "true").body(accepted.order());
        // taken note of but never to be fulfilled: a success for Shopify, which would otherwise retry for two days
        if (accepted.order().status() == OrderStatus.REJECTED) {
            return ResponseEntity.ok().header("Location", "/api/v1/orders/" + accepted.order().id()).body(accepted.order());
        }
        return ResponseEntity.created(URI.create("/api/v1/orders/" + accepted.order().id())).body(accepted.order());
    }

    @ExceptionHandler(AcceptShopifyOrder.BadSignature.class)
    ResponseEntity<ProblemDetail> badSignature(AcceptShopifyOrder.BadSignature e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.getMessage());
        problem.setTitle("Signature does not verify");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
