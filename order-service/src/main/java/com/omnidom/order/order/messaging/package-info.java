/** Listeners for the other services' events: each is translated into a fact noted on its order, once (inbox). */
package com.omnidom.order.order.messaging;
