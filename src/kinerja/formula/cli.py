"""``kinerja formula "TEXT" [--definisi "TEXT"] [--indikator "NAME"] [--json]``: print how the engine reads a
formula."""
from __future__ import annotations

import argparse
import json
import sys

from kinerja.formula.errors import FormulaError
from kinerja.formula.reader import read_formula
from kinerja.formula.reading import FormulaReading
from kinerja.formula.render import render_expression

_KIND_NAMES = {
    "ratio_percent": "persentase (rasio × 100%)", "count": "jumlah (cacah)", "growth_percent": "pertumbuhan (%)",
    "difference": "selisih", "ratio": "rasio", "average": "rata-rata", "weighted_index": "indeks berbobot",
    "constant_target": "target tetap", "other": "lainnya",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kinerja formula",
                                     description="Baca teks formula indikator / read an indicator formula text")
    parser.add_argument("text", help="teks formula, mis. 'Jumlah A dibagi Jumlah B x 100%%'")
    parser.add_argument("--definisi", default=None, help="teks definisi operasional baris yang sama")
    parser.add_argument("--indikator", default=None, help="nama indikator baris yang sama (bukti tambahan)")
    parser.add_argument("--json", action="store_true", help="cetak JSON sesuai catalog-schema.md")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    try:
        reading = read_formula(args.text, definisi=args.definisi, indikator=args.indikator)
    except FormulaError as exc:
        print(f"galat / error: {exc.bilingual()}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(reading.to_json(), ensure_ascii=False, indent=2))
    else:
        print(describe(reading))
    return 0


def describe(reading: FormulaReading) -> str:
    lines = [f"jenis / kind   : {reading.kind} — {_KIND_NAMES.get(reading.kind, reading.kind)}"]
    if reading.expression:
        lines.append(f"ekspresi       : {reading.expression}")
        lines.append(f"dibaca         : {render_expression(reading.expression, reading.variables, 'id')}")
        lines.append(f"reads          : {render_expression(reading.expression, reading.variables, 'en')}")
    for key, phrase in reading.variables.items():
        lines.append(f"  {key} = {phrase}")
    if reading.kind == "constant_target":
        lines.append(f"nilai / value  : {reading.value} {reading.satuan or ''}".rstrip())
    for band in reading.bands or []:
        lines.append(f"  predikat {band['label'] or ''}: min={band['min']} max={band['max']} {band['meaning'] or ''}")
    for check in reading.checks:
        verdict = "cocok / agrees" if check["agrees"] else "TIDAK cocok / does NOT agree"
        lines.append(f"contoh         : {check['written']} = {check['shown']} ({verdict})")
    review = " — perlu diperiksa / needs review" if reading.needs_review else ""
    lines.append(f"keyakinan      : {reading.confidence:.2f}{review}")
    for warning in reading.warnings:
        lines.append(f"  ! {warning['id']} / {warning['en']}")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
