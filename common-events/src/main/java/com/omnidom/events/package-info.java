/** Omnidom's public event contracts: records, event types and topics. Depends on the JDK and Jackson annotations only. */
package com.omnidom.events;
