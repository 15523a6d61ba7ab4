package com.omnidom.inventory;

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
public class InventoryServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(InventoryServiceApplication.class, args);
    }

    /** Fixed servers entry, so the generated document does not depend on the port it was fetched from. */
    @Bean
    OpenAPI inventoryOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Omnidom inventory-service").version("v1")
                        .description("The availability data pool: stock per article and location (on hand, allocated, "
                                + "blocked, reserved per channel, safety stock, in transit with ETA, non-physical pools), "
                                + "imports from WMS/POS, and available-to-promise for shops. Allocation itself is driven by "
                                + "events (fulfillment.events.v1); availability is published, coalesced per key, on "
                                + "inventory.availability.v1. Errors are RFC 9457 problem+json; 400 for "
                                + "unreadable or incomplete bodies, 422 for broken rules, each naming the field."))
                .servers(List.of(new Server().url("http://localhost:8082").description("local stack")));
    }
}
