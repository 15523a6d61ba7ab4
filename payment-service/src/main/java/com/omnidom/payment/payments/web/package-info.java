/** Read-only REST view of a payment. */
package com.omnidom.payment.payments.web;
