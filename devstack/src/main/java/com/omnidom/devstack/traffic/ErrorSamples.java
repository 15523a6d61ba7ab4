package com.omnidom.devstack.traffic;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;

/** One sample of each kind of failure met during a run (call and status), to show what went wrong at the end. */
final class ErrorSamples {

    private final Map<String, String> samples = new LinkedHashMap<>();

    /** Kept in the order met: the first failure of a run usually explains the others. */
    synchronized void note(String what, String detail) {
        samples.putIfAbsent(what, detail);
    }

    void answer(String call, HttpResponse<String> response) {
        String body = response.body().replaceAll("\\s+", " ").trim();
        note(call + " HTTP " + response.statusCode(), body.length() > 300 ? body.substring(0, 300) + "..." : body);
    }

    synchronized Stream<Map.Entry<String, String>> first(int n) {
        return List.copyOf(samples.entrySet()).stream().limit(n);
    }
}
