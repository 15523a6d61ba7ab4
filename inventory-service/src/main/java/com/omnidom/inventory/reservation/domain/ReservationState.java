package com.omnidom.inventory.reservation.domain;

/** Only an ACTIVE reservation holds units. */
public enum ReservationState { ACTIVE, RELEASED, EXPIRED }
