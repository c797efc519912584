"""Every finding code: its kind, default severity and confidence, and the reason an evaluator would
give (Indonesian, English).

Severity means something: "error" — the number will be wrong or meaningless; "warning" — an evaluator
will mark the indicator down; "info" (shown as a note) — worth fixing, changes no score. Codes are
stable: the web page, the CLI, the review report and the gold test refer to them.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kinerja.review.finding import Evidence, Finding


@dataclass(frozen=True)
class Code:
    kind: str
    severity: str
    why_id: str
    why_en: str
    confidence: float = 0.9


def _c(kind: str, severity: str, why_id: str, why_en: str, confidence: float = 0.9) -> Code:
    return Code(kind, severity, why_id, why_en, confidence)


CODES: dict[str, Code] = {
    # --- name and formula --------------------------------------------------------------------------
    "name-percent-formula-count": _c(
        "mismatch", "error",
        "Nama menjanjikan persentase/rasio, tetapi rumusnya hanya mencacah; capaian akan dihitung dari angka "
        "mutlak yang tidak dapat dibandingkan dengan target persen.",
        "The name promises a percentage or rate but the formula only counts; achievement would be computed on "
        "an absolute number that cannot be compared with a percentage target.", 0.95),
    "name-count-formula-percent": _c(
        "mismatch", "error",
        "Nama menyebut 'Jumlah' (cacah), tetapi rumusnya persentase; target, realisasi dan satuan tidak akan "
        "cocok, dan pembaca tidak tahu mana yang diukur.",
        "The name says 'Jumlah' (a count) but the formula is a percentage; target, realisasi and satuan will "
        "not match, and a reader cannot tell which is measured.", 0.95),
    "name-growth-formula-level": _c(
        "mismatch", "error",
        "Nama menjanjikan perubahan (peningkatan, pertumbuhan), tetapi rumusnya mengukur keadaan satu periode; "
        "angka yang dilaporkan bukan perubahannya.",
        "The name promises a change (increase, growth) but the formula measures the level of one period; the "
        "number reported is not the change.", 0.85),
    "name-formula-object": _c(
        "mismatch", "error",
        "Yang dihitung rumus bukan yang disebut nama indikator; realisasi akan melaporkan hal lain dari yang "
        "diperjanjikan.",
        "The formula counts something other than what the indicator names; realisasi would report a different "
        "thing from what was agreed.", 0.8),
    "formula-drops-qualifier": _c(
        "mismatch", "warning",
        "Syarat pada nama (tepat waktu, akurat, melalui …, kriteria lain) tidak ada di rumus, sehingga semua "
        "kejadian terhitung dan indikator tidak lagi mengukur yang dijanjikan.",
        "A condition in the name (on time, accurate, through …, another criterion) is missing from the formula, "
        "so every case counts and the indicator no longer measures what it promises.", 0.8),
    "formula-adds-condition": _c(
        "mismatch", "warning",
        "Rumus memuat syarat atau unsur yang tidak ada pada nama; pembaca nama dan penghitung rumus akan "
        "mengukur hal yang berbeda.",
        "The formula carries a condition or term the name does not; whoever reads the name and whoever computes "
        "the formula will measure different things.", 0.75),
    "name-condition-differs": _c(
        "mismatch", "warning",
        "Nama dan rumus menghitung benda yang sama dengan syarat yang berbeda (mis. 'dibina' lawan 'terbentuk'); "
        "realisasi akan menjawab pertanyaan lain.",
        "Name and formula count the same thing under different conditions (e.g. 'guided' against 'formed'); "
        "realisasi would answer another question.", 0.75),
    "name-denominator-mismatch": _c(
        "mismatch", "warning",
        "Nama menyebut pembanding ('terhadap …') yang berbeda dari penyebut rumus.",
        "The name states a base ('terhadap …') other than the formula's denominator.", 0.8),
    # --- the formula itself ------------------------------------------------------------------------
    "formula-missing": _c(
        "formula", "error",
        "Tanpa rumus tidak ada cara yang disepakati untuk menghitung realisasi; setiap pelapor akan "
        "menghitung dengan caranya sendiri.",
        "Without a formula there is no agreed way to compute realisasi; every reporter will compute it their "
        "own way.", 1.0),
    "formula-no-calculation": _c(
        "formula", "error",
        "Kolom formula hanya mengulang nama ukuran; pembilang dan penyebut (atau unsur indeks) tidak disebut "
        "sehingga nilainya tidak bisa dihitung atau diperiksa.",
        "The formula cell only repeats the name of the measure; no numerator and denominator (or index "
        "components) are given, so the value can be neither computed nor checked.", 0.95),
    "constant-formula": _c(
        "formula", "error",
        "Kolom formula berisi target atau nilai ('1 Dokumen', '100%'), bukan cara menghitung; indikator "
        "menjadi keluaran yang pasti tercapai.",
        "The formula cell holds a target or a value ('1 Dokumen', '100%'), not a way to compute; the indicator "
        "becomes an output that is met by definition.", 0.95),
    "formula-unreadable": _c(
        "formula", "warning",
        "Rumus tidak dapat dibaca dengan yakin; orang yang berbeda akan menghitungnya berbeda.",
        "The formula cannot be read with confidence; different people will compute it differently.", 0.6),
    "percent-without-scale": _c(
        "formula", "warning",
        "Rumus persentase tanpa 'x 100%' menghasilkan pecahan (0,85), bukan persen (85%); target dan "
        "realisasi mudah tercampur.",
        "A percentage formula without 'x 100%' gives a fraction (0.85), not a percent (85%); targets and "
        "realisasi get mixed up.", 0.9),
    "ambiguous-precedence": _c(
        "formula", "error",
        "Pengurangan dan pembagian ditulis tanpa kurung yang mengelompokkan selisihnya; dibaca harfiah "
        "'A − B / C' hasilnya lain sama sekali dari '(A − B) / C'.",
        "Subtraction and division are written without brackets around the difference; read literally, "
        "'A − B / C' gives something quite different from '(A − B) / C'.", 0.85),
    "packed-formula": _c(
        "formula", "warning",
        "Satu sel memuat lebih dari satu rumus atau indikator; tidak jelas mana yang dihitung.",
        "One cell holds more than one formula or indicator; it is not clear which one is computed.", 0.75),
    "example-arithmetic": _c(
        "formula", "error",
        "Contoh perhitungan di dokumen tidak cocok dengan hitungannya sendiri; angka yang dipakai atau rumusnya "
        "salah.",
        "The worked example in the document does not agree with its own arithmetic; either the numbers or the "
        "formula are wrong.", 0.95),
    "bands-gap": _c(
        "formula", "warning",
        "Rentang predikat bercelah atau bertumpuk; ada nilai yang tidak mendapat predikat atau mendapat dua.",
        "The grade bands leave a gap or overlap; some value gets no grade, or two.", 0.95),
    "numerator-equals-denominator": _c(
        "formula", "error",
        "Pembilang sama dengan penyebut: hasilnya selalu 100% apa pun kinerjanya.",
        "The numerator equals the denominator: the result is always 100% whatever the performance.", 0.95),
    "circular-variable": _c(
        "formula", "error",
        "Salah satu unsur rumus sendiri sudah berupa persentase; persentase dari persentase tidak bermakna — "
        "yang dimaksud tentu jumlahnya.",
        "A term of the formula is itself a percentage; a percentage of a percentage is meaningless — a count "
        "was surely meant.", 0.9),
    "growth-denominator": _c(
        "formula", "error",
        "Pertumbuhan harus dibagi nilai periode sebelumnya; membagi dengan nilai tahun berjalan mengecilkan "
        "dan membalik maknanya.",
        "Growth must be divided by the previous period's value; dividing by the current value understates it "
        "and changes its meaning.", 0.95),
    "difference-numerator": _c(
        "formula", "error",
        "Pembilang berupa selisih (yang belum/tersisa), sehingga nilai tinggi berarti pekerjaan yang belum "
        "selesai; rumus mengukur kebalikan dari nama indikator.",
        "The numerator is a difference (what remains), so a high value means unfinished work; the formula "
        "measures the inverse of the indicator's name.", 0.85),
    "mixed-sum": _c(
        "formula", "error",
        "Rumus menjumlahkan besaran yang berbeda jenis (orang, lembaga, dokumen …); totalnya tidak bermakna "
        "dan persentasenya dapat melebihi 100%.",
        "The formula adds different kinds of quantity (persons, institutions, documents …); the total means "
        "nothing and a percentage built on it can exceed 100%.", 0.85),
    "ratio-not-subset": _c(
        "formula", "warning",
        "Pembilang bukan bagian dari penyebut (yang dihitung di atas tidak dibatasi pada populasi di bawah); "
        "persentasenya dapat melebihi 100% dan tidak mengukur cakupan.",
        "The numerator is not a part of the denominator (what is counted above is not limited to the population "
        "below); the percentage can exceed 100% and measures no coverage.", 0.75),
    "period-unstated": _c(
        "formula", "warning",
        "Rumus menghitung per bulan, hari atau semester, tetapi cara menjadikannya nilai tahunan (dijumlah, "
        "rata-rata, nilai terakhir) tidak disebut.",
        "The formula counts per month, day or half-year, but how that becomes a yearly value (sum, average, last "
        "value) is not said.", 0.85),
    "formula-holds-data": _c(
        "formula", "info",
        "Kolom formula memuat angka realisasi atau data; angka itu cepat usang dan bukan bagian dari rumus.",
        "The formula cell quotes realisasi or data values; they go stale and are not part of a formula.", 0.9),
    "satuan-mismatch": _c(
        "formula", "warning",
        "Satuan tidak sesuai dengan hasil rumus; target dan realisasi akan ditulis dalam satuan yang salah.",
        "The satuan does not fit what the formula yields; targets and realisasi will be stated in the wrong "
        "unit.", 0.9),
    # --- level ---------------------------------------------------------------------------------------
    "output-at-iku": _c(
        "level", "warning",
        "IKU dan indikator pimpinan semestinya mengukur hasil (outcome); tersedianya dokumen, terlaksananya "
        "kegiatan atau laporan pemantauan hanyalah keluaran (output) atau proses.",
        "An IKU or a head's indicator should measure an outcome; a document made available, an activity held or "
        "a monitoring report is only an output or a process.", 0.8),
    "outcome-beyond-position": _c(
        "level", "warning",
        "Jabatan setingkat seksi atau pelaksana diberi indikator dampak wilayah (ekspor, inflasi, PDRB …) yang "
        "ditentukan banyak pihak; kinerjanya sendiri tidak terukur.",
        "A seksi-level or staff position holds a region-wide impact indicator (exports, inflation, GDP …) that "
        "many actors move; its own performance goes unmeasured.", 0.75),
    # --- values not driven by performance ------------------------------------------------------------
    "fixed-by-obligation": _c(
        "driven", "warning",
        "Jumlahnya sudah ditentukan kewajiban atau kalender (laporan bulanan = 12 setahun, dokumen wajib); "
        "nilainya selalu tercapai dan tidak membedakan kinerja baik dari buruk.",
        "The number is fixed by obligation or the calendar (monthly reports = 12 a year, mandatory documents); "
        "it is always met and does not tell good performance from bad.", 0.75),
    "driven-by-others": _c(
        "driven", "warning",
        "Yang dihitung adalah apa yang diajukan, dikirim atau dilaporkan pihak lain; jumlahnya ditentukan "
        "mereka, bukan oleh kinerja jabatan ini.",
        "What is counted is what others submit, send or report; they set the number, not this position's "
        "performance.", 0.75),
    "count-needs-share": _c(
        "driven", "warning",
        "Cacah mutlak tidak dapat menunjukkan mutu atau penyelesaian: jumlahnya naik-turun mengikuti banyaknya "
        "kasus atau permohonan, bukan kinerja. Ukurlah bagiannya (persentase).",
        "An absolute count cannot show quality or resolution: it rises and falls with the number of cases or "
        "requests, not with performance. Measure the share (a percentage).", 0.7),
    "unobservable": _c(
        "driven", "warning",
        "Kejadian yang dicegah tidak pernah terjadi, jadi tidak dapat dihitung; indikator diukur lewat "
        "pengganti yang tidak disebut.",
        "Events that were prevented never happen and cannot be counted; the indicator is measured through a "
        "proxy it does not name.", 0.8),
    # --- fit with sasaran and duties -----------------------------------------------------------------
    "sasaran-not-objective": _c(
        "fit", "warning",
        "Sasaran harus berupa kondisi yang ingin dicapai; sel sasaran ini berisi indikator, dokumen keluaran "
        "atau nama kegiatan.",
        "A sasaran must be a condition to achieve; this sasaran cell holds an indicator, an output document or "
        "the name of an activity.", 0.8),
    "sasaran-mismatch": _c(
        "fit", "warning",
        "Indikator tidak mengukur sasarannya: kata kunci sasaran tidak muncul pada indikator, atau sasaran itu "
        "milik jabatan lain.",
        "The indicator does not measure its sasaran: the sasaran's key words are absent from the indicator, or "
        "the sasaran belongs to another position.", 0.65),
    "internal-external": _c(
        "fit", "warning",
        "Sasaran tentang layanan internal diukur dengan kepuasan masyarakat (pengguna layanan eksternal), atau "
        "sebaliknya.",
        "A sasaran about internal service is measured by the satisfaction of the public (external users), or "
        "the other way round.", 0.85),
    "tugas-copied": _c(
        "fit", "warning",
        "Uraian tugas jabatan ini sama persis dengan jabatan lain; indikatornya tidak dapat diturunkan dari "
        "tugasnya sendiri.",
        "This position's duties are copied word for word from another position; its indicators cannot be "
        "derived from its own duties.", 0.9),
    "superior-mismatch": _c(
        "fit", "info",
        "Tugas jabatan menyebut atasan dari bidang lain; uraian tugas kemungkinan disalin dari jabatan lain.",
        "The position's duties name a superior of another bidang; the duties were probably copied from another "
        "position.", 0.7),
    "title-duties-mismatch": _c(
        "fit", "info",
        "Nama jabatan tidak tercermin dalam uraian tugasnya; tugas dan indikatornya kemungkinan milik jabatan "
        "lain.",
        "The position's title is nowhere in its duties; its duties and indicators probably belong to another "
        "position.", 0.7),
    # --- cascade -------------------------------------------------------------------------------------
    "duplicate-in-jabatan": _c(
        "cascade", "error",
        "Indikator yang sama dua kali pada satu jabatan/tabel dihitung dan dinilai dua kali.",
        "The same indicator twice in one position or table is measured and scored twice.", 0.95),
    "duplicate-across-jabatan": _c(
        "cascade", "warning",
        "Indikator yang sama pada jabatan lain berarti kinerja tidak diturunkan (cascading) — dua jabatan "
        "mengklaim ukuran yang sama, atau bawahan mengulang indikator atasannya.",
        "The same indicator under another position means performance was not cascaded — two positions claim one "
        "measure, or a subordinate restates a superior's indicator.", 0.9),
    "reworded-copy": _c(
        "cascade", "warning",
        "Indikator ini ukuran yang sama dengan indikator lain, hanya kata-katanya berbeda; satu kinerja "
        "dihitung dua kali.",
        "This indicator is the same measure as another one in other words; one performance is counted twice.",
        0.75),
    "same-formula-different-name": _c(
        "cascade", "warning",
        "Dua indikator dengan nama berbeda tetapi rumus sama: salah satunya salin-tempel, atau keduanya "
        "sebenarnya satu ukuran.",
        "Two indicators with different names but the same formula: one was copy-pasted, or both are really "
        "one measure.", 0.85),
    "definisi-copied": _c(
        "cascade", "warning",
        "Definisi yang sama dipakai untuk indikator lain; definisi ini tidak menjelaskan indikatornya sendiri.",
        "The same definisi is used for another indicator; it does not define this indicator.", 0.85),
    "copy-leftover": _c(
        "cascade", "warning",
        "Rumus memuat kata-kata dari indikator lain yang tidak ada hubungannya dengan indikator ini; sisa "
        "salin-tempel.",
        "The formula carries words from another indicator that have nothing to do with this one; a copy-paste "
        "leftover.", 0.7),
    # --- vague or undefined --------------------------------------------------------------------------
    "vague-criterion": _c(
        "vague", "warning",
        "Kriteria mutu (akurat, berkualitas, sesuai pedoman, layak …) tidak dijelaskan; tidak ada yang dapat "
        "membuktikan terpenuhi atau tidaknya.",
        "The quality criterion (accurate, good quality, per the guideline, decent …) is not explained; nobody "
        "can show whether it is met.", 0.85),
    "undefined-variable": _c(
        "vague", "warning",
        "Unsur rumus yang tidak didefinisikan tidak bisa dikumpulkan datanya secara konsisten.",
        "A formula term that is not defined anywhere cannot be collected consistently.", 0.85),
    "definisi-restates": _c(
        "vague", "warning",
        "Definisi operasional hanya mengulang nama, rumus atau sasaran (atau berisi target); istilahnya tetap "
        "tidak dijelaskan.",
        "The definisi only repeats the name, the formula or the sasaran (or holds a target); its terms are "
        "still unexplained.", 0.9),
    "abbreviation-mismatch": _c(
        "vague", "warning",
        "Singkatan dijabarkan berbeda dari penjabarannya di bagian lain keputusan; pembaca tidak tahu instrumen "
        "mana yang dimaksud.",
        "An abbreviation is spelled out differently from elsewhere in the decree; a reader cannot tell which "
        "instrument is meant.", 0.85),
    "formula-object-vague": _c(
        "vague", "warning",
        "Rumus menghitung sesuatu tanpa menyebut apa atau dari kegiatan mana ('Jumlah peserta kegiatan').",
        "The formula counts something without saying what or from which activity ('Jumlah peserta kegiatan').",
        0.8),
    # --- data source ---------------------------------------------------------------------------------
    "sumber-data-missing": _c(
        "source", "warning",
        "Tanpa sumber data, realisasi tidak dapat diverifikasi oleh evaluator.",
        "Without a data source the evaluator cannot verify the realisasi.", 1.0),
    "source-not-a-source": _c(
        "source", "warning",
        "Sumber data harus menyebut dokumen, sistem atau catatan tempat angka diambil; yang ditulis adalah "
        "jabatan, unit, atau populasi yang diukur.",
        "A data source must name the document, system or record the number comes from; what is written is a "
        "position, a unit, or the population measured.", 0.8),
    "external-outcome": _c(
        "source", "info",
        "Data dari statistik makro (BPS, instansi pusat) tertinggal setahun dan dipengaruhi banyak pihak; "
        "capaian tidak sepenuhnya dapat diatribusikan ke perangkat daerah.",
        "Macro statistics (BPS, central agencies) lag a year and are moved by many actors; achievement cannot be "
        "attributed to the agency alone.", 0.9),
    "penanggung-jawab-missing": _c(
        "source", "warning",
        "Indikator tanpa penanggung jawab tidak dimiliki siapa pun; tidak ada yang melapor atau ditagih.",
        "An indicator without a responsible position is owned by nobody; nobody reports it or answers for it.",
        1.0),
    # --- wording -------------------------------------------------------------------------------------
    "not-a-measure": _c(
        "wording", "warning",
        "Indikator harus menyebut besaran yang diukur (jumlah, persentase, indeks …); kalimat keadaan, tujuan "
        "atau frasa benda tidak dapat diberi target dan realisasi.",
        "An indicator must name the quantity measured (count, percentage, index …); a statement of a state or "
        "aim, or a bare noun phrase, cannot be given a target and realisasi.", 0.9),
    "polarity-hint": _c(
        "wording", "info",
        "Nama menyiratkan 'semakin rendah semakin baik'; polaritas harus dicatat agar capaian tidak terbalik.",
        "The name implies lower is better; the polarity must be recorded or achievement is computed the wrong "
        "way round.", 0.8),
    "definisi-hardcoded-data": _c(
        "wording", "info",
        "Definisi memuat angka data atau tahun dasar; angka itu cepat usang dan bukan bagian dari definisi.",
        "The definisi holds data values or a base year; they go stale quickly and are not part of a "
        "definition.", 0.9),
    # --- typos ---------------------------------------------------------------------------------------
    "typo": _c(
        "typo", "info",
        "Salah ketik pada dokumen resmi; di tempat lain keputusan menulisnya dengan benar.",
        "A typo in an official document; elsewhere the decree spells it correctly.", 0.8),
    "real-word-typo": _c(
        "typo", "warning",
        "Salah ketik yang menghasilkan kata lain yang bermakna berbeda; pembaca dapat memahami hal yang "
        "berbeda sama sekali.",
        "A typo that makes another real word with a different meaning; a reader may understand something quite "
        "different.", 0.7),
    "truncated-text": _c(
        "typo", "warning",
        "Teks berakhir menggantung atau terpotong; isinya hilang saat penyusunan atau pemindaian.",
        "The text ends mid-phrase or is cut off; its content was lost when the table was drafted or scanned.",
        0.85),
    "obsolete-term": _c(
        "typo", "info",
        "Istilah yang dipakai sudah diganti oleh peraturan; datanya kini diterbitkan dengan nama baru.",
        "The term was replaced by law; its data is now published under the new name.", 0.9),
    "stray-mark": _c(
        "typo", "info",
        "Tanda lepas (*, Σ) tanpa arti di teks resmi.",
        "A stray mark (*, Σ) with no meaning in the official text.", 0.9),
}


def finding(code: str, row_index: int | None, field: str, message_id: str, message_en: str, *,
            severity: str | None = None, confidence: float | None = None,
            evidence: Iterable[Evidence] = (), fix: tuple[str, str] | None = None,
            rows: Iterable[int] = ()) -> Finding:
    spec = CODES[code]
    return Finding(code, severity or spec.severity, field, message_id, message_en, spec.why_id, spec.why_en,
                   row_index, confidence=spec.confidence if confidence is None else confidence,
                   evidence=tuple(evidence), fix_id=fix[0] if fix else None, fix_en=fix[1] if fix else None,
                   kind=spec.kind, rows=tuple(rows))


def said(field: str, text: str | None, row: int | None = None) -> Evidence:
    """Evidence: the words ``text`` of ``field`` (cut to a readable length)."""
    value = " ".join((text or "").split())
    return Evidence(field, value if len(value) <= 160 else value[:157] + "…", row)
