/** Events a consumer set aside while they wait for a prerequisite from another topic, and their replay in key order. */
package com.omnidom.platform.parking;
