/** The issuable_unit table. */
package com.omnidom.inventory.pool.persistence;
