/** Sold lines in PostgreSQL: conditional updates decide every change of a returned quantity. */
package com.omnidom.returns.sale.persistence;
