/** Stock use cases: every change of a stock row goes through the ledger, which publishes its availability. */
package com.omnidom.inventory.stock.application;
