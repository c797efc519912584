"""The two scores of an evaluation — the agency's (usulan) and the evaluator's (penetapan) — computed
from the stored answers by :func:`kinerja.lke.score` whenever they are shown, never stored."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from kinerja.evaluasi.models import Answer, Evaluation
from kinerja.evaluasi.services.instruments import tree_of
from kinerja.lke import Instrument, Score, score


@dataclass(frozen=True)
class Scores:
    tree: Instrument
    answers: dict[str, Answer]              # or any row with code, usulan, penetapan
    usulan: Score
    penetapan: Score


def scores_of(evaluation: Evaluation, answers: list | None = None, tree: Instrument | None = None) -> Scores:
    """``answers``: rows with ``code``, ``usulan`` and ``penetapan`` (models, or the light rows a pemda-wide
    page fetches); read from the database when not given."""
    tree = tree or tree_of(evaluation.instrument)
    rows = {a.code: a for a in (answers if answers is not None else evaluation.answers.all())}
    known = {c.code for c in tree.criteria()}
    usulan = score(tree, {code: a.usulan for code, a in rows.items() if code in known})
    penetapan = score(tree, {code: a.penetapan for code, a in rows.items() if code in known})
    return Scores(tree, rows, usulan, penetapan)


def penetapan_total(evaluation: Evaluation) -> Decimal:
    return scores_of(evaluation).penetapan.total_rounded
