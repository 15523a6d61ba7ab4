/** Applies location snapshots to the replica (newest version wins) and re-derives safety stock by type. */
package com.omnidom.inventory.location.application;
