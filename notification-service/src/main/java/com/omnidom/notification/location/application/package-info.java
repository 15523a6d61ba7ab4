/** Keeps the location replica current, newest version wins. */
package com.omnidom.notification.location.application;
