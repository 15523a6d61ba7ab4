/** The reservation table: conditional draws and give-backs. */
package com.omnidom.inventory.reservation.persistence;
