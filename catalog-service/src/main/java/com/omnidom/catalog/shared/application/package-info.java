/** What the use cases of all features share: result pages and the translation of rule violations into 422 answers. */
package com.omnidom.catalog.shared.application;
