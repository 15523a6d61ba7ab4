/** Tells customers what happens to their orders, by e-mail in their language, exactly once per event of interest. */
package com.omnidom.notification;
