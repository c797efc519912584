"""Checks a catalog reading must pass before anything is written.

Every problem is collected (not only the first) so a planner can fix them all in one pass. Field
lengths come from the catalog models, so PostgreSQL never sees a value it would refuse.
"""
from __future__ import annotations

import re

from kinerja.catalog.models import Decree, Indicator, PerangkatDaerah, Position, Variable
from kinerja.errors import KinerjaError
from kinerja.intake.errors import ImportRejected

JENIS = {choice for choice, _ in Decree.Jenis.choices}
KEY_PATTERN = re.compile(r"^[a-z_][a-z0-9_]*$")
ROW_TEXT_FIELDS = {
    "indikator": Indicator._meta.get_field("name").max_length,
    "satuan": Indicator._meta.get_field("satuan").max_length,
    "penanggung_jawab": Indicator._meta.get_field("penanggung_jawab").max_length,
    "sumber_data": Indicator._meta.get_field("sumber_data").max_length,
    "jabatan": Position._meta.get_field("name").max_length,
    "sasaran": None,  # Objective.text, Indicator.definisi and formula_text are unbounded TextFields
    "definisi": None,
    "formula_text": None,
}
HEADER_TEXT_FIELDS = {
    "nomor": Decree._meta.get_field("nomor").max_length,
    "ditetapkan_di": Decree._meta.get_field("ditetapkan_di").max_length,
    "tanggal": Decree._meta.get_field("tanggal_text").max_length,
    "penandatangan": Decree._meta.get_field("penandatangan").max_length,
    "nip": Decree._meta.get_field("nip").max_length,
    "tentang": Decree._meta.get_field("tentang").max_length,
    "pangkat": Decree._meta.get_field("pangkat").max_length,
}
CLAUSE_FIELDS = ("menimbang", "mengingat", "diktum")
PHRASE_LENGTH = Variable._meta.get_field("phrase").max_length


def decree_year(value) -> int | None:
    """The decree year as an int, or None when it is not a plausible year."""
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool) and 1945 <= value <= 2200:
        return value
    return None


def _problem(where: str, text_id: str, text_en: str) -> KinerjaError:
    return KinerjaError(text_id, text_en, where=where)


def _check_text(value, limit: int | None, where: str, field: str, problems: list) -> None:
    if value is None:
        return
    if not isinstance(value, str):
        problems.append(_problem(where, f"kolom '{field}' harus berupa teks", f"field '{field}' must be text"))
    elif limit is not None and len(value) > limit:
        problems.append(_problem(where, f"kolom '{field}' terlalu panjang ({len(value)} > {limit} karakter)",
                                 f"field '{field}' is too long ({len(value)} > {limit} characters)"))


def _check_header(document, problems: list) -> None:
    where = "kepala keputusan / decree header"
    if not isinstance(document, dict):
        problems.append(_problem(where, "bagian 'document' tidak ada", "the 'document' part is missing"))
        return
    if not (isinstance(document.get("nomor"), str) and document["nomor"].strip()):
        problems.append(_problem(where, "nomor keputusan kosong", "the decree number is empty"))
    if decree_year(document.get("tahun")) is None:
        shown = document.get("tahun")
        problems.append(_problem(where, f"tahun keputusan tidak sah ({shown!r})",
                                 f"the decree year is not valid ({shown!r})"))
    if document.get("jenis") not in JENIS:
        problems.append(_problem(where, f"jenis keputusan harus IKU, IKI atau IKU+IKI, bukan {document.get('jenis')!r}",
                                 f"the decree kind must be IKU, IKI or IKU+IKI, not {document.get('jenis')!r}"))
    for field, limit in HEADER_TEXT_FIELDS.items():
        _check_text(document.get(field), limit, where, field, problems)
    for field in CLAUSE_FIELDS:
        items = document.get(field)
        if items is not None and not (isinstance(items, list) and all(isinstance(t, str) for t in items)):
            problems.append(_problem(where, f"'{field}' harus berupa daftar teks", f"'{field}' must be a list of texts"))


