package com.omnidom.inventory.stock.application;

import com.omnidom.inventory.stock.domain.OnHandResult;
import com.omnidom.inventory.stock.domain.OnHandTarget;
import com.omnidom.inventory.stock.domain.StockKey;
import com.omnidom.inventory.stock.domain.StockLevel;
import com.omnidom.platform.web.StateConflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Sets the on-hand quantity of one article at one location (a count or a correction). */
@Service
public class SetOnHand {

    private final StockLedger ledger;

    public SetOnHand(StockLedger ledger) {
        this.ledger = ledger;
    }

    /**
     * Creates the row or sets its on hand; the same quantity again changes nothing (same version, no event).
     *
     * @throws StateConflict when more units are allocated than {@code onHand}: they must be shipped or released first
     */
    @Transactional
    public OnHandResult set(String locationId, String sku, Integer onHand) {
        OnHandTarget target = new OnHandTarget(StockKey.of(sku, locationId), StockLevel.checkedOnHand(onHand));
        OnHandResult result = ledger.setOnHand(List.of(target)).getFirst();
        if (result.change() == OnHandResult.Change.BELOW_ALLOCATED) {
            throw new StateConflict("On hand " + onHand + " is below the " + result.level().allocated()
                    + " units allocated of " + sku + " at " + locationId + "; they must be shipped or released first.");
        }
        return result;
    }
}
