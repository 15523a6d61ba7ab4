/** Listens to returns: resellable units go back into stock. */
package com.omnidom.inventory.stock.messaging;
