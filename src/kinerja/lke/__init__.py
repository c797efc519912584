"""Evaluasi AKIP (PermenPANRB 88/2021): the LKE instrument as data, its arithmetic, and the answers
Kinerja proposes from its own data. Pure Python (no Django); see docs/evaluasi.md.
"""
from kinerja.lke.errors import LkeError
from kinerja.lke.facts import Facts, Link
from kinerja.lke.grades import Grade, GradeScale
from kinerja.lke.instrument import (Component, Criterion, Instrument, Subcomponent, instrument_from_dict,
                                    load_instrument, shipped_instruments)
from kinerja.lke.proposals import RULES, Proposal, nearest_answer, propose
from kinerja.lke.scales import AnswerScale
from kinerja.lke.scoring import Score, check_answers, normalise_answer, score

__all__ = [
    "AnswerScale", "Component", "Criterion", "Facts", "Grade", "GradeScale", "Instrument", "LkeError", "Link",
    "Proposal", "RULES", "Score", "Subcomponent", "check_answers", "instrument_from_dict", "load_instrument",
    "nearest_answer", "normalise_answer", "propose", "score", "shipped_instruments",
]
