"""Kinerja's documents: decrees, Perjanjian Kinerja, Rencana Aksi, Pengukuran, LKjIP Bab III, pohon kinerja.

Pure Python. A ``build_*`` function turns plain data (:mod:`kinerja.documents.model`, or a catalog
dict for the decree) into a :class:`~kinerja.documents.content.Document`; :func:`render` turns that
into .docx, .pdf or .xlsx bytes. Charts for the dashboards are in :mod:`kinerja.documents.charts`.
"""
from kinerja.documents.content import Document
from kinerja.documents.decree import build_decree, decree_defaults
from kinerja.documents.errors import DocumentError
from kinerja.documents.lkjip import build_lkjip
from kinerja.documents.pengukuran import build_pengukuran
from kinerja.documents.perjanjian import build_perjanjian, build_rencana_aksi
from kinerja.documents.pohon import build_pohon
from kinerja.documents.render import FORMATS, MEDIA_TYPES, formats_for, render, render_many

__all__ = [
    "Document", "DocumentError", "FORMATS", "MEDIA_TYPES", "build_decree", "build_lkjip", "build_pengukuran",
    "build_perjanjian", "build_pohon", "build_rencana_aksi", "decree_defaults", "formats_for", "render",
    "render_many",
]
