/** Business metrics read off the events a service publishes ({@link com.omnidom.platform.metrics.EventMetric}). */
package com.omnidom.platform.metrics;
