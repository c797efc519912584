"""The pohon kinerja built from stored ``supports`` links: cascade, grouping per jabatan, and gaps."""
from __future__ import annotations

from kinerja.catalog.models import Indicator
from kinerja.documents.pohon import gaps
from kinerja.reports.services.pohon import pohon_kinerja
from web.factories import make_indicator, make_position


def _walk(nodes):
    for node in nodes:
        yield node
        yield from _walk(node.children)


def test_iku_is_the_root_and_supporters_hang_below(world):
    tree = pohon_kinerja(world.agency)
    root = tree.roots[0]
    assert root.indikator == [world.indicator_iku.name] and not root.missing_parent
    assert [c.indikator for c in root.children] == [[world.indicator_a.name]]
    assert root.children[0].jabatan == world.position_a.name


def test_indicators_supporting_nothing_are_gaps(world):
    found = {tuple(n.indikator): kinds for n, kinds in gaps(pohon_kinerja(world.agency).roots)}
    assert found[(world.indicator_b.name,)] == ["parent"]
    # The IKU has no jabatan in this world: a responsible gap, but not a parent gap (it is the top).
    assert found[(world.indicator_iku.name,)] == ["responsible"]


def test_one_box_per_jabatan_and_sasaran(world):
    second = make_indicator(world.agency, "Jumlah lowongan terisi", jenis="IKI", position=world.position_a,
                            objective=world.objective, supports=world.indicator_iku, unit=world.unit_a)
    boxes = list(_walk(pohon_kinerja(world.agency).roots))
    box = next(b for b in boxes if second.name in b.indikator)
    assert box.indikator == [world.indicator_a.name, second.name]


def test_a_supports_cycle_is_shown_not_dropped(world):
    head = make_position(world.agency, "Kepala Seksi Siklus", world.unit_b)
    a = make_indicator(world.agency, "Siklus A", jenis="IKI", position=head)
    b = make_indicator(world.agency, "Siklus B", jenis="IKI", position=head, supports=a)
    Indicator.objects.filter(pk=a.pk).update(supports=b)
    names = [n for box in _walk(pohon_kinerja(world.agency).roots) for n in box.indikator]
    assert names.count("Siklus A") == 1 and names.count("Siklus B") == 1


def test_retired_indicators_are_left_out(world):
    Indicator.objects.filter(pk=world.indicator_b.pk).update(is_active=False)
    names = [n for box in _walk(pohon_kinerja(world.agency).roots) for n in box.indikator]
    assert world.indicator_b.name not in names
