package com.omnidom.catalog.location.domain;

import java.time.LocalDate;
import java.time.LocalTime;

/** A date that deviates from the weekly hours: closed all day, or open with the given hours. */
public record OpeningException(LocalDate date, boolean closed, LocalTime opens, LocalTime closes) {
}
