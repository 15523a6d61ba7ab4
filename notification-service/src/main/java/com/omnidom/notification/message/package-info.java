/** Messages to customers: recorded once per natural key, rendered from templates, sent by SMTP. */
package com.omnidom.notification.message;
