package com.omnidom.inventory.safety.domain;

import java.util.List;
import java.util.Optional;

/** The rules, and the stock rows' copy of the effective one (kept on the row so allocation stays one UPDATE). */
public interface SafetyStockRules {

    void put(SafetyStockRule rule);

    boolean remove(SafetyScope scope, String key);

    Optional<SafetyStockRule> find(SafetyScope scope, String key);

    List<SafetyStockRule> all();

    /** Re-derives the effective safety stock of every row the scope covers; returns the rows that changed. */
    int reapply(SafetyScope scope, String key);
}
