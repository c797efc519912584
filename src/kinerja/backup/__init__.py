"""Backup and restore: one archive that holds a whole install (every table row, every private file).

``dump.write_backup`` reads the database in one read-only snapshot transaction, so the archive is
consistent while the server keeps serving; ``load.restore_backup`` puts it back into an empty
database, on SQLite or PostgreSQL whichever made it, and records nothing of its own in the audit
trail. The archive format is in :mod:`kinerja.backup.archive`; docs/backup.md has the why.
"""
