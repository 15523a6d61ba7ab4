/** Tax rules per country and tax category with their validity, versioned and changed over REST; the rate of a day. */
package com.omnidom.payment.taxes;
