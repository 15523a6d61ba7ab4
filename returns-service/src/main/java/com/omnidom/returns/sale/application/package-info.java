/** Records sales and deliveries reported by other services; answers what is returnable. */
package com.omnidom.returns.sale.application;
