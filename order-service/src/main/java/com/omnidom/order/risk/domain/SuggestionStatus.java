package com.omnidom.order.risk.domain;

/** A suggestion for the black list: waiting for a reviewer, taken onto the list, or dismissed. */
public enum SuggestionStatus { OPEN, ACCEPTED, DISMISSED }
