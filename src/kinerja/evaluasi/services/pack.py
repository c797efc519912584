"""The evidence pack for the national portal (the upload there stays manual): a .zip of every bukti
dukung, each named by its criterion code, with an index .xlsx listing every criterion, its answers
and its files (name in the zip, who uploaded it, when, SHA-256)."""
from __future__ import annotations

import tempfile
import zipfile
from collections import defaultdict

from django.utils import timezone

from kinerja.documents import render
from kinerja.documents.content import Column, Document, Section, Table
from kinerja.evaluasi.models import BuktiDukung, Evaluation
from kinerja.evaluasi.services import files
from kinerja.evaluasi.services.scores import scores_of

INDEX = "indeks-bukti-dukung.xlsx"
# Zips are built on disk past this size, so a pack of large scans never sits whole in memory.
IN_MEMORY = 16 * 1024 * 1024
COLUMNS = [Column("KODE", 0.8), Column("KRITERIA", 5.0), Column("NILAI USULAN", 0.9, "center"),
           Column("NILAI PENETAPAN", 0.9, "center"), Column("BERKAS DALAM ZIP", 3.0), Column("JENIS", 1.2),
           Column("DIUNGGAH OLEH", 1.4), Column("TANGGAL", 1.3), Column("SHA-256", 3.0)]


def pack_name(evaluation: Evaluation) -> str:
    return f"bukti-dukung-{evaluation.agency.slug}-{evaluation.year}.zip"


def evidence_pack(evaluation: Evaluation):
    """An open temporary file holding the zip, positioned at its start."""
    sc = scores_of(evaluation)
    bukti = defaultdict(list)
    for b in BuktiDukung.objects.filter(evaluation=evaluation).select_related("uploaded_by").order_by("uploaded_at", "pk"):
        bukti[b.code].append(b)
    out = tempfile.SpooledTemporaryFile(max_size=IN_MEMORY)
    used: set[str] = set()
    rows = []
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for criterion in sc.tree.criteria():
            answer = sc.answers.get(criterion.code)
            usulan, penetapan = (answer.usulan, answer.penetapan) if answer else ("", "")
            if not bukti.get(criterion.code):
                rows.append([criterion.code, criterion.text, usulan or None, penetapan or None, None, None, None,
                             None, None])
                continue
            for b in bukti[criterion.code]:
                name = _unique(f"{criterion.code} {b.original_name}", used)
                path = files.path_of(b.stored_name)
                if path.exists():
                    archive.write(path, name)
                else:
                    name = f"(berkas hilang) {b.original_name}"
                who = b.uploaded_by.get_full_name() or b.uploaded_by.username if b.uploaded_by else ""
                rows.append([criterion.code, criterion.text, usulan or None, penetapan or None, name,
                             b.get_kind_display(), who, f"{timezone.localtime(b.uploaded_at):%Y-%m-%d %H:%M}",
                             b.sha256])
        index = Document(title=f"Bukti dukung {evaluation.agency.name} {evaluation.year}", sections=[Section([
            Table(columns=COLUMNS, rows=rows, sheet="Bukti dukung",
                  caption=f"Bukti dukung Evaluasi AKIP {evaluation.agency.name} tahun {evaluation.year}")])])
        archive.writestr(INDEX, render(index, "xlsx"))
    out.seek(0)
    return out


def _unique(name: str, used: set[str]) -> str:
    stem, dot, ext = name.rpartition(".")
    candidate, n = name, 2
    while candidate in used:
        candidate = f"{stem} ({n}).{ext}" if dot else f"{name} ({n})"
        n += 1
    used.add(candidate)
    return candidate
