"""``kinerja decree write CATALOG.json -o OUT.docx|OUT.pdf|OUT.xlsx``: a decree from a catalog, no database."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kinerja.documents.decree import build_decree
from kinerja.documents.errors import DocumentError
from kinerja.documents.render import FORMATS, render


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="kinerja decree write",
        description="Tulis Keputusan IKU/IKI dari katalog JSON / Write the IKU/IKI decree from a catalog JSON.")
    parser.add_argument("catalog", help="katalog JSON / catalog JSON (see docs/catalog-schema.md)")
    parser.add_argument("-o", "--output", required=True, help="OUT.docx, OUT.pdf atau/or OUT.xlsx")
    parser.add_argument("--format", choices=sorted(FORMATS), help="format, bila tidak dari akhiran / if not from the suffix")
    args = parser.parse_args(argv)
    out = Path(args.output)
    fmt = args.format or out.suffix.lower().lstrip(".")
    try:
        try:
            catalog = json.loads(Path(args.catalog).read_text(encoding="utf-8"))
        except OSError as exc:
            raise DocumentError(f"Berkas katalog tidak dapat dibaca ({exc.strerror})",
                                f"Cannot read the catalog file ({exc.strerror})", where=args.catalog) from None
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise DocumentError(f"Katalog bukan JSON yang sah ({exc})", f"The catalog is not valid JSON ({exc})",
                                where=args.catalog) from None
        data = render(build_decree(catalog), fmt)
        try:
            out.write_bytes(data)
        except OSError as exc:
            raise DocumentError(f"Tidak dapat menulis berkas ({exc.strerror})",
                                f"Cannot write the file ({exc.strerror})", where=str(out)) from None
    except DocumentError as exc:
        print(exc.bilingual(), file=sys.stderr)
        return 2
    print(f"{out} ({len(data):,} bytes)")
    return 0
