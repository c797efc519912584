"""The catalogs the layout zoo renders: the three gold readings, the demo's decrees, and generated ones.

Generated catalogs are built from word lists of the domain (measure words, state verbs, units, data
sources), never from a seed's text, so the zoo tests the family of decrees rather than the seeds.
"""
from __future__ import annotations

import json
import random
from functools import cache

from pathlib import Path

SHARED = Path(__file__).resolve().parents[3] / ".." / "shared"

ROW_FIELDS = ("jabatan", "sasaran", "indikator", "definisi", "formula_text", "satuan", "penanggung_jawab",
              "sumber_data")


@cache
def gold(number: int) -> dict:
    return json.loads((SHARED / "gold" / f"seed{number}.json").read_text(encoding="utf-8"))


def _text(value: str) -> str:
    return " ".join(value.split())


@cache
def demo_catalogs() -> dict[str, dict]:
    """Each demo decree as the catalog an import of it should give (jabatan only in IKI decrees)."""
    from kinerja.demo.tanah_merah import DEMO

    out = {}
    for agency in DEMO.agencies:
        positions = {p.key: p for p in agency.positions}
        units = {u.key: u for u in agency.units}
        objectives = {o.key: o for o in agency.objectives}
        for decree in agency.decrees:
            rows = [i for i in agency.indicators if i.decree == decree.key]
            iki = decree.jenis == "IKI"
            seen: list[str] = []
            indicators = []
            for spec in rows:
                position = positions[spec.position]
                if iki and spec.position not in seen:
                    seen.append(spec.position)
                indicators.append({
                    "jabatan": position.name if iki else None,
                    "sasaran": objectives[spec.objective].text, "indikator": spec.name,
                    "definisi": _text(spec.definisi) or None, "formula_text": _text(spec.formula_text) or None,
                    "formula": spec.formula, "satuan": spec.satuan, "penanggung_jawab": None if iki else position.name,
                    "sumber_data": spec.sumber_data or None, "issues": []})
            document = {
                "pemda": DEMO.pemda_name, "perangkat_daerah": agency.name, "nomor": decree.nomor,
                "tahun": decree.tahun, "jenis": decree.jenis, "ditetapkan_di": decree.ditetapkan_di,
                "tanggal": decree.tanggal.isoformat(), "penandatangan": decree.penandatangan, "nip": decree.nip,
                "pangkat": decree.pangkat, "tentang": decree.tentang,
                "menimbang": [line for line in decree.menimbang.splitlines() if line.strip()],
                "mengingat": [line for line in decree.mengingat.splitlines() if line.strip()],
                "diktum": [line for line in decree.memutuskan.splitlines() if line.strip()],
            }
            out_positions = []
            for key in seen:
                p = positions[key]
                out_positions.append({"jabatan": p.name, "unit": units[p.unit].name if p.unit else None,
                                      "tugas": list(p.tugas), "fungsi": list(p.fungsi)})
            out[f"demo-{agency.slug}-{decree.key}"] = {"document": document, "positions": out_positions,
                                                       "indicators": indicators, "warnings": []}
    return out


# --- generated catalogs ------------------------------------------------------------------------

_PEMDA = ["Kabupaten Sungai Jernih", "Kota Bukit Raya", "Kabupaten Lembah Hijau", "Provinsi Tanjung Harapan",
          "Kabupaten Pesisir Timur"]
_AGENCY = ["Dinas Pendidikan", "Dinas Kesehatan", "Dinas Pertanian dan Pangan", "Badan Pendapatan Daerah",
           "Dinas Lingkungan Hidup", "Dinas Sosial", "Dinas Perhubungan", "Badan Kepegawaian Daerah"]
_STATE = ["Meningkatnya", "Terwujudnya", "Tersedianya", "Menurunnya", "Terlaksananya", "Meningkatkan",
          "Tercapainya", "Berkurangnya", "Terselenggaranya", "Optimalnya"]
_THING = ["pelayanan administrasi perkantoran", "kualitas layanan kesehatan dasar", "cakupan air bersih",
          "produktivitas tanaman pangan", "pendapatan asli daerah", "kualitas udara perkotaan",
          "perlindungan sosial bagi keluarga miskin", "keselamatan lalu lintas jalan", "disiplin aparatur",
          "akses pendidikan anak usia dini", "pengelolaan sampah rumah tangga", "ketersediaan data statistik sektoral",
          "kapasitas sumber daya aparatur", "pemanfaatan lahan pekarangan", "mutu lulusan sekolah menengah",
          "pengawasan peredaran obat", "tata kelola keuangan daerah", "partisipasi masyarakat desa"]
