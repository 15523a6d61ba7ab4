/** Recording messages from order events, rendering templates, and the sender that delivers them by SMTP. */
package com.omnidom.notification.message.application;
