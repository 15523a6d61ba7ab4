package com.omnidom.order;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.util.List;

@SpringBootApplication
public class OrderServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(OrderServiceApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Fixed servers entry, so the generated document does not depend on the port it was fetched from. */
    @Bean
    OpenAPI orderOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Omnidom order-service").version("v1")
                        .description("Orders from the channels (web shop, store POS, marketplace, call centre) and where each "
                                + "of their lines stands: accepted orders are published as OrderAccepted on order.events.v1; "
                                + "fulfilment, stock, payment, return and notification events are folded into each order. "
                                + "Errors are RFC 9457 problem+json; 400 for unreadable or incomplete bodies, 422 for broken "
                                + "rules, each naming the field."))
                .servers(List.of(new Server().url("http://localhost:8081").description("local stack")));
    }
}
