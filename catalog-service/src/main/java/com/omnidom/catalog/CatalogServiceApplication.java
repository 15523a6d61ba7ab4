package com.omnidom.catalog;

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
public class CatalogServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CatalogServiceApplication.class, args);
    }

    /** Fixed servers entry, so the generated document does not depend on the port it was fetched from. */
    @Bean
    OpenAPI catalogOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Omnidom catalog-service").version("v1")
                        .description("Articles (with prices and combinations) and delivery locations: the catalog data pool. "
                                + "Every change is published as a full snapshot on catalog.articles.v1 / catalog.locations.v1. "
                                + "Errors are RFC 9457 problem+json; 400 for unreadable or incomplete bodies, 422 for broken rules, "
                                + "each naming the field."))
                .servers(List.of(new Server().url("http://localhost:8087").description("local stack")));
    }
}
