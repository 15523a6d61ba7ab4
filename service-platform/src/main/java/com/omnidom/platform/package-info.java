/** Shared Spring plumbing of every Omnidom service, auto-configured when a service depends on this module. */
package com.omnidom.platform;
