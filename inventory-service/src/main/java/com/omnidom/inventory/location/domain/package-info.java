/** A delivery location as inventory needs it; no Spring, web or JSON. */
package com.omnidom.inventory.location.domain;
