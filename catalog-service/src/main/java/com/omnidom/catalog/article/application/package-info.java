/** Article use cases: save (with references checked and the snapshot event in the outbox) and search. */
package com.omnidom.catalog.article.application;
