/** Demo traffic: orders streamed to order-service, the locations played through routing-service, events tallied from Kafka. */
package com.omnidom.devstack.traffic;
