/** Reservations of stock for channels and partners: held units that only that channel's orders can draw. */
package com.omnidom.inventory.reservation;
