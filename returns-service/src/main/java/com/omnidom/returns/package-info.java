/** returns-service: return orders against delivered order lines, their receipt and refund. */
package com.omnidom.returns;
