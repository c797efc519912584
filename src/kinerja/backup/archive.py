"""The archive: a zip file with a manifest, one JSON-lines member per table and the private files.

    kinerja-backup.json              the manifest (format, version, when, from which database,
                                     applied migrations, rows and SHA-256 per table, size and
                                     SHA-256 per file)
    data/<app_label>.<model>.jsonl   first line: the column names; then one JSON array per row
    files/<path under the data dir>  uploaded decrees and evidence, byte for byte

A zip because every system opens one, and members can be checked and read one at a time. No Django
here: this module knows bytes and names, not models.
"""
from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from kinerja.backup.errors import BackupError

FORMAT = "kinerja-backup"
VERSION = 1
MANIFEST = "kinerja-backup.json"
CHUNK = 1024 * 1024


@dataclass
class Manifest:
    created: str
    database: str
    kinerja: str
    migrations: dict[str, list[str]]
    tables: dict[str, dict] = field(default_factory=dict)   # label -> {"rows": n, "sha256": hex}
    files: dict[str, dict] = field(default_factory=dict)    # relative path -> {"size": n, "sha256": hex}
    format: str = FORMAT
    version: int = VERSION

    def to_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False, indent=1, sort_keys=True)

    @classmethod
    def from_json(cls, text: bytes) -> Manifest:
        try:
            data = json.loads(text)
            if data.get("format") != FORMAT:
                raise ValueError
            return cls(**data)
        except (ValueError, TypeError, AttributeError):
            raise _foreign() from None


def _foreign() -> BackupError:
    return BackupError("Berkas ini bukan cadangan Kinerja.", "This file is not a Kinerja backup.")


def safe_member_path(name: str) -> PurePosixPath:
    """A file path from an archive, refused if it could land outside the data directory."""
    path = PurePosixPath(name)
    if path.is_absolute() or not path.parts or any(p in ("..", "") or "\\" in p or ":" in p for p in path.parts):
        raise BackupError(f"Nama berkas tidak aman di dalam cadangan: {name!r}.",
                          f"Unsafe file name inside the backup: {name!r}.")
    return path


class ArchiveWriter:
    """Writes members one by one, hashing as it goes; the manifest goes in last."""

    def __init__(self, path: Path) -> None:
        self.zip = zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6, allowZip64=True)

    def table(self, label: str, columns: list[str], rows: Iterator[list]) -> dict:
        digest, count = hashlib.sha256(), 0
        with self.zip.open(f"data/{label}.jsonl", "w", force_zip64=True) as out:
            def put(values: list) -> None:
                data = (json.dumps(values, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
                digest.update(data)
                out.write(data)

            put(columns)
            for row in rows:
                put(row)
                count += 1
        return {"rows": count, "sha256": digest.hexdigest()}

    def file(self, relative: str, source: Path) -> dict:
        digest, size = hashlib.sha256(), 0
        with source.open("rb") as src, self.zip.open(f"files/{relative}", "w", force_zip64=True) as out:
            while chunk := src.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
                out.write(chunk)
        return {"size": size, "sha256": digest.hexdigest()}

    def finish(self, manifest: Manifest) -> None:
        self.zip.writestr(MANIFEST, manifest.to_json())
        self.zip.close()

    def abort(self) -> None:
        self.zip.close()


class ArchiveReader:
    def __init__(self, path: Path) -> None:
        try:
            self.zip = zipfile.ZipFile(path)
            self.manifest = Manifest.from_json(self.zip.read(MANIFEST))
        except KeyError:
            raise _foreign() from None
        except (zipfile.BadZipFile, OSError, EOFError):
            raise BackupError("Berkas cadangan rusak atau bukan berkas zip.",
                              "The backup file is damaged or not a zip file.") from None
        if self.manifest.version > VERSION:
            raise BackupError("Cadangan ini dibuat oleh versi Kinerja yang lebih baru.",
                              "This backup was made by a newer version of Kinerja.")

    def verify(self) -> None:
        """Check every member against the manifest before anything is restored."""
        for label, info in self.manifest.tables.items():
            self._check(f"data/{label}.jsonl", info["sha256"])
        for relative, info in self.manifest.files.items():
            safe_member_path(relative)
            self._check(f"files/{relative}", info["sha256"])

    def _check(self, member: str, expected: str) -> None:
        digest = hashlib.sha256()
        try:
            with self.zip.open(member) as stream:
                while chunk := stream.read(CHUNK):
                    digest.update(chunk)
        except KeyError:
            raise BackupError(f"Cadangan tidak lengkap: {member} hilang.",
                              f"The backup is incomplete: {member} is missing.") from None
        except (zipfile.BadZipFile, OSError, EOFError, ValueError):
            raise BackupError(f"Cadangan rusak: {member} tidak terbaca.",
                              f"The backup is damaged: {member} cannot be read.") from None
        if digest.hexdigest() != expected:
            raise BackupError(f"Cadangan rusak: isi {member} tidak cocok dengan daftar periksanya.",
                              f"The backup is damaged: {member} does not match its checksum.")

    def rows(self, label: str) -> tuple[list[str], Iterator[list]]:
        stream = self.zip.open(f"data/{label}.jsonl")
        columns = json.loads(stream.readline())

        def lines() -> Iterator[list]:
            with stream:
                for line in stream:
                    yield json.loads(line)
        return columns, lines()

    def copy_file(self, relative: str, target: Path) -> None:
        with self.zip.open(f"files/{relative}") as src, target.open("wb") as out:
            while chunk := src.read(CHUNK):
                out.write(chunk)

    def close(self) -> None:
        self.zip.close()
