package com.omnidom.web.cs;

import com.omnidom.web.ApiRefusal;
import com.omnidom.web.LineUnits;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The customer-service console: find orders, one order's whole story (lines by state, timeline, fulfilment orders and
 * tracking, the routing explanation, the money, e-mails, returns) with what an agent may do about it, the risk review
 * queue and the order age report. Every read and step is the owning service's; a refusal ("too late") is shown as it
 * gave it, and destructive steps ask for a confirmation first.
 */
@Controller
class ConsolePages {

    static final List<String> STATUSES = List.of("HELD", "ACCEPTED", "ROUTED", "IN_FULFILLMENT", "PARTIALLY_SHIPPED",
            "COMPLETED", "RETURNED", "UNROUTABLE", "CANCELLED", "REJECTED");
    static final List<String> CHANNELS = List.of("WEB_SHOP", "STORE_POS", "MARKETPLACE", "CALL_CENTER");
    static final List<String> RETURN_REASONS = List.of("TOO_SMALL", "TOO_LARGE", "DAMAGED", "DEFECTIVE", "WRONG_ITEM",
            "NOT_AS_DESCRIBED", "CHANGED_MIND", "OTHER");
    private static final List<String> CRITERIA = List.of("orderNumber", "email", "customerId", "status", "channel",
            "locationId", "fromDay", "toDay");

    private final OrderDesk desk;

    ConsolePages(OrderDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/cs")
    String search(@RequestParam Map<String, String> params, @RequestParam(defaultValue = "0") int page, Model model) {
        Map<String, String> form = new LinkedHashMap<>();
        CRITERIA.forEach(name -> form.put(name, params.getOrDefault(name, "")));
        model.addAttribute("form", form);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("channels", CHANNELS);
        if (params.containsKey("search")) {
            Map<String, String> criteria = new LinkedHashMap<>(form);
            // the day fields are the agent's; the API takes instants: from the day's start, to the next day's
            criteria.remove("fromDay");
            criteria.remove("toDay");
            if (!form.get("fromDay").isBlank()) criteria.put("from", startOf(form.get("fromDay"), 0));
            if (!form.get("toDay").isBlank()) criteria.put("to", startOf(form.get("toDay"), 1));
            try {
                model.addAttribute("results", desk.search(criteria, Math.max(page, 0)));
            } catch (ApiRefusal refused) {
                model.addAttribute("refused", refused.getMessage());
            }
        }
        return "cs/search";
    }

    private static String startOf(String day, int plusDays) {
        try {
            return LocalDate.parse(day).plusDays(plusDays).atStartOfDay(ZoneOffset.UTC).toInstant().toString();
        } catch (RuntimeException notADay) {
            return day; // order-service names the field it cannot read
        }
    }

    @GetMapping("/cs/orders/{id}")
    String order(@PathVariable UUID id, Model model) {
        model.addAttribute("order", desk.order(id));
        model.addAttribute("fulfillments", desk.fulfillments(id).orElse(null));
        model.addAttribute("decisions", desk.decisions(id).orElse(null));
        model.addAttribute("payment", desk.payment(id).orElse(null));
        model.addAttribute("notifications", desk.notifications(id).orElse(null));
        model.addAttribute("returns", desk.returns(id).orElse(null));
        model.addAttribute("returnReasons", RETURN_REASONS);
        return "cs/order";
    }

    @PostMapping("/cs/orders/{id}/cancellation")
    String cancel(@PathVariable UUID id, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        if (!form.containsKey("confirm")) return refuse(id, flash, "cs.confirmFirst");
        List<Map<String, Object>> lines = form.containsKey("everything") ? null : LineUnits.of(form);
        if (lines != null && lines.isEmpty()) return refuse(id, flash, "cs.noUnits");
        return step(id, flash, "cs.done.cancelled", () -> desk.cancel(id, lines, form.getOrDefault("reason", "").strip()));
    }

    @PostMapping("/cs/orders/{id}/delivery")
    String changeDelivery(@PathVariable UUID id, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        Map<String, Object> address = new LinkedHashMap<>();
        for (String field : List.of("name", "street", "postalCode", "city", "country")) {
            address.put(field, form.getOrDefault(field, "").strip());
        }
        Map<String, Object> delivery = new LinkedHashMap<>();
        delivery.put("mode", "SHIP");
        delivery.put("address", address);
        delivery.put("express", form.containsKey("express"));
        return step(id, flash, "cs.done.delivery", () -> desk.changeDelivery(id, delivery));
    }

    @PostMapping("/cs/orders/{id}/notes")
    String note(@PathVariable UUID id, @RequestParam String text, RedirectAttributes flash) {
        return step(id, flash, "cs.done.note", () -> {
            desk.note(id, text.strip());
            return null;
        });
    }

    @PostMapping("/cs/orders/{id}/replacements")
    String replacement(@PathVariable UUID id, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        List<Map<String, Object>> lines = LineUnits.of(form);
        if (lines.isEmpty()) return refuse(id, flash, "cs.noUnits");
        return step(id, flash, "cs.done.replacement", () -> desk.replacement(id, lines, form.getOrDefault("reason", "").strip()));
    }

    @PostMapping("/cs/orders/{id}/returns")
    String startReturn(@PathVariable UUID id, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        List<Map<String, Object>> lines = LineUnits.of(form);
        if (lines.isEmpty()) return refuse(id, flash, "cs.noUnits");
        lines.forEach(line -> line.put("reason", form.getOrDefault("reason", "OTHER")));
        return step(id, flash, "cs.done.return", () -> desk.startReturn(id, form.getOrDefault("locationId", ""), lines));
    }

    @GetMapping("/cs/reviews")
    String reviews(Model model) {
        model.addAttribute("reviews", desk.openReviews());
        return "cs/reviews";
    }

    @PostMapping("/cs/reviews/{orderId}/release")
    String release(@PathVariable UUID orderId, @RequestParam String reason, RedirectAttributes flash) {
        return decide(orderId, flash, "cs.done.released", () -> desk.release(orderId, reason.strip()));
    }

    @PostMapping("/cs/reviews/{orderId}/reject")
    String reject(@PathVariable UUID orderId, @RequestParam String reason, RedirectAttributes flash) {
        return decide(orderId, flash, "cs.done.rejected", () -> desk.reject(orderId, reason.strip()));
    }

    private static String decide(UUID orderId, RedirectAttributes flash, String done, Runnable decision) {
        try {
            decision.run();
            flash.addFlashAttribute("done", done);
            flash.addFlashAttribute("decided", orderId);
        } catch (ApiRefusal refused) {
            flash.addFlashAttribute("refused", refused.getMessage());
        }
        return "redirect:/cs/reviews";
    }

    @GetMapping("/cs/age")
    String age(Model model) {
        model.addAttribute("report", desk.ageReport());
        return "cs/age";
    }

    private static String step(UUID id, RedirectAttributes flash, String done, java.util.function.Supplier<?> call) {
        try {
            call.get();
            flash.addFlashAttribute("done", done);
        } catch (ApiRefusal refused) {
            if (refused.notFound() && refused.getMessage().contains(id.toString())) throw refused;
            flash.addFlashAttribute("refused", refused.getMessage());
        }
        return "redirect:/cs/orders/" + id;
    }

    private static String refuse(UUID id, RedirectAttributes flash, String why) {
        flash.addFlashAttribute("refusedKey", why);
        return "redirect:/cs/orders/" + id;
    }
}
