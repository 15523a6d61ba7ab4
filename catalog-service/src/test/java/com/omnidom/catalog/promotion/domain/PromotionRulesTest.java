package com.omnidom.catalog.promotion.domain;

import com.omnidom.kernel.RuleViolation;
import com.omnidom.kernel.RuleViolation.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PromotionRulesTest {

    static final Instant DEC = Instant.parse("2026-12-01T00:00:00Z");
    static final Instant JAN = Instant.parse("2027-01-01T00:00:00Z");
    static final List<PromotionName> NAMES = List.of(new PromotionName("de", "Winterrabatt"), new PromotionName(null, "Winter sale"));

    static PromotionContent orderPercent(String percent, String minimum) {
        return new PromotionContent(null, NAMES, DEC, JAN, List.of("WEB"), "EUR", PromotionKind.ORDER_PERCENT_OFF,
                percent == null ? null : new BigDecimal(percent), null, minimum == null ? null : new BigDecimal(minimum),
                List.of(), null, true);
    }

    static PromotionContent lineAmount(String currency, String amount, List<String> skus, Integer minimumQuantity) {
        return new PromotionContent("winter10", NAMES, DEC, JAN, List.of(), currency, PromotionKind.LINE_AMOUNT_OFF,
                null, amount == null ? null : new BigDecimal(amount), null, skus, minimumQuantity, true);
    }

    static List<String> fields(PromotionContent content) {
        return content.violations().stream().map(Violation::field).toList();
    }

    @Test
    void acceptsValidPromotionsOfEachLevel() {
        assertThat(orderPercent("10", "50.00").violations()).isEmpty();
        assertThat(orderPercent("100", null).violations()).isEmpty();
        assertThat(lineAmount("EUR", "1.50", List.of("A-1", "A-2"), 3).violations()).isEmpty();
        assertThat(lineAmount("JPY", "100", List.of("A-1"), null).violations()).isEmpty();
    }

    @Test
    void percentMustBeMoreThanZeroAndAtMostHundred() {
        assertThat(fields(orderPercent("0", null))).containsExactly("percent");
        assertThat(fields(orderPercent("-5", null))).containsExactly("percent");
        assertThat(fields(orderPercent("100.01", null))).containsExactly("percent");
        assertThat(fields(orderPercent(null, null))).containsExactly("percent");
        assertThat(fields(orderPercent("12.34567", null))).containsExactly("percent");
    }

    @Test
    void amountsHaveAtMostTheCurrencysDecimalsAndAreNotNegative() {
        assertThat(fields(lineAmount("EUR", "1.505", List.of("A-1"), null))).containsExactly("amount");
        assertThat(fields(lineAmount("JPY", "1.5", List.of("A-1"), null))).containsExactly("amount");
        assertThat(fields(lineAmount("EUR", "0", List.of("A-1"), null))).containsExactly("amount");
        assertThat(fields(lineAmount("EUR", null, List.of("A-1"), null))).contains("amount");
        assertThat(fields(orderPercent("10", "50.001"))).containsExactly("minimumOrderValue");
    }

    @Test
    void lineKindsNeedSkusAndAValidMinimumQuantityOrderKindsTakeNone() {
        assertThat(fields(lineAmount("EUR", "1.00", List.of(), null))).containsExactly("skus");
        assertThat(fields(lineAmount("EUR", "1.00", List.of("A-1", "A-1"), 0))).containsExactly("skus[1]", "minimumQuantity");
        PromotionContent orderWithSkus = new PromotionContent(null, NAMES, DEC, JAN, List.of(), "EUR",
                PromotionKind.ORDER_AMOUNT_OFF, new BigDecimal("10"), new BigDecimal("5.00"), null, List.of("A-1"), 2, true);
        assertThat(fields(orderWithSkus)).containsExactly("percent", "skus", "minimumQuantity");
    }

    @Test
    void periodMustEndAfterItStartsAndNamesCurrencyAndCodeAreChecked() {
        PromotionContent broken = new PromotionContent("NO SPACES", List.of(new PromotionName("de", "a"), new PromotionName("de", " ")),
                JAN, DEC, List.of("WEB", "WEB"), "EURO", PromotionKind.ORDER_PERCENT_OFF, new BigDecimal("10"), null, null,
                List.of(), null, true);
        assertThat(fields(broken)).containsExactly("code", "names[1].language", "names[1].name", "validUntil",
                "channels[1]", "currency");
        assertThat(fields(new PromotionContent(null, List.of(), null, null, null, "EUR", PromotionKind.ORDER_PERCENT_OFF,
                BigDecimal.TEN, null, null, null, null, true))).containsExactly("names");
    }

    @Test
    void storesCodesUpperCaseAndAmountsInTheCurrencysScale() {
        Promotion promotion = Promotion.create(new PromotionId("P-1"), lineAmount("EUR", "1.5", List.of("A-1"), null), DEC);
        assertThat(promotion.content().code()).isEqualTo("WINTER10");
        assertThat(promotion.content().amount()).isEqualByComparingTo("1.50").hasToString("1.50");
        assertThat(promotion.replaceWith(lineAmount("EUR", "1.50", List.of("A-1"), null), JAN))
                .as("the same content in another spelling is no change").isFalse();
        assertThatThrownBy(() -> promotion.replaceWith(lineAmount("EUR", "-1", List.of("A-1"), null), JAN))
                .isInstanceOf(RuleViolation.class);
        assertThat(promotion.content().amount()).hasToString("1.50");
    }
}
