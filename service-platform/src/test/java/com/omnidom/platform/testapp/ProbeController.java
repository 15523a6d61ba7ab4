package com.omnidom.platform.testapp;

import com.omnidom.kernel.IllegalTransition;
import com.omnidom.kernel.Money;
import com.omnidom.kernel.RuleViolation;
import com.omnidom.kernel.RuleViolation.Violation;
import com.omnidom.platform.web.InvalidRequest;
import com.omnidom.platform.web.ResourceNotFound;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.springframework.jdbc.core.JdbcTemplate;
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
        if ("ruled".equals(probe.name())) {
            throw new RuleViolation(List.of(new Violation("name", "is ruled out"), new Violation("lines[0].sku", "is unknown")));
        }
        if ("closed".equals(probe.name())) throw new IllegalTransition("probe", "CLOSED", "reopen");
        if ("dollars".equals(probe.name())) Money.of("1", "EUR").plus(Money.of("1", "USD"));
        return probe;
    }

    @PostMapping("/api/v1/imports/probes")
    Map<String, Integer> bulk(@RequestBody byte[] body) {
        return Map.of("bytes", body.length);
    }

    private final JdbcTemplate jdbc;

    ProbeController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts on a row of {@code lock_probe}: waits for its row lock, up to the pool's lock timeout. */
    @PostMapping("/api/v1/probes/{id}/counts")
    Map<String, Integer> count(@PathVariable int id) {
        return Map.of("updated", jdbc.update("UPDATE lock_probe SET v = v + 1 WHERE id = ?", id));
    }

    @GetMapping("/api/v1/probes/{id}")
    Probe get(@PathVariable String id) {
        if (id.equals("boom")) throw new IllegalStateException("secret internal detail");
        throw new ResourceNotFound("probe " + id + " does not exist");
    }
}
