/** A payment service provider simulator on the JDK's HTTP server: authorisations, idempotent captures and refunds, injected faults. */
package com.omnidom.psp;
