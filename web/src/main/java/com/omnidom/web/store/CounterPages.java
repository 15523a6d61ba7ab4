package com.omnidom.web.store;

import com.omnidom.web.ApiRefusal;
import com.omnidom.web.LineUnits;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The store's counter: a customer brings back goods of any channel's order, named by the number on their e-mail or
 * receipt; staff pick the units and why, and the return is received here at once (the refund follows). The store is
 * the signed-in person's own location; returns-service decides what may come back.
 */
@Controller
class CounterPages {

    static final List<String> REASONS = List.of("TOO_SMALL", "TOO_LARGE", "DAMAGED", "DEFECTIVE", "WRONG_ITEM",
            "NOT_AS_DESCRIBED", "CHANGED_MIND", "OTHER");

    private final CounterReturns returns;

    CounterPages(CounterReturns returns) {
        this.returns = returns;
    }

    @GetMapping("/store/returns")
    String find(@RequestParam(defaultValue = "") String orderNumber, Model model) {
        model.addAttribute("orderNumber", orderNumber);
        model.addAttribute("reasons", REASONS);
        if (!orderNumber.isBlank()) {
            try {
                model.addAttribute("order", returns.returnable(orderNumber.strip()));
            } catch (ApiRefusal refused) {
                model.addAttribute("refused", refused.notFound() ? null : refused.getMessage());
                model.addAttribute("notFound", refused.notFound());
            }
        }
        return "store/returns";
    }

    @PostMapping("/store/returns")
    String takeBack(@RequestParam UUID orderId, @RequestParam String orderNumber, @RequestParam Map<String, String> form,
                    @AuthenticationPrincipal OidcUser staff, Model model) {
        List<Map<String, Object>> lines = LineUnits.of(form);
        lines.forEach(line -> {
            line.put("reason", form.getOrDefault("reason." + line.get("lineId"), "OTHER"));
            line.put("resellable", form.containsKey("resellable." + line.get("lineId")));
        });
        model.addAttribute("reasons", REASONS);
        model.addAttribute("orderNumber", orderNumber);
        if (lines.isEmpty()) {
            model.addAttribute("refusedKey", "cs.noUnits");
            model.addAttribute("order", returns.returnable(orderNumber));
            return "store/returns";
        }
        try {
            model.addAttribute("taken", returns.takeBack(orderId, staff.getClaimAsString("location"), lines));
        } catch (ApiRefusal refused) {
            model.addAttribute("refused", refused.getMessage());
            model.addAttribute("order", returns.returnable(orderNumber));
        }
        return "store/returns";
    }
}
