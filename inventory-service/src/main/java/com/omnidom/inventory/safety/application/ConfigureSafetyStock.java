package com.omnidom.inventory.safety.application;

import com.omnidom.inventory.safety.domain.SafetyScope;
import com.omnidom.inventory.safety.domain.SafetyStockRule;
import com.omnidom.inventory.safety.domain.SafetyStockRules;
import com.omnidom.inventory.stock.domain.InvalidStock;
import com.omnidom.platform.web.ResourceNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Sets and removes safety stock rules; the stock rows they cover take the new effective quantity in the same
 * transaction (and so publish their new availability).
 */
@Service
public class ConfigureSafetyStock {

    private final SafetyStockRules rules;

    public ConfigureSafetyStock(SafetyStockRules rules) {
        this.rules = rules;
    }

    /** @return the rows whose safety stock changed */
    @Transactional
    public int put(String scope, String key, Integer quantity) {
        if (quantity == null) throw new InvalidStock("quantity", "is required");
        SafetyStockRule rule = new SafetyStockRule(SafetyScope.parse(scope), key, quantity);
        rules.put(rule);
        return rules.reapply(rule.scope(), rule.key());
    }

    @Transactional
    public int remove(String scope, String key) {
        SafetyScope parsed = SafetyScope.parse(scope);
        if (!rules.remove(parsed, key)) throw new ResourceNotFound("No safety stock rule " + scope + "/" + key + ".");
        return rules.reapply(parsed, key);
    }

    @Transactional(readOnly = true)
    public List<SafetyStockRule> all() {
        return rules.all();
    }

    /** A location's type changed in the catalog: its rows may fall under another type's rule. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public int locationRetyped(String locationId) {
        return rules.reapply(SafetyScope.LOCATION, locationId);
    }
}