_COUNTED = ["sekolah", "puskesmas", "desa", "keluarga penerima manfaat", "wajib pajak", "kendaraan uji",
            "petani binaan", "pegawai", "dokumen perencanaan", "laporan keuangan", "balita", "kelompok tani",
            "rumah tangga", "kegiatan pengawasan", "aduan masyarakat", "unit usaha", "peserta pelatihan"]
_QUALIFIER = ["yang terlayani tepat waktu", "yang memenuhi standar", "yang terverifikasi", "yang dibina",
              "yang melapor", "yang terakreditasi", "yang ditindaklanjuti", "yang tersertifikasi",
              "yang menerima bantuan", "yang lulus uji"]
_SATUAN_COUNT = {"sekolah": "sekolah", "puskesmas": "unit", "desa": "desa", "keluarga penerima manfaat": "KK",
                 "wajib pajak": "orang", "kendaraan uji": "unit", "petani binaan": "orang", "pegawai": "orang",
                 "dokumen perencanaan": "dokumen", "laporan keuangan": "laporan", "balita": "orang",
                 "kelompok tani": "kelompok", "rumah tangga": "rumah tangga", "kegiatan pengawasan": "kegiatan",
                 "aduan masyarakat": "aduan", "unit usaha": "unit", "peserta pelatihan": "orang"}
_UNITS = ["Sekretariat", "Bidang Pelayanan", "Bidang Pengembangan", "Bidang Pengendalian", "Bidang Data dan Informasi",
          "Sub Bagian Umum dan Kepegawaian", "Sub Bagian Keuangan", "Seksi Pemantauan", "Seksi Pembinaan",
          "Seksi Sarana dan Prasarana", "UPT Laboratorium"]
_SOURCES = ["Laporan bulanan {unit}", "Data {unit}", "Aplikasi SIMDA", "Badan Pusat Statistik", "Dokumen Renja",
            "Rekapitulasi register layanan", "Hasil survei kepuasan masyarakat", "Laporan realisasi anggaran",
            "Sistem Informasi Kepegawaian", "Buku induk {unit}"]
_STAFF = ["Pengelola Data", "Analis Kebijakan", "Pengadministrasi Umum", "Penyusun Program Anggaran", "Bendahara"]
_DUTY = ["Melaksanakan penyusunan rencana kerja {unit};", "Melaksanakan pembinaan dan pengawasan {thing};",
         "Menyiapkan bahan perumusan kebijakan {thing};", "Melaksanakan monitoring dan evaluasi {thing};",
         "Melaksanakan tugas lain yang diberikan oleh pimpinan sesuai dengan tugas dan fungsinya."]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _row(rng: random.Random, jabatan: str | None, unit: str, sasaran: str) -> dict:
    counted = rng.choice(_COUNTED)
    qualifier = rng.choice(_QUALIFIER)
    shape = rng.choice(["percent", "percent", "count", "growth", "index", "target"])
    phrase = f"{counted} {qualifier}"
    if shape == "percent":
        indikator = f"{rng.choice(['Persentase', 'Prosentase', 'Proporsi', 'Cakupan'])} {phrase}"
        formula = rng.choice([f"Jumlah {phrase} / Jumlah seluruh {counted} x 100%",
                              f"Jumlah {phrase} dibagi jumlah {counted} yang ada dikali 100%",
                              f"(Jumlah {phrase} : Jumlah {counted} seluruhnya) x 100%"])
        satuan = "%"
    elif shape == "count":
        indikator = f"Jumlah {phrase}"
        formula = f"Jumlah {phrase}"
        satuan = _SATUAN_COUNT[counted]
    elif shape == "growth":
        indikator = f"Pertumbuhan {counted} {qualifier}"
        formula = (f"(Jumlah {phrase} tahun n - Jumlah {phrase} tahun n-1) / Jumlah {phrase} tahun n-1 x 100%")
        satuan = "%"
    elif shape == "index":
        indikator = f"Indeks {rng.choice(_THING)}"
        formula = "Nilai rata-rata hasil survei dari seluruh responden"
        satuan = "indeks"
    else:
        indikator = f"Tersusunnya dokumen {rng.choice(_THING)}"
        formula = rng.choice(["1 Dokumen", "100%", "12 Laporan"])
        satuan = formula.split()[-1].lower() if not formula.endswith("%") else "%"
    definisi = rng.choice([
        None,
        f"{_cap(indikator)} adalah ukuran {rng.choice(_THING)} pada tahun berjalan.",
        f"Yang dimaksud dengan {counted} {qualifier} adalah {counted} yang tercatat dalam register {unit} "
        f"dan telah diverifikasi oleh petugas.",
    ])
    pj = rng.choice([None, f"Kepala {unit}", f"Kepala {rng.choice(_UNITS)}", "Sekretaris"])
    source = rng.choice([None, rng.choice(_SOURCES).format(unit=unit)])
    return {"jabatan": jabatan, "sasaran": sasaran, "indikator": indikator, "definisi": definisi,
            "formula_text": formula, "formula": None, "satuan": satuan, "penanggung_jawab": pj,
            "sumber_data": source, "issues": []}


