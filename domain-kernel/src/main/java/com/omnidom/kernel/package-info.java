/** Value types every service's domain shares (money, rule violations, illegal transitions, pages, geo points); JDK only. */
package com.omnidom.kernel;
