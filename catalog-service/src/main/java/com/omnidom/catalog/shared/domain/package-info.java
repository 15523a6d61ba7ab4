/** Rule checking shared by the catalog's aggregates: violations named by the JSON path of the field at fault. */
package com.omnidom.catalog.shared.domain;
