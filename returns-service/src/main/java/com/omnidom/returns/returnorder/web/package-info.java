/** REST API of return orders under /api/v1/returns. */
package com.omnidom.returns.returnorder.web;
