/** Test plumbing shared by all modules: a fresh PostgreSQL database per test class and a real in-JVM Kafka broker. */
package com.omnidom.testsupport;
