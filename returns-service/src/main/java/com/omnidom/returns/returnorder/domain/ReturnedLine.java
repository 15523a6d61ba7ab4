package com.omnidom.returns.returnorder.domain;

import java.math.BigDecimal;

/**
 * A line of a return as it stands.
 *
 * @param receivedQuantity units that arrived, null until the return is received
 * @param resellable       inspection result of the received units, null until received or when none arrived
 */
public record ReturnedLine(String lineId, String sku, int quantity, ReturnReason reason, BigDecimal unitPrice,
                           Integer receivedQuantity, Boolean resellable) {
}
