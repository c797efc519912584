"""Cascading depth: positions' levels from the reports_to chain; how deep each IKU reaches."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kinerja.cascade import IndicatorNode, Level, position_levels, reach


def test_a_dinas_hierarchy():
    reports_to = {1: None, 2: 1, 3: 2, 4: 3, 5: 4, 6: 1}      # kadis → kabid → kasi → staf → staf; sekretaris
    levels = position_levels(reports_to)
    assert levels == {1: Level.ES_II, 2: Level.ES_III, 3: Level.ES_IV, 4: Level.INDIVIDUAL, 5: Level.INDIVIDUAL,
                      6: Level.ES_III}
    assert position_levels({7: None, 8: 7}, start={7: Level.ES_IV}) == {7: Level.ES_IV, 8: Level.INDIVIDUAL}


def test_reports_to_cycles_and_strangers_do_not_hang():
    assert set(position_levels({1: 2, 2: 1, 3: 99})) == {1, 2, 3}
    assert position_levels({3: 99})[3] == Level.ES_II


def test_reach_follows_supports_down_the_tree():
    levels = {10: Level.ES_II, 20: Level.ES_III, 30: Level.ES_IV, 40: Level.INDIVIDUAL}
    nodes = [
        IndicatorNode(1, None, 10, True),      # IKU reaching a kasi through a kabid
        IndicatorNode(2, 1, 20, False), IndicatorNode(3, 2, 30, False),
        IndicatorNode(4, None, 10, True),      # IKU that stops at the kepala dinas
        IndicatorNode(5, None, None, True),    # IKU with no jabatan at all
        IndicatorNode(6, 7, 40, False), IndicatorNode(7, 6, 40, False),   # a cycle outside any IKU
    ]
    found = {r.indicator: r for r in reach(nodes, levels)}
    assert set(found) == {1, 4, 5}
    assert found[1].deepest == Level.ES_IV and found[1].by_level == {Level.ES_II: 1, Level.ES_III: 1, Level.ES_IV: 1}
    assert found[4].deepest == Level.ES_II
    assert found[5].deepest is None


@st.composite
def forests(draw):
    n = draw(st.integers(1, 40))
    parents = [None] + [draw(st.one_of(st.none(), st.integers(0, i - 1))) for i in range(1, n)]
    return {i: p for i, p in enumerate(parents)}


@settings(max_examples=100, deadline=None)
@given(forests(), st.data())
def test_levels_are_depth_in_the_chain_capped_at_the_individual(tree, data):
    levels = position_levels(tree)
    for position, parent in tree.items():
        depth, current = 0, position
        while tree[current] is not None:
            current, depth = tree[current], depth + 1
        assert levels[position] == Level(min(depth, Level.INDIVIDUAL))
        if parent is not None:
            assert levels[position] >= levels[parent]


@settings(max_examples=100, deadline=None)
@given(forests(), st.data())
def test_an_iku_reaches_the_deepest_level_of_its_subtree(supports, data):
    levels = {p: data.draw(st.sampled_from(list(Level))) for p in range(5)}
    nodes = [IndicatorNode(i, s, data.draw(st.one_of(st.none(), st.integers(0, 4))), s is None)
             for i, s in supports.items()]
    by_id = {n.id: n for n in nodes}
    for r in reach(nodes, levels):
        below = [n for n in nodes if _under(by_id, n.id, r.indicator)]
        placed = [levels[n.position] for n in below if n.position is not None]
        assert r.deepest == (max(placed) if placed else None)
        assert sum(r.by_level.values()) == len(placed)


def _under(nodes, node, root) -> bool:
    while node is not None:
        if node == root:
            return True
        node = nodes[node].supports
    return False
