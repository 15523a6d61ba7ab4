/** Stock rows in PostgreSQL, changed only by conditional statements so the database decides every race. */
package com.omnidom.inventory.stock.persistence;
