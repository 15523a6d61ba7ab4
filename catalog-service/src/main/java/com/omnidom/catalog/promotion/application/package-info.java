/** Promotion use cases: save (SKUs and code checked, the snapshot event in the outbox) and search. */
package com.omnidom.catalog.promotion.application;
