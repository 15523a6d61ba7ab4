package com.omnidom.routing.profile.domain;

/** What is wrong with one field of a profile, named by its path (e.g. {@code weights.distanceBands[1].upToKm}). */
public record ProfileProblem(String field, String message) {
}
