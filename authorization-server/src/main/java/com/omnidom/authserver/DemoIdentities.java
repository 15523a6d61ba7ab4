package com.omnidom.authserver;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * The demo's callers, from {@code omnidom.auth.*}: machine clients (client credentials), one client per store,
 * warehouse and drop-ship partner named by its id, and people (form login through the public CLI client).
 * Every secret and password here is a demo value: production uses a real identity provider (see README.md).
 *
 * @param audience        the {@code aud} of every access token
 * @param accessTokenTtl  how long an access token is valid
 * @param clients         machine clients with their roles and scope claims
 * @param stores          store location ids: client id = location id, roles [channel, store], channel STORE_POS
 * @param warehouses      warehouse location ids: client id = location id, role store (a WMS works its fulfilments)
 * @param partners        drop-ship partner ids: client id = partner id, role partner
 * @param secretFormat    the demo secret of each store, warehouse and partner client: {@code %s} is its client id
 * @param staffPasswordFormat the demo password of each store's, warehouse's and partner's staff login (user name =
 *                        the id, the same claims as its client): {@code %s} is the id
 * @param cli             the public client people sign in through (authorization code + PKCE)
 * @param web             the confidential client of the people's screens (authorization code + PKCE, OpenID Connect)
 * @param people          users for form login
 */
@ConfigurationProperties("omnidom.auth")
public record DemoIdentities(
        @DefaultValue("omnidom") String audience,
        @DefaultValue("15m") Duration accessTokenTtl,
        @DefaultValue List<Client> clients,
        @DefaultValue List<String> stores,
        @DefaultValue List<String> warehouses,
        @DefaultValue List<String> partners,
        @DefaultValue("%s-demo-secret") String secretFormat,
        @DefaultValue("%s-demo-password") String staffPasswordFormat,
        PublicClient cli,
        WebClient web,
        @DefaultValue List<Person> people) {

    /** A machine client; {@code secret} is clear text, or already encoded with an {@code {id}} prefix. */
    public record Client(String clientId, String secret, @DefaultValue List<String> roles,
                         String channel, String location, String partner) {
    }

    /** A public client: no secret, PKCE required, redirects only to the listed URIs. */
    public record PublicClient(String clientId, @DefaultValue List<String> redirectUris) {
    }

    /** A server-side web application signing people in: a secret, PKCE required, redirects only to the listed URIs. */
    public record WebClient(String clientId, String secret, @DefaultValue List<String> redirectUris,
                            @DefaultValue List<String> postLogoutRedirectUris) {
    }

    /** A person; {@code password} is clear text, or already encoded with an {@code {id}} prefix. */
    public record Person(String username, String password, @DefaultValue List<String> roles,
                         String channel, String location, String partner) {
    }
}
