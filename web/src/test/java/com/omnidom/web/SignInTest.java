package com.omnidom.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nobody sees a page unsigned: the screens send the browser to the authorization server with an authorization code
 * request that carries PKCE (S256) and this application's client id; health is open for the probes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInTest {

    @LocalServerPort
    int port;

    @Autowired
    WebSettings settings;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPageSendsTheBrowserToSignInWithPkce() throws Exception {
        HttpResponse<String> page = get("/store");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValue("http://127.0.0.1:" + port + "/oauth2/authorization/omnidom");

        HttpResponse<String> authorize = get("/oauth2/authorization/omnidom");
        String location = authorize.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(settings.auth().issuer() + "/oauth2/authorize?")
                .contains("response_type=code", "client_id=omnidom-web", "scope=openid", "code_challenge=",
                        "code_challenge_method=S256", "nonce=",
                        "redirect_uri=http://127.0.0.1:" + port + "/login/oauth2/code/omnidom");
    }

    @Test
    void healthIsOpenForTheProbesAndNothingElseIs() throws Exception {
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/prometheus").statusCode()).isEqualTo(302);
        assertThat(get("/fulfillments/" + java.util.UUID.randomUUID()).statusCode()).isEqualTo(302);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
