package com.omnidom.order;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import com.omnidom.order.order.application.OrderProperties;
import com.omnidom.order.order.application.PickupStoreProperties;
import com.omnidom.order.order.application.PricingProperties;
import com.omnidom.order.risk.application.RiskProperties;
import com.omnidom.order.shopify.application.ShopifyProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.context.annotation.Bean;

import java.util.List;

@SpringBootApplication
@EnableConfigurationProperties({OrderProperties.class, PricingProperties.class, PickupStoreProperties.class, RiskProperties.class, ShopifyProperties.class})
@EnableScheduling
public class OrderServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(OrderServiceApplication.class, args);
    }

    /** Fixed servers entry, so the generated document does not depend on the port it was fetched from. */
    @Bean
    OpenAPI orderOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Omnidom order-service").version("v1")
                        .description("Orders from the channels (web shop, store POS, marketplace, call centre, Shopify's "
                                + "orders/create webhook) and where each of their lines stands. Every order passes a risk check "
                                + "(black and white lists, versioned abnormality rules): accepted orders are published as "
                                + "OrderAccepted on order.events.v1, held ones wait in the review queue (OrderHeld), rejected "
                                + "ones never go on (OrderRejected). Service actions: cancel, change the delivery address, "
                                + "replace items, add notes. Fulfilment, stock, payment, return and notification events are "
                                + "folded into each order; the age report shows what gets old. Errors are RFC 9457 "
                                + "problem+json; 400 for unreadable, incomplete or too long input, 413 over 1 MB, 422 for "
                                + "broken rules, each naming the field; 409 when an action comes too late."))
                .servers(List.of(new Server().url("http://localhost:8081").description("local stack")));
    }
}
