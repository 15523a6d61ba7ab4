package com.omnidom.catalog.location.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** Open from {@code opens} to {@code closes} (local time) on every {@code day}; a day may have several intervals. */
public record OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {
}
