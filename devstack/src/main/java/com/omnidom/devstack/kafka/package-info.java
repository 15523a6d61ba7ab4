/** A single-node KRaft Kafka broker run from Kafka's own server code. */
package com.omnidom.devstack.kafka;
