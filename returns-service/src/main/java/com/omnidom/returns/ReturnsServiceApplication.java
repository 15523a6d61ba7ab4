package com.omnidom.returns;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.util.List;

@SpringBootApplication
public class ReturnsServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReturnsServiceApplication.class, args);
    }

    /** Fixed servers entry, so the generated document does not depend on the port it was fetched from. */
    @Bean
    OpenAPI returnsOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Omnidom returns-service").version("v1")
                        .description("Return orders against shipped or picked-up order lines: request, receive with "
                                + "inspection (ReturnReceived on return.events.v1 asks payment for the refund), cancel, and "
                                + "the refund noted when payment reports it. Errors are RFC 9457 problem+json; 400 for "
                                + "unreadable or incomplete bodies, 422 for broken rules naming the field, 409 for a wrong state."))
                .servers(List.of(new Server().url("http://localhost:8086").description("local stack")));
    }
}