def _check_formula(formula, where: str, problems: list) -> None:
    if formula is None:
        return
    if not isinstance(formula, dict):
        problems.append(_problem(where, "formula harus berupa objek", "the formula must be an object"))
        return
    variables = formula.get("variables") or {}
    if not isinstance(variables, dict):
        problems.append(_problem(where, "variabel formula harus berupa daftar kunci → uraian",
                                 "the formula variables must map keys to phrases"))
        return
    for key, phrase in variables.items():
        if not KEY_PATTERN.match(str(key)):
            problems.append(_problem(where, f"kunci variabel '{key}' tidak sah", f"variable key '{key}' is not valid"))
        if not isinstance(phrase, str) or not phrase.strip():
            problems.append(_problem(where, f"variabel '{key}' tanpa uraian", f"variable '{key}' has no phrase"))
        elif len(phrase) > PHRASE_LENGTH:
            problems.append(_problem(where, f"uraian variabel '{key}' terlalu panjang",
                                     f"the phrase of variable '{key}' is too long"))


def _check_rows(rows, problems: list) -> None:
    if not isinstance(rows, list) or not rows:
        problems.append(_problem("indikator / indicators", "keputusan tidak memuat satu pun indikator",
                                 "the decree holds no indicators"))
        return
    for i, row in enumerate(rows, start=1):
        where = f"baris {i} / row {i}"
        if not isinstance(row, dict):
            problems.append(_problem(where, "baris bukan objek indikator", "the row is not an indicator object"))
            continue
        if not (isinstance(row.get("indikator"), str) and row["indikator"].strip()):
            problems.append(_problem(where, "nama indikator kosong", "the indicator name is empty"))
        for field, limit in ROW_TEXT_FIELDS.items():
            _check_text(row.get(field), limit, where, field, problems)
        _check_formula(row.get("formula"), where, problems)


def _check_positions(positions, problems: list) -> None:
    if positions is None:
        return
    if not isinstance(positions, list):
        problems.append(_problem("jabatan / positions", "daftar jabatan harus berupa larik",
                                 "the positions must be a list"))
        return
    limit = Position._meta.get_field("name").max_length
    for i, pos in enumerate(positions, start=1):
        where = f"jabatan {i} / position {i}"
        if not isinstance(pos, dict) or not (isinstance(pos.get("jabatan"), str) and pos["jabatan"].strip()):
            problems.append(_problem(where, "nama jabatan kosong", "the position name is empty"))
            continue
        _check_text(pos["jabatan"], limit, where, "jabatan", problems)
        _check_text(pos.get("unit"), limit, where, "unit", problems)
        for key in ("tugas", "fungsi"):
            items = pos.get(key) or []
            if not isinstance(items, list) or not all(isinstance(t, str) for t in items):
                problems.append(_problem(where, f"'{key}' harus berupa daftar teks", f"'{key}' must be a list of texts"))


def _check_amends(agency: PerangkatDaerah, document, amends: Decree | None, problems: list) -> None:
    where = "keputusan yang diubah / amended decree"
    if amends is not None:
        if amends.agency_id != agency.pk:
            problems.append(_problem(where, "keputusan yang diubah milik perangkat daerah lain",
                                     "the amended decree belongs to another agency"))
        elif amends.amended_by.exists():
            newer = amends.amended_by.first()
            problems.append(_problem(where, f"keputusan {amends} sudah diubah oleh {newer}; ubahlah yang terbaru",
                                     f"decree {amends} is already amended by {newer}; amend the newest one"))
    if not isinstance(document, dict) or not isinstance(document.get("nomor"), str):
        return
    tahun = decree_year(document.get("tahun"))
    if tahun is not None and Decree.objects.filter(agency=agency, nomor=document["nomor"].strip(),
                                                   tahun=tahun).exists():
        problems.append(_problem("kepala keputusan / decree header",
                                 f"keputusan nomor {document['nomor']} tahun {tahun} sudah ada di katalog",
                                 f"decree number {document['nomor']} of {tahun} is already in the catalog"))


def validate_catalog(agency: PerangkatDaerah, catalog, *, amends: Decree | None = None) -> None:
    """Raise :class:`ImportRejected` listing every reason ``catalog`` cannot be committed to ``agency``."""
    problems: list[KinerjaError] = []
    if not isinstance(catalog, dict):
        raise ImportRejected([_problem("katalog / catalog", "hasil baca bukan objek katalog",
                                       "the reading is not a catalog object")])
    document = catalog.get("document")
    _check_header(document, problems)
    _check_positions(catalog.get("positions"), problems)
    _check_rows(catalog.get("indicators"), problems)
    _check_amends(agency, document, amends, problems)
    if problems:
        raise ImportRejected(problems)
