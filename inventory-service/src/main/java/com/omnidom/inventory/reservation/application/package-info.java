/** Creates, changes, releases and expires reservations, each with the stock row's reserved units in one transaction. */
package com.omnidom.inventory.reservation.application;
