/** An embedded PostgreSQL 15 with data kept between runs, and the per-service databases on it. */
package com.omnidom.devstack.postgres;
