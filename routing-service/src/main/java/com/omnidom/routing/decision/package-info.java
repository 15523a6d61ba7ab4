/** Routing decisions: which locations fulfil an order's lines, within stock and capacity, and re-routing what fails. */
package com.omnidom.routing.decision;
