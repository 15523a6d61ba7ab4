/** REST for routing profiles: create, read, list, validate, activate, retire, compare. */
package com.omnidom.routing.profile.web;
