package com.omnidom.authserver;

import com.omnidom.devstack.auth.DemoCredentials;
import com.omnidom.devstack.auth.TokenClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The server as the stack uses it: tokens over HTTP from the real configuration, verified with the published JWKS.
 * People sign in with devstack's {@link TokenClient}, the code behind {@code ./omnidom token}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "omnidom.auth.stores=STORE-DE-BERLIN-01,STORE-IT-MILAN-02",
        "omnidom.auth.warehouses=WH-DE-KASSEL-01",
        "omnidom.auth.partners=PARTNER-NORDHOLZ,PARTNER-LUMEN"})
class AuthorizationServerTest {

    private static final String ISSUER = "http://127.0.0.1:9000";
    /** Claims every access token has, whoever asked. */
    private static final Set<String> STANDARD = Set.of("iss", "sub", "aud", "exp", "iat", "nbf", "jti", "client_id", "roles");

    @LocalServerPort
    int port;

    private URI base;
    private TokenClient tokens;
    private NimbusJwtDecoder jwks;

    @BeforeEach
    void setUp() {
        base = URI.create("http://127.0.0.1:" + port);
        tokens = new TokenClient(base);
        jwks = NimbusJwtDecoder.withJwkSetUri(base + "/oauth2/jwks").build();
        jwks.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
    }

