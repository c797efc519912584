"""Each kind of finding: a row that must raise it, and rows that must not (synonyms, abbreviations, typos,
similar but different wording). Rows are written for these tests, not taken from the seeds."""
from __future__ import annotations

from review_rows import catalog, codes, row

from kinerja.review import review_catalog, review_indicator


def iki(*rows: dict, positions: list[dict] | None = None) -> dict:
    return {"document": {"jenis": "IKI"}, "positions": positions or [], "indicators": list(rows), "warnings": []}


def position(jabatan: str, unit: str, *tugas: str) -> dict:
    return {"jabatan": jabatan, "unit": unit, "tugas": list(tugas), "fungsi": []}


PCT = "Jumlah {0} yang {1} dibagi jumlah seluruh {0} x 100%"


# --- name and formula ---------------------------------------------------------------------------------

def test_name_and_formula_counting_different_things():
    found = review_indicator(row("Persentase puskesmas yang terakreditasi", PCT.format("posyandu", "aktif"), satuan="%"))
    assert "name-formula-object" in codes(found)
    first = next(f for f in found if f.code == "name-formula-object")
    assert first.evidence and first.fix_id and first.fix_en and 0 < first.confidence <= 1


def test_synonyms_abbreviations_inflections_and_typos_are_no_mismatch():
    rows = [row("Persentase perkara perselisihan yang diselesaikan", PCT.format("kasus perselisihan", "terselesaikan"),
                satuan="%"),
            row("Persentase Lembaga Kerja Sama yang dibina", PCT.format("LKS", "mendapat pembinaan"), satuan="%",
                definisi="Lembaga Kerja Sama (LKS) adalah forum komunikasi pekerja dan pengusaha."),
            row("Persentase koperasi yang dinilai kesehatannya", PCT.format("koperasi", "dinilai kesehatanya"), satuan="%"),
            row("Tingkat Kesempatan Kerja", "Jumlah penduduk yang bekerja dibagi jumlah angkatan kerja x 100%", satuan="%"),
            # The numerator elides its noun: "Jumlah ditempatkan" counts the job seekers of the denominator.
            row("Persentase pencari kerja yang ditempatkan", "Jumlah ditempatkan / Jumlah pencari kerja x 100%",
                satuan="%"),
            row("Persentase sekolah yang terakreditasi", "Jumlah terakreditasi dibagi jumlah sekolah x 100%", satuan="%")]
    for r in rows:
        found = codes(review_catalog(catalog(r)))
        assert not found & {"name-formula-object", "name-condition-differs", "formula-drops-qualifier",
                            "ratio-not-subset"}, (r["indikator"], found)


def test_a_quality_condition_dropped_or_added():
    dropped = review_indicator(row("Jumlah laporan SPJ yang tepat waktu", "Jumlah laporan SPJ", satuan="laporan"))
    assert "formula-drops-qualifier" in codes(dropped)
    added = review_indicator(row("Persentase PNS yang mendapat pelayanan kepegawaian",
                                 PCT.format("PNS", "mendapat pelayanan kepegawaian tepat waktu"), satuan="%"))
    assert "formula-adds-condition" in codes(added)


def test_change_promised_level_measured():
    assert "name-growth-formula-level" in codes(review_indicator(
        row("Peningkatan kebersihan kantor", "Jumlah ruangan yang bersih", satuan="ruangan")))
    assert "name-growth-formula-level" not in codes(review_indicator(
        row("Jumlah Dokumen Perubahan RKA", "Jumlah Dokumen Perubahan RKA", satuan="dokumen")))


# --- the formula itself ---------------------------------------------------------------------------------

def test_subtraction_before_division_without_brackets():
    assert "ambiguous-precedence" in codes(review_indicator(row(
        "Persentase verifikasi selesai", "Jumlah verifikasi – jumlah verifikasi tertunda / jumlah verifikasi x 100%")))
    for fine in ("(Jumlah ekspor tahun n - jumlah ekspor tahun n-1) / jumlah ekspor tahun n-1 x 100%",
                 "Jumlah perusahaan yang mengikuti bimbingan perundang-undangan / jumlah perusahaan x 100%"):
        assert "ambiguous-precedence" not in codes(review_indicator(row("Persentase x", fine)))


def test_two_formulas_in_one_cell_and_grade_bands_with_a_gap():
    packed = review_indicator(row("Persentase peserta bersertifikat", "Jumlah peserta bersertifikat dibagi jumlah "
                                  "peserta dikali 100% jumlah lulus dibagi jumlah peserta dikali 100%"))
    assert "packed-formula" in codes(packed)
    banded = row("Indeks kepatuhan", "A x 0,5 + B x 0,5", formula={
        "kind": "weighted_index", "expression": "a * 0.5 + b * 0.5", "variables": {"a": "Unsur A", "b": "Unsur B"},
        "bands": [{"min": 80, "min_inclusive": False, "max": 100, "label": "A"},
                  {"min": None, "max": 80, "max_inclusive": False, "label": "B"}]})
    assert "bands-gap" in codes(review_indicator(banded))


