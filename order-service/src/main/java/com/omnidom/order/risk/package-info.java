/** Risk check before an order is accepted: black and white lists, versioned abnormality rules, the review queue and its audit. */
package com.omnidom.order.risk;
