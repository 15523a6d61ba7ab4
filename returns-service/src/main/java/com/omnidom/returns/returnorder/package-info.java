/** Return orders: requested online or at a store, received and inspected at a location, refunded by payment. */
package com.omnidom.returns.returnorder;
