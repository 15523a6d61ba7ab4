package com.omnidom.order.shopify.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param secret the Shopify app's client secret that signs webhooks (env {@code OMNIDOM_ORDER_SHOPIFY_SECRET}); without
 *               one every webhook is refused
 */
@ConfigurationProperties("omnidom.order.shopify")
public record ShopifyProperties(String secret) {
}
