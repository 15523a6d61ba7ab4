/** The order's timeline as stored: typed entries with their facts as JSON. */
package com.omnidom.order.order.persistence;
