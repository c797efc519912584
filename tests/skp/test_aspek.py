"""The aspek proposal: always one of four, with a reason in both languages; wording beats formula kind."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja.formula.reading import KINDS
from kinerja.skp.aspek import propose_aspek
from kinerja.skp.model import ASPEK

kinds = st.sampled_from([*KINDS, None, "nonsense"])
words = st.text(max_size=80)


@given(words, st.text(max_size=20), kinds, words)
def test_always_one_of_four_with_a_reason(name, satuan, kind, formula):
    aspek, why = propose_aspek(name, satuan, kind, formula)
    assert aspek in ASPEK
    assert why.id and why.en and why.id != why.en


@given(words, words, st.text(max_size=20), kinds,
       st.sampled_from(["tepat waktu", "Ketepatan Waktu", "waktu penyelesaian", "lama waktu", "durasi"]))
def test_time_wording_means_waktu_whatever_the_formula(before, after, satuan, kind, phrase):
    assert propose_aspek(f"{before} {phrase} {after}", satuan, kind)[0] == "waktu"


@given(st.sampled_from(["Persentase", "Jumlah", "Nilai", "Rata-rata"]), kinds,
       st.sampled_from(["anggaran", "biaya", "efisiensi", "belanja", "pagu"]))
def test_budget_wording_means_biaya(start, kind, word):
    assert propose_aspek(f"{start} realisasi {word} Dinas", "%", kind)[0] == "biaya"


@pytest.mark.parametrize("name, satuan, kind, expected", [
    ("Jumlah IKM yang dibina", "unit usaha", "count", "kuantitas"),
    ("Jumlah Bursa Kerja Khusus yang aktif", "lembaga", "difference", "kuantitas"),
    ("Persentase pertumbuhan jumlah IKM", "%", "growth_percent", "kuantitas"),
    ("Persentase IKM yang dibina", "%", "ratio_percent", "kualitas"),
    ("Indeks kepatuhan dan kinerja intern Dinas", "indeks", "weighted_index", "kualitas"),
    ("Tingkat Produktivitas Tenaga Kerja", "Rp/jam", "ratio", "kualitas"),
    ("Rata-rata jumlah pengunjung Galeri Produk IKM per bulan", "orang", "average", "kuantitas"),
    ("Rata-rata nilai kepuasan peserta", "nilai", "average", "kualitas"),
    ("Dokumen Rencana Kerja Dinas yang tersusun", "dokumen", "constant_target", "kuantitas"),
    ("Persentase sarana dan prasarana pelatihan dalam kondisi baik", "%", "constant_target", "kualitas"),
    ("Waktu rata-rata penerbitan izin", "hari", "other", "waktu"),
    ("Persentase ASN yang mendapat pelayanan administrasi kepegawaian tepat waktu", "%", "ratio_percent", "waktu"),
    ("Persentase realisasi anggaran Dinas", "%", "ratio_percent", "biaya"),
])
def test_demo_like_indicators(name, satuan, kind, expected):
    assert propose_aspek(name, satuan, kind)[0] == expected
