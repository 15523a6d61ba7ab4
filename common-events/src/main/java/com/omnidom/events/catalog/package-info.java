/** Events published by catalog-service: full snapshots of articles and delivery locations on compacted topics. */
package com.omnidom.events.catalog;
