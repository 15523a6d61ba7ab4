package com.omnidom.platform.testapp;

import java.util.Map;

/** What the test application observed, for assertions in other packages. */
public final class TestHooks {

    private TestHooks() {
    }

    public static Map<String, Integer> attempts() {
        return ArticleReplicaListener.attempts;
    }
}
