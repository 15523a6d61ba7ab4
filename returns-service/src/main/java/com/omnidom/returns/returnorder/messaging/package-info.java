/** Listener for payment.events.v1: a refund issued for a return closes it. */
package com.omnidom.returns.returnorder.messaging;
