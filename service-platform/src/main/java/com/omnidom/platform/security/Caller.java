package com.omnidom.platform.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.List;
import java.util.Set;

/**
 * Who is calling, from the verified token only: who-did-it fields are filled from here, never from a body.
 * A controller takes it as a method argument. {@code subject} is the person's user name or the machine client's
 * id; {@code client} the OAuth client that obtained the token; the scope claims name the caller's channel, store
 * location or partner where its role is limited to one.
 */
public record Caller(String subject, String client, Set<String> roles, String channel,
                     String location, String partner) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    static Caller of(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        String client = jwt.getClaimAsString("client_id");
        if (client == null) client = jwt.getClaimAsString("azp");
        return new Caller(jwt.getSubject(), client == null ? jwt.getSubject() : client,
                roles == null ? Set.of() : Set.copyOf(roles), jwt.getClaimAsString("channel"),
                jwt.getClaimAsString("location"), jwt.getClaimAsString("partner"));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... any) {
        for (String role : any) if (roles.contains(role)) return true;
        return false;
    }

    /** The store location this caller is limited to: a store caller without a staff role that sees every location. */
    public String onlyLocation(String... rolesSeeingAll) {
        return hasRole(Roles.STORE) && !hasAnyRole(rolesSeeingAll) ? required(location, "location") : null;
    }

    /** The partner this caller is limited to: a partner caller without a staff role that sees every partner. */
    public String onlyPartner(String... rolesSeeingAll) {
        return hasRole(Roles.PARTNER) && !hasAnyRole(rolesSeeingAll) ? required(partner, "partner") : null;
    }

    /** The channel this caller is limited to: a channel caller without a staff role that sees every channel. */
    public String onlyChannel(String... rolesSeeingAll) {
        return hasRole(Roles.CHANNEL) && !hasAnyRole(rolesSeeingAll) ? required(channel, "channel") : null;
    }

    // A scoped role without its scope claim is a misconfigured token: refuse rather than see everything
    private static String required(String claim, String name) {
        if (claim == null || claim.isBlank()) {
            throw new AccessDeniedException("the token's role needs a '" + name + "' claim");
        }
        return claim;
    }
}
