/** Configures the rules and re-derives the affected stock rows in the same transaction. */
package com.omnidom.inventory.safety.application;
