"""The proposed predikat kinerja organisasi of a unit, from the capaian of its indicators.

PermenPANRB 6/2022 leaves the rating to the leader above the unit, who weighs the unit's
Perjanjian Kinerja results against what was expected: targets exceeded (Istimewa), met (Baik), most
met (Butuh Perbaikan), most not met but moving (Kurang), most showing no progress (Sangat Kurang).
The proposal counts exactly that over the indicators whose yearly capaian is known: met is capaian
≥ 100%, exceeded > 100%, progress > 50% (above "sangat rendah" on the Permendagri 86/2017 scale).
The bands are data (:data:`DEFAULT_BANDS`) because an agency may read the guide differently. An
unknown capaian is not a miss: it is named in the explanation, and with no known capaian there is no
proposal.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any

from kinerja.capaian.decimals import plain
from kinerja.numbers import format_number
from kinerja.skp.model import Text

MET = Decimal(100)
PROGRESS = Decimal(50)


@dataclass(frozen=True)
class OrganisationBand:
    key: str
    label: str
    label_en: str
    met_at_least: Fraction         # share of known targets met (capaian ≥ 100 %)
    exceeded_at_least: Fraction    # share of known targets exceeded (capaian > 100 %)
    progressed_at_least: Fraction  # share of known targets with progress (capaian > 50 %)


DEFAULT_BANDS: tuple[OrganisationBand, ...] = (
    OrganisationBand("istimewa", "Istimewa", "Outstanding", Fraction(1), Fraction(1, 2), Fraction(0)),
    OrganisationBand("baik", "Baik", "Good", Fraction(1), Fraction(0), Fraction(0)),
    OrganisationBand("butuh_perbaikan", "Butuh Perbaikan", "Needs improvement", Fraction(1, 2), Fraction(0),
                     Fraction(0)),
    OrganisationBand("kurang", "Kurang", "Poor", Fraction(0), Fraction(0), Fraction(1, 2)),
    OrganisationBand("sangat_kurang", "Sangat Kurang", "Very poor", Fraction(0), Fraction(0), Fraction(0)),
)
ORGANISATION_KEYS = tuple(b.key for b in DEFAULT_BANDS)


@dataclass(frozen=True)
class IndicatorCapaian:
    name: str
    capaian: Decimal | None   # percent; None when unknown or undefined


@dataclass(frozen=True)
class OrganisationPredikat:
    band: OrganisationBand | None
    known: int
    met: int
    exceeded: int
    progressed: int
    missed: tuple[IndicatorCapaian, ...]
    unknown: tuple[str, ...]
    explanation: Text

    def to_json(self) -> dict[str, Any]:
        return {
            "predikat": self.band.key if self.band else None,
            "label": {"id": self.band.label, "en": self.band.label_en} if self.band else None,
            "known": self.known, "met": self.met, "exceeded": self.exceeded,
            "progressed": self.progressed,
            "missed": [{"indicator": m.name, "capaian": plain(m.capaian)} for m in self.missed
                       if m.capaian is not None],
            "unknown": list(self.unknown),
            "explanation": self.explanation.to_json(),
            "proposal": True,
        }


def propose_predikat(capaian: Sequence[IndicatorCapaian],
                     bands: Sequence[OrganisationBand] = DEFAULT_BANDS) -> OrganisationPredikat:
    """The first band (best first) whose shares of targets met and exceeded the unit reaches."""
    known = [c for c in capaian if c.capaian is not None]
    unknown = tuple(c.name for c in capaian if c.capaian is None)
    met = [c for c in known if c.capaian >= MET]
    exceeded = [c for c in known if c.capaian > MET]
    progressed = [c for c in known if c.capaian > PROGRESS]
    missed = tuple(sorted((c for c in known if c.capaian < MET), key=lambda c: c.capaian))
    if not known:
        return OrganisationPredikat(None, 0, 0, 0, 0, (), unknown, Text(
            f"Belum ada capaian tahunan yang diketahui dari {len(capaian)} indikator; predikat belum dapat "
            f"diusulkan.",
            f"No yearly capaian is known yet for its {len(capaian)} indicators; no predikat can be proposed."))
    shares = [Fraction(len(group), len(known)) for group in (met, exceeded, progressed)]
    band = next((b for b in bands if shares[0] >= b.met_at_least and shares[1] >= b.exceeded_at_least
                 and shares[2] >= b.progressed_at_least), None)
    return OrganisationPredikat(band, len(known), len(met), len(exceeded), len(progressed), missed, unknown,
                                _explain(band, len(known), len(met), len(exceeded), len(progressed), missed, unknown))


def _explain(band: OrganisationBand | None, known: int, met: int, exceeded: int, progressed: int,
             missed: tuple[IndicatorCapaian, ...], unknown: tuple[str, ...]) -> Text:
    label_id = band.label if band else "–"
    label_en = band.label_en if band else "–"
    id_parts = [f"{met} dari {known} target tercapai (capaian ≥ 100%), {exceeded} di antaranya terlampaui",
                f"{progressed} dari {known} menunjukkan kemajuan (capaian > 50%)"]
    en_parts = [f"{met} of {known} targets met (capaian ≥ 100%), {exceeded} of them exceeded",
                f"{progressed} of {known} show progress (capaian > 50%)"]
    if missed:
        worst = missed[0]
        id_parts.append(f"terendah: {worst.name} ({format_number(worst.capaian, 2)}%)")
        en_parts.append(f"lowest: {worst.name} ({format_number(worst.capaian, 2, language='en')}%)")
    if unknown:
        id_parts.append(f"{len(unknown)} indikator belum punya capaian dan tidak dihitung")
        en_parts.append(f"{len(unknown)} indicators have no capaian yet and are not counted")
    return Text(f"Usulan: {label_id}. " + "; ".join(id_parts) + ".",
                f"Proposed: {label_en}. " + "; ".join(en_parts) + ".")
