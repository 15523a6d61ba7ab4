/** Listeners for order, fulfilment and payment events, translated into notification use cases. */
package com.omnidom.notification.message.messaging;
