/**
 * The local stack's authorization server: the demo's machine clients and people, JWT access tokens with the
 * claims every Omnidom service reads (roles, client_id, channel, location, partner; audience omnidom).
 */
package com.omnidom.authserver;
