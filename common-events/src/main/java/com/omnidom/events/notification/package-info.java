/** Events published by notification-service on {@code notification.events.v1}, keyed by order id. */
package com.omnidom.events.notification;
