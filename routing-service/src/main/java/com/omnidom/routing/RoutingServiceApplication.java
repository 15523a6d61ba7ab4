package com.omnidom.routing;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.util.List;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RoutingServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(RoutingServiceApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Fixed servers entry, so the generated document does not depend on the port it was fetched from. */
    @Bean
    OpenAPI routingOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Omnidom routing-service").version("v1")
                        .description("Fulfilment orders as locations see and work them: one per location chosen for an "
                                + "order. Every action is published on fulfillment.events.v1; a rejection re-routes "
                                + "the lines elsewhere. Errors are RFC 9457 problem+json; 400 for unreadable or "
                                + "incomplete input, 404 for unknown fulfilments, 409 for a transition the "
                                + "fulfilment's state does not allow."))
                .servers(List.of(new Server().url("http://localhost:8083").description("local stack")));
    }
}
