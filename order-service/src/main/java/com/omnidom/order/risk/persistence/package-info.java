/** The risk tables over plain JDBC: list entries, rule set versions, observations, reviews, decisions. */
package com.omnidom.order.risk.persistence;
