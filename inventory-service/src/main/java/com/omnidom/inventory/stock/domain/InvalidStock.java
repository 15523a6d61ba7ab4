package com.omnidom.inventory.stock.domain;

import com.omnidom.kernel.RuleViolation;

/**
 * Input that breaks a stock rule, naming the field at fault: the kernel's {@link RuleViolation} (so the platform
 * answers 422, and an event carrying such input is dead-lettered at once), with the one field it names.
 */
public class InvalidStock extends RuleViolation {

    public InvalidStock(String field, String message) {
        super(field, message);
    }

    public String field() {
        return violations().getFirst().field();
    }

    public String reason() {
        return violations().getFirst().message();
    }
}
