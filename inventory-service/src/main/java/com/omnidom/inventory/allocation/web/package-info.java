/** REST API of rejection reasons under /api/v1/rejection-reasons. */
package com.omnidom.inventory.allocation.web;
