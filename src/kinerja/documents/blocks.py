"""Blocks several documents share: the centred title and the agency head's dated signature."""
from __future__ import annotations

from datetime import date

from kinerja.documents.content import Paragraph, Signature, Spacer
from kinerja.documents.model import AgencyInfo, Signatory
from kinerja.documents.wording import place_date


def title(*lines: str) -> list:
    out: list = [Paragraph(line.upper(), bold=True, align="center", size=12, space_after=2, keep_with_next=True)
                 for line in lines if line]
    out.append(Spacer(8))
    return out


def agency_line(agency: AgencyInfo) -> str:
    return f"{agency.name} {agency.pemda}"


def dated_signature(signatory: Signatory | None, agency: AgencyInfo, place: str | None,
                    when: date | str | None) -> list:
    if signatory is None:
        return []
    return [Spacer(6), Signature(signatory, caption=place_date(place or agency.city, when))]
