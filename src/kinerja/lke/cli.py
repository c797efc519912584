"""``kinerja evaluasi template [--year Y] [--json]`` and ``kinerja evaluasi score ANSWERS.json [--json]``.

    kinerja evaluasi template --year 2025 --json      the LKE tree: codes, weights, texts, answer scales
    kinerja evaluasi score jawaban.json --json        per sub-component and component, total, grade, why

ANSWERS.json is ``{"1.a.1": "Y", "1.b.5": "B", …}`` or ``{"version": "88/2021", "answers": {…}}``
(or ``{"year": 2025, "answers": {…}}``). Exit codes: 0 done, 2 the input cannot be used (unknown code,
answer off its scale, unreadable file) — with the reason in Indonesian and English.
"""
from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal
from pathlib import Path

from kinerja.lke.errors import LkeError
from kinerja.lke.instrument import Instrument, load_instrument
from kinerja.lke.scoring import score

MAX_BYTES = 5 * 1024 * 1024


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kinerja evaluasi",
                                     description="Lembar Kerja Evaluasi AKIP (PermenPANRB 88/2021) / the LKE")
    sub = parser.add_subparsers(dest="command", required=True)
    template = sub.add_parser("template", help="cetak pohon LKE / print the LKE tree")
    template.add_argument("--year", "--tahun", type=int, default=None, help="tahun yang dievaluasi / evaluated year")
    template.add_argument("--json", action="store_true", help="cetak JSON / print JSON")
    scored = sub.add_parser("score", help="hitung nilai dari jawaban / score an answer set")
    scored.add_argument("answers", help="berkas JSON jawaban per kode kriteria, '-' untuk stdin")
    scored.add_argument("--year", "--tahun", type=int, default=None, help="tahun yang dievaluasi / evaluated year")
    scored.add_argument("--json", action="store_true", help="cetak JSON / print JSON")
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        args = _parser().parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as exc:  # --help, or a usage error argparse has already printed
        return int(exc.code or 0)
    try:
        if args.command == "template":
            instrument = load_instrument(year=args.year)
            print(json.dumps(instrument.to_dict(), ensure_ascii=False, indent=2) if args.json else _outline(instrument))
            return 0
        data = _read(args.answers)
        answers, version, year = _answers_of(data)
        instrument = load_instrument(version=version, year=year if year is not None else args.year)
        result = score(instrument, answers)
    except LkeError as exc:
        print(f"galat / error: {exc.bilingual()}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        print("\n".join(result.explanation("id")))
        print("\n".join(result.explanation("en")))
    return 0


def _read(path: str) -> object:
    try:
        if path == "-":
            text = sys.stdin.read(MAX_BYTES + 1)
        else:
            file = Path(path)
            if file.stat().st_size > MAX_BYTES:
                raise LkeError("Berkas jawaban lebih dari 5 MB.", "The answers file is larger than 5 MB.", where=path)
            text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise LkeError(f"Berkas tidak dapat dibaca: {exc.strerror}", f"The file cannot be read: {exc.strerror}",
                       where=path) from None
    except UnicodeDecodeError:
        raise LkeError("Berkas bukan teks UTF-8.", "The file is not UTF-8 text.", where=path) from None
    if len(text) > MAX_BYTES:
        raise LkeError("Jawaban lebih dari 5 MB.", "The answers are larger than 5 MB.", where=path)
    try:
        return json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        raise LkeError(f"JSON tidak sah (baris {exc.lineno}).", f"Invalid JSON (line {exc.lineno}).", where=path) from None
    except RecursionError:
        raise LkeError("JSON terlalu dalam bersarang.", "The JSON is nested too deeply.", where=path) from None


def _answers_of(data: object) -> tuple[dict, str | None, int | None]:
    if not isinstance(data, dict):
        raise LkeError("Jawaban harus berupa objek JSON {kode: jawaban}.",
                       "The answers must be a JSON object {code: answer}.")
    if "answers" not in data:
        return data, None, None
    answers, version, year = data["answers"], data.get("version"), data.get("year")
    if not isinstance(answers, dict):
        raise LkeError("'answers' harus berupa objek {kode: jawaban}.", "'answers' must be an object {code: answer}.")
    if version is not None and not isinstance(version, str):
        raise LkeError("'version' harus berupa teks.", "'version' must be text.")
    if year is not None and (not isinstance(year, int) or isinstance(year, bool)):
        raise LkeError("'year' harus bilangan bulat.", "'year' must be a whole number.")
    return answers, version, year


def _outline(instrument: Instrument) -> str:
    lines = [f"{instrument.title} — {instrument.version}"]
    scales = ", ".join(f"{key}: {'/'.join(s.answers)}" for key, s in instrument.scales.items())
    lines.append(f"Skala / scales: {scales}")
    for comp in instrument.components:
        lines.append(f"{comp.code}. {comp.name} ({_w(comp.weight)})")
        for sub in comp.subcomponents:
            lines.append(f"  {sub.code} {sub.name} ({_w(sub.weight)})")
            for c in sub.criteria:
                lines.append(f"    {c.code} [{c.scale.key}] {c.text}")
    return "\n".join(lines)


def _w(value) -> str:
    return str(int(value)) if value.denominator == 1 else str(float(value)).replace(".", ",")


if __name__ == "__main__":
    sys.exit(main())
