/** Background rounds woken after the commit that gave them work, with a slow poll as the safety net. */
package com.omnidom.platform.wakeup;
