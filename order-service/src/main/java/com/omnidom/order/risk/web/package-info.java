/** REST for the risk lists, the rule sets, the review queue and the decision audit. */
package com.omnidom.order.risk.web;