    @Test
    void aChannelClientsTokenNamesItsChannel() {
        Jwt jwt = machine("eshop-web");

        assertThat(jwt.getClaims().keySet()).containsExactlyInAnyOrderElementsOf(with("channel"));
        assertThat(jwt.getSubject()).isEqualTo("eshop-web");
        assertThat(jwt.getClaimAsString("client_id")).isEqualTo("eshop-web");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("channel");
        assertThat(jwt.getClaimAsString("channel")).isEqualTo("WEB_SHOP");
        assertThat(jwt.getAudience()).containsExactly("omnidom");
        assertThat(jwt.getIssuer()).hasToString(ISSUER);
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aStoresTokenIsAStorePosChannelForItsLocation() {
        Jwt jwt = machine("STORE-IT-MILAN-02");

        assertThat(jwt.getClaims().keySet()).containsExactlyInAnyOrderElementsOf(with("channel", "location"));
        assertThat(jwt.getSubject()).isEqualTo("STORE-IT-MILAN-02");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("channel", "store");
        assertThat(jwt.getClaimAsString("channel")).isEqualTo("STORE_POS");
        assertThat(jwt.getClaimAsString("location")).isEqualTo("STORE-IT-MILAN-02");
    }

    @Test
    void aWarehousesTokenWorksItsLocationWithoutAChannel() {
        Jwt jwt = machine("WH-DE-KASSEL-01");

        assertThat(jwt.getClaims().keySet()).containsExactlyInAnyOrderElementsOf(with("location"));
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("store");
        assertThat(jwt.getClaimAsString("location")).isEqualTo("WH-DE-KASSEL-01");
    }

    @Test
    void aPartnersTokenNamesOnlyItsPartner() {
        Jwt jwt = machine("PARTNER-LUMEN");

        assertThat(jwt.getClaims().keySet()).containsExactlyInAnyOrderElementsOf(with("partner"));
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("partner");
        assertThat(jwt.getClaimAsString("partner")).isEqualTo("PARTNER-LUMEN");
        assertThat(jwt.getClaimAsString("client_id")).isEqualTo("PARTNER-LUMEN");
    }

    @Test
    void theDemoLoaderIsAnAdminWithoutScopeClaims() {
        Jwt jwt = machine("demo-loader");

        assertThat(jwt.getClaims().keySet()).containsExactlyInAnyOrderElementsOf(STANDARD);
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("admin");
    }

    @Test
    void aWrongSecretOrAnUnknownClientIs401() throws Exception {
        assertThat(tokenRequest("eshop-web", "not-the-secret").statusCode()).isEqualTo(401);
        assertThat(tokenRequest("STORE-DE-BERLIN-01", DemoCredentials.secret("STORE-IT-MILAN-02")).statusCode()).isEqualTo(401);
        assertThat(tokenRequest("STORE-NOWHERE-01", DemoCredentials.secret("STORE-NOWHERE-01")).statusCode()).isEqualTo(401);
        assertThat(tokenRequest("eshop-web", DemoCredentials.secret("eshop-web")).statusCode()).isEqualTo(200);
    }

    @Test
    void carlaSignsInThroughTheCliWithPkceAndGetsHerRole() {
        Jwt jwt = jwks.decode(tokens.personToken("carla", DemoCredentials.password("carla")));

        assertThat(jwt.getClaims().keySet()).containsExactlyInAnyOrderElementsOf(STANDARD);
        assertThat(jwt.getSubject()).isEqualTo("carla");
        assertThat(jwt.getClaimAsString("client_id")).isEqualTo("omnidom-cli");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("cs-agent");
        assertThat(jwt.getAudience()).containsExactly("omnidom");
    }

    @Test
    void aStoresAndAPartnersStaffSignInWithTheirIdAndActAsTheirClientDoes() {
        Jwt store = jwks.decode(tokens.personToken("STORE-DE-BERLIN-01", "STORE-DE-BERLIN-01-demo-password"));
        assertThat(store.getSubject()).isEqualTo("STORE-DE-BERLIN-01");
        assertThat(store.getClaimAsStringList("roles")).containsExactly("channel", "store");
        assertThat(store.getClaimAsString("location")).isEqualTo("STORE-DE-BERLIN-01");
        assertThat(store.getClaimAsString("client_id")).isEqualTo("omnidom-cli");

        Jwt partner = jwks.decode(tokens.personToken("PARTNER-LUMEN", "PARTNER-LUMEN-demo-password"));
        assertThat(partner.getClaimAsStringList("roles")).containsExactly("partner");
        assertThat(partner.getClaimAsString("partner")).isEqualTo("PARTNER-LUMEN");

        // a fresh client: the one above keeps PARTNER-LUMEN's token
        assertThatThrownBy(() -> new TokenClient(base).personToken("PARTNER-LUMEN", "PARTNER-NORDHOLZ-demo-password"))
                .isInstanceOf(TokenClient.TokenException.class).hasMessageContaining("sign-in refused");
    }

    @Test
    void aWrongPasswordGetsNoToken() {
        assertThatThrownBy(() -> tokens.personToken("rick", "guessed"))
                .isInstanceOf(TokenClient.TokenException.class).hasMessageContaining("sign-in refused");
    }

    @Test
    void everyDemoClientAndPersonDevstackKnowsGetsItsToken() {
        for (String client : DemoCredentials.NAMED_CLIENTS) {
            assertThat(jwks.decode(tokens.demoToken(client)).getSubject()).isEqualTo(client);
        }
        for (var person : DemoCredentials.PEOPLE.entrySet()) {
            Jwt jwt = jwks.decode(tokens.demoToken(person.getKey()));
            assertThat(jwt.getClaimAsStringList("roles")).as(person.getKey()).containsExactly(person.getValue());
        }
        for (var channel : DemoCredentials.CHANNEL_CLIENTS.entrySet()) {
            assertThat(jwks.decode(tokens.demoToken(channel.getValue())).getClaimAsString("channel")).isEqualTo(channel.getKey());
        }
    }

    @Test
    void aTokenIsReusedUntilShortlyBeforeItExpires() {
        assertThat(tokens.demoToken("ops-bot")).isEqualTo(tokens.demoToken("ops-bot"));
        assertThat(new TokenClient(base).demoToken("ops-bot")).isNotEqualTo(tokens.demoToken("ops-bot"));
    }

    private Jwt machine(String clientId) {
        return jwks.decode(tokens.clientToken(clientId, DemoCredentials.secret(clientId)));
    }

    private static List<String> with(String... scopeClaims) {
        var claims = new java.util.ArrayList<>(STANDARD);
        claims.addAll(List.of(scopeClaims));
        return claims;
    }

    private HttpResponse<String> tokenRequest(String clientId, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
