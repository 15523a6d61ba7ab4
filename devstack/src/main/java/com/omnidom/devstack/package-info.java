/** Local stack for developers: a real Kafka broker, PostgreSQL and demo data, each a plain {@code main}. */
package com.omnidom.devstack;
