/** order-service: accepts orders from the channels and follows every line through fulfilment, payment and returns. */
package com.omnidom.order;
