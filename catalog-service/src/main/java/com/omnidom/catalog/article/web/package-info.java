/** REST API of articles under /api/v1/articles. */
package com.omnidom.catalog.article.web;
