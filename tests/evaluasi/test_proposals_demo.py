"""Every proposal rule on the demo agency (Disperinaker, evaluated year 2025), with the reason it gives.

The demo is Kinerja's own data (catalog, pohon, realisasi with their times, capaian, PK programmes, the
2025 LKjIP linked late, the 2024 evaluation's follow-up), so each reason below is checked against what
that data says, in both languages.
"""
from __future__ import annotations

from datetime import date

from kinerja.evaluasi.facts import gather
from kinerja.evaluasi.models import Evaluation
from kinerja.evaluasi.services.instruments import tree_of
from kinerja.lke import RULES, propose

AS_OF = date(2026, 12, 1)

EXPECTED = {
    "1.a.2": ("Y", "Renstra 2022–2026 tersimpan di Kinerja dan mencakup tahun 2025"),
    "1.a.4": ("Y", "Perjanjian Kinerja 2025 memuat target 6 indikator"),
    "1.a.5": ("Y", "Rencana Aksi 2025 memuat target triwulan 11 indikator"),
    "1.a.6": ("Y", "Lampiran PK 2025 memuat 4 program dengan anggaran Rp4.481.500.000"),
    "1.b.1": ("Y", "IKU ditetapkan dengan Keputusan 800/245/DPTK/2024"),
    "1.b.4": ("A", "6 dari 6 IKU (100%) dirumuskan sebagai hasil"),
    "1.b.5": ("A", "34 dari 36 indikator (94%) tanpa galat pada tinjauan kualitas"),
    "1.b.6": ("B", "1 dari 7 IKU diganti melalui keputusan perubahan: «Tingkat Pengangguran Terbuka»"),
    "1.b.7": ("C", "6 dari 10 indikator (60%) capaiannya pada tahun 2025 di antara 80% dan 120%"),
    "1.b.8": ("A", "Dari 6 IKU: 6 sampai Eselon IV (kepala seksi/subbagian)"),
    "1.b.10": ("A", "14 dari 14 jabatan (100%) memiliki indikator kinerja"),
    "1.c.3": ("C", "6 dari 10 indikator (60%) mencapai atau melampaui targetnya pada tahun 2025"),
    "1.c.4": ("C", "23 dari 44 target triwulan Rencana Aksi yang sudah lewat (52%)"),
    "1.c.7": ("A", "13 dari 13 unit kerja (100%)"),
    "2.a.2": ("A", "36 dari 36 indikator (100%) punya definisi operasional dan rumus yang terbaca"),
    "2.a.3": ("A", "36 dari 36 indikator (100%) menyebut sumber data dan penanggung jawabnya"),
    "2.b.4": ("D", "19 dari 84 realisasi triwulanan (23%) diajukan sebelum batas waktu dan diverifikasi"),
    "2.b.5": ("A", "Realisasi tahun 2025 diukur dan diverifikasi sampai Eselon IV"),
    "2.b.6": ("D", "Realisasi 11 dari 36 indikator (31%) tahun 2025 dikumpulkan melalui aplikasi Kinerja"),
    "2.b.7": ("A", "Capaian 10 dari 11 indikator bertarget (91%) dihitung otomatis"),
    "3.a.1": ("Y", "LKjIP 2025 dibuat di Kinerja pada 06-03-2026"),
    "3.a.6": ("T", "LKjIP 2025 pertama dibuat 06-03-2026, 6 hari setelah batas 28-02-2026"),
    "3.b.3": ("A", "6 dari 6 indikator LKjIP 2025 (100%) membandingkan realisasi dengan target tahunan"),
    "3.b.4": ("A", "dengan target akhir Renstra (Tabel 3.3)"),
    "3.b.5": ("A", "dengan tahun-tahun sebelumnya (Tabel 3.2)"),
    "3.b.7": ("E", "0 dari 5 sasaran (0%) dijelaskan"),
    "4.c.1": ("D", "1 dari 3 rekomendasi evaluasi 2024 (33%) tindak lanjutnya telah diverifikasi evaluator; "
                   "1 dilaporkan dan menunggu verifikasi"),
    "4.c.2": (None, "Perlu nilai penetapan dua tahun terakhir"),
}


def test_every_rule_is_checked_here():
    assert len(EXPECTED) == len(RULES)


def test_every_rule_on_demo_data_with_its_reason(demo_data, client):
    """One demo load for all rules (loading it is the slow part); every mismatch is listed at once."""
    from kinerja.evaluasi.links import url_of

    agency = demo_data.agency("disperinaker")
    evaluation = Evaluation.objects.get(agency=agency, year=2025)
    proposals = propose(tree_of(evaluation.instrument), gather(agency, 2025, as_of=AS_OF))
    wrong = []
    for code, (answer, reason) in EXPECTED.items():
        got = proposals[code]
        if got.answer != answer or reason not in got.reason_id or not got.reason_en or got.reason_en == got.reason_id:
            wrong.append(f"{code}: {got.answer} — {got.reason_id}")
    assert not wrong, "\n".join(wrong)

    client.force_login(demo_data.user("perencana"))
    seen = set()
    for p in proposals.values():
        for link in p.evidence:
            url = url_of(link, "disperinaker")
            assert url, link
            if link.kind not in seen and link.kind != "document":
                seen.add(link.kind)
                assert client.get(url).status_code == 200, url
    assert {"targets", "pohon", "quality", "capaian", "entry", "queue", "structure", "decree",
            "follow_up", "narratives"} <= seen


def test_the_2024_sheet_read_its_own_year(demo_data):
    agency = demo_data.agency("disperinaker")
    got = propose(tree_of(Evaluation.objects.get(agency=agency, year=2024).instrument),
                  gather(agency, 2024, as_of=AS_OF))
    assert got["3.a.6"].answer == "Y" and "sebelum batas 28-02-2025" in got["3.a.6"].reason_id
    assert got["4.c.1"].answer is None and "tidak menyimpan evaluasi tahun 2023" in got["4.c.1"].reason_id
