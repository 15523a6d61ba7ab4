package com.omnidom.authserver;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

import java.util.List;

/**
 * Puts Omnidom's claims on every access token (and a person's roles and scope claims on the ID token, for the screens
 * that show what the person may do): {@code aud} [omnidom], {@code client_id}, {@code roles} and the
 * scope claims {@code channel}, {@code location}, {@code partner} where the caller has them. A machine's claims
 * come from its client, a person's from the user (whichever client they signed in through).
 */
final class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final Callers callers;
    private final String audience;

    TokenClaims(Callers callers, String audience) {
        this.callers = callers;
        this.audience = audience;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType()) && !idToken) {
            return;
        }
        String clientId = context.getRegisteredClient().getClientId();
        Callers.Claims claims = AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())
                ? callers.machine(clientId).orElseThrow()
                : callers.person(context.getPrincipal().getName()).orElseThrow();
        var jwt = context.getClaims();
        if (!idToken) {
            // an ID token stays addressed to the client that signed the person in, as OpenID Connect requires
            jwt.audience(List.of(audience));
            jwt.claim("client_id", clientId);
        }
        jwt.claim("roles", claims.roles());
        if (claims.channel() != null) {
            jwt.claim("channel", claims.channel());
        }
        if (claims.location() != null) {
            jwt.claim("location", claims.location());
        }
        if (claims.partner() != null) {
            jwt.claim("partner", claims.partner());
        }
    }
}
