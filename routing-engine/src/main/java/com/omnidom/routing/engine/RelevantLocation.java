package com.omnidom.routing.engine;

/** A location holding stock for the order (or its pickup store), with that stock per order SKU (indexed as the search's SKUs). */
record RelevantLocation(LocationTerms terms, Stock[] stock) {
}