def test_a_numerator_that_is_no_part_of_its_denominator():
    found = review_indicator(row("Persentase pedagang yang dibina", "Jumlah pembinaan pedagang / jumlah sentra PKL x 100%"))
    assert "ratio-not-subset" in codes(found)


def test_a_colon_before_a_list_gives_no_structural_findings():
    found = codes(review_indicator(row("Persentase perusahaan yang tertib",
                                       "Jumlah perusahaan yang memiliki: PP, PKB, LKS Bipartit")))
    assert not found & {"numerator-equals-denominator", "circular-variable", "growth-denominator", "mixed-sum"}


def test_monthly_inside_a_report_name_is_no_period_problem():
    assert "period-unstated" not in codes(review_indicator(row(
        "Jumlah laporan keuangan bulanan", "Jumlah laporan keuangan bulanan", satuan="laporan")))
    assert "period-unstated" in codes(review_indicator(row(
        "Jumlah izin terbit", "Jumlah izin yang diterbitkan setiap bulan", satuan="izin")))


# --- level, values not driven by performance ------------------------------------------------------------

def test_an_output_held_by_the_head_of_the_agency():
    head = row("Jumlah laporan pemantauan harga", "Jumlah laporan pemantauan harga", penanggung_jawab="Kepala Dinas")
    assert "output-at-iku" in codes(review_catalog(catalog(head)))
    section = row("Jumlah laporan pemantauan harga", "Jumlah laporan pemantauan harga", penanggung_jawab="Kepala Seksi")
    assert "output-at-iku" not in codes(review_catalog(catalog(section)))


def test_a_regional_impact_held_by_a_section():
    kasi = row("Persentase pertumbuhan nilai ekspor", "(Nilai ekspor tahun n - nilai ekspor tahun n-1) / nilai ekspor "
               "tahun n-1 x 100%", jabatan="Kepala Seksi Promosi")
    assert "outcome-beyond-position" in codes(review_catalog(iki(kasi)))
    kadis = dict(kasi, jabatan="Kepala Dinas")
    assert "outcome-beyond-position" not in codes(review_catalog(iki(kadis)))


def test_values_set_by_the_calendar_by_others_or_by_demand():
    assert "fixed-by-obligation" in codes(review_indicator(row("Jumlah laporan gaji", "Jumlah laporan gaji tiap bulan")))
    assert "driven-by-others" in codes(review_indicator(row("Jumlah surat masuk", "Jumlah surat masuk")))
    assert "driven-by-others" not in codes(review_indicator(row("Jumlah surat keluar", "Jumlah surat keluar yang diproses")))
    assert "count-needs-share" in codes(review_indicator(row("Jumlah pengaduan yang diselesaikan",
                                                             "Jumlah pengaduan yang diselesaikan")))
    assert "count-needs-share" not in codes(review_indicator(row(
        "Persentase pengaduan yang diselesaikan", PCT.format("pengaduan", "diselesaikan"), satuan="%")))
    assert "unobservable" in codes(review_indicator(row("Jumlah konflik yang dicegah", "Jumlah konflik yang dicegah")))


def test_no_lower_is_better_hint_on_a_resolution_rate():
    rate = row("Persentase pengaduan yang ditindaklanjuti", PCT.format("pengaduan", "ditindaklanjuti"), satuan="%")
    assert "polarity-hint" not in codes(review_indicator(rate))
    assert "polarity-hint" in codes(review_indicator(row("Tingkat kemiskinan", "Jumlah penduduk miskin dibagi "
                                                         "jumlah penduduk x 100%")))


# --- fit with sasaran and duties --------------------------------------------------------------------------

SECTIONS = [position("Kepala Seksi Pembiayaan Koperasi", "Seksi Pembiayaan Koperasi", "Membina pembiayaan koperasi"),
            position("Kepala Seksi Produksi dan Pemasaran Koperasi", "Seksi Produksi dan Pemasaran Koperasi",
                     "Membina produksi dan pemasaran koperasi")]


def test_a_sasaran_that_belongs_to_another_section():
    other = row("Persentase koperasi yang mendapat pinjaman", PCT.format("koperasi", "mendapat pinjaman"),
                jabatan="Kepala Seksi Pembiayaan Koperasi", sasaran="Meningkatnya produksi dan pemasaran koperasi")
    assert "sasaran-mismatch" in codes(review_catalog(iki(other, positions=SECTIONS)))
    own = dict(other, sasaran="Meningkatnya pembiayaan koperasi")
    assert "sasaran-mismatch" not in codes(review_catalog(iki(own, positions=SECTIONS)))


def test_internal_service_measured_by_public_satisfaction():
    found = review_indicator(row("Nilai IKM", "Nilai IKM", sasaran="Meningkatnya kualitas pelayanan internal"))
    assert "internal-external" in codes(found)
    public = review_indicator(row("Nilai IKM", "Nilai IKM", sasaran="Meningkatnya kualitas pelayanan publik"))
    assert "internal-external" not in codes(public)


def test_a_sasaran_cell_holding_an_indicator():
    assert "sasaran-not-objective" in codes(review_indicator(row("Jumlah X", "Jumlah X", sasaran="Persentase X")))
    assert "sasaran-not-objective" not in codes(review_indicator(row("Jumlah X", "Jumlah X",
                                                                     sasaran="Meningkatnya X yang tertib")))


