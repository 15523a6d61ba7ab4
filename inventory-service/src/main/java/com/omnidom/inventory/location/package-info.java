/** The local replica of the catalog's delivery locations (type, geo, address, capabilities, active). */
package com.omnidom.inventory.location;
