"""Pohon kinerja: layout, SVG hooks for the page's script, gaps, and the picture in .docx and .pdf."""
from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import pytest
from docx import Document as open_docx
from PIL import Image

from kinerja.documents import DocumentError, build_pohon, formats_for, render
from kinerja.documents.model import PohonNode
from kinerja.documents.pohon import PRINT_MAX_HEIGHT, gaps, layout, png, print_pieces, svg

from .conftest import docx_text, open_xlsx, pdf_check, save, squash

SVG = "{http://www.w3.org/2000/svg}"


def _overlap(a, b) -> bool:
    return a.x < b.x + b.w and b.x < a.x + a.w and a.y < b.y + b.h and b.y < a.y + a.h


def test_layout_places_children_right_of_parents_without_overlap(pohon):
    lay = layout(pohon.roots)
    boxes = lay.boxes
    for i, a in enumerate(boxes):
        assert 0 <= a.x and a.x + a.w <= lay.width and 0 <= a.y and a.y + a.h <= lay.height
        for b in boxes[i + 1:]:
            assert not _overlap(a, b), (a.node.id, b.node.id)
        for child in a.children:
            assert child.x > a.x + a.w
    bidang = next(b for b in boxes if b.node.id == "b1")
    first, last = bidang.children[0], bidang.children[-1]
    centre = bidang.y + bidang.h / 2
    assert first.y + first.h / 2 <= centre <= last.y + last.h / 2  # parent sits beside its children


def test_svg_has_stable_hooks_for_zoom_search_and_collapse(pohon):
    text = svg(pohon.roots)
    save("pohon.svg", text.encode())
    root = ET.fromstring(text)
    assert root.get("class") == "pohon-kinerja" and root.get("viewBox")
    assert root.find(f"{SVG}g").get("class") == "pohon-viewport"
    nodes = [g for g in root.iter(f"{SVG}g") if (g.get("class") or "").startswith("pohon-node")]
    ids = [g.get("id") for g in nodes]
    assert len(ids) == len(set(ids)) == 7
    by_node = {g.get("data-node"): g for g in nodes}
    assert by_node["s1"].get("data-parent") == "b1" and by_node["s1"].get("data-depth") == "2"
    assert "jumlah layanan seksi 1" in by_node["s1"].get("data-search")
    assert by_node["b2"].get("data-gap") == "responsible"
    assert by_node["x1"].get("data-gap") == "parent" and "pohon-gap-parent" in by_node["x1"].get("class")
    assert by_node["iku1"].find(f"{SVG}title").text.startswith("Terfasilitasinya")
    toggles = [g.get("data-node") for g in root.iter(f"{SVG}g") if g.get("class") == "pohon-toggle"]
    assert sorted(toggles) == ["b1", "iku1"]
    edges = [p for p in root.iter(f"{SVG}path") if p.get("class") == "pohon-edge"]
    assert {(e.get("data-from"), e.get("data-to")) for e in edges} == {
        ("iku1", "b1"), ("iku1", "b2"), ("b1", "s1"), ("b1", "s2"), ("b1", "s3")}


def test_ids_from_user_data_are_made_safe_and_unique(agency):
    nodes = [PohonNode('a "b"<x>', "Satu"), PohonNode('a "b"<x>', "Dua")]
    root = ET.fromstring(svg(nodes))
    ids = [g.get("id") for g in root.iter(f"{SVG}g") if g.get("id")]
    assert ids == ["pohon-n-a-b-x", "pohon-n-a-b-x-2"]


def test_gaps_are_listed(pohon):
    assert [(n.id, kinds) for n, kinds in gaps(pohon.roots)] == [("b2", ["responsible"]), ("x1", ["parent"])]


def test_png_matches_the_layout(pohon):
    lay = layout(pohon.roots)
    img = Image.open(io.BytesIO(png(pohon.roots, scale=2)))
    assert img.size == (round(lay.width * 2), round(lay.height * 2))
    # the gap box is drawn in its warning fill
    gap = next(b for b in lay.boxes if b.node.id == "b2")
    assert img.getpixel((round((gap.x + gap.w - 4) * 2), round((gap.y + gap.h - 4) * 2))) == (253, 236, 234)


def test_big_trees_are_split_into_printable_pieces():
    leaves = [PohonNode(f"l{i}", f"Kinerja seksi nomor {i}", [f"Indikator {i}"], jabatan="Kepala Seksi")
              for i in range(40)]
    mids = [PohonNode(f"m{k}", f"Kinerja bidang {k}", ["Indikator bidang"], jabatan="Kepala Bidang",
                      children=leaves[k * 10:(k + 1) * 10]) for k in range(4)]
    root = PohonNode("r", "Sasaran dinas", ["IKU"], jabatan="Kepala Dinas", children=mids)
    pieces = print_pieces([root])
    assert len(pieces) > 1
    assert all(layout([p]).height <= PRINT_MAX_HEIGHT + 30 for p in pieces)
    shown = [leaf.id for p in pieces for m in p.children for leaf in m.children]
    assert shown == [leaf.id for leaf in leaves]  # every leaf once, in order


def test_loops_are_refused():
    a = PohonNode("a", "A")
    a.children.append(a)
    with pytest.raises(DocumentError):
        layout([a])


def test_docx_has_the_picture_and_the_gap_table(pohon):
    data = render(build_pohon(pohon), "docx")
    save("pohon.docx", data)
    doc = open_docx(io.BytesIO(data))
    assert len(doc.inline_shapes) == 2  # one picture per root
    text = docx_text(data)
    assert "POHON KINERJA" in text and "CELAH POHON KINERJA" in text
    assert "Penanggung jawab belum ditetapkan" in text and "Tidak mendukung kinerja atasan" in text


def test_pdf_draws_the_tree(pohon):
    pages, text = pdf_check("pohon", render(build_pohon(pohon), "pdf"))
    flat = squash(text)
    assert pages == 2
    for expected in ("POHON KINERJA", "KEPALA BIDANG PENEMPATAN", "Jumlah layanan seksi 3", "CELAH POHON KINERJA"):
        assert expected in flat, expected


def test_xlsx_lists_the_gaps(pohon):
    assert formats_for(build_pohon(pohon)) == ["docx", "pdf", "xlsx"]
    ws = open_xlsx(render(build_pohon(pohon), "xlsx"))["Celah"]
    labels = [ws.cell(r, 2).value for r in range(1, ws.max_row + 1)]
    assert "Meningkatnya pelatihan" in labels and "Tertibnya arsip" in labels


def test_empty_tree_is_an_error(pohon):
    with pytest.raises(DocumentError):
        layout([])
