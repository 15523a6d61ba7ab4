/** REST for the tax rules: read them and their versions, change them (finance). */
package com.omnidom.payment.taxes.web;
