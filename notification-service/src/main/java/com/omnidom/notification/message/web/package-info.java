/** Read-only REST view of the messages sent per order. */
package com.omnidom.notification.message.web;
