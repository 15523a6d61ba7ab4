/** The fulfilment order aggregate and its state machine. */
package com.omnidom.routing.fulfillment.domain;
