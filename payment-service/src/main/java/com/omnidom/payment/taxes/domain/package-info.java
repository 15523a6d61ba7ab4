/** Tax rules and their checks (overlaps, rates, countries), the time zone of a country: plain rules, no I/O. */
package com.omnidom.payment.taxes.domain;
