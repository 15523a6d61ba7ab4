/** Kafka settings every service shares: topics declared in code, dead-letter topics, retries with back-off. */
package com.omnidom.platform.kafka;