def test_duties_copied_from_another_position():
    duties = ("Menyusun program kerja subbagian", "Mengelola administrasi kepegawaian", "Melaksanakan tugas lain")
    found = review_catalog(iki(row("Jumlah A", "Jumlah A", jabatan="Kepala Sub Bagian Umum"),
                               row("Jumlah B", "Jumlah B", jabatan="Kepala Sub Bagian Keuangan"),
                               positions=[position("Kepala Sub Bagian Umum", "Sub Bagian Umum", *duties),
                                          position("Kepala Sub Bagian Keuangan", "Sub Bagian Keuangan", *duties)]))
    assert [f.row for f in found if f.code == "tugas-copied"] == [1]


# --- cascade --------------------------------------------------------------------------------------------

def test_a_subordinate_restating_its_superior_in_other_words():
    growth = "(Nilai ekspor tahun n - nilai ekspor tahun n-1) / nilai ekspor tahun n-1 x 100%"
    found = review_catalog(iki(row("% Pertumbuhan nilai ekspor", growth, jabatan="Kepala Bidang Perdagangan"),
                               row("Persentase Jumlah Pertumbuhan Nilai Ekspor", growth, jabatan="Kepala Seksi Promosi")))
    restated = [f for f in found if f.code == "reworded-copy"]
    assert [f.row for f in restated] == [1] and "superior" in restated[0].message_en


def test_a_share_and_a_count_of_one_thing_are_not_copies():
    found = review_catalog(iki(row("Jumlah IKM yang dibina", "Jumlah IKM yang dibina", jabatan="Kepala Seksi A"),
                               row("Persentase IKM yang dibina", PCT.format("IKM", "dibina"), jabatan="Kepala Seksi B")))
    assert not codes(found) & {"reworded-copy", "duplicate-across-jabatan"}


def test_similar_but_different_definitions_are_not_copies():
    a = "Pencari kerja yang ditempatkan melalui bursa kerja di dalam wilayah kabupaten pada tahun berjalan"
    b = "Pencari kerja yang ditempatkan melalui antar kerja ke luar negeri pada tahun berjalan menurut data"
    found = review_catalog(catalog(row("Jumlah penempatan dalam daerah", "Jumlah penempatan", definisi=a),
                                   row("Jumlah penempatan luar negeri", "Jumlah penempatan LN", definisi=b)))
    assert "definisi-copied" not in codes(found)


# --- vague, source, typos -------------------------------------------------------------------------------

def test_an_abbreviation_spelled_out_two_ways():
    found = review_catalog(catalog(
        row("Jumlah perusahaan ber-PKWT", "Jumlah perusahaan", definisi="Perjanjian Kerja Waktu Tertentu (PKWT) dicatat"),
        row("Jumlah perselisihan yang dicegah", "Jumlah perusahaan",
            definisi="Dicegah bila perusahaan mencatatkan Perjanjian Kerja Antar Waktu (PKWT) sesuai aturan")))
    assert [f.row for f in found if f.code == "abbreviation-mismatch"] == [1]


def test_a_population_or_a_position_named_as_the_source():
    population = review_indicator(row("Jumlah peserta pemagangan", "Jumlah peserta pemagangan",
                                      sumber_data="Siswa SMK di kabupaten"))
    assert "source-not-a-source" in codes(population)
    record = review_indicator(row("Jumlah peserta pemagangan", "Jumlah peserta pemagangan",
                                  sumber_data="Daftar hadir peserta pemagangan"))
    assert "source-not-a-source" not in codes(record)
    units = review_catalog(catalog(*[row(f"Jumlah {n}", f"Jumlah {n}", sumber_data="Seksi Pasar")
                                     for n in ("kios", "los", "toko")]))
    decree = [f for f in units if f.code == "source-not-a-source"]
    assert len(decree) == 1 and decree[0].row is None and decree[0].rows == (0, 1, 2)


def test_typos_found_names_and_variants_left_alone():
    found = review_catalog(catalog(
        row("Jumlah pelatihan pada thun berjalan", "Jumlah pelatihan", definisi="Pelatihan di Desa Sungai Tabuk tahun ini"),
        row("Jumlah ijin usaha tahun ini", "Jumlah ijin usaha", definisi="Izin usaha mikro yang terbit tahun ini")))
    typos = [f for f in found if f.code == "typo"]
    assert [f.row for f in typos] == [0] and "'thun' (tahun)" in typos[0].message_en
    assert not any("Tabuk" in f.message_en or "ijin" in f.message_en for f in found)


def test_one_decree_level_finding_instead_of_a_note_on_every_row():
    rows = [row(f"Jumlah {n}", f"Jumlah {n}", sumber_data=None) for n in ("kios", "los", "toko", "pasar")]
    found = review_catalog(catalog(*rows))
    missing = [f for f in found if f.code == "sumber-data-missing"]
    assert len(missing) == 1 and missing[0].row is None and missing[0].rows == (0, 1, 2, 3)
