package com.omnidom.web.fulfillment;

import com.omnidom.web.ApiRefusal;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The store app and the partner portal: a location's open fulfilment orders with the pick list, one order's page
 * with the steps its status allows, the packing slip, and (partners) shipments uploaded as CSV. Every step is
 * routing-service's own, called with the person's token; its refusal is shown as it gave it.
 */
@Controller
class FulfillmentPages {

    /** Reasons a location gives for refusing a fulfilment order (routing-service takes upper-case codes). */
    static final List<String> REJECT_REASONS = List.of("OUT_OF_STOCK", "DAMAGED", "NO_CAPACITY", "CANNOT_SHIP_TO_ADDRESS");

    private final Fulfillments fulfillments;
    private final PackingSlip packingSlip;

    FulfillmentPages(Fulfillments fulfillments, PackingSlip packingSlip) {
        this.fulfillments = fulfillments;
        this.packingSlip = packingSlip;
    }

    @GetMapping("/store")
    String store(Model model) {
        return work("store", model);
    }

    @GetMapping("/partner")
    String partner(Model model) {
        return work("partner", model);
    }

    private String work(String app, Model model) {
        List<Fulfillment> open = fulfillments.open();
        model.addAttribute("app", app);
        model.addAttribute("fulfillments", open);
        model.addAttribute("pickList", Fulfillments.pickList(open));
        return "work";
    }

    @GetMapping("/fulfillments/{id}")
    String fulfillment(@PathVariable UUID id, Model model) {
        model.addAttribute("f", fulfillments.get(id));
        model.addAttribute("rejectReasons", REJECT_REASONS);
        return "fulfillment";
    }

    @PostMapping("/fulfillments/{id}/acknowledge")
    String acknowledge(@PathVariable UUID id, RedirectAttributes flash) {
        return step(id, flash, "done.acknowledged", () -> fulfillments.acknowledge(id));
    }

    @PostMapping("/fulfillments/{id}/reject")
    String reject(@PathVariable UUID id, @RequestParam String reason, RedirectAttributes flash) {
        return step(id, flash, "done.rejected", () -> fulfillments.reject(id, reason));
    }

    @PostMapping("/fulfillments/{id}/ship")
    String ship(@PathVariable UUID id, @RequestParam @NotBlank String carrier, @RequestParam String trackingNumber,
                RedirectAttributes flash) {
        return step(id, flash, "done.shipped", () -> fulfillments.ship(id, carrier.strip(), trackingNumber.strip()));
    }

    @PostMapping("/fulfillments/{id}/ready-for-pickup")
    String readyForPickup(@PathVariable UUID id, RedirectAttributes flash) {
        return step(id, flash, "done.ready", () -> fulfillments.readyForPickup(id));
    }

    @PostMapping("/fulfillments/{id}/hand-over")
    String handOver(@PathVariable UUID id, @RequestParam(defaultValue = "") String pickupCode,
                    @RequestParam(defaultValue = "") String identityCheck, RedirectAttributes flash) {
        return step(id, flash, "done.handedOver", () -> identityCheck.isBlank()
                ? fulfillments.handOverWithCode(id, pickupCode.strip())
                : fulfillments.handOverWithIdentityCheck(id, identityCheck.strip()));
    }

    /** A step, then back to the order's page with what happened: done, or the service's refusal. */
    private static String step(UUID id, RedirectAttributes flash, String done, Supplier<Fulfillment> call) {
        try {
            call.get();
            flash.addFlashAttribute("done", done);
        } catch (ApiRefusal refused) {
            if (refused.notFound()) throw refused;
            flash.addFlashAttribute("refused", refused.getMessage());
        }
        return "redirect:/fulfillments/" + id;
    }

    @GetMapping("/fulfillments/{id}/packing-slip.pdf")
    ResponseEntity<byte[]> packingSlip(@PathVariable UUID id, Locale locale) {
        Fulfillment f = fulfillments.get(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("packing-slip-" + f.reference() + ".pdf").build().toString())
                .body(packingSlip.render(f, locale));
    }

    @PostMapping("/partner/shipments")
    String uploadShipments(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        ShipmentsCsv.Parsed parsed = ShipmentsCsv.parse(new String(file.getBytes(), StandardCharsets.UTF_8));
        List<ShipmentOutcome> outcomes = new ArrayList<>();
        for (ShipmentsCsv.Row row : parsed.rows()) {
            outcomes.add(send(row));
        }
        model.addAttribute("refusal", parsed.refusal());
        model.addAttribute("refusalArgument", parsed.refusalArgument());
        model.addAttribute("outcomes", outcomes);
        model.addAttribute("shipped", outcomes.stream().filter(ShipmentOutcome::shipped).count());
        return "shipments";
    }

    private ShipmentOutcome send(ShipmentsCsv.Row row) {
        if (!row.readable()) return new ShipmentOutcome(row, null, row.error(), null);
        try {
            return new ShipmentOutcome(row, fulfillments.ship(row.id(), row.carrier(), row.trackingNumber()).reference(),
                    null, null);
        } catch (ApiRefusal refused) {
            return refused.notFound() ? new ShipmentOutcome(row, null, "csv.notYours", null)
                    : new ShipmentOutcome(row, null, null, refused.getMessage());
        }
    }
}
