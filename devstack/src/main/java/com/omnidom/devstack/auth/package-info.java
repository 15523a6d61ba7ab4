/**
 * Tokens from the local stack's authorization server: client credentials for machines, the authorization code
 * flow with PKCE, signed in headlessly, for people; the demo's credentials and client ids.
 */
package com.omnidom.devstack.auth;
