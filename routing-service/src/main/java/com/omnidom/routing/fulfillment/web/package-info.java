/** REST for locations working their fulfilment orders. */
package com.omnidom.routing.fulfillment.web;
