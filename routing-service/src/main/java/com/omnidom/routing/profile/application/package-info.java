/** Profile lifecycle (draft, activate, retire), storage and the choice of the active profile for an order. */
package com.omnidom.routing.profile.application;
