/** The location table. */
package com.omnidom.inventory.location.persistence;
