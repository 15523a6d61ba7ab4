package com.omnidom.routing.profile.domain;

/**
 * DRAFT (may be checked and compared) → ACTIVE (decides live traffic of its scope; immutable) → RETIRED.
 * SHADOW: a candidate deciding alongside the active one on live traffic, never executed (DRAFT → SHADOW → ACTIVE | RETIRED).
 */
public enum ProfileStatus { DRAFT, ACTIVE, RETIRED, SHADOW }
