package com.omnidom.order.shopify.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param secret    the Shopify app's client secret that signs webhooks (env {@code OMNIDOM_ORDER_SHOPIFY_SECRET}); without
 *                  one every webhook is refused
 * @param testOrders what becomes of Shopify's test orders ({@code "test": true}, e.g. its "Send test notification"):
 *                  REJECT (default: stored as rejected with reason {@code TEST_ORDER}, never fulfilled) or ACCEPT (taken
 *                  like any order, for a staging shop)
 */
@ConfigurationProperties("omnidom.order.shopify")
public record ShopifyProperties(String secret, @DefaultValue("REJECT") TestOrders testOrders) {

    public enum TestOrders { REJECT, ACCEPT }

    public ShopifyProperties {
        if (testOrders == null) testOrders = TestOrders.REJECT;
    }
}
