/** ATP rules over a stock row, its reservations and its goods in transit; no Spring, web or JSON. */
package com.omnidom.inventory.availability.domain;
