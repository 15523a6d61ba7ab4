/** REST API of imports under /api/v1/imports. */
package com.omnidom.catalog.imports.web;
