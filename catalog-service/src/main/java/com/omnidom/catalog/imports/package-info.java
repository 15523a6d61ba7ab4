/** Bulk imports of articles and locations from NDJSON or CSV files, processed in the background. */
package com.omnidom.catalog.imports;
