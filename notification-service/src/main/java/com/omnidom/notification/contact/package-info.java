/** The contact of each order (customer, language, delivery, lines), kept from OrderAccepted. */
package com.omnidom.notification.contact;
