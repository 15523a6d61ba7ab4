/** Safety stock rules per location type, location, article or article at a location; the most specific wins. */
package com.omnidom.inventory.safety;
