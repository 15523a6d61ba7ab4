/** Location use cases: save (with the snapshot event in the outbox) and search. */
package com.omnidom.catalog.location.application;
