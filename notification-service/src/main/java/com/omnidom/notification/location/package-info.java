/** A replica of the catalog's delivery locations, so pickup e-mails name the store. */
package com.omnidom.notification.location;
