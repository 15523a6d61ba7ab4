/** Transactional outbox: events written with the state change, published to Kafka by one relay per service. */
package com.omnidom.platform.outbox;
