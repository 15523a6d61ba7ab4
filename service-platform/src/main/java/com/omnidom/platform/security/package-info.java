/**
 * Identity and access for every service: an OAuth2 resource server (JWT) that denies by default, the service's
 * own {@link com.omnidom.platform.security.AccessRules}, the {@link com.omnidom.platform.security.Caller} taken
 * from the token, problem+json for 401/403/429, per-client rate limits and the audit trail of state changes.
 */
package com.omnidom.platform.security;
