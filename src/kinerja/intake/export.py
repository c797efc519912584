"""A committed decree read back out of the database in the catalog interchange format.

The inverse of :func:`kinerja.intake.commit.commit_catalog`: what goes in through an import comes
back out here (quality ``issues`` and importer ``warnings`` are not catalog data and come back empty).
"""
from __future__ import annotations

from kinerja.catalog.models import Decree, Indicator
from kinerja.intake.models import DecreePosition


def _or_none(value: str | None) -> str | None:
    return value if value else None


def document_of(decree: Decree) -> dict:
    return {
        **_texts(decree),
        "pemda": decree.agency.pemda.name,
        "perangkat_daerah": decree.agency.name,
        "nomor": decree.nomor,
        "tahun": decree.tahun,
        "jenis": decree.jenis,
        "ditetapkan_di": _or_none(decree.ditetapkan_di),
        "tanggal": decree.tanggal.isoformat() if decree.tanggal else _or_none(decree.tanggal_text),
        "penandatangan": _or_none(decree.penandatangan),
        "nip": _or_none(decree.nip),
    }


def _texts(decree: Decree) -> dict:
    """Tentang, pangkat and the clauses, where the decree has them (an imported decree keeps its own)."""
    out: dict = {}
    for key in ("tentang", "pangkat"):
        if getattr(decree, key):
            out[key] = getattr(decree, key)
    for key, field in (("menimbang", "menimbang"), ("mengingat", "mengingat"), ("diktum", "memutuskan")):
        items = [line.strip() for line in getattr(decree, field).splitlines() if line.strip()]
        if items:
            out[key] = items
    return out


def indicator_row(indicator: Indicator) -> dict:
    return {
        "jabatan": indicator.position.name if indicator.position_id else None,
        "sasaran": indicator.objective.text if indicator.objective_id else None,
        "indikator": indicator.name,
        "definisi": _or_none(indicator.definisi),
        "formula_text": _or_none(indicator.formula_text),
        "formula": indicator.formula or None,
        "satuan": _or_none(indicator.satuan),
        "penanggung_jawab": _or_none(indicator.penanggung_jawab),
        "sumber_data": _or_none(indicator.sumber_data),
        "issues": [],
    }


def decree_indicators(decree: Decree):
    return decree.indicators.select_related("position__unit", "objective").order_by("order", "pk")


def catalog_from_db(decree: Decree) -> dict:
    """The catalog JSON (see ``catalog-schema.md``) of one committed decree version."""
    sections = (DecreePosition.objects.filter(decree=decree).select_related("position__unit")
                .order_by("order", "pk"))
    positions = [_position(s.position, s.tugas, s.fungsi) for s in sections]
    indicators = list(decree_indicators(decree))
    if not positions:
        # A decree written in the app rather than imported keeps its wording on the positions
        # themselves: take the jabatan its indicators name, so IKI sections keep tugas and fungsi.
        named = {ind.position_id: ind.position for ind in indicators if ind.position_id}
        positions = [_position(p, p.tugas, p.fungsi) for p in sorted(named.values(), key=lambda p: (p.order, p.pk))]
    return {
        "document": document_of(decree),
        "positions": positions,
        "indicators": [indicator_row(ind) for ind in indicators],
        "warnings": [],
    }


def _position(position, tugas, fungsi) -> dict:
    return {"jabatan": position.name, "unit": position.unit.name if position.unit_id else None,
            "tugas": list(tugas), "fungsi": list(fungsi)}
