"""Labelled catalogs made from templates, for measuring the review on wording it was not written against.

Two pools of things an agency counts: ``DEV`` (labour, trade, cooperatives — the seeds' world, used while
the rules were written) and ``HELD_OUT`` (health, education, agriculture, public works, social affairs —
not looked at while writing the rules; its figures are reported apart). Each thing comes with the
condition a good indicator puts on it, a synonym of the thing and, where Indonesian writes one, its
abbreviation.

Every generated row carries its label: the codes that must fire (a defect put in on purpose) or
``CLEAN`` (a sound row in other words: synonyms, abbreviations spelled out in the definisi, another
inflection, a typo). The review reads the formula text with the formula engine, as on a real decree.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

MISMATCH_CODES = frozenset({"name-formula-object", "name-condition-differs", "formula-drops-qualifier",
                            "formula-adds-condition", "name-count-formula-percent", "name-percent-formula-count",
                            "name-growth-formula-level", "name-denominator-mismatch"})


@dataclass(frozen=True)
class Thing:
    noun: str              # "pencari kerja"
    condition: str         # "ditempatkan"
    noun_other: str        # another way to say the noun ("pencaker" is not Indonesian; a synonym or the same)
    condition_other: str   # another inflection of the condition ("mendapat penempatan")
    short: str | None = None   # an abbreviation the decree spells out ("LPK")


DEV = (
    Thing("pencari kerja", "ditempatkan", "pencari kerja", "mendapat penempatan"),
    Thing("lembaga pelatihan kerja", "dibina", "lembaga pelatihan kerja", "mendapat pembinaan", "LPK"),
    Thing("koperasi", "dinilai kesehatannya", "koperasi", "mendapat penilaian kesehatan"),
    Thing("usaha mikro", "difasilitasi permodalan", "usaha mikro", "mendapat fasilitasi permodalan"),
    Thing("perkara perselisihan", "diselesaikan", "kasus perselisihan", "terselesaikan"),
    Thing("perusahaan", "menerapkan struktur skala upah", "badan usaha", "menerapkan struktur dan skala upah"),
    Thing("pedagang pasar", "dibina", "pedagang pasar", "mendapat pembinaan"),
    Thing("tenaga kerja asing", "diberikan rekomendasi", "tenaga kerja asing", "mendapat rekomendasi", "TKA"),
)
HELD_OUT = (
    Thing("puskesmas", "terakreditasi", "puskesmas", "mendapat akreditasi"),
    Thing("balita", "mendapat imunisasi dasar lengkap", "anak balita", "diimunisasi dasar lengkap"),
    Thing("petani", "mengikuti penyuluhan", "petani", "mendapat penyuluhan"),
    Thing("kelompok tani", "dibina", "kelompok tani", "mendapat pembinaan", "Poktan"),
    Thing("sekolah dasar", "terakreditasi", "sekolah dasar", "mendapat akreditasi", "SD"),
    Thing("rumah tidak layak huni", "diperbaiki", "rumah tidak layak huni", "mendapat perbaikan", "RTLH"),
    Thing("jalan kabupaten", "dalam kondisi mantap", "ruas jalan kabupaten", "berkondisi mantap"),
    Thing("ibu hamil", "mendapat pelayanan antenatal", "ibu hamil", "dilayani antenatal"),
    Thing("penyandang disabilitas", "mendapat bantuan sosial", "penyandang disabilitas", "menerima bantuan sosial"),
    Thing("desa", "berstatus mandiri", "desa", "berstatus desa mandiri"),
)
# Written after the rules were last changed and measured once, as they stood: the figures in
# docs/review.md are those of that first run (HELD_OUT above was used once to find false alarms, which
# were fixed, so it no longer counts as unseen).
FRESH = (
    Thing("kapal nelayan", "memiliki izin", "perahu nelayan", "berizin"),
    Thing("wisatawan", "berkunjung ke objek wisata", "pengunjung", "mengunjungi objek wisata"),
    Thing("penduduk", "memiliki KTP elektronik", "warga", "mempunyai KTP elektronik"),
    Thing("sampah rumah tangga", "terkelola", "sampah rumah tangga", "dikelola"),
    Thing("angkutan umum", "lulus uji kendaraan", "angkutan umum", "lolos uji kendaraan"),
    Thing("usaha pariwisata", "tersertifikasi", "usaha wisata", "mendapat sertifikasi"),
    Thing("perpustakaan desa", "aktif", "perpustakaan desa", "beroperasi"),
    Thing("anak usia sekolah", "bersekolah", "anak usia sekolah", "mengikuti pendidikan"),
)
CLEAN = "clean"


@dataclass
class LabelledRow:
    row: dict
    expect: frozenset[str] | str     # codes of which one must fire, or CLEAN
    note: str


def _typo(word: str, rng: random.Random) -> str:
    """One letter dropped from the middle of a long word: 'kesehatannya' → 'kesehatanya'."""
    if len(word) < 8:
        return word
    at = rng.randrange(3, len(word) - 3)
    return word[:at] + word[at + 1:]


def _row(indikator: str, formula: str, definisi: str | None = None, jabatan: str | None = None, **extra) -> dict:
    row = {"jabatan": jabatan, "sasaran": extra.pop("sasaran", "Meningkatnya kualitas pelayanan"),
           "indikator": indikator, "definisi": definisi, "formula_text": formula, "formula": None,
           "satuan": extra.pop("satuan", None), "penanggung_jawab": extra.pop("penanggung_jawab", "Kepala Bidang"),
           "sumber_data": extra.pop("sumber_data", "Laporan bulanan bidang"), "issues": []}
    row.update(extra)
    return row


def _percent(noun: str, condition: str) -> str:
    return f"Jumlah {noun} yang {condition} dibagi jumlah seluruh {noun} x 100%"


def clean_variant(thing: Thing, rng: random.Random) -> LabelledRow:
    """A sound percentage whose formula says the same in other words."""
    choice = rng.choice(("synonym", "inflection", "abbreviation", "typo"))
    noun, condition, definisi = thing.noun, thing.condition, None
    if choice == "synonym":
        noun = thing.noun_other
    elif choice == "inflection":
        condition = thing.condition_other
    elif choice == "abbreviation" and thing.short:
        noun = thing.short
        definisi = f"{thing.noun.title()} ({thing.short}) yang {thing.condition} menurut catatan bidang."
    elif choice == "typo":
        condition = " ".join(_typo(w, rng) for w in thing.condition.split())
    return LabelledRow(_row(f"Persentase {thing.noun} yang {thing.condition}", _percent(noun, condition), definisi,
                            satuan="%"), CLEAN, f"{choice}: {thing.noun}")


def swapped(thing: Thing, other: Thing) -> LabelledRow:
    """The formula of another indicator under this one's name."""
    return LabelledRow(_row(f"Persentase {thing.noun} yang {thing.condition}", _percent(other.noun, other.condition),
                            satuan="%"), frozenset({"name-formula-object", "name-condition-differs",
                                                    "formula-drops-qualifier"}), f"swapped: {thing.noun} / {other.noun}")


