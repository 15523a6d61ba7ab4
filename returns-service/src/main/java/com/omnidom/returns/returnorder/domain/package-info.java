/** The return order aggregate, its state machine and refund amount; no web, Kafka or JSON here. */
package com.omnidom.returns.returnorder.domain;
