/** Kafka settings every service shares: topics declared in code, the error handler (failure classes, retries with back-off, parking, dead letters). */
package com.omnidom.platform.kafka;
