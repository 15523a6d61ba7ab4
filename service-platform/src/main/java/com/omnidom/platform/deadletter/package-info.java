/** Dead letters of a service's consumer: written to {@code <topic>.DLT} and its {@code dead_letter} table; ops redrive or discard them. */
package com.omnidom.platform.deadletter;
