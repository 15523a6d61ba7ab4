/** The order aggregate: lines with quantities per state, status derived from them, timeline; no web, Kafka or JSON here. */
package com.omnidom.order.order.domain;
