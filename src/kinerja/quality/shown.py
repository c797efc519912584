"""A finding as the pages show it: in words, in the reader's language, the code only as a reference."""
from __future__ import annotations

from django.utils.translation import gettext as _

from kinerja.review import KINDS, Finding

# Below this the rule says "probably": the page asks the reader to confirm, without a number.
SURE = 0.7


def field_label(name: str) -> str:
    labels = {"indikator": _("Indikator"), "formula_text": _("Formula"), "definisi": _("Definisi"),
              "sasaran": _("Sasaran"), "sumber_data": _("Sumber data"), "penanggung_jawab": _("Penanggung jawab"),
              "jabatan": _("Jabatan"), "satuan": _("Satuan")}
    return labels.get(name, name)


def shown(f: Finding, language: str) -> dict:
    return {"code": f.code, "severity": f.severity, "kind": KINDS[f.kind].label(language) if f.kind in KINDS else "",
            "message": f.message(language), "why": f.why(language), "fix": f.fix(language),
            "evidence": [{"field": field_label(e.field), "text": e.text, "row": e.row} for e in f.evidence
                         if e.text and e.text != "—"],
            "unsure": f.confidence < SURE}
