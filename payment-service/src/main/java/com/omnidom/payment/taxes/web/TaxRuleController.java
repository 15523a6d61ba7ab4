package com.omnidom.payment.taxes.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.omnidom.payment.taxes.application.TaxRuleBook;
import com.omnidom.payment.taxes.domain.TaxCategory;
import com.omnidom.payment.taxes.domain.TaxRule;
import com.omnidom.payment.taxes.domain.TaxRules;
import com.omnidom.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/v1/tax-rules")
@Tag(name = "Tax rules", description = "VAT rates per country and tax category with their validity, versioned: what invoices and credit notes are taxed with")
class TaxRuleController {

    private final TaxRuleBook book;

    TaxRuleController(TaxRuleBook book) {
        this.book = book;
    }

    /** Missing values are the domain's to name ({@code rules[1].rate}), with the other broken rules. */
    record Rule(TaxCategory category, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal rate,
                LocalDate validFrom, LocalDate validUntil) {

        static Rule of(TaxRule rule) {
            return new Rule(rule.category(), rule.rate(), rule.validFrom(), rule.validUntil());
        }
    }

    record RulesView(String country, int version, List<Rule> rules, String changedBy, String reason, Instant changedAt) {

        static RulesView of(TaxRules rules) {
            return new RulesView(rules.country(), rules.version(), rules.rules().stream().map(Rule::of).toList(),
                    rules.changedBy(), rules.reason(), rules.changedAt());
        }
    }

    record RulesChange(@NotNull Integer basedOnVersion, @NotNull @Size(max = 200) List<Rule> rules,
                       @NotBlank @Size(max = 500) String reason) {
    }

    @GetMapping("/{country}")
    @Operation(summary = "A country's tax rules in force",
            description = "The highest version: every category's rates with their validity [validFrom, validUntil), "
                    + "validUntil null = until further notice; past periods stay, so a past day of supply finds its rate. "
                    + "404 when the country has no rules.")
    RulesView current(@PathVariable String country) {
        return RulesView.of(book.current(country));
    }

    @GetMapping("/{country}/versions")
    @Operation(summary = "Every version of a country's tax rules", description = "Newest first, with who changed them, why and when.")
    List<RulesView> versions(@PathVariable String country) {
        return book.all(country).stream().map(RulesView::of).toList();
    }

    @GetMapping("/{country}/versions/{version}")
    @Operation(summary = "One version of a country's tax rules")
    RulesView version(@PathVariable String country, @PathVariable int version) {
        return RulesView.of(book.version(country, version));
    }

    @PutMapping("/{country}")
    @Operation(summary = "Change a country's tax rules",
            description = "The whole set becomes the next version, in force at once for documents issued from now on "
                    + "(issued ones keep their rates). basedOnVersion is the version read (0 for a country without "
                    + "rules); 409 when another is in force. 422 naming each broken field: a country that is not "
                    + "ISO 3166-1 alpha-2, a rate outside 0..1, validUntil not after validFrom, validities of one "
                    + "category that overlap (rules[i].validFrom).")
    RulesView change(@PathVariable String country, @Valid @RequestBody RulesChange change, Caller caller) {
        return RulesView.of(book.change(country, change.basedOnVersion(), change.rules().stream()
                        .map(r -> r == null ? null : new TaxRule(r.category(), r.rate(), r.validFrom(), r.validUntil())).toList(),
                caller.subject(), change.reason()));
    }
}
