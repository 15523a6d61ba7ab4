/** The reservation and its rules; no Spring, web or JSON. */
package com.omnidom.inventory.reservation.domain;
