/** Spooling an upload, reading its rows and applying them in chunks of transactions. */
package com.omnidom.catalog.imports.application;
