package com.omnidom.order.shopify.application;

import com.omnidom.order.order.application.OrderRequest;
import com.omnidom.order.order.domain.ChargeType;
import com.omnidom.order.order.domain.TenderType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Shopify order → order request: the money as the shop charged it, the shop's SKU. */
class ShopifyMappingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Prices without tax: 19 % added to the unit price, the allocation and the shipping, each rounded to the cent. */
    private static final String ORDER = """
            {"id":1001,"currency":"EUR","taxes_included":false,"total_price":"57.01","financial_status":"paid",
             "payment_gateway_names":["shopify_payments"],
             "discount_applications":[{"type":"discount_code","code":"SPRING","title":"Spring sale"},
                                      {"type":"automatic","title":"Free shipping over 50"}],
             "line_items":[{"sku":"A-000001","variant_id":11,"quantity":3,"price":"16.80","total_discount":"3.33",
                            "tax_lines":[{"rate":0.19}],
                            "discount_allocations":[{"amount":"3.33","discount_application_index":0}]},
                           {"sku":"","variant_id":808950810,"quantity":1,"price":"1.00","tax_lines":[]}],
             "shipping_lines":[{"title":"Standard","price":"5.00","discounted_price":"0.00","tax_lines":[{"rate":0.19}],
                                "discount_allocations":[{"amount":"5.00","discount_application_index":1}]}]}
            """;

    @Test
    void linesKeepTheShopsPriceAndSkuTheirAllocationsBecomeDiscountsAndShippingACharge() {
        OrderRequest request = AcceptShopifyOrder.map(JSON.readValue(ORDER, ShopifyOrder.class));

        assertThat(request.lines()).extracting(OrderRequest.Line::sku).containsExactly("A-000001", "SHOPIFY-VARIANT-808950810");
        // 16.80 × 1.19 = 19.992 → 19.99 per unit; 3.33 × 1.19 = 3.9627 → 3.96 off the line
        assertThat(request.lines().getFirst().unitPrice()).isEqualByComparingTo("19.99");
        assertThat(request.discounts()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("SPRING");
            assertThat(d.name()).isEqualTo("Spring sale");
            assertThat(d.amount()).isEqualByComparingTo("3.96");
            assertThat(d.lineId()).isEqualTo("1");
        });
        assertThat(request.charges()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(ChargeType.SHIPPING);
            assertThat(c.name()).isEqualTo("Standard");
            assertThat(c.amount()).isEqualByComparingTo("0.00");
            assertThat(c.taxRate()).isEqualByComparingTo("0.19");
            assertThat(c.discounts()).singleElement().satisfies(d -> {
                assertThat(d.code()).isEqualTo("Free shipping over 50");
                assertThat(d.amount()).isEqualByComparingTo("5.95");
            });
        });
        assertThat(request.tenders()).singleElement().satisfies(t -> {
            assertThat(t.type()).isEqualTo(TenderType.CARD);
            assertThat(t.amount()).isEqualByComparingTo(new BigDecimal("57.01"));
            assertThat(t.reference()).isEqualTo("shopify:1001:shopify_payments");
        });
    }

    @Test
    void aPendingPaymentIsOnAccountAndNothingPaidNoTender() {
        String pending = ORDER.replace("\"paid\"", "\"pending\"");
        String nothing = ORDER.replace("\"total_price\":\"57.01\"", "\"total_price\":\"0.00\"");

        assertThat(AcceptShopifyOrder.map(JSON.readValue(pending, ShopifyOrder.class)).tenders()).singleElement()
                .satisfies(t -> {
                    assertThat(t.type()).isEqualTo(TenderType.ON_ACCOUNT);
                    assertThat(t.reference()).isNull();
                });
        assertThat(AcceptShopifyOrder.map(JSON.readValue(nothing, ShopifyOrder.class)).tenders()).isEmpty();
    }
}
