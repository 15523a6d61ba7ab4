package com.omnidom.web;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * People sign in at the authorization server (OpenID Connect, authorization code with PKCE and this application's
 * secret); their roles come from the ID token. Pages call the services with the person's own access token, refreshed
 * while the session lasts; the services decide what the person may see and do, the screens only hide what would be
 * refused anyway.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String REGISTRATION = "omnidom";

    @Bean
    SecurityFilterChain pages(HttpSecurity http, ClientRegistrationRepository registrations) throws Exception {
        OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signedOut.setPostLogoutRedirectUri("{baseUrl}/");
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/css/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers(EndpointRequest.to("health", "info")).permitAll()
                        .requestMatchers("/store/**").hasRole("store")
                        .requestMatchers("/partner/**").hasRole("partner")
                        .requestMatchers("/fulfillments/**").hasAnyRole("store", "partner")
                        .requestMatchers("/cs/reviews/**").hasRole("risk-reviewer")
                        .requestMatchers("/cs/age").hasRole("cs-agent")
                        .requestMatchers("/cs/**").hasAnyRole("cs-agent", "risk-reviewer")
                        .anyRequest().authenticated())
                .oauth2Login(login -> login.userInfoEndpoint(user -> user.userAuthoritiesMapper(roles())))
                .logout(logout -> logout.logoutSuccessHandler(signedOut));
        return http.build();
    }

    /** Built here rather than discovered at start: the server may come up after us, and may be reached by another name. */
    @Bean
    ClientRegistrationRepository registrations(WebSettings settings) {
        WebSettings.Auth auth = settings.auth();
        String server = auth.server().toString();
        ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION)
                .clientId(auth.clientId())
                .clientSecret(auth.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(OidcScopes.OPENID)
                .issuerUri(auth.issuer().toString())
                .authorizationUri(auth.issuer() + auth.endpoints().authorization())
                .tokenUri(server + auth.endpoints().token())
                .jwkSetUri(server + auth.endpoints().jwkSet())
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .providerConfigurationMetadata(Map.of("end_session_endpoint", auth.issuer() + auth.endpoints().endSession()))
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    /** Access tokens live 15 minutes; the refresh token keeps a shift's session going without signing in again. */
    @Bean
    OAuth2AuthorizedClientManager authorizedClients(ClientRegistrationRepository registrations,
                                                    OAuth2AuthorizedClientRepository clients) {
        DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations, clients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode().refreshToken().build());
        return manager;
    }

    /** The ID token's {@code roles} claim, as Spring roles ({@code store} → {@code ROLE_store}). */
    private static GrantedAuthoritiesMapper roles() {
        return authorities -> {
            Set<GrantedAuthority> mapped = new HashSet<>(authorities);
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    List<String> roles = oidc.getIdToken().getClaimAsStringList("roles");
                    if (roles != null) {
                        roles.forEach(role -> mapped.add(new SimpleGrantedAuthority("ROLE_" + role)));
                    }
                }
            }
            return (Collection<GrantedAuthority>) mapped;
        };
    }
}
