"""Every finding code, its default severity, and the reason an evaluator would give (id, en).

Codes are stable: the web page, the CLI and the gold test refer to them.
"""
from __future__ import annotations

from dataclasses import dataclass

from kinerja.review.finding import Finding


@dataclass(frozen=True)
class Code:
    severity: str
    why_id: str
    why_en: str


CODES: dict[str, Code] = {
    # --- the formula against the name -----------------------------------------------------------
    "name-percent-formula-count": Code(
        "error",
        "Nama menjanjikan persentase/rasio, tetapi rumusnya hanya mencacah; capaian akan dihitung dari angka "
        "mutlak dan tidak bisa dibandingkan antartahun atau dengan target persen.",
        "The name promises a percentage or rate but the formula only counts; achievement would be computed on "
        "an absolute number that cannot be compared across years or with a percentage target."),
    "name-count-formula-percent": Code(
        "error",
        "Nama menyebut 'Jumlah' (cacah), tetapi rumusnya persentase; target, realisasi dan satuan tidak akan "
        "cocok, dan pembaca tidak tahu mana yang diukur.",
        "The name says 'Jumlah' (a count) but the formula is a percentage; target, realisasi and satuan will "
        "not match, and a reader cannot tell which is measured."),
    "name-formula-object": Code(
        "warning",
        "Yang dicacah rumus tidak sama dengan yang disebut nama indikator; realisasi akan melaporkan hal lain "
        "dari yang diperjanjikan.",
        "The formula counts something other than what the indicator names; realisasi would report a "
        "different thing from what was agreed."),
    "formula-drops-qualifier": Code(
        "warning",
        "Syarat mutu pada nama (tepat waktu, akurat, sesuai …) tidak ada di rumus, jadi semua kejadian "
        "terhitung dan indikator tidak lagi mengukur mutu.",
        "A quality condition in the name (on time, accurate, compliant …) is missing from the formula, so "
        "every case counts and the indicator no longer measures quality."),
    "numerator-equals-denominator": Code(
        "error",
        "Pembilang sama dengan penyebut: hasilnya selalu 100% apa pun kinerjanya.",
        "The numerator equals the denominator: the result is always 100% whatever the performance."),
    "circular-variable": Code(
        "error",
        "Salah satu unsur rumus sendiri sudah berupa persentase; persentase dari persentase tidak bermakna — "
        "yang dimaksud tentu jumlahnya.",
        "A term of the formula is itself a percentage; a percentage of a percentage is meaningless — a count "
        "was surely meant."),
    "growth-denominator": Code(
        "error",
        "Pertumbuhan harus dibagi nilai periode sebelumnya; membagi dengan nilai tahun berjalan mengecilkan "
        "dan membalik maknanya.",
        "Growth must be divided by the previous period's value; dividing by the current value understates it "
        "and changes its meaning."),
    "difference-numerator": Code(
        "warning",
        "Pembilang berupa selisih (yang belum/tersisa), sehingga nilai yang tinggi berarti pekerjaan yang "
        "belum selesai; arah (polaritas) indikator terbalik dari namanya.",
        "The numerator is a difference (what remains), so a high value means unfinished work; the direction "
        "(polarity) is the opposite of what the name suggests."),
    "mixed-sum": Code(
        "warning",
        "Rumus menjumlahkan besaran yang berbeda jenis; hasilnya hanya bermakna bila semua suku bersatuan "
        "sama, dan persentasenya dapat melebihi 100%.",
        "The formula adds different kinds of quantity; the total only makes sense if they share one unit, "
        "and a percentage built on it can exceed 100%."),
    # --- the formula itself -------------------------------------------------------------------------
    "formula-missing": Code(
        "error",
        "Tanpa rumus tidak ada cara yang disepakati untuk menghitung realisasi; setiap pelapor akan "
        "menghitung dengan caranya sendiri.",
        "Without a formula there is no agreed way to compute realisasi; every reporter will compute it their "
        "own way."),
    "formula-no-calculation": Code(
        "error",
        "Kolom formula hanya mengulang nama ukuran; pembilang dan penyebutnya tidak disebut sehingga "
        "persentase tidak bisa dihitung atau diperiksa.",
        "The formula cell only repeats the name of the measure; no numerator or denominator is given, so the "
        "percentage can be neither computed nor checked."),
    "constant-formula": Code(
        "error",
        "Kolom formula berisi target ('1 Dokumen', '100%'), bukan cara menghitung; indikator hasil menjadi "
        "sekadar keluaran yang pasti tercapai.",
        "The formula cell holds a target ('1 Dokumen', '100%'), not a way to compute; an outcome indicator "
        "becomes an output that is met by definition."),
    "formula-unreadable": Code(
        "warning",
        "Rumus tidak dapat dibaca dengan yakin; orang yang berbeda akan menghitungnya berbeda.",
        "The formula cannot be read with confidence; different people will compute it differently."),
    "percent-without-scale": Code(
        "warning",
        "Rumus persentase tanpa 'x 100%' menghasilkan pecahan (0,85), bukan persen (85%); target dan "
        "realisasi mudah tercampur.",
        "A percentage formula without 'x 100%' gives a fraction (0.85), not a percent (85%); targets and "
        "realisasi get mixed up."),
    "example-arithmetic": Code(
        "error",
        "Contoh perhitungan di dokumen tidak cocok dengan hitungannya sendiri; angka yang dipakai atau rumusnya "
        "salah.",
        "The worked example in the document does not agree with its own arithmetic; either the numbers or the "
        "formula are wrong."),
    "undefined-variable": Code(
        "warning",
        "Unsur rumus yang tidak didefinisikan tidak bisa dikumpulkan datanya secara konsisten.",
        "A formula term that is not defined anywhere cannot be collected consistently."),
    "vague-criterion": Code(
        "warning",
        "Kriteria mutu pada nama (akurat, berkualitas, sesuai pedoman …) tidak dijelaskan di definisi; tidak "
        "ada yang dapat membuktikan terpenuhi atau tidaknya.",
        "The quality criterion in the name (accurate, good quality, per the guideline …) is not explained in "
        "the definisi; nobody can show whether it is met."),
    "period-unstated": Code(
        "warning",
        "Rumus berbasis bulan/hari, tetapi cara menjadikannya nilai tahunan (dijumlah, rata-rata, nilai "
        "terakhir) tidak disebut.",
        "The formula works per month or day, but how that becomes a yearly value (sum, average, last value) "
        "is not said."),
    # --- satuan and polarity ----------------------------------------------------------------------
    "satuan-mismatch": Code(
        "warning",
        "Satuan tidak sesuai dengan hasil rumus; target dan realisasi akan ditulis dalam satuan yang salah.",
        "The satuan does not fit what the formula yields; targets and realisasi will be stated in the wrong "
        "unit."),
    "polarity-hint": Code(
        "info",
        "Nama menyiratkan 'semakin rendah semakin baik'; polaritas harus dicatat agar capaian tidak terbalik.",
        "The name implies lower is better; the polarity must be recorded or achievement is computed the wrong "
        "way round."),
    # --- wording ----------------------------------------------------------------------------------
    "not-a-measure": Code(
        "warning",
        "Indikator harus menyebut besaran yang diukur (jumlah, persentase, indeks …); kalimat keadaan atau "
        "tujuan tidak dapat diberi target dan realisasi.",
        "An indicator must name the quantity measured (count, percentage, index …); a statement of a state or "
        "aim cannot be given a target and realisasi."),
    "output-at-iku": Code(
        "warning",
        "IKU semestinya mengukur hasil (outcome); tersedianya dokumen atau terlaksananya kegiatan hanyalah "
        "keluaran (output).",
        "An IKU should measure an outcome; the availability of a document or the holding of an activity is "
        "only an output."),
    "truncated-text": Code(
        "warning",
        "Teks berakhir menggantung (kata sambung atau kurung terbuka); isinya kemungkinan terpotong saat "
        "penyusunan atau pemindaian.",
        "The text ends mid-phrase (a conjunction or an open parenthesis); it was probably cut off when the "
        "table was drafted or scanned."),
    "definisi-restates": Code(
        "warning",
        "Definisi operasional hanya mengulang nama atau rumus (atau berisi target); istilahnya tetap tidak "
        "dijelaskan.",
        "The definisi only repeats the name or the formula (or holds a target); its terms are still "
        "unexplained."),
    "definisi-hardcoded-data": Code(
        "info",
        "Definisi memuat angka data atau tahun dasar; angka itu cepat usang dan bukan bagian dari definisi.",
        "The definisi holds data values or a base year; they go stale quickly and are not part of a "
        "definition."),
    "external-outcome": Code(
        "info",
        "Data dari statistik makro (BPS) tertinggal setahun dan dipengaruhi banyak pihak; capaian tidak "
        "sepenuhnya dapat diatribusikan ke perangkat daerah.",
        "Macro statistics (BPS) lag a year and are moved by many actors; achievement cannot be attributed to "
        "the agency alone."),
    # --- fields -----------------------------------------------------------------------------------
    "sumber-data-missing": Code(
        "warning",
        "Tanpa sumber data, realisasi tidak dapat diverifikasi oleh evaluator.",
        "Without a data source the evaluator cannot verify the realisasi."),
    "penanggung-jawab-missing": Code(
        "warning",
        "Indikator tanpa penanggung jawab tidak dimiliki siapa pun; tidak ada yang melapor atau ditagih.",
        "An indicator without a responsible position is owned by nobody; nobody reports it or answers for it."),
    # --- copies -----------------------------------------------------------------------------------
    "duplicate-in-jabatan": Code(
        "error",
        "Indikator yang sama dua kali pada satu jabatan/tabel dihitung dan dinilai dua kali.",
        "The same indicator twice in one position or table is measured and scored twice."),
    "duplicate-across-jabatan": Code(
        "warning",
        "Indikator dan rumus yang sama pada jabatan lain berarti kinerja tidak diturunkan (cascading) — dua "
        "jabatan mengklaim ukuran yang sama.",
        "The same indicator and formula under another position means performance was not cascaded — two "
        "positions claim one measure."),
    "same-formula-different-name": Code(
        "warning",
        "Dua indikator dengan nama berbeda tetapi rumus sama: salah satunya salin-tempel, atau keduanya "
        "sebenarnya satu ukuran.",
        "Two indicators with different names but the same formula: one was copy-pasted, or both are really "
        "one measure."),
    "definisi-copied": Code(
        "warning",
        "Definisi yang sama persis dipakai untuk indikator lain; definisi ini tidak menjelaskan indikatornya "
        "sendiri.",
        "The very same definisi is used for another indicator; it does not define this indicator."),
}


def finding(code: str, row_index: int | None, field: str, message_id: str, message_en: str,
            severity: str | None = None) -> Finding:
    spec = CODES[code]
    return Finding(code, severity or spec.severity, field, message_id, message_en, spec.why_id, spec.why_en,
                   row_index)
