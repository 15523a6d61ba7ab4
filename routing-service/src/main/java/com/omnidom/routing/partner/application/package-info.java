/** Which locations are partners', what a partner needs of an order, and the partner's event through the outbox. */
package com.omnidom.routing.partner.application;
