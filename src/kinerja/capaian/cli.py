"""``kinerja capaian``: one capaian from the command line, with its predicate and explanation.

    kinerja capaian --target 10 --realisasi 5 --polaritas negatif
    kinerja capaian --target 80-90 --realisasi 95 --json
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kinerja.capaian.achievement import compute_capaian
from kinerja.capaian.bands import PERMENDAGRI_86_2017, Scale
from kinerja.capaian.errors import ScaleError
from kinerja.errors import KinerjaError

_STATUS_TEXT = {"unknown": "tidak diketahui / unknown", "undefined": "tidak dapat dihitung / undefined"}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kinerja capaian",
        description="Hitung capaian (realisasi terhadap target) dengan predikat dan penjelasannya. / "
                    "Compute a capaian (realisasi against target) with its predicate and explanation.")
    parser.add_argument("--target", required=True, help="angka, rentang (80-90) atau predikat (WTP)")
    parser.add_argument("--realisasi", required=True, help="angka atau predikat; kosong atau '-' = belum ada")
    parser.add_argument("--polaritas", "--polarity", default="positif",
                        help="positif: semakin besar semakin baik; negatif: semakin kecil semakin baik")
    parser.add_argument("--konvensi", "--convention", default="2t-r",
                        help="rumus untuk polaritas negatif: 2t-r (bawaan) atau t/r")
    parser.add_argument("--batas-bawah", "--floor", dest="floor", default=None, help="batas bawah capaian, mis. 0")
    parser.add_argument("--batas-atas", "--ceiling", dest="ceiling", default=None, help="batas atas capaian, mis. 120")
    parser.add_argument("--skala", "--scale", dest="scale", type=Path, default=None,
                        help="berkas JSON skala predikat ({'name', 'bands': [...]}); bawaan Permendagri 86/2017")
    parser.add_argument("--json", action="store_true", help="cetak JSON")
    return parser


def _load_scale(path: Path | None) -> Scale:
    if path is None:
        return PERMENDAGRI_86_2017
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ScaleError(f"berkas skala '{path}' tidak dapat dibaca: {exc}",
                         f"the scale file '{path}' cannot be read: {exc}") from None
    return Scale.from_json(data, name=None if isinstance(data, dict) else path.stem)


def main(argv: list[str] | None = None) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error argparse has already printed
        return int(exc.code or 0)
    try:
        result = compute_capaian(args.target, args.realisasi, polarity=args.polaritas,
                                 convention=args.konvensi, floor=args.floor, ceiling=args.ceiling,
                                 scale=_load_scale(args.scale))
    except KinerjaError as exc:
        print(f"kesalahan / error: {exc.bilingual()}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
        return 0
    if result.status == "ok":
        band = result.predicate.label if result.predicate else "tanpa predikat / no band"
        print(f"Capaian: {result.display()} ({band})")
    else:
        print(f"Capaian: {_STATUS_TEXT[result.status]}")
    print(f"Konvensi: {result.convention} ({result.formula})")
    print(f"Penjelasan: {result.explanation_id}")
    print(f"Explanation: {result.explanation_en}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
