package com.omnidom.payment;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import java.util.List;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PaymentServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(PaymentServiceApplication.class, args);
    }

    /** Fixed servers entry, so the generated document does not depend on the port it was fetched from. */
    @Bean
    OpenAPI paymentOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Omnidom payment-service").version("v1")
                        .description("Payments of orders: tenders, captures per shipment (PSP for cards), invoices, refunds "
                                + "per return. Read-only over REST; money moves on order, fulfilment and return events and "
                                + "is published on payment.events.v1. Errors are RFC 9457 problem+json."))
                .servers(List.of(new Server().url("http://localhost:8084").description("local stack")));
    }
}
