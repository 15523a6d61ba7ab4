/** ArticleChanged from the catalog's compacted topic into the replica. */
package com.omnidom.order.catalog.messaging;
