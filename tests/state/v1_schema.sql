-- Schema written by the first release (schema version 1), frozen: never edit.
-- tests/state/test_migrations.py builds an old database from it and checks that
-- migration 1 still produces exactly this.
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);
CREATE TABLE "users" (
   "id" INTEGER PRIMARY KEY,
   "channel" TEXT NOT NULL,
   "external_id" TEXT NOT NULL,
   "language" TEXT NOT NULL DEFAULT 'zh',
   "reminder_settings" TEXT NOT NULL DEFAULT '{}',
   "active" INTEGER NOT NULL DEFAULT 1,
   "is_admin" INTEGER NOT NULL DEFAULT 0,
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL
);
CREATE UNIQUE INDEX "users_channel_external_id"
    ON "users" ("channel", "external_id");
CREATE TABLE "projects" (
   "id" INTEGER PRIMARY KEY,
   "owner_id" INTEGER NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
   "name" TEXT NOT NULL,
   "jurisdiction" TEXT,
   "amount" INTEGER,
   "kind" TEXT,
   "software_cost" INTEGER,
   "contract_amount" INTEGER,
   "funding" TEXT,
   "new_initiative" INTEGER,
   "stage" TEXT NOT NULL DEFAULT 'planning',
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL
);
CREATE INDEX "projects_owner_id"
    ON "projects" ("owner_id");
CREATE TABLE "events" (
   "id" INTEGER PRIMARY KEY,
   "project_id" INTEGER NOT NULL REFERENCES "projects"("id") ON DELETE CASCADE,
   "name" TEXT NOT NULL,
   "date" TEXT NOT NULL,
   "recorded_at" TEXT NOT NULL,
   "recorded_by" INTEGER REFERENCES "users"("id") ON DELETE SET NULL
);
CREATE UNIQUE INDEX "events_project_name"
    ON "events" ("project_id", "name");
CREATE TABLE "filings" (
   "id" INTEGER PRIMARY KEY,
   "project_id" INTEGER NOT NULL REFERENCES "projects"("id") ON DELETE CASCADE,
   "key" TEXT NOT NULL,
   "due" TEXT NOT NULL,
   "title" TEXT,
   "info" TEXT,
   "status" TEXT NOT NULL DEFAULT 'pending',
   "snoozed_until" TEXT,
   "done_at" TEXT,
   "done_by" INTEGER REFERENCES "users"("id") ON DELETE SET NULL,
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL
);
CREATE UNIQUE INDEX "filings_project_key_due"
    ON "filings" ("project_id", "key", "due");
CREATE INDEX "filings_due"
    ON "filings" ("due");
CREATE TABLE "reminders_sent" (
   "id" INTEGER PRIMARY KEY,
   "filing_id" INTEGER NOT NULL REFERENCES "filings"("id") ON DELETE CASCADE,
   "step" TEXT NOT NULL,
   "sent_at" TEXT NOT NULL,
   "message_id" TEXT
);
CREATE UNIQUE INDEX "reminders_sent_filing_step"
    ON "reminders_sent" ("filing_id", "step");
CREATE TABLE "conversations" (
   "user_id" INTEGER PRIMARY KEY REFERENCES "users"("id") ON DELETE CASCADE,
   "state" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL
);
