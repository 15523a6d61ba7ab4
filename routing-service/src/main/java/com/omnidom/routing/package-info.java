/** Splits and routes orders to locations, keeps their fulfilment orders and re-routes what fails. */
package com.omnidom.routing;
