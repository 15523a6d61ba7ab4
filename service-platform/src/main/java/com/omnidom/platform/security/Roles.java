package com.omnidom.platform.security;

import java.util.List;

/** The roles a token can carry in its {@code roles} claim (docs/security.md says what each may do). */
public final class Roles {

    /** An e-shop, marketplace or store POS posting orders; its token names its {@code channel}. */
    public static final String CHANNEL = "channel";
    /** A store's staff or POS working the store's fulfilment orders; its token names its {@code location}. */
    public static final String STORE = "store";
    /** A drop-ship or franchise partner; its token names its {@code partner} id. */
    public static final String PARTNER = "partner";
    public static final String CS_AGENT = "cs-agent";
    public static final String RISK_REVIEWER = "risk-reviewer";
    public static final String FINANCE = "finance";
    public static final String OPS = "ops";
    public static final String ADMIN = "admin";

    public static final List<String> ALL = List.of(CHANNEL, STORE, PARTNER, CS_AGENT, RISK_REVIEWER, FINANCE, OPS, ADMIN);

    private Roles() {
    }
}