def generated(seed: int, *, iki: bool) -> dict:
    """A decree of 3–6 jabatan (IKI) or 8–16 rows (IKU) written from the word lists."""
    rng = random.Random(seed)
    pemda, agency = rng.choice(_PEMDA), rng.choice(_AGENCY)
    year = rng.randint(2017, 2026)
    month = rng.choice(["Januari", "Maret", "Mei", "Agustus", "Desember"])
    day = rng.randint(1, 28)
    months = {"Januari": 1, "Maret": 3, "Mei": 5, "Agustus": 8, "Desember": 12}
    nomor = f"{rng.randint(50, 900)}/{rng.randint(1, 300)}/{''.join(w[0] for w in agency.split()).upper()}/{year}"
    document = {
        "pemda": pemda, "perangkat_daerah": agency, "nomor": nomor, "tahun": year, "jenis": "IKI" if iki else "IKU",
        "ditetapkan_di": pemda.split(" ", 1)[1], "tanggal": f"{year}-{months[month]:02d}-{day:02d}",
        "penandatangan": rng.choice(["Dr. H. Ahmad Fauzi, M.Si.", "Ir. Sri Wahyuni, M.T.", "drg. Budi Santoso, M.Kes.",
                                     "Hj. Nurul Aini, S.E., M.M."]),
        "nip": f"19{rng.randint(60, 85)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d} "
               f"{rng.randint(1985, 2010)}0{rng.randint(1, 4)} {rng.randint(1, 2)} 00{rng.randint(1, 9)}",
        "pangkat": rng.choice(["Pembina Utama Muda", "Pembina Tingkat I", "Pembina"]),
        "tentang": f"Indikator Kinerja {'Individu' if iki else 'Utama'} {agency} {pemda} Tahun {year}",
        "menimbang": [f"a. bahwa untuk mengukur kinerja {agency} diperlukan indikator kinerja;",
                      "b. bahwa berdasarkan pertimbangan sebagaimana dimaksud pada huruf a, perlu menetapkan "
                      "Keputusan Kepala tentang Indikator Kinerja;"],
        "mengingat": [f"1. Undang-Undang Nomor {rng.randint(5, 40)} Tahun {rng.randint(1999, year)} tentang "
                      "Pemerintahan Daerah;",
                      f"2. Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi "
                      "Pemerintah;"],
        "diktum": ["KESATU : Menetapkan Indikator Kinerja sebagaimana tercantum dalam Lampiran Keputusan ini.",
                   "KEDUA : Keputusan ini mulai berlaku pada tanggal ditetapkan."],
    }
    positions, rows = [], []
    if iki:
        units = rng.sample(_UNITS, rng.randint(3, 5))
        for unit in units:
            head = "Sekretaris" if unit == "Sekretariat" else f"Kepala {unit}"
            holders = [head] + ([f"{rng.choice(_STAFF)} {unit}"] if rng.random() < 0.3 else [])
            for jabatan in holders:
                thing = rng.choice(_THING)
                positions.append({"jabatan": jabatan, "unit": unit,
                                  "tugas": [rng.choice(_DUTY).format(unit=unit, thing=thing)],
                                  "fungsi": [d.format(unit=unit, thing=thing) for d in rng.sample(_DUTY, 2)]})
                sasaran = f"{rng.choice(_STATE)} {thing}"
                for _ in range(rng.randint(1, 4)):
                    if rng.random() < 0.3:
                        sasaran = f"{rng.choice(_STATE)} {rng.choice(_THING)}"
                    rows.append(_row(rng, jabatan, unit, sasaran))
    else:
        sasaran = f"{rng.choice(_STATE)} {rng.choice(_THING)}"
        for _ in range(rng.randint(8, 16)):
            if rng.random() < 0.45:
                sasaran = f"{rng.choice(_STATE)} {rng.choice(_THING)}"
            rows.append(_row(rng, None, rng.choice(_UNITS), sasaran))
    return {"document": document, "positions": positions, "indicators": rows, "warnings": []}


def all_catalogs() -> dict[str, dict]:
    out = {f"gold{n}": gold(n) for n in (1, 2, 3)}
    out.update({k: v for k, v in demo_catalogs().items() if len(v["indicators"]) > 1})
    for seed in (11, 12):
        out[f"gen{seed}-iku"] = generated(seed, iki=False)
        out[f"gen{seed}-iki"] = generated(seed + 100, iki=True)
    return out
