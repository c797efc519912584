"""The pemda view: every agency's usulan and penetapan for a year, the grade distribution, the weakest
sub-components across the pemda, and each agency's scores year over year."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from kinerja.catalog.models import Pemda, PerangkatDaerah
from kinerja.evaluasi.models import Answer, Evaluation, LkeInstrument
from kinerja.evaluasi.services.instruments import tree_of
from kinerja.evaluasi.services.scores import Scores, scores_of
from kinerja.lke import Grade

YEARS_BACK = 4


@dataclass
class Line:
    agency: PerangkatDaerah
    evaluation: Evaluation | None = None
    scores: Scores | None = None
    history: dict[int, tuple[Decimal, Grade] | None] = field(default_factory=dict)

    @property
    def usulan(self):
        return self.scores.usulan if self.scores else None

    @property
    def penetapan(self):
        scored = self.scores and any(a.penetapan for a in self.scores.answers.values())
        return self.scores.penetapan if scored else None


@dataclass
class Weak:
    code: str
    name: str
    name_en: str
    weight: Fraction
    share: Fraction            # mean score as a share of the weight, across the agencies counted
    agencies: int

    @property
    def percent(self) -> Decimal:
        return (Decimal(self.share.numerator) / Decimal(self.share.denominator) * 100).quantize(Decimal("0.1"))


@dataclass
class Overview:
    year: int
    years: list[int]
    lines: list[Line]
    distribution: dict[str, int]          # grade -> agencies (final evaluations), best first
    grade_labels: dict[str, str]
    weakest: list[Weak]
    basis: str                            # "penetapan" (final evaluations) or "usulan" (none final yet)


def overview(pemda: Pemda, year: int, agencies: list[PerangkatDaerah]) -> Overview:
    years = list(range(year - YEARS_BACK + 1, year + 1))
    evaluations = list(Evaluation.objects.filter(agency__in=agencies, year__in=years)
                       .select_related("agency", "agency__pemda"))
    answers = defaultdict(list)
    for a in Answer.objects.filter(evaluation__in=evaluations).values_list(
            "evaluation_id", "code", "usulan", "penetapan", named=True):
        answers[a.evaluation_id].append(a)
    # Each tree once, however many agencies use it (a tree is ~80 criteria of JSON).
    trees = {row.pk: tree_of(row) for row in LkeInstrument.objects.filter(
        pk__in={e.instrument_id for e in evaluations})}
    scored = {e.pk: scores_of(e, answers[e.pk], trees[e.instrument_id]) for e in evaluations}
    by_agency = {(e.agency_id, e.year): e for e in evaluations}
    lines = []
    for agency in agencies:
        current = by_agency.get((agency.pk, year))
        line = Line(agency, current, scored[current.pk] if current else None)
        for y in years:
            e = by_agency.get((agency.pk, y))
            final = e is not None and e.status == Evaluation.Status.FINAL
            line.history[y] = (scored[e.pk].penetapan.total_rounded, scored[e.pk].penetapan.grade) if final else None
        lines.append(line)
    finals = [line for line in lines if line.evaluation and line.evaluation.status == Evaluation.Status.FINAL]
    grades = _grades(scored)
    distribution = {g.grade: 0 for g in grades}
    for line in finals:
        distribution[line.scores.penetapan.grade.grade] = distribution.get(line.scores.penetapan.grade.grade, 0) + 1
    basis = "penetapan" if finals else "usulan"
    counted = [(line.scores.penetapan if finals else line.scores.usulan)
               for line in (finals or [line for line in lines if line.scores])]
    return Overview(year, years, lines, distribution, {g.grade: g.label for g in grades}, _weakest(counted), basis)


def _grades(scored: dict[int, Scores]) -> list[Grade]:
    from kinerja.lke import load_instrument

    tree = next(iter(scored.values())).tree if scored else load_instrument()
    return list(tree.grades.grades)


def _weakest(counted) -> list[Weak]:
    shares: dict[str, list[Fraction]] = defaultdict(list)
    meta = {}
    for s in counted:
        for sub in s.subcomponents():
            shares[sub.code].append(sub.share)
            meta[sub.code] = sub
    weak = [Weak(code, meta[code].name, meta[code].name_en, meta[code].weight, sum(v) / len(v), len(v))
            for code, v in shares.items()]
    return sorted(weak, key=lambda w: (w.share, w.code))
