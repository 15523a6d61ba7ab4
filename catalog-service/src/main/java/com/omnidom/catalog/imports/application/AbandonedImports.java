package com.omnidom.catalog.imports.application;

import com.omnidom.catalog.imports.domain.ImportJob;
import com.omnidom.catalog.imports.domain.ImportJobs;
import com.omnidom.catalog.imports.domain.RowError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Marks imports FAILED whose worker stopped (instance crashed or redeployed): the upload was spooled on that
 * instance's disk, so no other instance can finish it. Rows applied before stay; the client re-imports the file,
 * which skips the unchanged rows.
 */
@Component
class AbandonedImports {

    private static final Logger log = LoggerFactory.getLogger(AbandonedImports.class);

    private final ImportJobs jobs;
    private final ImportProperties properties;
    private final Clock clock;

    AbandonedImports(ImportJobs jobs, ImportProperties properties, Clock clock) {
        this.jobs = jobs;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT10S", fixedDelayString = "PT1M")
    @Transactional
    public void failAbandoned() {
        for (ImportJob job : jobs.abandonedSince(clock.instant().minus(properties.abandonedAfter()))) {
            job.fail(new RowError(null, null, "import abandoned: the instance processing it stopped; re-import the file"),
                    properties.maxStoredErrors(), clock.instant());
            log.warn("import {} marked as failed: abandoned", job.progress().id());
        }
    }
}
