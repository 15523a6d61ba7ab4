/** Routing profiles: versioned fences and cost weights per channel and country, immutable once active. */
package com.omnidom.routing.profile;
