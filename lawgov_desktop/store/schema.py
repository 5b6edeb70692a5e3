"""The batch database's tables and the migrations between schema versions.

The version lives in ``PRAGMA user_version``.  ``MIGRATIONS[n]`` takes a database
at version ``n`` to ``n + 1``; a new column is a new entry here, never an edit of
an old one, so a reviewer's database from any earlier release opens.
"""
from __future__ import annotations

import sqlite3

MIGRATIONS: list[str] = [
    # 0 -> 1: the first schema.
    """
    CREATE TABLE batches (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        opened_at TEXT NOT NULL
    );
    CREATE TABLE reports (
        id INTEGER PRIMARY KEY,
        batch_id INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        format TEXT,
        content_hash TEXT,
        file_mtime REAL,
        file_size INTEGER,
        text TEXT NOT NULL DEFAULT '',
        metadata_json TEXT NOT NULL DEFAULT '{}',
        extracted_json TEXT NOT NULL DEFAULT '[]',
        errors_json TEXT NOT NULL DEFAULT '[]',
        findings_json TEXT NOT NULL DEFAULT '[]',
        aliases_json TEXT NOT NULL DEFAULT '[]',
        changed_on_disk INTEGER NOT NULL DEFAULT 0,
        added_at TEXT NOT NULL
    );
    CREATE INDEX reports_batch ON reports(batch_id);
    CREATE INDEX reports_hash ON reports(batch_id, content_hash);
    -- value has no declared type on purpose: an int stays an int, a rate stays a float.
    CREATE TABLE cells (
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        indicator_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        value,
        unit TEXT NOT NULL DEFAULT '',
        approx INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL,
        confidence REAL NOT NULL DEFAULT 0,
        evidence_start INTEGER,
        evidence_end INTEGER,
        evidence_text TEXT,
        note TEXT NOT NULL DEFAULT '',
        reviewer TEXT NOT NULL DEFAULT '',
        changed_at TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (report_id, indicator_id)
    );
    CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        indicator_id TEXT NOT NULL,
        old_value,
        new_value,
        old_status TEXT NOT NULL,
        new_status TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        changed_at TEXT NOT NULL,
        reviewer TEXT NOT NULL
    );
    CREATE INDEX audit_report ON audit(report_id);
    """,
    # 1 -> 2: an empty extraction result is 未提及 (was 空); the reviewer's corrections of the
    # report facts (地区, 年度, 报告主体, 发布日期) are kept beside the extracted metadata.
    """
    UPDATE cells SET status = '未提及' WHERE status = '空';
    UPDATE audit SET old_status = '未提及' WHERE old_status = '空';
    UPDATE audit SET new_status = '未提及' WHERE new_status = '空';
    ALTER TABLE reports ADD COLUMN facts_json TEXT NOT NULL DEFAULT '{}';
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)


class SchemaTooNewError(Exception):
    """The database was written by a newer release of the program."""


def migrate(connection: sqlite3.Connection) -> None:
    """Bring the database up to ``SCHEMA_VERSION``, one transaction per step."""
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise SchemaTooNewError(version)
    for step in range(version, SCHEMA_VERSION):
        # The connection is in autocommit mode; the script carries its own transaction
        # so a crash mid-migration leaves the previous version intact.
        connection.executescript("BEGIN IMMEDIATE;" + MIGRATIONS[step] + f"PRAGMA user_version = {step + 1};COMMIT;")
