/** Sold lines, deliveries and the returnable quantity; no web, Kafka or JSON here. */
package com.omnidom.returns.sale.domain;
