/** Use cases on fulfilment orders: lifecycle actions, allocation outcomes, queries; events through the outbox. */
package com.omnidom.routing.fulfillment.application;
