package com.omnidom.routing;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.util.List;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class RoutingServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(RoutingServiceApplication.class, args);
    }

    /** Fixed servers entry, so the generated document does not depend on the port it was fetched from. */
    @Bean
    OpenAPI routingOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Omnidom routing-service").version("v1")
                        .description("Routing of accepted orders by the cost-optimal routing engine under versioned routing "
                                + "profiles, with the explanation of every decision; fulfilment orders as locations see and "
                                + "work them (one per location chosen); manual assignments by operators; exports for the "
                                + "what-if replay. Every change is published on fulfillment.events.v1. Errors are RFC 9457 "
                                + "problem+json: 400 for unreadable or incomplete input, 404 for unknown resources, 409 for a "
                                + "step the current state does not allow, 422 for well-formed input that breaks a rule "
                                + "(each problem named in 'errors')."))
                .servers(List.of(new Server().url("http://localhost:8083").description("local stack")));
    }
}
