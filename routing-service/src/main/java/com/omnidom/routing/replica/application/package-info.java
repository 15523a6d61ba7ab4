/** Version-guarded upserts into the replicas. */
package com.omnidom.routing.replica.application;
