/** Events published by returns-service on {@code return.events.v1}, keyed by order id. */
package com.omnidom.events.returns;
