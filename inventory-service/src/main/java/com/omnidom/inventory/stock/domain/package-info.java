/** Stock levels and their rules; no web, Kafka or JSON here. */
package com.omnidom.inventory.stock.domain;
