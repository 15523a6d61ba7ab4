/** REST edge: RFC 9457 problem+json for every error, and explicit request size and depth limits. */
package com.omnidom.platform.web;
