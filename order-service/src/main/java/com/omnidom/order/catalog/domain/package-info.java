/** Articles and promotions as the catalog last published them; plain values, no web, Kafka or JSON here. */
package com.omnidom.order.catalog.domain;
