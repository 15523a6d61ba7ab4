/** How a service consumes other services' events: Spring Cloud Stream bindings derived from the topic registry, decoded by {@code ce_type}, applied once through the inbox. */
package com.omnidom.platform.consumer;
