/** ArticleChanged and PromotionChanged from the catalog's compacted topics into the replicas. */
package com.omnidom.order.catalog.messaging;
