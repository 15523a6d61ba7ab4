/** The promotion aggregate and its rules; no web, Kafka or JSON here. */
package com.omnidom.catalog.promotion.domain;
