/** Takes an order's money when its goods leave a location and gives it back when they return. */
package com.omnidom.payment.payments;
