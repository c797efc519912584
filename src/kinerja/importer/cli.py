"""``kinerja decree read FILE [--json]``: print the catalog a decree reads as; saves nothing."""
from __future__ import annotations

import argparse
import sys

from kinerja.errors import KinerjaError
from kinerja.importer.api import read_decree


def _summary(catalog: dict) -> str:
    doc = catalog["document"]
    lines = [f"{doc.get('jenis')} {doc.get('perangkat_daerah')} — {doc.get('pemda')}",
             f"Nomor {doc.get('nomor')} ({doc.get('tahun')}), {doc.get('ditetapkan_di')} {doc.get('tanggal')}",
             f"Penandatangan: {doc.get('penandatangan')} NIP {doc.get('nip')}",
             f"Jabatan: {len(catalog['positions'])}  Indikator: {len(catalog['indicators'])}  "
             f"Peringatan/warnings: {len(catalog['warnings'])}"]
    for w in catalog["warnings"]:
        lines.append(f"  ! baris/line {w.get('line')}: {w['message']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kinerja decree read", description=__doc__)
    parser.add_argument("file", help=".docx, .pdf, .xlsx, .md or .txt")
    parser.add_argument("--json", action="store_true", help="print the catalog JSON")
    args = parser.parse_args(argv)
    try:
        reading = read_decree(args.file, filename=args.file)
    except KinerjaError as exc:
        print(exc.bilingual(), file=sys.stderr)
        return 2
    print(reading.to_json() if args.json else _summary(reading.catalog))
    if reading.problem is not None:
        print(reading.problem.bilingual(), file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
