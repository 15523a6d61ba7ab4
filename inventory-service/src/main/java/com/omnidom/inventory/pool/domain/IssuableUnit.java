package com.omnidom.inventory.pool.domain;

import com.omnidom.inventory.stock.domain.InvalidStock;

import java.time.Instant;

/**
 * One unit of a non-physical article: a gift card code, a licence key, or a service slot ({@code validFrom} = the
 * slot's start; a slot is only handed out before it starts).
 */
public record IssuableUnit(String code, Instant validFrom) {

    public IssuableUnit {
        if (code == null || code.isBlank() || code.length() > 200) throw new InvalidStock("units.code", "must be 1 to 200 characters");
    }
}
