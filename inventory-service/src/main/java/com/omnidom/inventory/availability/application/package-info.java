/** Publishes coalesced availability and answers ATP questions from a cache invalidated by the stock changes. */
package com.omnidom.inventory.availability.application;
