"""Evidence links of a proposal (:class:`kinerja.lke.facts.Link`) as URLs of this installation."""
from __future__ import annotations

from django.urls import NoReverseMatch, reverse

from kinerja.lke.facts import Link


def url_of(link: Link, slug: str) -> str | None:
    p = link.param
    try:
        match link.kind:
            case "targets":
                return reverse("measurement:targets", args=[slug, int(p("year"))])
            case "document":
                return reverse("reports:download", args=[slug, p("kind"), "pdf"]) + f"?tahun={int(p('year'))}"
            case "decree":
                return reverse("catalog:decree_detail", args=[slug, int(p("pk"))])
            case "pohon":
                return reverse("reports:pohon", args=[slug])
            case "quality":
                return reverse("quality:agency_review", args=[slug])
            case "capaian":
                return reverse("measurement:capaian_table", args=[slug, p("period")])
            case "entry":
                return reverse("measurement:entry_home", args=[slug]) + f"?tahun={int(p('year'))}"
            case "queue":
                return reverse("measurement:queue", args=[slug])
            case "structure":
                return reverse("catalog:agency_detail", args=[slug])
            case "narratives":
                return reverse("reports:narratives", args=[slug, int(p("year"))])
            case "evaluation":
                return reverse("evaluasi:sheet", args=[slug, int(p("year"))])
            case "follow_up":
                return reverse("evaluasi:follow_up", args=[slug, int(p("year"))])
    except (NoReverseMatch, ValueError):
        return None
    return None


def shown(evidence: list[dict], slug: str, language: str) -> list[dict]:
    """Stored evidence (``Link.to_dict`` rows) as label and URL for a template."""
    out = []
    for item in evidence or []:
        link = Link.from_dict(item)
        out.append({"label": link.label(language), "url": url_of(link, slug)})
    return out
