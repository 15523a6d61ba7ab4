/** What was sold and delivered per order line, and so how much of each may still come back. */
package com.omnidom.returns.sale;
