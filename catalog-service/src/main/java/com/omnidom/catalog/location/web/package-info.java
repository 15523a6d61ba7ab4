/** REST API of delivery locations under /api/v1/locations. */
package com.omnidom.catalog.location.web;
