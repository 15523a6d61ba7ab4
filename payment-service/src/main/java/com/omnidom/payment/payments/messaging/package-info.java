/** Listeners for order, fulfilment and return events, translated into the use cases. */
package com.omnidom.payment.payments.messaging;
