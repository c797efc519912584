"""``kinerja decree review FILE [--json] [--lang id|en]``: print what an evaluator would say about a catalog.

Exit codes: 0 no errors found, 1 at least one finding of severity "error", 2 the file cannot be read.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kinerja.review.errors import ReviewError
from kinerja.review.finding import Finding
from kinerja.review.review import review_catalog
from kinerja.review.summary import summarise

_MARK = {"id": {"error": "GALAT", "warning": "PERINGATAN", "info": "CATATAN"},
         "en": {"error": "ERROR", "warning": "WARNING", "info": "NOTE"}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kinerja decree review",
                                     description="Tinjau kualitas indikator / review indicator quality")
    parser.add_argument("file", help="katalog JSON (catalog-schema.md), '-' untuk stdin")
    parser.add_argument("--json", action="store_true",
                        help="cetak temuan sebagai JSON: kode, jenis, tingkat, keyakinan, bukti, alasan (id, en)")
    parser.add_argument("--lang", choices=("id", "en"), default="id", help="bahasa pesan / message language")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    try:
        catalog = _load(args.file)
        findings = review_catalog(catalog)
    except ReviewError as exc:
        print(f"galat / error: {exc.bilingual()}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps([f.to_dict() for f in findings], ensure_ascii=False, indent=2))
    else:
        print(render(findings, catalog["indicators"], args.lang))
    return 1 if any(f.severity == "error" for f in findings) else 0


def _load(path: str) -> dict:
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ReviewError(f"Berkas tidak dapat dibaca: {exc.strerror}", f"The file cannot be read: {exc.strerror}",
                          where=path) from exc
    except UnicodeDecodeError as exc:
        raise ReviewError("Berkas bukan teks UTF-8.", "The file is not UTF-8 text.", where=path) from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReviewError(f"JSON tidak sah (baris {exc.lineno}).", f"Invalid JSON (line {exc.lineno}).",
                          where=path) from exc


def render(findings: list[Finding], rows: list, language: str = "id") -> str:
    lines: list[str] = []
    current: object = object()
    for f in findings:
        if f.row != current:
            current = f.row
            if f.row is None:
                lines.append("== Keputusan / Decree ==" if language == "id" else "== Decree ==")
            else:
                name = rows[f.row].get("indikator") if isinstance(rows[f.row], dict) else None
                lines.append(f"== {f.row + 1}. {name or '-'} ==")
        lines.append(f"  [{_MARK[language][f.severity]}] {f.message(language)}  ({f.code})")
        for evidence in f.evidence:
            where = f"{evidence.field}" + (f", {'baris' if language == 'id' else 'row'} {evidence.row + 1}"
                                           if evidence.row is not None else "")
            lines.append(f"      « {evidence.text} » ({where})")
        lines.append(f"      {'mengapa' if language == 'id' else 'why'}: {f.why(language)}")
        if f.fix(language):
            lines.append(f"      {'saran' if language == 'id' else 'fix'}: {f.fix(language)}")
    summary = summarise(findings, len(rows))
    counts = ", ".join(f"{k} {v}" for k, v in summary.by_severity.items())
    lines.append(f"{len(findings)} temuan / findings ({counts}); {summary.rows_with_findings} dari/of "
                 f"{summary.rows} indikator")
    return "\n".join(lines)
