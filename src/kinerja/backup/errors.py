from kinerja.errors import KinerjaError


class BackupError(KinerjaError):
    """A backup that cannot be written, or an archive that cannot be restored (nothing was changed)."""
