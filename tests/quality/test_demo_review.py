"""The review on the demo agency (Dinas Perindustrian dan Tenaga Kerja, Kabupaten Tanah Merah): every
finding judged by hand, with the reason. A finding nobody judged fails the test, so a new rule's effect
on a realistic agency is looked at before it ships."""
from __future__ import annotations

from kinerja.accounts.access import Scope
from kinerja.quality.services import review_agency

# (indicator name or None for the whole set, code) → (right?, why)
JUDGED: dict[tuple[str | None, str], tuple[bool, str]] = {
    (None, "source-not-a-source"): (True, "ten rows name a sub bagian or seksi where a record belongs"),
    ("Persentase layanan administrasi perkantoran yang terpenuhi", "constant-formula"):
        (True, "the formula cell says '100%'"),
    ("Persentase sarana dan prasarana pelatihan dalam kondisi baik", "constant-formula"):
        (True, "the formula cell says '100%'"),
    ("Indeks kepatuhan dan kinerja intern Dinas", "undefined-variable"):
        (True, "the three unsur are weighted but never defined"),
    ("Indeks kepatuhan dan kinerja intern Dinas", "stray-mark"): (True, "a 'Σ' before an explicit weighted sum"),
    ("Dokumen Rencana Kerja Dinas yang tersusun", "constant-formula"): (True, "'1 Dokumen' is a target"),
    ("Dokumen Rencana Kerja Dinas yang tersusun", "not-a-measure"): (True, "a noun phrase, no measure"),
    ("Dokumen Laporan Kinerja Instansi Pemerintah yang tersusun", "constant-formula"): (True, "'1 Dokumen'"),
    ("Dokumen Laporan Kinerja Instansi Pemerintah yang tersusun", "not-a-measure"): (True, "a noun phrase"),
    ("Dokumen usulan Upah Minimum Kabupaten", "constant-formula"): (True, "'1 Dokumen'"),
    ("Dokumen usulan Upah Minimum Kabupaten", "not-a-measure"): (True, "a noun phrase"),
    ("Jumlah kasus perselisihan hubungan industrial yang diselesaikan melalui mediasi", "count-needs-share"):
        (True, "a count of resolved cases follows the caseload"),
    ("Persentase pencari kerja terdaftar yang ditempatkan", "same-formula-different-name"):
        (True, "the Kasi's indicator has the Kabid's formula: not cascaded"),
    ("Tingkat Produktivitas Tenaga Kerja", "external-outcome"): (True, "PDRB from BPS"),
    ("Tingkat Kesempatan Kerja", "external-outcome"): (True, "Sakernas from BPS"),
}


def test_every_finding_on_the_demo_is_judged_and_nearly_all_are_right(demo_data):
    agency = demo_data.agency("disperinaker")
    review = review_agency(agency, Scope.of(demo_data.user("perencana")))
    found = [(None, f.code) for f in review.general]
    found += [(item.indicator.name, f.code) for item in review.items for f in item.findings]
    unjudged = [key for key in found if key not in JUDGED]
    assert not unjudged
    right = sum(JUDGED[key][0] for key in found)
    assert right / len(found) >= 0.9
