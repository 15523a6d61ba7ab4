/**
 * Test plumbing shared by all modules: a fresh PostgreSQL database per test class and a real Kafka broker per test
 * context, from Testcontainers where a Docker API is reachable, else in-JVM and local ({@link
 * com.omnidom.testsupport.TestInfrastructure}, switched by {@code OMNIDOM_TEST_CONTAINERS}).
 */
package com.omnidom.testsupport;
