package com.omnidom.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;

/**
 * REST clients for the services, each call carrying the signed-in person's access token (never a token of this
 * application's own): the services apply their access rules to the person. A refusal becomes an {@link ApiRefusal}
 * with the problem's detail.
 */
@Configuration(proxyBeanMethods = false)
public class ApiClients {

    /** One client per service the screens call. */
    public record Services(RestClient order, RestClient routing, RestClient payment, RestClient notification,
                           RestClient returns) {
    }

    @Bean
    Services services(OAuth2AuthorizedClientManager clients, WebSettings settings, JsonMapper json) {
        WebSettings.Services at = settings.services();
        return new Services(client(clients, at.order(), json), client(clients, at.routing(), json),
                client(clients, at.payment(), json), client(clients, at.notification(), json),
                client(clients, at.returns(), json));
    }

    private static RestClient client(OAuth2AuthorizedClientManager clients, URI base, JsonMapper json) {
        OAuth2ClientHttpRequestInterceptor asThePerson = new OAuth2ClientHttpRequestInterceptor(clients);
        asThePerson.setClientRegistrationIdResolver(request -> SecurityConfiguration.REGISTRATION);
        return RestClient.builder()
                .baseUrl(base.toString())
                .requestInterceptor(asThePerson)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw new ApiRefusal(response.getStatusCode(), detail(response, json));
                })
                .build();
    }

    private static String detail(ClientHttpResponse response, JsonMapper json) throws IOException {
        try {
            JsonNode problem = json.readTree(response.getBody());
            if (problem.hasNonNull("detail")) return problem.get("detail").asString();
            if (problem.hasNonNull("title")) return problem.get("title").asString();
        } catch (RuntimeException notJson) {
            // fall through to the status line
        }
        return response.getStatusCode() + " " + response.getStatusText();
    }
}
