/** Rejection reasons and their effect on stock. */
package com.omnidom.inventory.allocation.persistence;
