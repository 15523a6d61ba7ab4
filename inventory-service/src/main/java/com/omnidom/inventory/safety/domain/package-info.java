/** Safety stock scopes and rules; no Spring, web or JSON. */
package com.omnidom.inventory.safety.domain;
