package com.omnidom.authserver;

import com.omnidom.authserver.DemoIdentities.Client;
import com.omnidom.authserver.DemoIdentities.Person;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every caller the configuration names, as the claims its tokens carry: machine clients by client id, people by
 * user name. Stores, warehouses and partners are expanded from their id lists. Checked once at start: an unknown
 * role or channel, a duplicate or a missing secret stops the server instead of issuing tokens no service accepts.
 */
public final class Callers {

    static final Set<String> ROLES = Set.of("channel", "store", "partner", "cs-agent", "risk-reviewer", "finance",
            "ops", "admin");
    static final Set<String> CHANNELS = Set.of("WEB_SHOP", "STORE_POS", "MARKETPLACE", "CALL_CENTER");

    /** What a token says about its caller besides its subject. */
    public record Claims(List<String> roles, String channel, String location, String partner) {
    }

    /** A machine client with its demo secret and claims. */
    public record Machine(String clientId, String secret, Claims claims) {
    }

    /** A person who signs in: configured people and the staff login of every store, warehouse and partner. */
    public record Login(String username, String password, Claims claims) {
    }

    private final Map<String, Machine> machines = new LinkedHashMap<>();
    private final Map<String, Login> people = new LinkedHashMap<>();

    Callers(DemoIdentities config) {
        for (Client c : config.clients()) {
            add(new Machine(c.clientId(), c.secret(), claims("client " + c.clientId(), c.roles(), c.channel(),
                    c.location(), c.partner())));
        }
        for (String store : config.stores()) {
            add(new Machine(store, config.secretFormat().formatted(store), new Claims(List.of("channel", "store"), "STORE_POS", store, null)));
        }
        for (String warehouse : config.warehouses()) {
            add(new Machine(warehouse, config.secretFormat().formatted(warehouse), new Claims(List.of("store"), null, warehouse, null)));
        }
        for (String partner : config.partners()) {
            add(new Machine(partner, config.secretFormat().formatted(partner), new Claims(List.of("partner"), null, null, partner)));
        }
        if (config.cli() != null && machines.containsKey(config.cli().clientId())) {
            throw new IllegalStateException("omnidom.auth: client id " + config.cli().clientId() + " is used twice");
        }
        if (config.web() != null) {
            require(config.web().secret(), "client " + config.web().clientId() + " has no secret");
            if (machines.containsKey(config.web().clientId())
                    || (config.cli() != null && config.cli().clientId().equals(config.web().clientId()))) {
                throw new IllegalStateException("omnidom.auth: client id " + config.web().clientId() + " is used twice");
            }
        }
        for (Person p : config.people()) {
            require(p.username(), "a person without a username");
            require(p.password(), "person " + p.username() + " has no password");
            addPerson(new Login(p.username(), p.password(), claims("person " + p.username(), p.roles(), p.channel(),
                    p.location(), p.partner())));
        }
        // the people at a location sign in with its id and act as its client does (the store app, the partner portal)
        for (String id : staffIds(config)) {
            addPerson(new Login(id, config.staffPasswordFormat().formatted(id), machines.get(id).claims()));
        }
    }

    private static List<String> staffIds(DemoIdentities config) {
        List<String> ids = new ArrayList<>(config.stores());
        ids.addAll(config.warehouses());
        ids.addAll(config.partners());
        return ids;
    }

    /** User names are compared ignoring case, as the login form does. */
    private void addPerson(Login login) {
        if (people.put(login.username().toLowerCase(Locale.ROOT), login) != null) {
            throw new IllegalStateException("omnidom.auth: person " + login.username() + " is listed twice");
        }
    }

    private void add(Machine machine) {
        require(machine.clientId(), "a client without a client id");
        require(machine.secret(), "client " + machine.clientId() + " has no secret");
        if (machines.put(machine.clientId(), machine) != null) {
            throw new IllegalStateException("omnidom.auth: client id " + machine.clientId() + " is listed twice");
        }
    }

    private static Claims claims(String who, List<String> roles, String channel, String location, String partner) {
        if (roles.isEmpty()) {
            throw new IllegalStateException("omnidom.auth: " + who + " has no roles");
        }
        for (String role : roles) {
            if (!ROLES.contains(role)) {
                throw new IllegalStateException("omnidom.auth: " + who + " has unknown role '" + role + "' (known: " + ROLES + ")");
            }
        }
        if (channel != null && !CHANNELS.contains(channel)) {
            throw new IllegalStateException("omnidom.auth: " + who + " has unknown channel '" + channel + "' (known: " + CHANNELS + ")");
        }
        return new Claims(List.copyOf(roles), channel, location, partner);
    }

    private static void require(String value, String problem) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("omnidom.auth: " + problem);
        }
    }

    public List<Machine> machines() {
        return List.copyOf(machines.values());
    }

    public Optional<Claims> machine(String clientId) {
        return Optional.ofNullable(machines.get(clientId)).map(Machine::claims);
    }

    public Optional<Claims> person(String username) {
        return Optional.ofNullable(people.get(username.toLowerCase(Locale.ROOT))).map(Login::claims);
    }

    public List<Login> people() {
        return List.copyOf(people.values());
    }
}
