/** payment-service: tenders, captures per shipment, invoices and refunds through the PSP. */
package com.omnidom.payment;
