package com.omnidom.catalog.imports.application;

import com.omnidom.catalog.imports.domain.ImportJob;
import com.omnidom.catalog.imports.domain.ImportJobs;
import com.omnidom.catalog.imports.domain.ImportProgress;
import com.omnidom.platform.web.ResourceNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/** Reads import progress as last committed, whichever instance runs the import. */
@Service
public class ImportQueries {

    private final ImportJobs jobs;

    public ImportQueries(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @Transactional(readOnly = true)
    public ImportProgress get(UUID id) {
        return jobs.findById(id).map(ImportJob::progress)
                .orElseThrow(() -> new ResourceNotFound("No import with id " + id + "."));
    }
}
