/** Contract events to and from JSON and CloudEvents headers. */
package com.omnidom.platform.events;
