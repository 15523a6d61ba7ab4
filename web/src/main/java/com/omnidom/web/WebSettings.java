package com.omnidom.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;

/**
 * Where the screens sign people in and which services they call ({@code omnidom.web.*}).
 *
 * @param auth     the authorization server and this application's client there
 * @param services the services' base URLs as this application reaches them
 */
@ConfigurationProperties("omnidom.web")
public record WebSettings(Auth auth, Services services) {

    /**
     * @param issuer       the issuer: the {@code iss} of its tokens and where browsers are sent to sign in
     * @param serverUrl    where this application reaches the server itself (token and keys); the issuer unless the
     *                     two differ, as between containers
     * @param clientId     this application's client id
     * @param clientSecret its secret
     * @param endpoints    the provider's endpoint paths, Spring Authorization Server's by default; another provider
     *                     (e.g. Keycloak: {@code /protocol/openid-connect/auth}, {@code /token}, {@code /certs},
     *                     {@code /logout}) names its own, relative to the issuer (browser) or server URL (this app)
     */
    public record Auth(@DefaultValue("http://127.0.0.1:9000") URI issuer, URI serverUrl,
                       @DefaultValue("omnidom-web") String clientId, String clientSecret,
                       @DefaultValue Endpoints endpoints) {

        URI server() {
            return serverUrl != null ? serverUrl : issuer;
        }
    }

    public record Endpoints(@DefaultValue("/oauth2/authorize") String authorization,
                            @DefaultValue("/oauth2/token") String token,
                            @DefaultValue("/oauth2/jwks") String jwkSet,
                            @DefaultValue("/connect/logout") String endSession) {
    }

    public record Services(@DefaultValue("http://127.0.0.1:8081") URI order,
                           @DefaultValue("http://127.0.0.1:8083") URI routing,
                           @DefaultValue("http://127.0.0.1:8084") URI payment,
                           @DefaultValue("http://127.0.0.1:8085") URI notification,
                           @DefaultValue("http://127.0.0.1:8086") URI returns) {
    }
}
