/** Profile content, its rules (every problem named) and field-by-field comparison; no Spring, no JSON. */
package com.omnidom.routing.profile.domain;
