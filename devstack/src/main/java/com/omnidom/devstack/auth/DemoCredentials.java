package com.omnidom.devstack.auth;

import com.omnidom.devstack.demo.CatalogDocuments.Location;

import java.util.List;
import java.util.Map;

/**
 * Who is who in the local stack's authorization server (authorization-server/src/main/resources/application.yml)
 * and their DEMO secrets: a machine client's secret is {@code <client id>-demo-secret}, a person's password
 * {@code <user name>-demo-password}. Stores and warehouses sign in as their location id, drop-ship partners as their
 * partner id. authorization-server's tests check that every name here gets a token there.
 */
public final class DemoCredentials {

    public static final String CLI_CLIENT_ID = "omnidom-cli";
    public static final String CLI_REDIRECT_URI = "http://127.0.0.1/authorized";

    /** Loads the catalog and the opening stock: role admin. */
    public static final String DEMO_LOADER = "demo-loader";
    /** Role ops. */
    public static final String OPS_BOT = "ops-bot";

    /** The e-shop channels' clients by order channel: role channel, claim channel. */
    public static final Map<String, String> CHANNEL_CLIENTS = Map.of(
            "WEB_SHOP", "eshop-web", "MARKETPLACE", "marketplace", "CALL_CENTER", "call-center");

    /** People (form login) and their role. */
    public static final Map<String, String> PEOPLE = Map.of(
            "carla", "cs-agent", "rick", "risk-reviewer", "fiona", "finance", "otto", "ops", "ada", "admin");

    /** The machine clients named in the configuration (stores, warehouses and partners come from the retailer). */
    public static final List<String> NAMED_CLIENTS = List.of("eshop-web", "marketplace", "call-center", DEMO_LOADER, OPS_BOT);

    private DemoCredentials() {
    }

    public static boolean isPerson(String who) {
        return PEOPLE.containsKey(who);
    }

    public static String secret(String clientId) {
        return clientId + "-demo-secret";
    }

    public static String password(String username) {
        return username + "-demo-password";
    }

    /** The client that posts orders for a channel; STORE_POS orders come from the store's own client. */
    public static String channelClient(String channel) {
        String client = CHANNEL_CLIENTS.get(channel);
        if (client == null) {
            throw new IllegalArgumentException("no demo client posts " + channel + " orders");
        }
        return client;
    }

    /** The client that works a location's fulfilment orders: its partner for a partner's location, else itself. */
    public static String locationClient(Location location) {
        return location.partnerId() != null ? location.partnerId() : location.id();
    }
}
