package com.omnidom.catalog.imports.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** All import jobs. */
public interface ImportJobs extends JpaRepository<ImportJob, UUID> {

    /** Jobs still RUNNING whose worker has shown no sign of life since {@code cutoff}. */
    @Query("select j from ImportJob j where j.status = com.omnidom.catalog.imports.domain.ImportStatus.RUNNING and j.heartbeatAt < :cutoff")
    List<ImportJob> abandonedSince(Instant cutoff);
}
