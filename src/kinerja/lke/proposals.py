"""Proposed answers from Kinerja's own data, each with its reason in words and its evidence.

A rule reads :class:`~kinerja.lke.facts.Facts` and judges a criterion as a strength between 0 and 1
(present = 1, absent = 0, a share of indicators, a level of cascading); the criterion's own scale then
turns that strength into its nearest answer (ties go to the lower answer), so a rule works on Y/T,
A–E, AA–E or a pemda's own scale alike. Where the data say nothing, the rule says why and proposes no
answer. A proposal never answers alone: the planner accepts or changes it.

Rule names are what a tree's criteria name in ``"proposal"``; they are stable.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

from kinerja.periods import parse_period
from kinerja.cascade import Level
from kinerja.lke.facts import Facts, IndicatorFacts, Link
from kinerja.lke.instrument import Instrument
from kinerja.lke.scales import AnswerScale
from kinerja.numbers import format_number, format_percent


@dataclass(frozen=True)
class Judgement:
    strength: Fraction | None            # 0–1; None = the data say nothing
    reason_id: str
    reason_en: str
    evidence: tuple[Link, ...] = ()


@dataclass(frozen=True)
class Proposal:
    code: str
    rule: str
    answer: str | None
    reason_id: str
    reason_en: str
    evidence: tuple[Link, ...] = ()

    def reason(self, language: str = "id") -> str:
        return self.reason_en if language.startswith("en") else self.reason_id


def nearest_answer(scale: AnswerScale, strength: Fraction) -> str:
    """The answer whose worth is closest to ``strength``; between two, the lower one."""
    options = sorted(scale.options, key=lambda o: o.value)
    return min(options, key=lambda o: abs(o.value / scale.top - strength)).answer


def propose(instrument: Instrument, facts: Facts) -> dict[str, Proposal]:
    out = {}
    for criterion in instrument.criteria():
        if not criterion.proposal:
            continue
        judged = RULES[criterion.proposal](facts)
        answer = None if judged.strength is None else nearest_answer(criterion.scale, judged.strength)
        out[criterion.code] = Proposal(criterion.code, criterion.proposal, answer, judged.reason_id,
                                       judged.reason_en, judged.evidence)
    return out


# --- helpers --------------------------------------------------------------------------------------

def _pct(share: Fraction, language: str) -> str:
    return format_percent(float(share) * 100, 0, language=language)


def _share(part: int, whole: int) -> Fraction:
    return Fraction(part, whole) if whole else Fraction(0)


def _nothing(reason_id: str, reason_en: str, *evidence: Link) -> Judgement:
    return Judgement(None, reason_id, reason_en, evidence)


def _document(kind: str, year: int, label_id: str, label_en: str) -> Link:
    return Link("document", label_id, label_en, (("kind", kind), ("year", str(year))))


def _names(items: list[str], limit: int = 3) -> str:
    shown = ", ".join(f"«{n}»" for n in items[:limit])
    return shown + (f" (+{len(items) - limit})" if len(items) > limit else "")


QUALITY = Link("quality", "Tinjauan kualitas indikator", "Indicator quality review")
POHON = Link("pohon", "Pohon kinerja", "Performance tree")
STRUCTURE = Link("structure", "Struktur dan jabatan", "Units and positions")


# --- 1. Perencanaan ---------------------------------------------------------------------------------

def renstra(f: Facts) -> Judgement:
    link = Link("targets", f"Target {f.year} dan Renstra", f"Targets {f.year} and Renstra", (("year", str(f.year)),))
    if f.renstra is None:
        return _nothing(f"Kinerja tidak menyimpan Renstra yang mencakup tahun {f.year}; jawab dari dokumen Anda.",
                        f"Kinerja holds no Renstra covering {f.year}; answer from your own documents.", link)
    first, last = f.renstra
    return Judgement(Fraction(1), f"Renstra {first}–{last} tersimpan di Kinerja dan mencakup tahun {f.year}.",
                     f"The Renstra {first}–{last} is stored in Kinerja and covers {f.year}.", (link,))


def perjanjian_kinerja(f: Facts) -> Judgement:
    link = _document("perjanjian-kinerja", f.year, f"Perjanjian Kinerja {f.year}", f"Performance agreement {f.year}")
    if not f.pk_indicators:
        return _nothing(f"Belum ada target PK tahun {f.year} di Kinerja.", f"Kinerja has no PK target for {f.year}.")
    return Judgement(Fraction(1), f"Perjanjian Kinerja {f.year} memuat target {f.pk_indicators} indikator.",
                     f"The {f.year} performance agreement sets targets for {f.pk_indicators} indicators.", (link,))


def rencana_aksi(f: Facts) -> Judgement:
    link = _document("rencana-aksi", f.year, f"Rencana Aksi {f.year}", f"Action plan {f.year}")
    if not f.rencana_aksi_indicators:
        return _nothing(f"Belum ada target triwulan (Rencana Aksi) tahun {f.year} di Kinerja.",
                        f"Kinerja has no quarterly (Rencana Aksi) target for {f.year}.")
    return Judgement(Fraction(1), f"Rencana Aksi {f.year} memuat target triwulan {f.rencana_aksi_indicators} indikator.",
                     f"The {f.year} action plan sets quarterly targets for {f.rencana_aksi_indicators} indicators.",
                     (link,))


def budget_plan(f: Facts) -> Judgement:
    link = _document("perjanjian-kinerja", f.year, f"Lampiran Perjanjian Kinerja {f.year}",
                     f"Performance agreement {f.year}, annex")
    if not f.programmes:
        return _nothing(f"Lampiran PK {f.year} di Kinerja belum memuat program beranggaran; jawab dari RKA/DPA.",
                        f"The {f.year} PK annex in Kinerja lists no budgeted programme; answer from the RKA/DPA.")
    budget = f"Rp{format_number(f.budget or 0, 0, language='id')}"
    budget_en = f"Rp{format_number(f.budget or 0, 0, language='en')}"
    return Judgement(Fraction(1), f"Lampiran PK {f.year} memuat {f.programmes} program dengan anggaran {budget}.",
                     f"The {f.year} PK annex lists {f.programmes} programmes with a budget of {budget_en}.", (link,))


def iku_decree(f: Facts) -> Judgement:
    decrees = [d for d in f.decrees if d.iku and d.tahun <= f.year]
    if not decrees:
        return _nothing("Kinerja tidak menyimpan keputusan IKU.", "Kinerja holds no IKU decree.")
    signed = [d for d in decrees if d.ditetapkan]
    newest = max(signed or decrees, key=lambda d: (d.tahun, d.id))
    link = Link("decree", f"Keputusan {newest.nomor}", f"Decree {newest.nomor}", (("pk", str(newest.id)),))
    if not signed:
        return Judgement(Fraction(0), f"Keputusan IKU {newest.nomor} di Kinerja masih berstatus konsep.",
                         f"The IKU decree {newest.nomor} in Kinerja is still a draft.", (link,))
    return Judgement(Fraction(1), f"IKU ditetapkan dengan Keputusan {newest.nomor} (tahun {newest.tahun}).",
                     f"The IKU were fixed by decree {newest.nomor} ({newest.tahun}).", (link,))


_OUTPUT_CODES = frozenset({"output-at-iku", "not-a-measure", "vague-criterion"})


def outcome_orientation(f: Facts) -> Judgement:
    iku = [i for i in f.active() if i.is_iku]
    if not iku:
        return _nothing("Belum ada IKU yang berlaku.", "There is no IKU in force.")
    weak = [i for i in iku if _OUTPUT_CODES & set(i.errors + i.warnings)]
    share = _share(len(iku) - len(weak), len(iku))
    id_, en = (f"{len(iku) - len(weak)} dari {len(iku)} IKU ({_pct(share, 'id')}) dirumuskan sebagai hasil "
               f"(outcome) tanpa temuan 'output di IKU', 'bukan ukuran' atau 'kriteria kabur'",
               f"{len(iku) - len(weak)} of {len(iku)} IKU ({_pct(share, 'en')}) are worded as outcomes with no "
               f"'output at IKU', 'not a measure' or 'vague criterion' finding")
    if weak:
        id_ += f"; perlu dirumuskan ulang: {_names([i.name for i in weak])}"
        en += f"; to reword: {_names([i.name for i in weak])}"
    return Judgement(share, id_ + ".", en + ".", (QUALITY,))


def smart(f: Facts) -> Judgement:
    active = f.active()
    if not active:
        return _nothing("Belum ada indikator yang berlaku.", "There is no indicator in force.")
    clean = [i for i in active if not i.errors]
    share = _share(len(clean), len(active))
    codes = Counter(code for i in active for code in i.errors).most_common(3)
    id_ = (f"{len(clean)} dari {len(active)} indikator ({_pct(share, 'id')}) tanpa galat pada tinjauan kualitas "
           f"(rumus terbaca dan sesuai nama, satuan, definisi)")
    en = (f"{len(clean)} of {len(active)} indicators ({_pct(share, 'en')}) have no error in the quality review "
          f"(readable formula that fits the name, unit, definition)")
    if codes:
        listed = ", ".join(f"{code} ×{n}" for code, n in codes)
        id_ += f"; galat terbanyak: {listed}"
        en += f"; most frequent errors: {listed}"
    return Judgement(share, id_ + ".", en + ".", (QUALITY,))


def iku_stable(f: Facts) -> Judgement:
    iku = [i for i in f.indicators if i.is_iku and (i.active or i.replaced)]
    if not iku:
        return _nothing("Belum ada IKU.", "There is no IKU.")
    replaced = [i for i in iku if i.replaced]
    share = _share(len(iku) - len(replaced), len(iku))
    if not replaced:
        return Judgement(share, f"Tidak ada IKU yang diganti dalam periode ini ({len(iku)} IKU tetap).",
                         f"No IKU was replaced in this period ({len(iku)} IKU unchanged).", (POHON,))
    return Judgement(share, f"{len(replaced)} dari {len(iku)} IKU diganti melalui keputusan perubahan: "
                            f"{_names([i.name for i in replaced])}.",
                     f"{len(replaced)} of {len(iku)} IKU were replaced by an amending decree: "
                     f"{_names([i.name for i in replaced])}.", (POHON,))


REALISTIC = (Fraction(80), Fraction(120))


def targets_realistic(f: Facts) -> Judgement:
    known = [c for c in f.capaian if c.capaian is not None]
    link = _capaian_link(f)
    if not known:
        return _nothing(f"Belum ada capaian terhitung tahun {f.year}.", f"No capaian computed for {f.year} yet.")
    low, high = REALISTIC
    fitting = [c for c in known if low <= Fraction(c.capaian) <= high]
    share = _share(len(fitting), len(known))
    easy = [c.name for c in known if Fraction(c.capaian) > high]
    hard = [c.name for c in known if Fraction(c.capaian) < low]
    id_ = (f"{len(fitting)} dari {len(known)} indikator ({_pct(share, 'id')}) capaiannya pada {_period(f, 'id')} "
           f"di antara 80% dan 120%")
    en = (f"{len(fitting)} of {len(known)} indicators ({_pct(share, 'en')}) reached between 80% and 120% in "
          f"{_period(f, 'en')}")
    if easy:
        id_ += f"; target terlalu mudah (> 120%): {_names(easy)}"
        en += f"; targets too easy (> 120%): {_names(easy)}"
    if hard:
        id_ += f"; target sulit dicapai (< 80%): {_names(hard)}"
        en += f"; targets hard to reach (< 80%): {_names(hard)}"
    return Judgement(share, id_ + ".", en + ".", (link,) if link else ())


_LEVEL_STRENGTH = {Level.INDIVIDUAL: Fraction(1), Level.ES_IV: Fraction(9, 10), Level.ES_III: Fraction(8, 10),
                   Level.ES_II: Fraction(7, 10)}


def cascading(f: Facts) -> Judgement:
    if not f.reach:
        return _nothing("Belum ada IKU di pohon kinerja.", "There is no IKU in the performance tree.", POHON)
    placed = [r for r in f.reach if r.deepest is not None]
    if not placed:
        return _nothing("IKU belum dikaitkan dengan jabatan mana pun.", "No IKU is linked to a position.", POHON)
    shallowest = min(r.deepest for r in placed)
    counts = Counter(r.deepest for r in placed)
    spread_id = ", ".join(f"{n} sampai {lvl.label('id')}" for lvl, n in sorted(counts.items(), reverse=True))
    spread_en = ", ".join(f"{n} down to {lvl.label('en')}" for lvl, n in sorted(counts.items(), reverse=True))
    short = [f.iku_names.get(r.indicator, str(r.indicator)) for r in placed if r.deepest == shallowest]
    id_ = f"Dari {len(f.reach)} IKU: {spread_id}"
    en = f"Of {len(f.reach)} IKU: {spread_en}"
    if shallowest < Level.INDIVIDUAL:
        id_ += f"; jawaban mengikuti IKU yang berhenti paling dangkal, di {shallowest.label('id')}: {_names(short)}"
        en += f"; the answer follows the IKU that stop shallowest, at {shallowest.label('en')}: {_names(short)}"
    unplaced = len(f.reach) - len(placed)
    if unplaced:
        id_ += f"; {unplaced} IKU belum dikaitkan dengan jabatan"
        en += f"; {unplaced} IKU not linked to a position"
    return Judgement(_LEVEL_STRENGTH[shallowest], id_ + ".", en + ".", (POHON,))


def positions_with_plan(f: Facts) -> Judgement:
    if not f.positions:
        return _nothing("Belum ada jabatan di katalog.", "The catalog has no position.", STRUCTURE)
    share = _share(f.positions_with_indicators, f.positions)
    return Judgement(share, f"{f.positions_with_indicators} dari {f.positions} jabatan ({_pct(share, 'id')}) memiliki "
                            f"indikator kinerja (IKU/IKI) yang berlaku.",
                     f"{f.positions_with_indicators} of {f.positions} positions ({_pct(share, 'en')}) hold an "
                     f"indicator (IKU/IKI) in force.", (STRUCTURE,))


def targets_on_track(f: Facts) -> Judgement:
    known = [c for c in f.capaian if c.capaian is not None]
    link = _capaian_link(f)
    if not known:
        return _nothing(f"Belum ada capaian terhitung tahun {f.year}.", f"No capaian computed for {f.year} yet.")
    met = [c for c in known if c.capaian >= 100]
    share = _share(len(met), len(known))
    behind = [c.name for c in known if c.capaian < 100]
    id_ = (f"{len(met)} dari {len(known)} indikator ({_pct(share, 'id')}) mencapai atau melampaui targetnya pada "
           f"{_period(f, 'id')}")
    en = f"{len(met)} of {len(known)} indicators ({_pct(share, 'en')}) met their target in {_period(f, 'en')}"
    if behind:
        id_ += f"; tertinggal: {_names(behind)}"
        en += f"; behind: {_names(behind)}"
    return Judgement(share, id_ + ".", en + ".", (link,) if link else ())


def rencana_aksi_monitored(f: Facts) -> Judgement:
    link = Link("entry", f"Pengukuran {f.year}", f"Measurement {f.year}", (("year", str(f.year)),))
    if not f.rencana_aksi_due:
        return _nothing(f"Belum ada triwulan tahun {f.year} yang berakhir dengan target Rencana Aksi.",
                        f"No quarter of {f.year} with a Rencana Aksi target has ended yet.", link)
    share = _share(f.rencana_aksi_reported, f.rencana_aksi_due)
    return Judgement(share, f"{f.rencana_aksi_reported} dari {f.rencana_aksi_due} target triwulan Rencana Aksi yang "
                            f"sudah lewat ({_pct(share, 'id')}) telah diisi realisasinya.",
                     f"{f.rencana_aksi_reported} of {f.rencana_aksi_due} Rencana Aksi quarterly targets due "
                     f"({_pct(share, 'en')}) have their realisasi entered.", (link,))


def units_with_plan(f: Facts) -> Judgement:
    if not f.units:
        return _nothing("Belum ada unit kerja di katalog.", "The catalog has no unit.", STRUCTURE)
    share = _share(f.units_with_indicators, f.units)
    return Judgement(share, f"{f.units_with_indicators} dari {f.units} unit kerja ({_pct(share, 'id')}) melaporkan "
                            f"indikator yang berlaku.",
                     f"{f.units_with_indicators} of {f.units} units ({_pct(share, 'en')}) report an indicator in force.",
                     (STRUCTURE,))


# --- 2. Pengukuran -------------------------------------------------------------------------------

_FORMULA_GAPS = frozenset({"formula-missing", "formula-unreadable"})


def definisi_operasional(f: Facts) -> Judgement:
    active = f.active()
    if not active:
        return _nothing("Belum ada indikator yang berlaku.", "There is no indicator in force.")
    good = [i for i in active if i.has_definisi and not (_FORMULA_GAPS & set(i.errors))]
    share = _share(len(good), len(active))
    missing = [i.name for i in active if i not in good]
    id_ = (f"{len(good)} dari {len(active)} indikator ({_pct(share, 'id')}) punya definisi operasional dan rumus "
           f"yang terbaca")
    en = f"{len(good)} of {len(active)} indicators ({_pct(share, 'en')}) have an operational definition and a " \
         f"readable formula"
    if missing:
        id_ += f"; belum: {_names(missing)}"
        en += f"; not yet: {_names(missing)}"
    return Judgement(share, id_ + ".", en + ".", (QUALITY,))


def data_sources(f: Facts) -> Judgement:
    active = f.active()
    if not active:
        return _nothing("Belum ada indikator yang berlaku.", "There is no indicator in force.")
    good = [i for i in active if i.has_sumber_data and i.has_penanggung_jawab]
    share = _share(len(good), len(active))
    return Judgement(share, f"{len(good)} dari {len(active)} indikator ({_pct(share, 'id')}) menyebut sumber data dan "
                            f"penanggung jawabnya.",
                     f"{len(good)} of {len(active)} indicators ({_pct(share, 'en')}) name their data source and who is "
                     f"responsible.", (QUALITY,))


def periodic_measurement(f: Facts) -> Judgement:
    link = Link("entry", f"Pengukuran {f.year}", f"Measurement {f.year}", (("year", str(f.year)),))
    quarters = [q for q in f.quarters if q.expected]
    if not quarters:
        return _nothing(f"Belum ada triwulan tahun {f.year} yang berakhir dengan indikator untuk diukur.",
                        f"No quarter of {f.year} with indicators to measure has ended yet.", link)
    expected = sum(q.expected for q in quarters)
    on_time = sum(q.on_time for q in quarters)
    share = _share(on_time, expected)
    per_id = "; ".join(f"{q.label}: {q.on_time}/{q.expected}" for q in quarters)
    return Judgement(share, f"{on_time} dari {expected} realisasi triwulanan ({_pct(share, 'id')}) diajukan sebelum "
                            f"batas waktu dan diverifikasi ({per_id}).",
                     f"{on_time} of {expected} quarterly realisasi ({_pct(share, 'en')}) were submitted by the "
                     f"deadline and verified ({per_id}).", (link,))


def measurement_depth(f: Facts) -> Judgement:
    measured = [i for i in f.active() if i.level is not None and i.verified]
    if not measured:
        return _nothing(f"Belum ada realisasi terverifikasi tahun {f.year} pada indikator yang terkait jabatan.",
                        f"No verified realisasi in {f.year} for indicators linked to a position.")
    deepest = max(i.level for i in measured)
    by_level = Counter(i.level for i in measured)
    per_id = ", ".join(f"{lvl.label('id')}: {n}" for lvl, n in sorted(by_level.items()))
    per_en = ", ".join(f"{lvl.label('en')}: {n}" for lvl, n in sorted(by_level.items()))
    return Judgement(_LEVEL_STRENGTH[deepest],
                     f"Realisasi tahun {f.year} diukur dan diverifikasi sampai {deepest.label('id')} "
                     f"(indikator terverifikasi per tingkat — {per_id}).",
                     f"Realisasi of {f.year} are measured and verified down to {deepest.label('en')} "
                     f"(verified indicators per level — {per_en}).",
                     (Link("queue", "Antrean verifikasi", "Verification queue"),))


def data_collected_by_it(f: Facts) -> Judgement:
    active = f.active()
    if not active:
        return _nothing("Belum ada indikator yang berlaku.", "There is no indicator in force.")
    reported = [i for i in active if i.reported]
    share = _share(len(reported), len(active))
    return Judgement(share, f"Realisasi {len(reported)} dari {len(active)} indikator ({_pct(share, 'id')}) tahun "
                            f"{f.year} dikumpulkan melalui aplikasi Kinerja.",
                     f"Realisasi of {len(reported)} of {len(active)} indicators ({_pct(share, 'en')}) for {f.year} "
                     f"are collected in the Kinerja application.",
                     (Link("entry", f"Pengukuran {f.year}", f"Measurement {f.year}", (("year", str(f.year)),)),))


def capaian_computed_by_it(f: Facts) -> Judgement:
    targeted = [i for i in f.active() if i.has_target]
    if not targeted:
        return _nothing(f"Belum ada indikator dengan target tahun {f.year}.", f"No indicator has a target for {f.year}.")
    computed = {c.indicator for c in f.capaian if c.capaian is not None}
    done = [i for i in targeted if i.id in computed]
    share = _share(len(done), len(targeted))
    link = _capaian_link(f)
    return Judgement(share, f"Capaian {len(done)} dari {len(targeted)} indikator bertarget ({_pct(share, 'id')}) "
                            f"dihitung otomatis oleh Kinerja dengan penjelasannya.",
                     f"Kinerja computes the capaian of {len(done)} of {len(targeted)} indicators with a target "
                     f"({_pct(share, 'en')}), with its explanation.", (link,) if link else ())


def _period(f: Facts, language: str) -> str:
    """The period the capaian facts are of, as words: "tahun 2025", "TW III 2025" / "2025", "Q3 2025"."""
    key = f.capaian_period or str(f.year)
    if key == str(f.year):
        return f"tahun {f.year}" if language == "id" else str(f.year)
    return parse_period(key).label(language)


def _capaian_link(f: Facts) -> Link | None:
    if not f.capaian_period:
        return None
    return Link("capaian", f"Capaian {_period(f, 'id')}", f"Capaian {_period(f, 'en')}",
                (("period", f.capaian_period),))


# --- 3. Pelaporan --------------------------------------------------------------------------------

def _lkjip_link(f: Facts) -> Link:
    return _document("lkjip", f.year, f"LKjIP {f.year}", f"LKjIP {f.year}")


def _no_lkjip(f: Facts) -> Judgement:
    return _nothing(f"Kinerja tidak mencatat LKjIP tahun {f.year}; tautkan LKjIP dari Kinerja sebagai bukti dukung "
                    f"agar tanggal dan isinya terbaca.",
                    f"Kinerja has no record of the {f.year} LKjIP; link the LKjIP from Kinerja as evidence so its "
                    f"date and contents can be read.", _lkjip_link(f))


def lkjip_produced(f: Facts) -> Judgement:
    if f.lkjip is None:
        return _no_lkjip(f)
    when = f.lkjip.produced_at
    return Judgement(Fraction(1), f"LKjIP {f.year} dibuat di Kinerja pada {when:%d-%m-%Y} ({f.lkjip.rows} indikator).",
                     f"The {f.year} LKjIP was produced in Kinerja on {when:%Y-%m-%d} ({f.lkjip.rows} indicators).",
                     (_lkjip_link(f),))


def report_on_time(f: Facts) -> Judgement:
    if f.lkjip is None:
        return _no_lkjip(f)
    made, due = f.lkjip.produced_at.date(), f.lkjip.deadline
    if made <= due:
        return Judgement(Fraction(1), f"LKjIP {f.year} dibuat {made:%d-%m-%Y}, sebelum batas {due:%d-%m-%Y}.",
                         f"The {f.year} LKjIP was produced on {made:%Y-%m-%d}, before the {due:%Y-%m-%d} deadline.",
                         (_lkjip_link(f),))
    late = (made - due).days
    return Judgement(Fraction(0), f"LKjIP {f.year} pertama dibuat {made:%d-%m-%Y}, {late} hari setelah batas "
                                  f"{due:%d-%m-%Y}.",
                     f"The {f.year} LKjIP was first produced on {made:%Y-%m-%d}, {late} days after the "
                     f"{due:%Y-%m-%d} deadline.", (_lkjip_link(f),))


def _lkjip_share(f: Facts, part: int, what_id: str, what_en: str) -> Judgement:
    if f.lkjip is None:
        return _no_lkjip(f)
    rows = f.lkjip.rows
    share = _share(part, rows)
    return Judgement(share, f"{part} dari {rows} indikator LKjIP {f.year} ({_pct(share, 'id')}) {what_id}.",
                     f"{part} of {rows} indicators of the {f.year} LKjIP ({_pct(share, 'en')}) {what_en}.",
                     (_lkjip_link(f),))


def report_vs_target(f: Facts) -> Judgement:
    if f.lkjip is None:
        return _no_lkjip(f)
    return _lkjip_share(f, f.lkjip.with_target, "membandingkan realisasi dengan target tahunan (Tabel 3.1)",
                        "compare realisasi with the yearly target (Table 3.1)")


def report_vs_renstra(f: Facts) -> Judgement:
    if f.lkjip is None:
        return _no_lkjip(f)
    return _lkjip_share(f, f.lkjip.with_renstra, "membandingkan realisasi dengan target akhir Renstra (Tabel 3.3)",
                        "compare realisasi with the Renstra end target (Table 3.3)")


def report_vs_past(f: Facts) -> Judgement:
    if f.lkjip is None:
        return _no_lkjip(f)
    return _lkjip_share(f, f.lkjip.with_past, "membandingkan realisasi dengan tahun-tahun sebelumnya (Tabel 3.2)",
                        "compare realisasi with previous years (Table 3.2)")


def report_explains(f: Facts) -> Judgement:
    if f.lkjip is None:
        return _no_lkjip(f)
    narratives = Link("narratives", f"Narasi LKjIP {f.year}", f"LKjIP narratives {f.year}", (("year", str(f.year)),))
    total, done = f.lkjip.sasaran, f.lkjip.sasaran_explained
    if not total:
        return _nothing("LKjIP belum memuat sasaran.", "The LKjIP lists no sasaran.", narratives)
    share = _share(done, total)
    return Judgement(share, f"{done} dari {total} sasaran ({_pct(share, 'id')}) dijelaskan dengan analisis, faktor "
                            f"pendukung/penghambat dan upaya.",
                     f"{done} of {total} sasaran ({_pct(share, 'en')}) are explained with analysis, supporting and "
                     f"hindering factors and efforts.", (narratives, _lkjip_link(f)))


# --- 4. Evaluasi internal ------------------------------------------------------------------------

def recommendations_followed_up(f: Facts) -> Judgement:
    prev = f.previous
    if prev is None:
        return _nothing(f"Kinerja tidak menyimpan evaluasi tahun {f.year - 1}.",
                        f"Kinerja holds no evaluation of {f.year - 1}.")
    link = Link("follow_up", f"Tindak lanjut evaluasi {prev.year}", f"Follow-up of the {prev.year} evaluation",
                (("year", str(prev.year)),))
    if not prev.final:
        return _nothing(f"Evaluasi tahun {prev.year} belum final.", f"The {prev.year} evaluation is not final yet.", link)
    if not prev.recommendations:
        return _nothing(f"Evaluasi tahun {prev.year} tidak memuat rekomendasi.",
                        f"The {prev.year} evaluation made no recommendation.", link)
    share = _share(prev.verified, prev.recommendations)
    id_ = (f"{prev.verified} dari {prev.recommendations} rekomendasi evaluasi {prev.year} ({_pct(share, 'id')}) "
           f"tindak lanjutnya telah diverifikasi evaluator")
    en = (f"The evaluator verified the follow-up of {prev.verified} of {prev.recommendations} recommendations of "
          f"{prev.year} ({_pct(share, 'en')})")
    if prev.reported:
        id_ += f"; {prev.reported} dilaporkan dan menunggu verifikasi"
        en += f"; {prev.reported} reported and awaiting verification"
    return Judgement(share, id_ + ".", en + ".", (link,))


def sakip_improved(f: Facts) -> Judgement:
    prev = f.previous
    if prev is None or prev.total is None or prev.total_before is None:
        return _nothing("Perlu nilai penetapan dua tahun terakhir untuk membandingkan.",
                        "The final scores of the last two years are needed to compare.")
    change = prev.total - prev.total_before
    link = Link("evaluation", f"Evaluasi {prev.year}", f"Evaluation {prev.year}", (("year", str(prev.year)),))
    # Kinerja's reading: a rise of 2 points or more is clear progress; any rise is some; none is none.
    strength = (Fraction(1) if change >= 2 else Fraction(3, 4) if change > 0 else Fraction(1, 2) if change == 0
                else Fraction(1, 4))
    words_id = "naik" if change > 0 else "tetap" if change == 0 else "turun"
    words_en = "rose" if change > 0 else "stayed" if change == 0 else "fell"
    before, now = prev.total_before, prev.total
    return Judgement(strength, f"Nilai evaluasi {words_id} dari {format_number(before, 2)} ({prev.year - 1}) menjadi "
                               f"{format_number(now, 2)} ({prev.year}).",
                     f"The evaluation score {words_en} from {format_number(before, 2, language='en')} "
                     f"({prev.year - 1}) to {format_number(now, 2, language='en')} ({prev.year}).", (link,))


RULES: dict[str, Callable[[Facts], Judgement]] = {
    "renstra": renstra, "perjanjian_kinerja": perjanjian_kinerja, "rencana_aksi": rencana_aksi,
    "budget_plan": budget_plan, "iku_decree": iku_decree, "outcome_orientation": outcome_orientation, "smart": smart,
    "iku_stable": iku_stable, "targets_realistic": targets_realistic, "cascading": cascading,
    "positions_with_plan": positions_with_plan, "targets_on_track": targets_on_track,
    "rencana_aksi_monitored": rencana_aksi_monitored, "units_with_plan": units_with_plan,
    "definisi_operasional": definisi_operasional, "data_sources": data_sources,
    "periodic_measurement": periodic_measurement, "measurement_depth": measurement_depth,
    "data_collected_by_it": data_collected_by_it, "capaian_computed_by_it": capaian_computed_by_it,
    "lkjip_produced": lkjip_produced, "report_on_time": report_on_time, "report_vs_target": report_vs_target,
    "report_vs_renstra": report_vs_renstra, "report_vs_past": report_vs_past, "report_explains": report_explains,
    "recommendations_followed_up": recommendations_followed_up, "sakip_improved": sakip_improved,
}

__all__ = ["IndicatorFacts", "Judgement", "Proposal", "RULES", "nearest_answer", "propose"]
