/** Return use cases: request (and receive at once), receive, cancel, note the refund; events through the outbox. */
package com.omnidom.returns.returnorder.application;
