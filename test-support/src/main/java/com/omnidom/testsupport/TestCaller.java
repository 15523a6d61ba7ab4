package com.omnidom.testsupport;

import com.nimbusds.jwt.JWTClaimsSet;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * A caller in a test, as its token will say: subject, client, roles and the scope claims (channel, store
 * location, partner). {@link #token()} signs it with the {@link TestIssuer}.
 */
public record TestCaller(String subject, String client, List<String> roles, String channel, String location,
                         String partner) {

    /** The eight roles of docs/security.md. */
    public static final List<String> ROLES = List.of("channel", "store", "partner", "cs-agent", "risk-reviewer",
            "finance", "ops", "admin");

    /** The default caller of {@link Http}: every role, no scope claim, so it may do and see everything. */
    public static final TestCaller SUPERUSER = new TestCaller("test-superuser", "test-client", ROLES, null, null, null);

    public static TestCaller of(String subject, String... roles) {
        return new TestCaller(subject, subject, List.of(roles), null, null, null);
    }

    public TestCaller withChannel(String channel) {
        return new TestCaller(subject, client, roles, channel, location, partner);
    }

    public TestCaller withLocation(String location) {
        return new TestCaller(subject, client, roles, channel, location, partner);
    }

    public TestCaller withPartner(String partner) {
        return new TestCaller(subject, client, roles, channel, location, partner);
    }

    public TestCaller withClient(String client) {
        return new TestCaller(subject, client, roles, channel, location, partner);
    }

    /** The claims of a valid token for this caller, issued now for 15 minutes; tests may alter them to forge one. */
    public JWTClaimsSet.Builder claims() {
        Instant now = Instant.now();
        var claims = new JWTClaimsSet.Builder()
                .issuer(TestIssuer.ISSUER)
                .audience(TestIssuer.AUDIENCE)
                .subject(subject)
                .claim("client_id", client)
                .claim("roles", roles)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now.minusSeconds(1)))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(15))))
                .jwtID(UUID.randomUUID().toString());
        if (channel != null) claims.claim("channel", channel);
        if (location != null) claims.claim("location", location);
        if (partner != null) claims.claim("partner", partner);
        return claims;
    }

    public String token() {
        return TestIssuer.get().sign(claims().build());
    }
}
