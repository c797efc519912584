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
    return decree.indicators.select_related("position", "objective").order_by("order", "pk")


def catalog_from_db(decree: Decree) -> dict:
    """The catalog JSON (see ``catalog-schema.md``) of one committed decree version."""
    sections = (DecreePosition.objects.filter(decree=decree).select_related("position__unit")
                .order_by("order", "pk"))
    return {
        "document": document_of(decree),
        "positions": [
            {"jabatan": s.position.name, "unit": s.position.unit.name if s.position.unit_id else None,
             "tugas": list(s.tugas), "fungsi": list(s.fungsi)}
            for s in sections
        ],
        "indicators": [indicator_row(ind) for ind in decree_indicators(decree)],
        "warnings": [],
    }
