/** Shop-facing availability API under /api/v1/availability. */
package com.omnidom.inventory.availability.web;
