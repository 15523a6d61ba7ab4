/** REST API of reservations under /api/v1/reservations. */
package com.omnidom.inventory.reservation.web;
