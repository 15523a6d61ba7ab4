/** Order contacts: whom to tell about an order, in which language. */
package com.omnidom.notification.contact.domain;
