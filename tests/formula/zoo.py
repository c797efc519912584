"""A zoo of formula cells nobody here has seen: random quantities of real agencies' vocabulary,
composed into every formula shape of domain.md and written in the styles decrees use (prose, symbols,
LaTeX, letters with a keterangan, worked examples, year notation, OCR damage) — each with the reading a
careful person would give it.

``zoo(count, seed)`` is deterministic for a seed; ``formula_cell(rng)`` draws one cell. Expected
readings use the catalog format (docs/catalog-schema.md); variables are named v1, v2 … since the
scorer matches variables by the Indonesian phrase they stand for, not by key.

Nothing here is taken from the seeds or the demo: the vocabulary is the common language of SAKIP
decrees across sectors (health, education, economy, infrastructure, social affairs, governance).
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from support.shared_tools import score_import

SURE = 0.7  # kinerja.formula.REVIEW_THRESHOLD: at or above it a reading is not flagged for review

# --- vocabulary -------------------------------------------------------------------------------------

SUBJECTS = [
    "penduduk miskin", "rumah tangga miskin", "balita gizi buruk", "ibu hamil", "bayi baru lahir",
    "anak usia 5-6 tahun", "anak usia sekolah 7-12 tahun", "siswa SD", "siswa SD/MI", "siswa SMP/MTs",
    "sekolah SD", "guru SMP", "peserta didik PAUD", "UMKM", "IKM", "koperasi aktif", "pelaku usaha",
    "pedagang pasar", "petani", "kelompok tani", "nelayan", "wisatawan mancanegara", "desa", "kelurahan",
    "desa mandiri", "kecamatan", "perangkat daerah", "ASN", "PNS", "pegawai kontrak", "dokumen perencanaan",
    "laporan keuangan", "Perda", "rekomendasi hasil pemeriksaan BPK", "temuan Inspektorat",
    "aduan masyarakat", "pengaduan pelayanan publik", "perkara perdata", "kasus DBD", "kasus TB paru",
    "pasien rawat inap", "puskesmas", "posyandu", "rumah tidak layak huni", "ruas jalan kabupaten",
    "jembatan", "luas lahan sawah (Ha)", "sampah rumah tangga (ton)", "TPS3R", "bank sampah",
    "titik Wi-Fi publik", "layanan berbasis elektronik", "izin usaha", "sertifikat halal", "pencari kerja",
    "tenaga kerja lokal", "penyandang disabilitas", "PMKS", "anak jalanan", "lansia terlantar",
    "KPM PKH", "bidang tanah", "arsip statis", "buku perpustakaan", "pengunjung perpustakaan",
    "atlet berprestasi", "cabang olahraga", "wirausaha muda", "rumah ibadah", "menara telekomunikasi",
    "pelanggan PDAM", "sambungan rumah air minum", "kendaraan bermotor wajib uji", "KSP/USP",
    "RT/RW", "produk unggulan daerah", "event promosi", "kios pasar", "hewan ternak", "bibit tanaman",
]
NUMERATOR_CLAUSES = [
    "yang terlayani", "yang mendapat pelayanan sesuai standar", "yang ditangani", "yang diselesaikan tepat waktu",
    "yang ditindaklanjuti", "yang dibina", "yang terverifikasi", "yang memenuhi standar", "yang tuntas",
    "yang difasilitasi", "yang tertangani", "dalam kondisi baik", "dalam kondisi mantap", "yang aktif",
    "yang bersertifikat", "yang terakreditasi", "yang menerima bantuan", "yang mengikuti pelatihan",
    "yang lulus uji kompetensi", "yang tercatat dalam aplikasi", "yang tepat waktu", "yang sesuai SOP",
    "yang dimanfaatkan", "yang ditempatkan", "yang memiliki NIB", "yang terdata di OSS", "yang direhabilitasi",
    "yang mendapat pendampingan", "yang dilaporkan tepat waktu", "yang terhubung internet",
]
DENOMINATOR_FORMS = [
    "seluruh {s}", "{s} yang ada", "{s} yang terdaftar", "{s} yang menjadi sasaran", "{s} yang diajukan",
    "{s} yang seharusnya", "{s} keseluruhan", "{s} yang wajib dilayani", "{s} yang masuk", "{s} yang direncanakan",
    "semua {s}", "{s} yang diperiksa", "{s} sasaran",
]
SCOPES = [
    "", "", "", "", "", "di Kabupaten Tanah Laut", "tingkat kecamatan", "se-Kabupaten", "milik Pemda",
    "di 12 kecamatan", "periode 2021-2026", "tahun 2024", "usia 15-64 tahun", "(data SIPD)",
]
NUMERATOR_LEADS = ["Jumlah ", "Jumlah ", "Jumlah ", "jumlah ", "Banyaknya ", "Total "]
DENOMINATOR_LEADS = ["Jumlah ", "Jumlah ", "jumlah ", "Total "]
MEASURE_NAMES = ["Persentase", "Prosentase", "Persentase", "Tingkat", "Rasio", "Cakupan", "Proporsi", "Predikat"]
ABBREVIATIONS = ["TKK", "PPL", "CKP", "RLH", "IKP", "PTK", "CPS", "RKS"]

COUNT_OBJECTS = [
    "Dokumen Renja Perangkat Daerah yang tersusun", "Laporan kinerja yang disampaikan tepat waktu",
    "Paket bantuan alat tangkap yang disalurkan", "Unit kendaraan operasional yang dipelihara",
    "Kegiatan sosialisasi yang dilaksanakan", "Orang yang mengikuti bimbingan teknis",
    "Sekolah yang menerapkan kurikulum merdeka", "Desa yang menerima Dana Desa tepat waktu",
]
# Writing styles of a percentage: the first set was written together with the reader's fixes; the second
# was added afterwards, to see how the reader does on styles it was not built against.
STYLES_1 = ["prose", "prose2", "slash", "colon", "divide_sign", "paren", "latex", "latex_text", "named",
            "measure_lead", "letters_keterangan", "letters_definisi", "example", "per", "persen_word", "ocr",
            "lost_bar_x", "times_word"]
STYLES_2 = ["rumus_prefix", "perbandingan", "times100_no_pct", "upper", "tight_parens", "sigma",
            "bullet_keterangan", "colon_definitions", "dfrac", "trailing_dot", "spaced_hundred"]
# A third set, probed after the second was read right.
STYLES_3 = ["dash_bar", "jml", "percent_marker", "scale_middle", "letters_dotted", "source_after"]
CONSTANT_TARGETS = [
    ("1 Dokumen", 1, "dokumen"), ("12 Laporan", 12, "laporan"), ("100%", 100, "%"), ("100 %", 100, "%"),
    ("4 Kali", 4, "kali"), ("1 Paket", 1, "paket"), ("2 Unit", 2, "unit"), ("1 Unit", 1, "unit"),
    ("95%", 95, "%"), ("3 Kegiatan", 3, "kegiatan"), ("75,5 %", 75.5, "%"),
]
SOURCES = ["BPS", "BPS Kabupaten", "Kementerian Kesehatan", "Dinas Kesehatan", "BPK RI", "Kemenpan RB",
           "Inspektorat Daerah", "Bappeda", "hasil Susenas", "hasil Sakernas", "Kemendagri", "Ombudsman RI"]
NO_FORMULA_CELLS = [
    "Cukup jelas", "Cukup Jelas.", "cukup jelas", "-", "Dihitung oleh {src}", "Data dihitung oleh {src}",
    "Angka dihitung dan dirilis oleh {src}", "Survey Kepuasan Masyarakat",
    "Survei kepuasan masyarakat terhadap layanan",
    "Survey", "Ket: data bersumber dari {src}", "Keterangan : mengacu pada data {src}",
    "Hasil evaluasi SAKIP oleh {src}", "Nilai hasil evaluasi dari {src}", "Sesuai hasil penilaian {src}",
    "Berdasarkan data {src}", "Bersumber dari rilis {src}", "Diambil dari publikasi {src}",
    "Mengacu pada hasil survei {src}", "Lihat definisi operasional", "Data dari {src}",
    "Opini {src} atas laporan keuangan", "Hasil penilaian mandiri (self assessment)", "Tidak ada",
    "Diukur melalui survei oleh {src}",
]
NARRATIVE_INDICES = ["Indeks Pembangunan Manusia", "Indeks Kepuasan Masyarakat", "Indeks Desa Membangun",
                     "Indeks Reformasi Birokrasi", "Indeks Kualitas Lingkungan Hidup", "Indeks Pembangunan Gender"]
NARRATIVE_PARTS = ["angka harapan hidup", "harapan lama sekolah", "rata-rata lama sekolah",
                   "pengeluaran per kapita", "ketahanan sosial", "ketahanan ekonomi", "ketahanan ekologi",
                   "kualitas air", "kualitas udara", "tutupan lahan", "sembilan unsur pelayanan"]
LIST_ITEMS = ["Renja", "Renstra", "RKT", "LKjIP", "Perjanjian Kinerja", "IKU", "Laporan Keuangan",
              "SOP", "Standar Pelayanan", "Maklumat Pelayanan"]
LIST_CUES = ["meliputi :", "meliputi:", "terdiri dari :", "yaitu :", "antara lain:", "berupa :", "mencakup :"]
COMPONENTS = ["Unsur Kinerja Utama", "Unsur Kepatuhan", "Unsur Pelayanan Umum", "Aspek Perencanaan",
              "Aspek Pengukuran", "Aspek Pelaporan", "Aspek Evaluasi Internal", "Komponen Capaian Kinerja",
              "Dimensi Akses", "Dimensi Mutu"]

# Current / previous period, as decrees write them.
GROWTH_TIMES = [("tahun n", "tahun n-1"), ("tahun (n)", "tahun (n-1)"), ("(n)", "(n-1)"), ("tahun t", "tahun t-1"),
                ("(t)", "(t-1)"), ("tahun ini", "tahun lalu"), ("tahun berjalan", "tahun sebelumnya"),
                ("pada tahun n", "pada tahun n-1"), ("tahun ( n )", "tahun ( n - 1 )"), ("tahun t", "tahun (t-1)")]
CUMULATIVE_MARKERS = ["s.d. tahun lalu", "s.d tahun n-1", "sampai dengan tahun sebelumnya", "sampai tahun terakhir",
                      "s.d. tahun terakhir", "sd tahun lalu", "kumulatif s.d. tahun lalu"]


@dataclass
class ZooFormula:
    text: str
    expected: dict                  # catalog formula: kind, expression, variables (+value, satuan)
    shape: str                      # the formula shape (ratio_percent, growth, no_formula, …)
    style: str                      # how it is written
    definisi: str | None = None
    indikator: str | None = None
    traps: list[str] = field(default_factory=list)


@dataclass
class Verdict:
    kind_right: bool
    expression_right: bool  # the expression (or its absence, or a target's value) is what it should be
    confidence: float

    @property
    def right(self) -> bool:
        return self.kind_right and self.expression_right

    @property
    def confidently_wrong(self) -> bool:
        return not self.right and self.confidence >= SURE


def judge(expected: dict, got: dict | None, confidence: float) -> Verdict:
    """Compare a reading (catalog ``formula``; None when the reader refused the cell) with the expected one."""
    if got is None:
        return Verdict(False, False, 0.0)
    kind_right = got.get("kind") == expected["kind"]
    if expected["kind"] == "constant_target":
        expression_right = got.get("value") is not None and float(got["value"]) == float(expected["value"])
    elif expected["expression"] is None:
        expression_right = not got.get("expression") and not got.get("variables")
    else:
        expression_right = bool(score_import().same_expression(expected, got))
    return Verdict(kind_right, expression_right, confidence)


def zoo(count: int, seed: int = 2024) -> list[ZooFormula]:
    rng = random.Random(seed)
    return [formula_cell(rng) for _ in range(count)]


def formula_cell(rng: random.Random) -> ZooFormula:
    shape = rng.choices(list(_SHAPES), weights=[w for w, _ in _SHAPES.values()])[0]
    return _SHAPES[shape][1](rng)


# --- quantities ----------------------------------------------------------------------------------------

def _pair(rng: random.Random) -> tuple[str, str]:
    """A numerator and denominator phrase about one subject."""
    subject = rng.choice(SUBJECTS)
    scope = rng.choice(SCOPES)
    top = f"{rng.choice(NUMERATOR_LEADS)}{subject} {rng.choice(NUMERATOR_CLAUSES)}"
    bottom = rng.choice(DENOMINATOR_LEADS) + rng.choice(DENOMINATOR_FORMS).format(s=subject)
    if scope:
        top, bottom = f"{top} {scope}", f"{bottom} {scope}"
    return _tidy(top), _tidy(bottom)


def _quantity(rng: random.Random) -> str:
    subject = rng.choice(SUBJECTS)
    return _tidy(f"{rng.choice(NUMERATOR_LEADS)}{subject} {rng.choice(NUMERATOR_CLAUSES)} {rng.choice(SCOPES)}")


def _base_quantity(rng: random.Random) -> str:
    """A quantity that is measured every year (for growth): no year or period of its own."""
    subject = rng.choice(SUBJECTS)
    scopes = [s for s in SCOPES if "tahun" not in s and "periode" not in s]
    return _tidy(f"{rng.choice(['Jumlah ', 'Jumlah ', 'Nilai ', 'jumlah '])}{subject} "
                 f"{rng.choice(NUMERATOR_CLAUSES)} {rng.choice(scopes)}")


def _without_lead(phrase: str) -> str:
    """"Jumlah siswa SD yang lulus" → "siswa SD yang lulus"."""
    first, _, rest = phrase.partition(" ")
    return rest if first.lower() in ("jumlah", "banyaknya", "total") and rest else phrase


def _grouped(number: int) -> str:
    """12317 → "12.317" (Indonesian thousands)."""
    return f"{number:,}".replace(",", ".")


def _tidy(text: str) -> str:
    return " ".join(text.split())


def _ocr(rng: random.Random, text: str) -> str:
    """Damage that OCR and copy-paste do without losing the formula: 1OO for 100, lost spaces
    around symbols, a doubled space, a stray line break."""
    damage = rng.choice(["1OO", "tight", "break", "double"])
    if damage == "1OO":
        return text.replace("100%", "1OO%")
    if damage == "tight":
        return text.replace(" / ", "/").replace(" x 100%", "x100%").replace(" X 100%", "X100%")
    if damage == "break":
        return text.replace(" / ", "\n/ ", 1).replace(" dibagi ", "\ndibagi ", 1)
    return text.replace(" ", "  ", 3)


def _ratio(expression: str, variables: dict[str, str], kind: str = "ratio_percent") -> dict:
    return {"kind": kind, "expression": expression, "variables": variables}


# --- shapes -----------------------------------------------------------------------------------------

def _ratio_percent(rng: random.Random) -> ZooFormula:
    top, bottom = _pair(rng)
    expected = _ratio("v1 / v2 * 100", {"v1": top, "v2": bottom})
    name = f"{rng.choice(MEASURE_NAMES)} {_without_lead(top)}"
    style = rng.choice(STYLES_1 + STYLES_2 + STYLES_3)
    x = rng.choice(["x", "X", "×", "*"])
    traps: list[str] = []
    definisi = None
    if style == "prose":
        text = f"{top} dibagi {bottom} dikali 100%"
    elif style == "prose2":
        text = f"{top} dibagi dengan {bottom} {x} 100%"
    elif style == "slash":
        text = f"{top} / {bottom} {x} 100%"
    elif style == "colon":
        text = f"{top} : {bottom} {x} 100%"
    elif style == "divide_sign":
        text = f"{top} ÷ {bottom} × 100%"
    elif style == "paren":
        text = f"({top} / {bottom}) {x} 100%"
    elif style == "latex":
        text = rf"\frac{{{top}}}{{{bottom}}} \times 100\%"
    elif style == "latex_text":
        text = rf"$\frac{{\text{{{top}}}}}{{\text{{{bottom}}}}} \times 100\%$"
    elif style == "named":
        text = f"{name} = {top} / {bottom} {x} 100%"
    elif style == "letters_keterangan":
        abbreviation = rng.choice(ABBREVIATIONS)
        sep = rng.choice(["\n", " ", "; "])
        text = (f"{abbreviation} = a / b x 100%{sep}{rng.choice(['Keterangan:', 'Ket :', 'dimana :', 'Dimana'])}"
                f"{sep}a = {top}{sep}b = {bottom}")
    elif style == "letters_definisi":
        text = "A/B x 100%"
        definisi = f"A = {top}; B = {bottom}"
    elif style == "example":
        a, b = rng.randint(3, 400), rng.randint(401, 25000)
        shown = f"{a / b * 100:.2f}".replace(".", rng.choice([",", "."]))
        label = rng.choice(["contoh: ", "misal ", ""])
        text = f"{top} / {bottom} x 100% ({label}{a} : {_grouped(b)} X 100% = {shown}%)"
    elif style == "measure_lead":
        measure = rng.choice(["Persentase", "Prosentase", "Presentase"])
        tail = _without_lead(top)
        expected = _ratio("v1 / v2 * 100", {"v1": tail, "v2": bottom})
        text = f"{measure} {tail} {rng.choice(['dibagi', ':', '/'])} {bottom}{rng.choice(['', ' x 100%'])}"
        traps.append("measure_lead")
    elif style == "per":
        bottom_per = bottom if bottom.lower().startswith(("jumlah", "total")) else f"jumlah {bottom}"
        expected = _ratio("v1 / v2 * 100", {"v1": top, "v2": bottom_per})
        text = f"{top} per {bottom_per} {x} 100%"
    elif style == "persen_word":
        text = f"{top} dibagi {bottom} dikali 100 persen"
    elif style == "times_word":
        text = f"{top} dibagi {bottom} dikalikan dengan 100%"
    elif style == "ocr":
        text = _ocr(rng, f"{top} / {bottom} x 100%")
    elif style == "lost_bar_x":  # the fraction bar was lost: the reading may be right, but must not be sure
        text = f"{top} x 100% {bottom}"
        traps.append("lost_bar")
    elif style == "rumus_prefix":
        label = rng.choice(["Rumus :", "Formula:", "Cara perhitungan :", "Rumus perhitungan:"])
        text = f"{label} {top} / {bottom} x 100%"
    elif style == "perbandingan":
        text = rng.choice([f"Perbandingan antara {top} dengan {bottom} dikali 100%",
                           f"{top} dibandingkan dengan {bottom} x 100%"])
    elif style == "times100_no_pct":
        text = f"{top} / {bottom} {rng.choice(['x 100', '* 100', 'X100'])}"
    elif style == "upper":
        text = f"{top.upper()} / {bottom.upper()} X 100%"
        expected = _ratio("v1 / v2 * 100", {"v1": top.upper(), "v2": bottom.upper()})
    elif style == "tight_parens":
        text = f"({top}/{bottom})x100%"
    elif style == "sigma":
        text = f"Σ {top} / Σ {bottom} x 100%"
    elif style == "bullet_keterangan":
        text = f"A / B x 100%\nKeterangan:\n- A = {top}\n- B = {bottom}"
    elif style == "colon_definitions":
        text = f"a / b x 100%\nDimana :\na : {top}\nb : {bottom}"
    elif style == "dfrac":
        text = rf"\left( \dfrac{{{top}}}{{{bottom}}} \right) \cdot 100\%"
    elif style == "trailing_dot":
        text = f"{top} / {bottom} x 100%."
    elif style == "spaced_hundred":  # OCR spread the digits apart
        text = f"{top} / {bottom} x 1 0 0 %"
    elif style == "dash_bar":  # the fraction laid out on lines, its bar a row of dashes
        text = f"{top}\n{'-' * rng.randint(8, 40)} x 100%\n{bottom}"
    elif style == "jml":
        top, bottom = top.replace("Jumlah ", "Jml ", 1), bottom.replace("Jumlah ", "Jml ", 1)
        expected = _ratio("v1 / v2 * 100", {"v1": top, "v2": bottom})
        text = f"{top} / {bottom} x 100%"
    elif style == "percent_marker":
        text = f"{top} / {bottom} (%)"
        expected = _ratio("v1 / v2 * 100", {"v1": top, "v2": bottom})
    elif style == "scale_middle":
        text = f"{top} x 100% : {bottom}"
    elif style == "letters_dotted":
        text = f"(a/b) x 100%\na. {top}\nb. {bottom}"
    else:  # "source_after"
        text = f"{top} / {bottom} x 100% (sumber: {rng.choice(SOURCES)})"
    return ZooFormula(text, expected, "ratio_percent", style, definisi=definisi, indikator=name, traps=traps)


def _ratio_multiplier(rng: random.Random) -> ZooFormula:
    top, bottom = _pair(rng)
    written, value = rng.choice([("1.000", 1000), ("100.000", 100000), ("10.000", 10000), ("1000", 1000)])
    x = rng.choice(["x", "X", "×"])
    style = rng.choice(["slash", "prose", "paren", "per_number"])
    if style == "per_number":  # "Jumlah kematian ibu per 100.000 kelahiran hidup"
        bottom = bottom.split(" ", 1)[1] if bottom.split(" ", 1)[0].lower() in ("jumlah", "total") else bottom
    text = {"slash": f"{top} / {bottom} {x} {written}", "prose": f"{top} dibagi {bottom} dikali {written}",
            "paren": f"({top} / {bottom}) {x} {written}", "per_number": f"{top} per {written} {bottom}"}[style]
    return ZooFormula(text, _ratio(f"v1 / v2 * {value}", {"v1": top, "v2": bottom}, "ratio"), "ratio_multiplier",
                      style, traps=["multiplier"])


def _achievement(rng: random.Random) -> ZooFormula:
    """Capaian: realisasi over target."""
    thing = rng.choice(["anggaran belanja", "PAD", "retribusi pasar", "kinerja program", "fisik kegiatan",
                        "penerimaan pajak daerah"])
    top, bottom = f"Realisasi {thing}", f"Target {thing}"
    style = rng.choice(["slash", "prose", "named"])
    text = {"slash": f"{top} / {bottom} x 100%", "prose": f"{top} dibagi {bottom} dikali 100%",
            "named": f"Capaian = ({top} : {bottom}) x 100%"}[style]
    return ZooFormula(text, _ratio("v1 / v2 * 100", {"v1": top, "v2": bottom}), "achievement", style)


def _plain_ratio(rng: random.Random) -> ZooFormula:
    subject = rng.choice(["PDRB atas dasar harga konstan", "Nilai tambah sektor pertanian", "Anggaran belanja modal",
                          "Panjang jalan dalam kondisi mantap (km)", "Produksi padi (ton)", "Luas ruang terbuka hijau"])
    per = rng.choice(["Jumlah penduduk pertengahan tahun", "Jumlah tenaga kerja", "Luas wilayah (km2)",
                      "Jumlah rumah tangga petani", "Total belanja daerah"])
    style = rng.choice(["slash", "colon", "prose"])
    text = {"slash": f"{subject} / {per}", "colon": f"{subject} : {per}", "prose": f"{subject} dibagi {per}"}[style]
    return ZooFormula(text, _ratio("v1 / v2", {"v1": subject, "v2": per}, "ratio"), "ratio", style)


def _chained_constant(rng: random.Random) -> ZooFormula:
    top = rng.choice(["PDRB Harga Konstan", "Nilai produksi industri", "Nilai tambah bruto sektor jasa"])
    middle = rng.choice(["Jumlah tenaga kerja", "Jumlah pekerja sektor industri", "Jumlah karyawan"])
    hours, written = rng.choice([(1920, "1.920"), (2000, "2.000"), (1800, "1800")])
    constant = rng.choice(["Jumlah jam kerja 1 tahun", "Jumlah jam kerja setahun"])
    style = rng.choice(["colon", "slash"])
    op = " : " if style == "colon" else " / "
    text = f"{top}{op}{middle}{op}{constant}"
    definisi = rng.choice([f"{constant} = {written} jam", f"{constant} ditetapkan sebesar {written} jam.",
                           f"Dasar perhitungan: {constant} = {written} jam (8 jam x 5 hari x 48 minggu)"])
    return ZooFormula(text, _ratio(f"v1 / v2 / {hours}", {"v1": top, "v2": middle}, "ratio"), "chained_constant",
                      style, definisi=definisi)


def _count(rng: random.Random) -> ZooFormula:
    style = rng.choice(["jumlah", "jumlah", "banyaknya", "object", "repeats_indicator", "upper", "jumlah_total"])
    if style == "object":
        phrase = rng.choice(COUNT_OBJECTS)
    else:
        phrase = _quantity(rng)
        if style == "banyaknya":
            phrase = "Banyaknya " + phrase.split(" ", 1)[1]
        elif style == "upper":
            phrase = phrase.upper()
        elif style == "jumlah_total":
            phrase = "Jumlah total " + phrase.split(" ", 1)[1]
    indikator = phrase if style == "repeats_indicator" else None
    return ZooFormula(phrase, {"kind": "count", "expression": "v1", "variables": {"v1": phrase}}, "count", style,
                      indikator=indikator)


def _sum(rng: random.Random) -> ZooFormula:
    a, b = _quantity(rng), _quantity(rng)
    style = rng.choice(["plus", "ditambah"])
    text = f"{a} + {b}" if style == "plus" else f"{a} ditambah {b}"
    return ZooFormula(text, {"kind": "count", "expression": "v1 + v2", "variables": {"v1": a, "v2": b}}, "sum", style)


def _growth(rng: random.Random) -> ZooFormula:
    base = _base_quantity(rng)
    now, before = rng.choice(GROWTH_TIMES)
    style = rng.choice(["symbols", "prose", "latex", "named", "no_paren_prose", "subscript_letters", "years",
                        "ratio_minus_100"])
    x = rng.choice(["x", "X", "×", "*"])
    cur, prev = f"{base} {now}", f"{base} {before}"
    if style == "symbols":
        text = f"({cur} - {prev}) / {prev} {x} 100%"
    elif style == "prose":
        text = f"{cur} dikurangi {prev} dibagi {prev} dikali 100%"
    elif style == "latex":
        text = rf"\frac{{{cur} - {prev}}}{{{prev}}} \times 100\%"
    elif style == "named":
        text = f"Pertumbuhan = (({cur} - {prev}) / {prev}) x 100%"
    elif style == "no_paren_prose":
        text = f"{cur} - {prev} / {prev} x 100%"
    elif style == "years":  # the decree names the years themselves
        year = rng.randint(2019, 2030)
        cur, prev = f"{base} tahun {year}", f"{base} tahun {year - 1}"
        text = f"({cur} - {prev}) / {prev} x 100%"
    elif style == "ratio_minus_100":
        text = f"{cur} / {prev} x 100% - 100%"
    else:  # "((Xt - Xt-1) / Xt-1) x 100%" with the letters defined after
        letter = rng.choice(["X", "P", "Y"])
        mark = "t" if "t" in now.replace("tahun", "").replace("berjalan", "") else "n"
        text = (f"(({letter}{mark} - {letter}{mark}-1) / {letter}{mark}-1) x 100%; {letter}{mark} = {base} {now}; "
                f"{letter}{mark}-1 = {base} {before}")
    traps = ["t_notation"] if "t" in now.replace("tahun", "").replace("berjalan", "") else []
    return ZooFormula(text, _ratio("(v1 - v1[n-1]) / v1[n-1] * 100", {"v1": base}, "growth_percent"), "growth", style,
                      traps=traps)


def _cumulative(rng: random.Random) -> ZooFormula:
    subject = rng.choice(SUBJECTS)
    clause = rng.choice(["yang dibina", "yang difasilitasi", "yang direhabilitasi", "yang tersertifikasi"])
    done = f"Jumlah {subject} {clause}"
    total = f"Jumlah {subject} {rng.choice(['terdata', 'yang ada', 'sasaran'])}"
    marker = rng.choice(CUMULATIVE_MARKERS)
    now = rng.choice(["tahun berjalan", "tahun n", "tahun ini"])
    text = f"({done} {now}) / ({total} - {done} {marker}) x 100%"
    expected = _ratio("v1 / (v2 - cumsum(v1, n-1)) * 100", {"v1": done, "v2": total})
    return ZooFormula(text, expected, "cumulative", marker)


def _difference(rng: random.Random) -> ZooFormula:
    subject = rng.choice(SUBJECTS)
    a = f"Jumlah {subject} yang terdaftar"
    b = f"Jumlah {subject} {rng.choice(['yang tidak aktif', 'yang dicabut izinnya', 'yang tidak memperpanjang izin'])}"
    style = rng.choice(["dash", "endash", "prose", "selisih"])
    text = {"dash": f"{a} - {b}", "endash": f"{a} – {b}", "prose": f"{a} dikurangi {b}",
            "selisih": f"Selisih antara {a} dengan {b}"}[style]
    return ZooFormula(text, {"kind": "difference", "expression": "v1 - v2", "variables": {"v1": a, "v2": b}},
                      "difference", style)


def _average(rng: random.Random) -> ZooFormula:
    thing = rng.choice(["IHK bulanan", "harga beras medium bulanan", "nilai tukar petani bulanan",
                        "jumlah pengunjung bulanan", "tingkat hunian hotel bulanan", "skor kepuasan triwulanan"])
    style = rng.choice(["rata-rata", "rerata", "named"])
    text = {"rata-rata": f"Rata-rata {thing}", "rerata": f"Rerata {thing}",
            "named": f"{thing.split()[0].upper()} tahunan (rata-rata {thing})"}[style]
    return ZooFormula(text, {"kind": "average", "expression": "mean(v1)", "variables": {"v1": thing}}, "average", style)


def _weighted(rng: random.Random) -> ZooFormula:
    count = rng.choice([2, 3, 4])
    names = rng.sample(COMPONENTS, count)
    weights = {2: [60, 40], 3: [40, 30, 30], 4: [30, 30, 20, 20]}[count]
    style = rng.choice(["sigma_paren", "plain", "decimal"])
    if style == "decimal":
        terms = [f"({w / 100:.1f} x {n})".replace(".", ",") for w, n in zip(weights, names)]
    else:
        terms = [f"({n} x {w}%)" for n, w in zip(names, weights)]
    text = ("Σ " if style == "sigma_paren" else "") + " + ".join(terms)
    if rng.random() < 0.5:
        text += "; Kategori: A >90 – 100 Sangat Baik; B >75 – 90 Baik; C >60 – 75 Cukup; D <60 Kurang"
    expression = " + ".join(f"v{i + 1} * {w / 100:g}" for i, w in enumerate(weights))
    variables = {f"v{i + 1}": n for i, n in enumerate(names)}
    return ZooFormula(text, {"kind": "weighted_index", "expression": expression, "variables": variables},
                      "weighted_index", style)


def _constant(rng: random.Random) -> ZooFormula:
    written, value, satuan = rng.choice(CONSTANT_TARGETS)
    return ZooFormula(written, {"kind": "constant_target", "expression": None, "variables": {}, "value": value,
                                "satuan": satuan}, "constant_target", "value")


def _no_formula(rng: random.Random) -> ZooFormula:
    style = rng.choice(["cue", "cue", "narrative"])
    if style == "cue":
        text = rng.choice(NO_FORMULA_CELLS).format(src=rng.choice(SOURCES))
    else:
        index = rng.choice(NARRATIVE_INDICES)
        parts = rng.sample(NARRATIVE_PARTS, 3)
        text = (f"{index} {rng.choice(['merupakan', 'adalah'])} indeks komposit yang "
                f"{rng.choice(['dihitung', 'disusun', 'diukur'])} dari {parts[0]}, {parts[1]} dan {parts[2]}")
    return ZooFormula(text, {"kind": "other", "expression": None, "variables": {}}, "no_formula", style,
                      traps=["no_formula"])


def _measure_name_only(rng: random.Random) -> ZooFormula:
    """The cell only names the measure ("Persentase …"): no formula, one value entered as it is."""
    top, _ = _pair(rng)
    phrase = f"{rng.choice(MEASURE_NAMES)} {top.split(' ', 1)[1]}"
    return ZooFormula(phrase, {"kind": "other", "expression": "v1", "variables": {"v1": phrase}},
                      "measure_name_only", "name", indikator=phrase if rng.random() < 0.5 else None)


def _colon_list(rng: random.Random) -> ZooFormula:
    kind = rng.choice(["perencanaan", "kinerja", "pelayanan"])
    phrase = f"Jumlah dokumen {kind} yang {rng.choice(['disusun', 'ditetapkan', 'dipublikasikan'])}"
    items = rng.sample(LIST_ITEMS, rng.randint(2, 4))
    text = f"{phrase} {rng.choice(LIST_CUES)} {', '.join(items[:-1])} dan {items[-1]}"
    return ZooFormula(text, {"kind": "count", "expression": "v1", "variables": {"v1": phrase}}, "colon_list", "list",
                      traps=["colon_list"])


def _two_phrases(rng: random.Random) -> ZooFormula:
    """The fraction bar was lost entirely: two quantities with nothing between them."""
    top, bottom = _pair(rng)
    text = rng.choice([f"{top} {bottom} x 100%", f"{top} 100% {bottom}", f"{top}\n{bottom}"])
    return ZooFormula(text, _ratio("v1 / v2 * 100", {"v1": top, "v2": bottom}), "lost_bar", "nothing_between",
                      traps=["lost_bar"])


_SHAPES = {
    "ratio_percent": (30, _ratio_percent), "ratio_multiplier": (4, _ratio_multiplier), "ratio": (3, _plain_ratio),
    "chained_constant": (2, _chained_constant), "count": (14, _count), "sum": (2, _sum), "growth": (10, _growth),
    "cumulative": (4, _cumulative), "difference": (3, _difference), "average": (3, _average),
    "weighted_index": (3, _weighted), "constant_target": (5, _constant), "no_formula": (8, _no_formula),
    "measure_name_only": (3, _measure_name_only), "colon_list": (3, _colon_list), "lost_bar": (3, _two_phrases),
    "achievement": (3, _achievement),
}
