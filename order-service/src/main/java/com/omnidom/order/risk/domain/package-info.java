/** Risk rules, list kinds and their normalisation, and how lists and rules decide: plain Java. */
package com.omnidom.order.risk.domain;
