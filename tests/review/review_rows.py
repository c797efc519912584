"""Building catalog rows for the review tests."""
from __future__ import annotations


def row(indikator: str, formula_text: str | None = None, **fields) -> dict:
    base = {"jabatan": None, "sasaran": "Meningkatnya pelayanan", "indikator": indikator, "definisi": None,
            "formula_text": formula_text, "formula": None, "satuan": None, "penanggung_jawab": "Kepala Dinas",
            "sumber_data": "Bidang Program", "issues": []}
    base.update(fields)
    return base


def catalog(*rows: dict, jenis: str = "IKU") -> dict:
    return {"document": {"jenis": jenis}, "positions": [], "indicators": list(rows), "warnings": []}


def codes(findings) -> set[str]:
    return {f.code for f in findings}