def count_named_percent(thing: Thing) -> LabelledRow:
    return LabelledRow(_row(f"Jumlah {thing.noun} yang {thing.condition}", _percent(thing.noun, thing.condition),
                            satuan="%"), frozenset({"name-count-formula-percent"}), f"count name: {thing.noun}")


def dropped_quality(thing: Thing) -> LabelledRow:
    return LabelledRow(_row(f"Persentase {thing.noun} yang {thing.condition} tepat waktu",
                            _percent(thing.noun, thing.condition), satuan="%"),
                       frozenset({"formula-drops-qualifier", "name-condition-differs"}), f"dropped: {thing.noun}")


def labelled_rows(pool: tuple[Thing, ...], seed: int) -> list[LabelledRow]:
    """Every thing of the pool, clean in two other wordings and with each defect; in a fixed order."""
    rng = random.Random(seed)
    out: list[LabelledRow] = []
    for i, thing in enumerate(pool):
        other = pool[(i + 1 + rng.randrange(len(pool) - 1)) % len(pool)]
        out += [clean_variant(thing, rng), clean_variant(thing, rng), swapped(thing, other),
                count_named_percent(thing), dropped_quality(thing)]
    return out


def catalog_of(row: dict) -> dict:
    return {"document": {"jenis": "IKU"}, "positions": [], "indicators": [row], "warnings": []}
