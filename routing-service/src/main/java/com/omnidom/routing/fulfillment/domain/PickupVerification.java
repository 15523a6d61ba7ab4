package com.omnidom.routing.fulfillment.domain;

/** How the store made sure it handed a PICKUP fulfilment order to the customer. */
public enum PickupVerification {
    /** The customer showed the pickup code of the ready-for-pickup notice. */
    PICKUP_CODE,
    /** The customer had no code: staff checked an identity document instead. */
    IDENTITY_CHECK
}
