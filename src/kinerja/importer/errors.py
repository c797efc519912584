"""Errors the importer raises: always a :class:`KinerjaError`, never a parser's own exception."""
from __future__ import annotations

from kinerja.errors import KinerjaError


class DecreeFormatError(KinerjaError, ValueError):
    """The file is not a decree the importer can read (wrong type, damaged, empty)."""


class DecreeTooLargeError(DecreeFormatError):
    """The file (or what it would unpack to) is larger than the importer accepts."""


def unreadable(kind: str, detail: str) -> DecreeFormatError:
    return DecreeFormatError(
        f"Berkas {kind} tidak dapat dibaca: {detail}",
        f"The {kind} file cannot be read: {detail}",
    )


class NoIndicatorRows(DecreeFormatError):
    """A decree in which no indicator row was found: says what was looked for and what to do next."""

    @classmethod
    def for_tables(cls, tables: int) -> NoIndicatorRows:
        found_id = (f"Ditemukan {tables} tabel, tetapi kolomnya tidak dikenali. " if tables
                    else "Tidak ditemukan tabel. ")
        found_en = (f"{tables} table(s) were found but their columns were not recognised. " if tables
                    else "No table was found. ")
        return cls(
            "Tidak ada baris indikator yang terbaca. Yang dicari: tabel dengan judul kolom Indikator beserta "
            "Sasaran, Definisi/Penjelasan, Formulasi/Rumus/Cara Perhitungan, Satuan, Penanggung Jawab atau Sumber "
            "Data (dipisah tab, garis tegak, spasi, atau satu sel per baris), atau daftar bernomor "
            f"'1. Nama indikator : …'. {found_id}Langkah berikutnya: buka 'Susun kolom' dan tentukan sendiri "
            "kolom mana yang berisi apa, atau simpan ulang berkas sebagai .docx/.xlsx dengan tabel.",
            "No indicator row was read. Looked for: a table whose column titles name the Indikator together with "
            "Sasaran, Definisi/Penjelasan, Formulasi/Rumus/Cara Perhitungan, Satuan, Penanggung Jawab or Sumber "
            "Data (cells apart by tabs, pipes, spaces, or one cell per line), or a numbered list "
            f"'1. Nama indikator : …'. {found_en}Next step: open 'Map columns' and say which column holds what, "
            "or save the file again as .docx/.xlsx with a table.")
