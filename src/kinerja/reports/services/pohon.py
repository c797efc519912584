"""The pohon kinerja of an agency from its indicators' ``supports`` links.

A box is one jabatan's kinerja (its sasaran) with the indicators it holds under the same box above;
the boxes under it are the indicators that support any of those. The agency's IKU without a parent
are the roots. An indicator that supports nothing (or supports a retired indicator) hangs at the end
flagged ``missing_parent``; one without a jabatan shows the responsible gap (see
:attr:`kinerja.documents.model.PohonNode.missing_responsible`). Cycles, which the catalog forbids only
for an indicator and itself, are cut where they close.
"""
from __future__ import annotations

from collections import defaultdict

from kinerja.catalog.models import Indicator, PerangkatDaerah
from kinerja.documents.model import PohonKinerja, PohonNode
from kinerja.reports.services.issuer import agency_info


def _holder(indicator: Indicator):
    """The jabatan whose kinerja the indicator measures (its decree section), else who reports it."""
    return indicator.position or indicator.responsible_position


def pohon_kinerja(agency: PerangkatDaerah, tahun: int | None = None) -> PohonKinerja:
    indicators = list(Indicator.objects.filter(agency=agency, is_active=True)
                      .select_related("objective", "position", "responsible_position")
                      .order_by("objective__order", "objective_id", "order", "pk"))
    by_id = {i.pk: i for i in indicators}
    supporters: dict[int, list[Indicator]] = defaultdict(list)
    roots: list[Indicator] = []
    loose: list[Indicator] = []
    for i in indicators:
        if i.supports_id in by_id and i.supports_id != i.pk:
            supporters[i.supports_id].append(i)
        elif i.jenis == Indicator.Jenis.IKU and i.supports_id is None:
            roots.append(i)
        else:
            loose.append(i)
    placed: set[int] = set()

    def boxes(group: list[Indicator], missing_parent: bool = False) -> list[PohonNode]:
        buckets: dict[tuple, list[Indicator]] = {}
        for i in group:
            if i.pk in placed:
                continue
            placed.add(i.pk)
            holder = _holder(i)
            buckets.setdefault((holder.pk if holder else None, i.objective_id), []).append(i)
        out = []
        for members in buckets.values():
            first = members[0]
            holder = _holder(first)
            node = PohonNode(id=f"i{first.pk}", label=first.objective.text if first.objective_id else first.name,
                             indikator=[m.name for m in members], jabatan=holder.name if holder else None,
                             holder=(holder.holder_name or None) if holder else None, missing_parent=missing_parent)
            node.children = boxes([s for m in members for s in supporters.get(m.pk, [])])
            out.append(node)
        return out

    forest = boxes(roots)
    forest += boxes(loose, missing_parent=True)
    # Whatever is still unplaced sits on a supports cycle: show it as unattached rather than drop it.
    forest += boxes([i for i in indicators if i.pk not in placed], missing_parent=True)
    return PohonKinerja(tahun=tahun, agency=agency_info(agency), roots=forest)
