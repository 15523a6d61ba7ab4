package com.omnidom.notification;

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
public class NotificationServiceApplication {

    /** The service's name: its consumer group and its inbox consumer. */
    public static final String NAME = "notification-service";

    public static void main(String[] args) {
        SpringApplication.run(NotificationServiceApplication.class, args);
    }

    /** Fixed servers entry, so the generated document does not depend on the port it was fetched from. */
    @Bean
    OpenAPI notificationOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Omnidom notification-service").version("v1")
                        .description("The messages sent to customers about their orders (confirmation, shipment, "
                                + "ready for pickup, refund, cancellation, delay, released reservation), read-only. "
                                + "Errors are RFC 9457 problem+json."))
                .servers(List.of(new Server().url("http://localhost:8085").description("local stack")));
    }
}
