/** End-to-end tests: every service as its own process, a real broker and database, assertions on public APIs and e-mails. */
package com.omnidom.systemtests;
