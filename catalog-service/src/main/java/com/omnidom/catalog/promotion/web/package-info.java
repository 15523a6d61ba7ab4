/** REST API of promotions under /api/v1/promotions. */
package com.omnidom.catalog.promotion.web;
