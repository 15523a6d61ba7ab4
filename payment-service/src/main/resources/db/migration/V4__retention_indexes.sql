-- What the retention rule of application.yml deletes by (docs/retention.md): finished PSP intents, oldest first.
CREATE INDEX psp_intent_finished ON psp_intent (finished_at) WHERE state <> 'PENDING';
