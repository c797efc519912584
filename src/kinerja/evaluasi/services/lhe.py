"""An evaluation as the LHE the Inspektorat issues (:mod:`kinerja.documents.lhe`): scores per component
and sub-component with the agency's beside the evaluator's, the grade, notes, recommendations."""
from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

from django.utils import timezone

from kinerja.documents.content import Document
from kinerja.documents.lhe import Lhe, LheFinding, LheRecommendation, LheScore, build_lhe
from kinerja.documents.model import AgencyInfo, Signatory
from kinerja.evaluasi.models import Evaluation
from kinerja.evaluasi.services.scores import scores_of
from kinerja.lke.numbers import rounded
from kinerja.reports.services.issuer import signing_place


def lhe_of(evaluation: Evaluation) -> Lhe:
    sc = scores_of(evaluation)
    scored = any(a.penetapan for a in sc.answers.values())
    rows = []
    for usulan, penetapan in zip(sc.usulan.components, sc.penetapan.components):
        rows.append(LheScore(usulan.code, usulan.name, _exact(usulan.weight), rounded(usulan.score),
                             rounded(penetapan.score) if scored else None))
        for su, sp in zip(usulan.subcomponents, penetapan.subcomponents):
            rows.append(LheScore(su.code, su.name, _exact(su.weight), rounded(su.score),
                                 rounded(sp.score) if scored else None))
    grade = sc.penetapan.grade if scored else sc.usulan.grade
    findings = [LheFinding(c.code, c.text, sc.answers[c.code].penetapan_note) for c in sc.tree.criteria()
                if c.code in sc.answers and sc.answers[c.code].penetapan_note.strip()]
    agency = evaluation.agency
    pemda = agency.pemda.name
    final = evaluation.status == Evaluation.Status.FINAL
    return Lhe(
        tahun=evaluation.year, issuer=AgencyInfo(pemda=pemda, name="Inspektorat", city=signing_place(agency)),
        agency=agency.name, instrument=f"LKE {sc.tree.version}", scores=rows,
        total_usulan=sc.usulan.total_rounded, total_penetapan=sc.penetapan.total_rounded if scored else None,
        grade=grade.grade, grade_label=grade.label, summary=evaluation.summary, findings=findings,
        recommendations=[LheRecommendation(r.text, r.owner or None, r.due)
                         for r in evaluation.recommendations.order_by("number")],
        nomor=evaluation.lhe_number or None,
        signatory=Signatory(name=evaluation.signer_name or "(…………………………)",
                            jabatan=evaluation.signer_title or f"Inspektur {pemda}", nip=evaluation.signer_nip or None),
        tanggal=timezone.localtime(evaluation.finalised_at).date() if evaluation.finalised_at else None,
        draft=not final)


def lhe_document(evaluation: Evaluation) -> Document:
    return build_lhe(lhe_of(evaluation))


def lhe_filename(evaluation: Evaluation, fmt: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9-]+", "-", evaluation.agency.slug)
    draft = "" if evaluation.status == Evaluation.Status.FINAL else "-konsep"
    return f"lhe-akip-{slug}-{evaluation.year}{draft}.{fmt}"


def _exact(value: Fraction) -> Decimal:
    return Decimal(value.numerator) / Decimal(value.denominator)
