/** Stock levels per article × location: setting on hand, imports, restocking returns, availability events. */
package com.omnidom.inventory.stock;
