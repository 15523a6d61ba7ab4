package com.omnidom.platform.testapp;

import com.omnidom.platform.web.InvalidRequest;
import com.omnidom.platform.web.ResourceNotFound;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Endpoints that exercise each error path of the platform's REST edge. */
@RestController
class ProbeController {

    record Line(@NotBlank String sku, @Positive int quantity) {
    }

    record Probe(@NotBlank String name, @Valid List<Line> lines, Map<String, Object> attributes) {
    }

    @PostMapping("/api/v1/probes")
    Probe accept(@Valid @RequestBody Probe probe) {
        if ("reserved".equals(probe.name())) throw new InvalidRequest("name", "is reserved");
        return probe;
    }

    @PostMapping("/api/v1/imports/probes")
    Map<String, Integer> bulk(@RequestBody byte[] body) {
        return Map.of("bytes", body.length);
    }

    @GetMapping("/api/v1/probes/{id}")
    Probe get(@PathVariable String id) {
        if (id.equals("boom")) throw new IllegalStateException("secret internal detail");
        throw new ResourceNotFound("probe " + id + " does not exist");
    }
}
