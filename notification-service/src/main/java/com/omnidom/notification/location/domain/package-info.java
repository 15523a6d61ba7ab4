/** Store locations as the catalog last described them. */
package com.omnidom.notification.location.domain;
