/** A message and its delivery state machine (PENDING → SENT | FAILED) with its retry policy. */
package com.omnidom.notification.message.domain;
