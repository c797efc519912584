"""The LKE sheet of an evaluation as the page shows it: components → sub-components → criteria, each
with its proposal (reason, evidence), the planner's usulan, the evaluator's penetapan, and its bukti."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from kinerja.evaluasi.links import shown
from kinerja.evaluasi.models import Answer, BuktiDukung, Evaluation
from kinerja.evaluasi.services.scores import Scores, scores_of
from kinerja.lke import Criterion
from kinerja.lke.numbers import rounded


@dataclass
class Row:
    criterion: Criterion
    text: str
    answer: Answer | None
    options: list[tuple[str, str]]           # (answer, label) of the criterion's scale
    rubric: list[tuple[str, str]]            # (answer, meaning) where the tree has a rubric
    reason: str
    evidence: list[dict]
    bukti: list[BuktiDukung] = field(default_factory=list)

    @property
    def code(self) -> str:
        return self.criterion.code

    @property
    def version(self) -> int:
        return self.answer.version if self.answer else 0

    @property
    def differs(self) -> bool:
        a = self.answer
        return bool(a and a.usulan and a.penetapan and a.usulan != a.penetapan)


@dataclass
class Block:
    code: str
    name: str
    weight: Decimal
    usulan: Decimal
    penetapan: Decimal
    rows: list[Row]


@dataclass
class Part:
    code: str
    name: str
    weight: Decimal
    usulan: Decimal
    penetapan: Decimal
    blocks: list[Block]


def sheet(evaluation: Evaluation, language: str) -> tuple[Scores, list[Part]]:
    sc = scores_of(evaluation, list(Answer.objects.filter(evaluation=evaluation)))
    en = language == "en"
    bukti = defaultdict(list)
    for b in BuktiDukung.objects.filter(evaluation=evaluation).select_related("uploaded_by"):
        bukti[b.code].append(b)
    slug = evaluation.agency.slug
    parts = []
    for comp, cu, cp in zip(sc.tree.components, sc.usulan.components, sc.penetapan.components):
        blocks = []
        for sub, su, sp in zip(comp.subcomponents, cu.subcomponents, cp.subcomponents):
            rows = []
            for c in sub.criteria:
                a = sc.answers.get(c.code)
                rubric = c.rubric_en if en and c.rubric_en else c.rubric
                rows.append(Row(
                    criterion=c, text=c.text_en if en else c.text, answer=a,
                    options=[(o.answer, o.label_en if en else o.label) for o in c.scale.options],
                    rubric=[(o.answer, rubric[o.answer]) for o in c.scale.options if o.answer in rubric],
                    reason=(a.proposal_reason_en if en else a.proposal_reason_id) if a else "",
                    evidence=shown(a.proposal_evidence, slug, language) if a else [], bukti=bukti.get(c.code, [])))
            blocks.append(Block(sub.code, sub.name_en if en else sub.name, _d(sub.weight), rounded(su.score),
                                rounded(sp.score), rows))
        parts.append(Part(comp.code, comp.name_en if en else comp.name, _d(comp.weight), rounded(cu.score),
                          rounded(cp.score), blocks))
    return sc, parts


def _d(value: Fraction) -> Decimal:
    return Decimal(value.numerator) / Decimal(value.denominator)
