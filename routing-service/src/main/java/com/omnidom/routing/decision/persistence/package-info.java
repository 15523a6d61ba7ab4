/** The decision feature's repositories in PostgreSQL (JDBC): orders, queue, deferred lines, capacity, candidates, decisions. */
package com.omnidom.routing.decision.persistence;
