package com.omnidom.devstack.auth;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Obtains access tokens from an OAuth2 authorization server and caches them until shortly before they expire.
 * Machines use client credentials (HTTP Basic). People use the authorization code flow with PKCE through a
 * public client, signing in on the server's login form the way a browser would (a cookie jar, the form's CSRF
 * token, following the redirects by hand) - for the demo and tests, with the people's demo passwords.
 * Thread-safe: concurrent callers of one identity share one token.
 */
public final class TokenClient {

    /** A token is renewed when less than this is left of its lifetime. */
    static final Duration RENEW_BEFORE = Duration.ofSeconds(60);

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final URI issuer;
    private final String publicClientId;
    private final String redirectUri;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(String token, Instant renewAt) {
    }

    record TokenResponse(String access_token, Long expires_in, String error, String error_description) {
    }

    /** The server refused, or answered something that is not a token. */
    public static final class TokenException extends RuntimeException {
        public TokenException(String message) {
            super(message);
        }
    }

    /** A client for the demo's public CLI client ({@link DemoCredentials#CLI_CLIENT_ID}). */
    public TokenClient(URI issuer) {
        this(issuer, DemoCredentials.CLI_CLIENT_ID, DemoCredentials.CLI_REDIRECT_URI, Clock.systemUTC());
    }

    public TokenClient(URI issuer, String publicClientId, String redirectUri, Clock clock) {
        this.issuer = issuer;
        this.publicClientId = publicClientId;
        this.redirectUri = redirectUri;
        this.clock = clock;
    }

    /** The demo's token of a client id or a person's user name ({@link DemoCredentials}). */
    public String demoToken(String who) {
        return DemoCredentials.isPerson(who) ? personToken(who, DemoCredentials.password(who))
                : clientToken(who, DemoCredentials.secret(who));
    }

    /** A client-credentials token, cached. */
    public String clientToken(String clientId, String secret) {
        return cached("client:" + clientId, () -> {
            String basic = Base64.getEncoder().encodeToString((encode(clientId) + ":" + encode(secret))
                    .getBytes(StandardCharsets.UTF_8));
            return send(HttpRequest.newBuilder(issuer.resolve("/oauth2/token"))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")), "client " + clientId);
        });
    }

    /** A person's token: authorization code + PKCE, signed in on the login form; cached. */
    public String personToken(String username, String password) {
        return cached("person:" + username, () -> signIn(username, password));
    }

    private TokenResponse signIn(String username, String password) throws IOException, InterruptedException {
        // One cookie jar per sign-in: the session that remembers the authorization request and the login.
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String verifier = randomUrlSafe(32);
        String state = randomUrlSafe(16);
        URI authorize = issuer.resolve("/oauth2/authorize?" + form(Map.of(
                "response_type", "code", "client_id", publicClientId, "redirect_uri", redirectUri,
                "state", state, "code_challenge", challenge(verifier), "code_challenge_method", "S256")));
        String who = "person " + username;

        // 1. The authorization request: no session yet, so the server saves it and sends us to its login form.
        HttpResponse<String> response = get(browser, authorize);
        URI login = redirect(response, who + ": /oauth2/authorize");
        HttpResponse<String> form = get(browser, login);
        Matcher csrf = CSRF.matcher(form.body());
        if (form.statusCode() != 200 || !csrf.find()) {
            throw new TokenException(who + ": no login form at " + login + " (HTTP " + form.statusCode() + ")");
        }
        // 2. Sign in; the server answers with the saved authorization request.
        response = browser.send(HttpRequest.newBuilder(login).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password,
                        "_csrf", csrf.group(1) != null ? csrf.group(1) : csrf.group(2))))).build(),
                HttpResponse.BodyHandlers.ofString());
        URI next = redirect(response, who + ": sign-in");
        if (next.getPath().equals(login.getPath())) {
            throw new TokenException(who + ": sign-in refused (wrong user name or password)");
        }
        // 3. The authorization request again, now signed in: the server redirects to us with the code.
        URI callback = redirect(get(browser, next), who + ": /oauth2/authorize after sign-in");
        Map<String, String> answer = query(callback);
        if (!state.equals(answer.get("state")) || answer.get("code") == null) {
            throw new TokenException(who + ": no authorization code in " + callback);
        }
        // 4. The code and the PKCE verifier for the token.
        return send(HttpRequest.newBuilder(issuer.resolve("/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code",
                        "code", answer.get("code"), "redirect_uri", redirectUri, "client_id", publicClientId,
                        "code_verifier", verifier)))), who);
    }

    private interface Fetch {
        TokenResponse fetch() throws IOException, InterruptedException;
    }

    private String cached(String key, Fetch fetch) {
        Cached hit = cache.get(key);
        if (hit != null && clock.instant().isBefore(hit.renewAt())) {
            return hit.token();
        }
        synchronized (this) {
            hit = cache.get(key);
            if (hit != null && clock.instant().isBefore(hit.renewAt())) {
                return hit.token();
            }
            try {
                Instant asked = clock.instant();
                TokenResponse token = fetch.fetch();
                long lifetime = token.expires_in() == null ? 300 : token.expires_in();
                // Renew a minute before expiry, or at half the lifetime of a very short-lived token.
                Duration renewIn = Duration.ofSeconds(Math.max(lifetime - RENEW_BEFORE.toSeconds(), lifetime / 2));
                cache.put(key, new Cached(token.access_token(), asked.plus(renewIn)));
                return token.access_token();
            } catch (IOException e) {
                throw new TokenException("the authorization server at " + issuer + " is not reachable: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TokenException("interrupted");
            }
        }
    }

    private TokenResponse send(HttpRequest.Builder request, String who) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        TokenResponse token;
        try {
            token = JSON.readValue(response.body(), TokenResponse.class);
        } catch (RuntimeException e) {
            throw new TokenException(who + ": HTTP " + response.statusCode() + " without a token response");
        }
        if (response.statusCode() != 200 || token.access_token() == null) {
            throw new TokenException(who + ": HTTP " + response.statusCode() + " " + token.error()
                    + (token.error_description() == null ? "" : " (" + token.error_description() + ")"));
        }
        return token;
    }

    private static HttpResponse<String> get(HttpClient browser, URI uri) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI redirect(HttpResponse<String> response, String step) {
        if (response.statusCode() / 100 != 3 || response.headers().firstValue("Location").isEmpty()) {
            throw new TokenException(step + " answered HTTP " + response.statusCode() + " instead of a redirect");
        }
        return response.uri().resolve(response.headers().firstValue("Location").get());
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        if (uri.getRawQuery() == null) {
            return values;
        }
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
