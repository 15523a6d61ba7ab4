/** The versions of the tax rules in their tables. */
package com.omnidom.payment.taxes.persistence;
