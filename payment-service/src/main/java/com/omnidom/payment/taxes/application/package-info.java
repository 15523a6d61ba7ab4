/** Reads and changes the versions of a country's tax rules and answers the rate in force on a day. */
package com.omnidom.payment.taxes.application;
