-- What the retention rule of application.yml deletes by (docs/retention.md): finished import jobs, oldest first.
CREATE INDEX import_job_finished ON import_job (started_at) WHERE status <> 'RUNNING';
