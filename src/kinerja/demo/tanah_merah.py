"""Kabupaten Tanah Merah: a fictional pemda written for Kinerja's demo and tests.

Its Dinas Perindustrian dan Tenaga Kerja has the usual shape (Sekretariat with two Sub Bagian, three
Bidang with two Seksi each, one UPT) and an IKU decree, an IKI decree and a Perubahan of the IKU decree
whose indicators cover every formula shape that real decrees use. A small Dinas Koperasi dan Usaha
Mikro sits beside it so that access rules between agencies can be seen.

The hand-written ``formula`` of each indicator is the demo's truth; tests check that the formula
engine reads ``formula_text`` to an equivalent expression.
"""
from __future__ import annotations

from datetime import date

from kinerja.demo.specs import (
    AgencySpec, DecreeSpec, DemoSpec, FormulaWriter, IndicatorSpec, ObjectiveSpec, PositionSpec,
    UnitSpec, UserSpec,
)

PEMDA_NAME = "Kabupaten Tanah Merah"
PEMDA_SLUG = "kabupaten-tanah-merah"
IBUKOTA = "Bukit Sirih"
DEMO_PASSWORD = "kinerja-demo"

# --- Dinas Perindustrian dan Tenaga Kerja ----------------------------------------------------------

DPTK_VARIABLES: dict[str, tuple[str, str]] = {
    "penduduk_bekerja": ("Jumlah penduduk yang bekerja", "orang"),
    "angkatan_kerja": ("Jumlah angkatan kerja", "orang"),
    "penganggur_terbuka": ("Jumlah penganggur terbuka", "orang"),
    "pdrb_harga_konstan": ("PDRB atas dasar harga konstan", "rupiah"),
    "tenaga_kerja": ("Jumlah tenaga kerja", "orang"),
    "kasus_phi": ("Jumlah kasus perselisihan hubungan industrial", "kasus"),
    "nilai_produksi_ikm": ("Nilai produksi industri kecil dan menengah", "rupiah"),
    "unsur_kinerja_utama": ("Unsur Kinerja Utama", "nilai"),
    "unsur_kepatuhan": ("Unsur Kepatuhan", "nilai"),
    "unsur_pelayanan_umum": ("Unsur Pelayanan Umum", "nilai"),
    "pencaker_ditempatkan": ("Jumlah pencari kerja terdaftar yang ditempatkan", "orang"),
    "pencaker_terdaftar": ("Jumlah pencari kerja terdaftar", "orang"),
    "dokumen_tepat_waktu": ("Jumlah dokumen perencanaan dan pelaporan kinerja yang disusun tepat waktu",
                            "dokumen"),
    "dokumen_wajib": ("Jumlah dokumen perencanaan dan pelaporan kinerja yang wajib disusun", "dokumen"),
    "realisasi_anggaran": ("Jumlah realisasi anggaran", "rupiah"),
    "pagu_anggaran": ("Jumlah pagu anggaran", "rupiah"),
    "asn_dilayani_tepat_waktu": ("Jumlah ASN yang mendapat pelayanan administrasi kepegawaian tepat waktu",
                                 "orang"),
    "asn_mengajukan": ("Jumlah ASN yang mengajukan pelayanan administrasi kepegawaian", "orang"),
    "jumlah_ikm": ("Jumlah IKM tahun ini", "unit usaha"),
    "ikm_dibina": ("Jumlah IKM yang dibina tahun berjalan", "unit usaha"),
    "ikm_terdata": ("Jumlah IKM terdata", "unit usaha"),
    "ikm_sertifikat_halal": ("Jumlah IKM yang difasilitasi sertifikasi halal", "unit usaha"),
    "ikm_pameran": ("Jumlah IKM yang mengikuti pameran produk", "unit usaha"),
    "penjualan_ikm_binaan": ("Nilai penjualan IKM binaan tahun n", "rupiah"),
    "pengunjung_galeri_bulanan": ("Jumlah pengunjung Galeri Produk IKM bulanan", "orang"),
    "lulusan_ditempatkan": ("Jumlah lulusan pelatihan yang ditempatkan", "orang"),
    "lulusan_pelatihan": ("Jumlah lulusan pelatihan", "orang"),
    "tk_pelatihan_kompetensi": ("Jumlah tenaga kerja yang mendapat pelatihan berbasis kompetensi", "orang"),
    "peserta_lulus_uji": ("Jumlah peserta pelatihan yang lulus uji kompetensi", "orang"),
    "peserta_uji": ("Jumlah peserta pelatihan yang mengikuti uji kompetensi", "orang"),
    "perusahaan_produktivitas": ("Jumlah perusahaan yang menerapkan program peningkatan produktivitas",
                                 "perusahaan"),
    "perusahaan_wajib_lapor": ("Jumlah perusahaan yang wajib lapor ketenagakerjaan", "perusahaan"),
    "jumlah_penempatan": ("Jumlah penempatan tenaga kerja", "orang"),
    "bkk_terdaftar": ("Jumlah Bursa Kerja Khusus yang terdaftar", "lembaga"),
    "bkk_tidak_memperpanjang": ("Jumlah Bursa Kerja Khusus yang tidak memperpanjang izin", "lembaga"),
    "kasus_phi_selesai": ("Jumlah kasus perselisihan hubungan industrial yang diselesaikan", "kasus"),
    "perusahaan_skala_upah": ("Jumlah perusahaan yang menerapkan struktur dan skala upah", "perusahaan"),
    "kasus_phi_mediasi": ("Jumlah kasus perselisihan hubungan industrial yang diselesaikan melalui mediasi",
                          "kasus"),
    "kasus_phk": ("Jumlah kasus pemutusan hubungan kerja", "kasus"),
    "pekerja_bpjs": ("Jumlah pekerja yang terdaftar sebagai peserta BPJS Ketenagakerjaan", "orang"),
    "pekerja_formal": ("Jumlah pekerja sektor formal", "orang"),
    "lulusan_blk": ("Jumlah lulusan pelatihan di UPT Balai Latihan Kerja", "orang"),
    "lulusan_blk_bersertifikat": ("Jumlah lulusan UPT Balai Latihan Kerja yang memperoleh sertifikat kompetensi",
                                  "orang"),
}
_F = FormulaWriter(DPTK_VARIABLES)

# The internal index's grade bands, as an Inspektorat would write them.
_INDEX_BANDS = [
    {"min": 90, "min_inclusive": False, "max": 100, "max_inclusive": True, "label": "A", "meaning": "Memuaskan"},
    {"min": 80, "min_inclusive": False, "max": 90, "max_inclusive": True, "label": "BB", "meaning": "Sangat Baik"},
    {"min": 70, "min_inclusive": False, "max": 80, "max_inclusive": True, "label": "B", "meaning": "Baik"},
    {"min": 60, "min_inclusive": False, "max": 70, "max_inclusive": True, "label": "CC", "meaning": "Cukup"},
    {"min": 0, "min_inclusive": True, "max": 60, "max_inclusive": True, "label": "C", "meaning": "Kurang"},
]

_DPTK_UNITS = (
    UnitSpec("sekretariat", "Sekretariat", "sekretariat"),
    UnitSpec("subbag_pk", "Sub Bagian Perencanaan dan Keuangan", "sub_bagian", "sekretariat"),
    UnitSpec("subbag_umum", "Sub Bagian Umum dan Kepegawaian", "sub_bagian", "sekretariat"),
    UnitSpec("bid_industri", "Bidang Perindustrian", "bidang"),
    UnitSpec("seksi_ikm", "Seksi Pembinaan Industri Kecil dan Menengah", "seksi", "bid_industri"),
    UnitSpec("seksi_promosi", "Seksi Sarana dan Promosi Industri", "seksi", "bid_industri"),
    UnitSpec("bid_naker", "Bidang Pelatihan dan Penempatan Tenaga Kerja", "bidang"),
    UnitSpec("seksi_pelatihan", "Seksi Pelatihan dan Produktivitas", "seksi", "bid_naker"),
    UnitSpec("seksi_penempatan", "Seksi Penempatan dan Perluasan Kesempatan Kerja", "seksi", "bid_naker"),
    UnitSpec("bid_hi", "Bidang Hubungan Industrial dan Jaminan Sosial", "bidang"),
    UnitSpec("seksi_phi", "Seksi Persyaratan Kerja dan Penyelesaian Perselisihan", "seksi", "bid_hi"),
    UnitSpec("seksi_upah", "Seksi Pengupahan dan Jaminan Sosial", "seksi", "bid_hi"),
    UnitSpec("upt_blk", "UPT Balai Latihan Kerja", "upt"),
)

_DPTK_POSITIONS = (
    PositionSpec(
        "kadis", "Kepala Dinas", None, None,
        ("Membantu Bupati melaksanakan urusan pemerintahan bidang perindustrian dan bidang tenaga kerja "
         "yang menjadi kewenangan daerah serta tugas pembantuan yang diberikan kepada daerah.",),
        ("Perumusan kebijakan di bidang perindustrian dan tenaga kerja;",
         "Pelaksanaan kebijakan di bidang perindustrian dan tenaga kerja;",
         "Pelaksanaan evaluasi dan pelaporan di bidang perindustrian dan tenaga kerja;",
         "Pelaksanaan administrasi dinas;",
         "Pelaksanaan fungsi lain yang diberikan oleh Bupati terkait dengan tugas dan fungsinya."),
        "Ir. Rahmat Hidayat, M.Si.", "19700312 199503 1 004", "Pembina Utama Muda (IV/c)"),
    PositionSpec(
        "sekretaris", "Sekretaris", "sekretariat", "kadis",
        ("Merencanakan, mengoordinasikan dan mengendalikan pelayanan administrasi umum, kepegawaian, "
         "perencanaan, keuangan dan pelaporan kepada seluruh unit organisasi di lingkungan Dinas.",),
        ("Pengoordinasian penyusunan rencana program dan anggaran Dinas;",
         "Pengelolaan administrasi umum, kepegawaian dan keuangan;",
         "Pengoordinasian penyusunan laporan kinerja Dinas."),
        "Sri Wahyuni, S.E., M.M.", "19750821 200003 2 002", "Pembina Tingkat I (IV/b)"),
    PositionSpec(
        "kasubbag_pk", "Kepala Sub Bagian Perencanaan dan Keuangan", "subbag_pk", "sekretaris",
        ("Menyiapkan bahan penyusunan rencana, program, anggaran, pengelolaan keuangan serta evaluasi "
         "dan pelaporan kinerja Dinas.",),
        ("Penyusunan Rencana Strategis, Rencana Kerja dan Perjanjian Kinerja Dinas;",
         "Penatausahaan keuangan dan penyusunan laporan keuangan;",
         "Penyusunan Laporan Kinerja Instansi Pemerintah (LKjIP)."),
        "Dedi Kurniawan, S.E.", "19830415 200604 1 011", "Penata Tingkat I (III/d)"),
    PositionSpec(
        "kasubbag_umum", "Kepala Sub Bagian Umum dan Kepegawaian", "subbag_umum", "sekretaris",
        ("Melaksanakan urusan ketatausahaan, rumah tangga, perlengkapan dan administrasi kepegawaian.",),
        ("Pengelolaan surat-menyurat, kearsipan dan rumah tangga Dinas;",
         "Pengelolaan administrasi kepegawaian;",
         "Pengelolaan barang milik daerah di lingkungan Dinas."),
        "Nurhayati, S.Sos.", "19810203 200501 2 007", "Penata Tingkat I (III/d)"),
    PositionSpec(
        "kabid_industri", "Kepala Bidang Perindustrian", "bid_industri", "kadis",
        ("Merumuskan dan melaksanakan kebijakan pembinaan, pengembangan sarana dan promosi industri kecil "
         "dan menengah.",),
        ("Penyusunan program pembinaan industri kecil dan menengah;",
         "Pelaksanaan fasilitasi sarana, standardisasi dan promosi produk industri;",
         "Pemantauan dan evaluasi perkembangan industri di daerah."),
        "Agus Salim, S.T., M.T.", "19780909 200212 1 003", "Pembina (IV/a)"),
    PositionSpec(
        "kasi_ikm", "Kepala Seksi Pembinaan Industri Kecil dan Menengah", "seksi_ikm", "kabid_industri",
        ("Melaksanakan pembinaan, pendataan dan fasilitasi sertifikasi industri kecil dan menengah.",),
        ("Pendataan industri kecil dan menengah;",
         "Pelaksanaan bimbingan teknis bagi pelaku IKM;",
         "Fasilitasi sertifikasi halal dan standar mutu produk IKM."),
        "Yuliana Putri, S.P.", "19860512 201001 2 014", "Penata (III/c)"),
    PositionSpec(
        "kasi_promosi", "Kepala Seksi Sarana dan Promosi Industri", "seksi_promosi", "kabid_industri",
        ("Melaksanakan pengembangan sarana industri serta promosi dan pemasaran produk IKM.",),
        ("Penyelenggaraan pameran dan temu bisnis produk IKM;",
         "Pengelolaan Galeri Produk IKM;",
         "Pemantauan nilai penjualan IKM binaan."),
        "Bambang Setiawan, S.E.", "19840730 200903 1 006", "Penata (III/c)"),
    PositionSpec(
        "kabid_naker", "Kepala Bidang Pelatihan dan Penempatan Tenaga Kerja", "bid_naker", "kadis",
        ("Merumuskan dan melaksanakan kebijakan pelatihan kerja, produktivitas, penempatan dan perluasan "
         "kesempatan kerja.",),
        ("Penyusunan program pelatihan berbasis kompetensi;",
         "Pelayanan antarkerja dan penempatan tenaga kerja;",
         "Pengembangan perluasan kesempatan kerja."),
        "Hendra Gunawan, S.H., M.H.", "19770118 200312 1 005", "Pembina (IV/a)"),
    PositionSpec(
        "kasi_pelatihan", "Kepala Seksi Pelatihan dan Produktivitas", "seksi_pelatihan", "kabid_naker",
        ("Melaksanakan pelatihan kerja berbasis kompetensi dan peningkatan produktivitas tenaga kerja.",),
        ("Penyelenggaraan pelatihan berbasis kompetensi;",
         "Fasilitasi uji kompetensi dan sertifikasi;",
         "Pembinaan produktivitas perusahaan."),
        "Rina Marlina, S.Pd.", "19880304 201101 2 009", "Penata Muda Tingkat I (III/b)"),
    PositionSpec(
        "kasi_penempatan", "Kepala Seksi Penempatan dan Perluasan Kesempatan Kerja", "seksi_penempatan",
        "kabid_naker",
        ("Melaksanakan pelayanan antarkerja, penempatan tenaga kerja dan perluasan kesempatan kerja.",),
        ("Pelayanan pendaftaran pencari kerja dan lowongan kerja;",
         "Pembinaan Bursa Kerja Khusus;",
         "Penyelenggaraan bursa kerja (job fair)."),
        "Fajar Nugroho, S.Kom.", "19890622 201402 1 002", "Penata Muda Tingkat I (III/b)"),
    PositionSpec(
        "kabid_hi", "Kepala Bidang Hubungan Industrial dan Jaminan Sosial", "bid_hi", "kadis",
        ("Merumuskan dan melaksanakan kebijakan hubungan industrial, persyaratan kerja, pengupahan dan "
         "jaminan sosial tenaga kerja.",),
        ("Pembinaan hubungan industrial di perusahaan;",
         "Penyelesaian perselisihan hubungan industrial;",
         "Pembinaan pengupahan dan kepesertaan jaminan sosial."),
        "Dra. Maria Ulfa", "19720527 199803 2 006", "Pembina (IV/a)"),
    PositionSpec(
        "kasi_phi", "Kepala Seksi Persyaratan Kerja dan Penyelesaian Perselisihan", "seksi_phi", "kabid_hi",
        ("Melaksanakan pembinaan persyaratan kerja dan mediasi perselisihan hubungan industrial.",),
        ("Pengesahan peraturan perusahaan dan pendaftaran perjanjian kerja bersama;",
         "Mediasi perselisihan hubungan industrial;",
         "Pencatatan kasus pemutusan hubungan kerja."),
        "Joko Prasetyo, S.H.", "19850811 201001 1 012", "Penata (III/c)"),
    PositionSpec(
        "kasi_upah", "Kepala Seksi Pengupahan dan Jaminan Sosial", "seksi_upah", "kabid_hi",
        ("Melaksanakan pembinaan pengupahan dan kepesertaan jaminan sosial tenaga kerja.",),
        ("Penyiapan bahan usulan Upah Minimum Kabupaten;",
         "Pembinaan penerapan struktur dan skala upah;",
         "Sosialisasi kepesertaan BPJS Ketenagakerjaan."),
        "Siti Rahmawati, S.E.", "19870916 201101 2 015", "Penata Muda Tingkat I (III/b)"),
    PositionSpec(
        "ka_upt_blk", "Kepala UPT Balai Latihan Kerja", "upt_blk", "kabid_naker",
        ("Melaksanakan sebagian tugas teknis operasional Dinas di bidang pelatihan kerja.",),
        ("Penyelenggaraan pelatihan kerja institusional;",
         "Pemeliharaan sarana dan prasarana pelatihan;",
         "Ketatausahaan UPT."),
        "Ahmad Fauzi, S.T.", "19820101 200604 1 019", "Penata Tingkat I (III/d)"),
)

_DPTK_OBJECTIVES = (
    ObjectiveSpec("tujuan", "tujuan", "Meningkatnya kesempatan kerja dan daya saing industri daerah"),
    ObjectiveSpec("s_kesempatan", "sasaran", "Meningkatnya penyerapan tenaga kerja", "tujuan"),
    ObjectiveSpec("s_produktivitas", "sasaran", "Meningkatnya produktivitas tenaga kerja", "tujuan"),
    ObjectiveSpec("s_hi", "sasaran", "Terwujudnya hubungan industrial yang harmonis", "tujuan"),
    ObjectiveSpec("s_ikm", "sasaran", "Meningkatnya daya saing industri kecil dan menengah", "tujuan"),
    ObjectiveSpec("s_akuntabilitas", "sasaran", "Meningkatnya akuntabilitas kinerja Dinas", "tujuan"),
    ObjectiveSpec("p_perencanaan", "program", "Tersusunnya dokumen perencanaan dan pelaporan kinerja "
                  "tepat waktu", "s_akuntabilitas"),
    ObjectiveSpec("p_keuangan", "program", "Terkelolanya keuangan Dinas secara akuntabel", "s_akuntabilitas"),
    ObjectiveSpec("p_umum", "program", "Meningkatnya kualitas pelayanan administrasi umum dan kepegawaian",
                  "s_akuntabilitas"),
    ObjectiveSpec("p_ikm", "program", "Meningkatnya pertumbuhan industri kecil dan menengah", "s_ikm"),
    ObjectiveSpec("k_pembinaan_ikm", "kegiatan", "Terlaksananya pembinaan dan sertifikasi IKM", "p_ikm"),
    ObjectiveSpec("k_promosi_ikm", "kegiatan", "Meningkatnya pemasaran produk IKM", "p_ikm"),
    ObjectiveSpec("p_penempatan", "program", "Meningkatnya penempatan tenaga kerja", "s_kesempatan"),
    ObjectiveSpec("k_pelatihan", "kegiatan", "Meningkatnya kompetensi dan produktivitas tenaga kerja",
                  "s_produktivitas"),
    ObjectiveSpec("k_penempatan", "kegiatan", "Terlaksananya pelayanan antarkerja", "p_penempatan"),
    ObjectiveSpec("p_hi", "program", "Meningkatnya penyelesaian perselisihan hubungan industrial", "s_hi"),
    ObjectiveSpec("k_phi", "kegiatan", "Terlaksananya mediasi perselisihan hubungan industrial", "p_hi"),
    ObjectiveSpec("k_upah", "kegiatan", "Meningkatnya perlindungan pengupahan dan jaminan sosial", "p_hi"),
    ObjectiveSpec("k_blk", "kegiatan", "Terselenggaranya pelatihan kerja institusional di UPT BLK",
                  "s_produktivitas"),
)

_SIGNER = dict(ditetapkan_di=IBUKOTA, penandatangan="Ir. RAHMAT HIDAYAT, M.Si.",
               pangkat="Pembina Utama Muda", nip="19700312 199503 1 004")
_MENGINGAT = ("1. Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi "
              "Pemerintah;\n2. Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi "
              "Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata "
              "Cara Reviu atas Laporan Kinerja Instansi Pemerintah;\n3. Peraturan Bupati Tanah Merah Nomor "
              "41 Tahun 2022 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Tata Kerja "
              "Dinas Perindustrian dan Tenaga Kerja.")

_DPTK_DECREES = (
    DecreeSpec(
        "iku", "800/112/DPTK/2024", 2024, "IKU",
        "Penetapan Indikator Kinerja Utama Dinas Perindustrian dan Tenaga Kerja Kabupaten Tanah Merah "
        "Tahun 2024-2026",
        date(2024, 1, 15), **_SIGNER,
        menimbang="a. bahwa dalam rangka pelaksanaan Sistem Akuntabilitas Kinerja Instansi Pemerintah "
                  "perlu ditetapkan Indikator Kinerja Utama;\nb. bahwa berdasarkan pertimbangan "
                  "sebagaimana dimaksud pada huruf a, perlu menetapkan Keputusan Kepala Dinas tentang "
                  "Penetapan Indikator Kinerja Utama.",
        mengingat=_MENGINGAT,
        memutuskan="KESATU: Menetapkan Indikator Kinerja Utama Dinas Perindustrian dan Tenaga Kerja "
                   "sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari "
                   "Keputusan ini.\nKEDUA: Keputusan ini mulai berlaku pada tanggal ditetapkan."),
    DecreeSpec(
        "iki", "800/113/DPTK/2024", 2024, "IKI",
        "Penetapan Indikator Kinerja Individu di Lingkungan Dinas Perindustrian dan Tenaga Kerja "
        "Kabupaten Tanah Merah Tahun 2024",
        date(2024, 1, 15), **_SIGNER,
        menimbang="a. bahwa untuk mengukur keberhasilan setiap pejabat dalam mencapai sasaran Dinas "
                  "perlu ditetapkan Indikator Kinerja Individu;\nb. bahwa berdasarkan pertimbangan "
                  "sebagaimana dimaksud pada huruf a, perlu menetapkan Keputusan Kepala Dinas.",
        mengingat=_MENGINGAT,
        memutuskan="KESATU: Menetapkan Indikator Kinerja Individu pejabat di lingkungan Dinas "
                   "Perindustrian dan Tenaga Kerja sebagaimana tercantum dalam Lampiran.\nKEDUA: "
                   "Keputusan ini mulai berlaku pada tanggal ditetapkan."),
    DecreeSpec(
        "iku_p1", "800/245/DPTK/2024", 2024, "IKU",
        "Perubahan atas Keputusan Kepala Dinas Perindustrian dan Tenaga Kerja Nomor 800/112/DPTK/2024 "
        "tentang Penetapan Indikator Kinerja Utama Tahun 2024-2026",
        date(2024, 7, 1), **_SIGNER,
        menimbang="a. bahwa Tingkat Pengangguran Terbuka dihitung oleh Badan Pusat Statistik dan tidak "
                  "sepenuhnya berada dalam kendali Dinas, sehingga perlu diganti dengan indikator yang "
                  "mengukur hasil layanan penempatan Dinas;\nb. bahwa berdasarkan pertimbangan "
                  "sebagaimana dimaksud pada huruf a, perlu mengubah Keputusan Kepala Dinas Nomor "
                  "800/112/DPTK/2024.",
        mengingat=_MENGINGAT,
        memutuskan="KESATU: Mengubah Lampiran Keputusan Kepala Dinas Nomor 800/112/DPTK/2024 sehingga "
                   "indikator Tingkat Pengangguran Terbuka diganti dengan Persentase pencari kerja "
                   "terdaftar yang ditempatkan.\nKEDUA: Keputusan ini mulai berlaku pada triwulan III "
                   "Tahun 2024.",
        amends="iku"),
)

_BPS = "Badan Pusat Statistik Kabupaten Tanah Merah (Sakernas) tahun terakhir"

_DPTK_INDICATORS = (
    # --- IKU (Kepala Dinas) ---------------------------------------------------------------------
    IndicatorSpec(
        "iku_tkk", "iku", "IKU", "kadis", "bid_naker", "s_kesempatan",
        "Tingkat Kesempatan Kerja",
        "Kesempatan kerja adalah peluang penduduk usia kerja untuk memperoleh pekerjaan, diukur dari "
        "bagian angkatan kerja yang bekerja.",
        "TKK = a / b x 100%\nketerangan:\na = Jumlah penduduk yang bekerja\nb = Jumlah angkatan kerja",
        _F.ratio_percent("penduduk_bekerja / angkatan_kerja * 100"),
        "%", _BPS, period_type="tahunan", aggregation="last"),
    IndicatorSpec(
        "iku_tpt", "iku", "IKU", "kadis", "bid_naker", "s_kesempatan",
        "Tingkat Pengangguran Terbuka",
        "Persentase angkatan kerja yang tidak bekerja dan sedang mencari pekerjaan.",
        "Jumlah penganggur terbuka dibagi jumlah angkatan kerja dikali 100%",
        _F.ratio_percent("penganggur_terbuka / angkatan_kerja * 100"),
        "%", _BPS, polarity="negatif", period_type="tahunan", aggregation="last"),
    IndicatorSpec(
        "iku_produktivitas", "iku", "IKU", "kadis", "bid_naker", "s_produktivitas",
        "Tingkat Produktivitas Tenaga Kerja",
        "Nilai tambah yang dihasilkan setiap tenaga kerja dalam satu jam kerja, dengan Jumlah jam kerja 1 "
        "tahun = 1.920 jam (8 jam x 5 hari x 4 minggu x 12 bulan).",
        "PDRB Harga Konstan : Jumlah Tenaga Kerja : Jumlah jam kerja 1 tahun",
        _F.ratio("pdrb_harga_konstan / tenaga_kerja / 1920"),
        "Rp/jam", "BPS Kabupaten Tanah Merah (PDRB dan Sakernas)", period_type="tahunan",
        aggregation="last"),
    IndicatorSpec(
        "iku_kasus_phi", "iku", "IKU", "kadis", "bid_hi", "s_hi",
        "Jumlah kasus perselisihan hubungan industrial",
        "Perselisihan hak, kepentingan, pemutusan hubungan kerja dan antar serikat pekerja yang "
        "dicatatkan ke Dinas dalam tahun berjalan. Semakin sedikit semakin baik.",
        "Jumlah kasus perselisihan hubungan industrial yang dicatatkan",
        _F.count("kasus_phi"),
        "kasus", "Register pencatatan perselisihan Bidang Hubungan Industrial dan Jaminan Sosial",
        polarity="negatif", aggregation="sum"),
    IndicatorSpec(
        "iku_produksi_ikm", "iku", "IKU", "kadis", "bid_industri", "s_ikm",
        "Persentase pertumbuhan nilai produksi industri kecil dan menengah",
        "Kenaikan nilai produksi IKM yang terdata dibandingkan tahun sebelumnya.",
        "(Nilai produksi IKM tahun (n) - Nilai produksi IKM tahun (n-1)) / Nilai produksi IKM tahun (n-1) "
        "x 100%",
        _F.growth("nilai_produksi_ikm"),
        "%", "Pendataan IKM Bidang Perindustrian", period_type="tahunan", aggregation="last"),
    IndicatorSpec(
        "iku_indeks_intern", "iku", "IKU", "kadis", "sekretariat", "s_akuntabilitas",
        "Indeks kepatuhan dan kinerja intern Dinas",
        "Nilai gabungan hasil penilaian internal atas kinerja utama, kepatuhan dan pelayanan umum Dinas. "
        "Kategori / Nilai / Interpretasi: A >90 - 100 Memuaskan; BB >80 - 90 Sangat Baik; B >70 - 80 Baik; "
        "CC >60 - 70 Cukup; C <60 Kurang.",
        "Indeks Kepatuhan dan Kinerja Intern = Σ (Unsur Kinerja Utama x 40%) + (Unsur Kepatuhan x 30%) + "
        "(Unsur Pelayanan Umum x 30%)",
        _F.weighted("unsur_kinerja_utama * 0.4 + unsur_kepatuhan * 0.3 + unsur_pelayanan_umum * 0.3",
                    _INDEX_BANDS),
        "indeks", "Laporan hasil penilaian internal Sekretariat", period_type="tahunan", aggregation="last"),
    # --- Perubahan IKU ----------------------------------------------------------------------------
    IndicatorSpec(
        "iku_penempatan", "iku_p1", "IKU", "kadis", "bid_naker", "s_kesempatan",
        "Persentase pencari kerja terdaftar yang ditempatkan",
        "Pencari kerja terdaftar adalah pencari kerja yang memiliki kartu AK/I pada Dinas; ditempatkan "
        "berarti telah bekerja melalui layanan antarkerja Dinas.",
        r"\frac{Jumlah pencari kerja terdaftar yang ditempatkan}{Jumlah pencari kerja terdaftar} \times 100\%",
        _F.ratio_percent("pencaker_ditempatkan / pencaker_terdaftar * 100"),
        "%", "Sistem informasi pasar kerja Bidang Pelatihan dan Penempatan Tenaga Kerja",
        replaces="iku_tpt"),
    # --- IKI: Sekretariat -------------------------------------------------------------------------
    IndicatorSpec(
        "iki_sekretaris_dokumen", "iki", "IKI", "sekretaris", "sekretariat", "s_akuntabilitas",
        "Persentase dokumen perencanaan dan pelaporan kinerja yang disusun tepat waktu",
        "Dokumen yang dimaksud: Renja, Perjanjian Kinerja, Rencana Aksi, laporan triwulan dan LKjIP.",
        "Jumlah dokumen perencanaan dan pelaporan kinerja yang disusun tepat waktu : Jumlah dokumen "
        "perencanaan dan pelaporan kinerja yang wajib disusun x 100%",
        _F.ratio_percent("dokumen_tepat_waktu / dokumen_wajib * 100"),
        "%", "Sub Bagian Perencanaan dan Keuangan", supports="iku_indeks_intern"),
    IndicatorSpec(
        "iki_renja", "iki", "IKI", "kasubbag_pk", "subbag_pk", "p_perencanaan",
        "Dokumen Rencana Kerja Dinas yang tersusun",
        "Renja Dinas tahun berikutnya yang disampaikan ke Bappeda sesuai jadwal.",
        "1 Dokumen",
        _F.constant(1, "dokumen"),
        "dokumen", "Sub Bagian Perencanaan dan Keuangan", period_type="tahunan", aggregation="last",
        supports="iki_sekretaris_dokumen"),
    IndicatorSpec(
        "iki_lkjip", "iki", "IKI", "kasubbag_pk", "subbag_pk", "p_perencanaan",
        "Dokumen Laporan Kinerja Instansi Pemerintah yang tersusun",
        "LKjIP tahun sebelumnya yang disampaikan paling lambat akhir Februari.",
        "1 Dokumen",
        _F.constant(1, "dokumen"),
        "dokumen", "Sub Bagian Perencanaan dan Keuangan", period_type="tahunan", aggregation="last",
        supports="iki_sekretaris_dokumen"),
    IndicatorSpec(
        "iki_serapan", "iki", "IKI", "kasubbag_pk", "subbag_pk", "p_keuangan",
        "Persentase realisasi anggaran Dinas",
        "Perbandingan realisasi belanja dengan pagu anggaran Dinas pada tahun berjalan.",
        "Jumlah realisasi anggaran dibagi jumlah pagu anggaran dikali 100%",
        _F.ratio_percent("realisasi_anggaran / pagu_anggaran * 100"),
        "%", "Laporan realisasi anggaran (SIPD)", aggregation="last", supports="iku_indeks_intern"),
    IndicatorSpec(
        "iki_kepegawaian", "iki", "IKI", "kasubbag_umum", "subbag_umum", "p_umum",
        "Persentase ASN yang mendapat pelayanan administrasi kepegawaian tepat waktu",
        "Pelayanan kenaikan pangkat, kenaikan gaji berkala, cuti dan pensiun yang selesai sesuai standar "
        "waktu pelayanan.",
        "Jumlah ASN yang mendapat pelayanan administrasi kepegawaian tepat waktu / Jumlah ASN yang "
        "mengajukan pelayanan administrasi kepegawaian x 100%",
        _F.ratio_percent("asn_dilayani_tepat_waktu / asn_mengajukan * 100"),
        "%", "Sub Bagian Umum dan Kepegawaian", supports="iku_indeks_intern"),
    IndicatorSpec(
        "iki_perkantoran", "iki", "IKI", "kasubbag_umum", "subbag_umum", "p_umum",
        "Persentase layanan administrasi perkantoran yang terpenuhi",
        "Layanan surat-menyurat, kebersihan, keamanan dan pemeliharaan kantor.",
        "100%",
        _F.constant(100, "%"),
        "%", "Sub Bagian Umum dan Kepegawaian", aggregation="average", supports="iku_indeks_intern"),
    # --- IKI: Bidang Perindustrian ----------------------------------------------------------------
    IndicatorSpec(
        "iki_pertumbuhan_ikm", "iki", "IKI", "kabid_industri", "bid_industri", "p_ikm",
        "Persentase pertumbuhan jumlah IKM",
        "Pertambahan jumlah IKM yang terdata dibandingkan tahun sebelumnya.",
        "Jumlah IKM tahun ini dikurangi jumlah IKM tahun lalu dibagi jumlah IKM tahun lalu x 100%",
        _F.growth("jumlah_ikm"),
        "%", "Pendataan IKM Bidang Perindustrian", period_type="tahunan", aggregation="last",
        supports="iku_produksi_ikm"),
    IndicatorSpec(
        "iki_ikm_dibina", "iki", "IKI", "kabid_industri", "bid_industri", "p_ikm",
        "Persentase IKM yang dibina",
        "IKM yang dibina adalah IKM yang mengikuti bimbingan teknis, pendampingan atau fasilitasi dari "
        "Dinas; IKM yang sudah dibina pada tahun-tahun sebelumnya tidak dihitung lagi sebagai sasaran.",
        "(Jumlah IKM yang dibina tahun berjalan) / (Jumlah IKM terdata - Jumlah IKM yang sudah dibina s.d. "
        "tahun terakhir) x 100%",
        _F.ratio_percent("ikm_dibina / (ikm_terdata - cumsum(ikm_dibina, n-1)) * 100"),
        "%", "Pendataan IKM Bidang Perindustrian", period_type="tahunan", aggregation="last",
        supports="iku_produksi_ikm"),
    IndicatorSpec(
        "iki_jumlah_ikm_dibina", "iki", "IKI", "kasi_ikm", "seksi_ikm", "k_pembinaan_ikm",
        "Jumlah IKM yang dibina",
        "IKM yang mengikuti bimbingan teknis atau pendampingan pada tahun berjalan.",
        "Jumlah IKM yang dibina tahun berjalan",
        _F.count("ikm_dibina"),
        "unit usaha", "Daftar hadir dan laporan kegiatan Seksi Pembinaan IKM", aggregation="sum",
        supports="iki_ikm_dibina"),
    IndicatorSpec(
        "iki_halal", "iki", "IKI", "kasi_ikm", "seksi_ikm", "k_pembinaan_ikm",
        "Jumlah IKM yang difasilitasi sertifikasi halal",
        "IKM yang didampingi hingga memperoleh sertifikat halal.",
        "Jumlah IKM yang difasilitasi sertifikasi halal",
        _F.count("ikm_sertifikat_halal"),
        "unit usaha", "Seksi Pembinaan IKM", aggregation="sum", supports="iki_ikm_dibina"),
    IndicatorSpec(
        "iki_pameran", "iki", "IKI", "kasi_promosi", "seksi_promosi", "k_promosi_ikm",
        "Jumlah IKM yang mengikuti pameran produk",
        "IKM binaan yang difasilitasi mengikuti pameran di dalam dan di luar daerah.",
        "Jumlah IKM yang mengikuti pameran produk",
        _F.count("ikm_pameran"),
        "unit usaha", "Seksi Sarana dan Promosi Industri", aggregation="sum",
        supports="iki_pertumbuhan_ikm"),
    IndicatorSpec(
        "iki_penjualan", "iki", "IKI", "kasi_promosi", "seksi_promosi", "k_promosi_ikm",
        "Persentase pertumbuhan nilai penjualan IKM binaan",
        "Nilai penjualan IKM binaan berdasarkan laporan usaha yang disampaikan setiap tahun.",
        "(Nilai penjualan IKM binaan tahun n - Nilai penjualan IKM binaan tahun n-1) / Nilai penjualan IKM "
        "binaan tahun n-1 x 100%",
        _F.growth("penjualan_ikm_binaan"),
        "%", "Laporan usaha IKM binaan", period_type="tahunan", aggregation="last",
        supports="iki_pertumbuhan_ikm"),
    IndicatorSpec(
        "iki_galeri", "iki", "IKI", "kasi_promosi", "seksi_promosi", "k_promosi_ikm",
        "Rata-rata jumlah pengunjung Galeri Produk IKM per bulan",
        "Pengunjung dihitung dari buku tamu Galeri Produk IKM setiap bulan.",
        "Rerata jumlah pengunjung Galeri Produk IKM bulanan",
        _F.average("pengunjung_galeri_bulanan"),
        "orang", "Buku tamu Galeri Produk IKM", period_type="bulanan", aggregation="average",
        supports="iki_pertumbuhan_ikm"),
    # --- IKI: Bidang Pelatihan dan Penempatan Tenaga Kerja ----------------------------------------
    IndicatorSpec(
        "iki_lulusan_ditempatkan", "iki", "IKI", "kabid_naker", "bid_naker", "s_kesempatan",
        "Persentase lulusan pelatihan yang ditempatkan",
        "Lulusan pelatihan Dinas dan UPT BLK yang bekerja atau berwirausaha paling lama enam bulan "
        "setelah lulus.",
        "(Jumlah lulusan pelatihan yang ditempatkan pada tahun n / Jumlah lulusan pelatihan pada tahun n) "
        "X 100%",
        _F.ratio_percent("lulusan_ditempatkan / lulusan_pelatihan * 100"),
        "%", "Bidang Pelatihan dan Penempatan Tenaga Kerja", supports="iku_tkk"),
    IndicatorSpec(
        "iki_pencaker_ditempatkan", "iki", "IKI", "kabid_naker", "bid_naker", "p_penempatan",
        "Persentase pencari kerja yang ditempatkan",
        "Pencari kerja terdaftar (kartu AK/I) yang ditempatkan melalui layanan antarkerja.",
        "Jumlah pencari kerja terdaftar yang ditempatkan dibagi Jumlah pencari kerja terdaftar x 100%",
        _F.ratio_percent("pencaker_ditempatkan / pencaker_terdaftar * 100"),
        "%", "Sistem informasi pasar kerja", supports="iku_penempatan"),
    IndicatorSpec(
        "iki_pelatihan_kompetensi", "iki", "IKI", "kasi_pelatihan", "seksi_pelatihan", "k_pelatihan",
        "Jumlah tenaga kerja yang mendapat pelatihan berbasis kompetensi",
        "Peserta yang menyelesaikan pelatihan berbasis kompetensi yang diselenggarakan Dinas.",
        "Jumlah tenaga kerja yang mendapat pelatihan berbasis kompetensi",
        _F.count("tk_pelatihan_kompetensi"),
        "orang", "Laporan penyelenggaraan pelatihan", aggregation="sum",
        supports="iki_lulusan_ditempatkan"),
    IndicatorSpec(
        "iki_lulus_uji", "iki", "IKI", "kasi_pelatihan", "seksi_pelatihan", "k_pelatihan",
        "Persentase peserta pelatihan yang lulus uji kompetensi",
        "Uji kompetensi oleh Lembaga Sertifikasi Profesi berlisensi BNSP.",
        "Jumlah peserta pelatihan yang lulus uji kompetensi / Jumlah peserta pelatihan yang mengikuti uji "
        "kompetensi X 100%",
        _F.ratio_percent("peserta_lulus_uji / peserta_uji * 100"),
        "%", "Berita acara uji kompetensi LSP", supports="iki_lulusan_ditempatkan"),
    IndicatorSpec(
        "iki_produktivitas_perusahaan", "iki", "IKI", "kasi_pelatihan", "seksi_pelatihan", "k_pelatihan",
        "Persentase perusahaan yang menerapkan program peningkatan produktivitas",
        "Perusahaan yang menerapkan metode peningkatan produktivitas (5R, Kaizen, GKM) hasil pembinaan.",
        "Jumlah perusahaan yang menerapkan program peningkatan produktivitas tahun n / jumlah perusahaan "
        "yang wajib lapor ketenagakerjaan tahun n x 100%",
        _F.ratio_percent("perusahaan_produktivitas / perusahaan_wajib_lapor * 100"),
        "%", "Laporan pembinaan produktivitas; Wajib Lapor Ketenagakerjaan Perusahaan",
        period_type="semesteran", aggregation="last", supports="iku_produktivitas"),
    IndicatorSpec(
        "iki_jumlah_penempatan", "iki", "IKI", "kasi_penempatan", "seksi_penempatan", "k_penempatan",
        "Jumlah tenaga kerja yang ditempatkan",
        "Pencari kerja yang ditempatkan melalui antarkerja lokal, antar daerah dan antar negara.",
        "Jumlah penempatan tenaga kerja",
        _F.count("jumlah_penempatan"),
        "orang", "Register penempatan Seksi Penempatan", aggregation="sum",
        supports="iki_pencaker_ditempatkan"),
    IndicatorSpec(
        "iki_pertumbuhan_penempatan", "iki", "IKI", "kasi_penempatan", "seksi_penempatan", "k_penempatan",
        "Persentase peningkatan jumlah penempatan tenaga kerja",
        "Kenaikan jumlah penempatan dibandingkan tahun sebelumnya.",
        "(Jumlah penempatan tahun (n) - Jumlah penempatan tahun (n-1)) / Jumlah penempatan tahun (n-1) x "
        "100%",
        _F.growth("jumlah_penempatan"),
        "%", "Register penempatan Seksi Penempatan", period_type="tahunan", aggregation="last",
        supports="iki_pencaker_ditempatkan"),
    IndicatorSpec(
        "iki_bkk_aktif", "iki", "IKI", "kasi_penempatan", "seksi_penempatan", "k_penempatan",
        "Jumlah Bursa Kerja Khusus yang aktif",
        "BKK di SMK dan perguruan tinggi yang izinnya masih berlaku.",
        "Jumlah Bursa Kerja Khusus yang terdaftar – Jumlah Bursa Kerja Khusus yang tidak memperpanjang izin",
        _F.difference("bkk_terdaftar - bkk_tidak_memperpanjang"),
        "lembaga", "Register BKK Seksi Penempatan", aggregation="last",
        supports="iki_pencaker_ditempatkan"),
    # --- IKI: Bidang Hubungan Industrial dan Jaminan Sosial ---------------------------------------
    IndicatorSpec(
        "iki_phi_selesai", "iki", "IKI", "kabid_hi", "bid_hi", "p_hi",
        "Persentase kasus perselisihan hubungan industrial yang diselesaikan",
        "Kasus dianggap selesai bila tercapai perjanjian bersama atau mediator menerbitkan anjuran.",
        "Jumlah kasus perselisihan hubungan industrial yang diselesaikan dibagi jumlah kasus perselisihan "
        "hubungan industrial x 100%",
        _F.ratio_percent("kasus_phi_selesai / kasus_phi * 100"),
        "%", "Register pencatatan perselisihan", supports="iku_kasus_phi"),
    IndicatorSpec(
        "iki_skala_upah", "iki", "IKI", "kabid_hi", "bid_hi", "p_hi",
        "Persentase perusahaan yang menerapkan struktur dan skala upah",
        "Perusahaan yang telah menyusun dan memberitahukan struktur dan skala upah kepada pekerja.",
        "Jumlah perusahaan yang menerapkan struktur dan skala upah : Jumlah perusahaan yang wajib lapor "
        "ketenagakerjaan x 100%",
        _F.ratio_percent("perusahaan_skala_upah / perusahaan_wajib_lapor * 100"),
        "%", "Wajib Lapor Ketenagakerjaan Perusahaan", period_type="semesteran", aggregation="last",
        supports="iku_kasus_phi"),
    IndicatorSpec(
        "iki_mediasi", "iki", "IKI", "kasi_phi", "seksi_phi", "k_phi",
        "Jumlah kasus perselisihan hubungan industrial yang diselesaikan melalui mediasi",
        "Kasus yang diselesaikan oleh mediator hubungan industrial Dinas.",
        "Jumlah kasus perselisihan hubungan industrial yang diselesaikan melalui mediasi",
        _F.count("kasus_phi_mediasi"),
        "kasus", "Risalah mediasi", aggregation="sum", supports="iki_phi_selesai"),
    IndicatorSpec(
        "iki_phk", "iki", "IKI", "kasi_phi", "seksi_phi", "k_phi",
        "Jumlah kasus pemutusan hubungan kerja",
        "Pemutusan hubungan kerja yang dilaporkan atau dicatatkan ke Dinas. Semakin sedikit semakin baik.",
        "Jumlah kasus pemutusan hubungan kerja",
        _F.count("kasus_phk"),
        "kasus", "Register pencatatan PHK", polarity="negatif", aggregation="sum",
        supports="iki_phi_selesai"),
    IndicatorSpec(
        "iki_bpjs", "iki", "IKI", "kasi_upah", "seksi_upah", "k_upah",
        "Persentase pekerja yang terdaftar sebagai peserta BPJS Ketenagakerjaan",
        "Pekerja sektor formal yang terdaftar aktif sebagai peserta BPJS Ketenagakerjaan.",
        "Jumlah pekerja yang terdaftar sebagai peserta BPJS Ketenagakerjaan / Jumlah pekerja sektor formal "
        "x 100%",
        _F.ratio_percent("pekerja_bpjs / pekerja_formal * 100"),
        "%", "BPJS Ketenagakerjaan Cabang Bukit Sirih", aggregation="last", supports="iki_skala_upah"),
    IndicatorSpec(
        "iki_umk", "iki", "IKI", "kasi_upah", "seksi_upah", "k_upah",
        "Dokumen usulan Upah Minimum Kabupaten",
        "Usulan UMK hasil sidang Dewan Pengupahan Kabupaten yang disampaikan kepada Bupati.",
        "1 Dokumen",
        _F.constant(1, "dokumen"),
        "dokumen", "Seksi Pengupahan dan Jaminan Sosial", period_type="tahunan", aggregation="last",
        supports="iki_skala_upah"),
    # --- IKI: UPT Balai Latihan Kerja -------------------------------------------------------------
    IndicatorSpec(
        "iki_lulusan_blk", "iki", "IKI", "ka_upt_blk", "upt_blk", "k_blk",
        "Jumlah lulusan pelatihan di UPT Balai Latihan Kerja",
        "Peserta yang menyelesaikan pelatihan institusional di UPT BLK.",
        "Jumlah lulusan pelatihan di UPT Balai Latihan Kerja",
        _F.count("lulusan_blk"),
        "orang", "Laporan UPT BLK", aggregation="sum", supports="iki_lulusan_ditempatkan"),
    IndicatorSpec(
        "iki_blk_bersertifikat", "iki", "IKI", "ka_upt_blk", "upt_blk", "k_blk",
        "Persentase lulusan UPT BLK yang memperoleh sertifikat kompetensi",
        "Sertifikat kompetensi yang diterbitkan oleh LSP berlisensi BNSP.",
        "Jumlah lulusan UPT Balai Latihan Kerja yang memperoleh sertifikat kompetensi dibagi Jumlah "
        "lulusan pelatihan di UPT Balai Latihan Kerja dikali 100%",
        _F.ratio_percent("lulusan_blk_bersertifikat / lulusan_blk * 100"),
        "%", "Laporan UPT BLK", supports="iki_lulusan_ditempatkan"),
    IndicatorSpec(
        "iki_sarana_blk", "iki", "IKI", "ka_upt_blk", "upt_blk", "k_blk",
        "Persentase sarana dan prasarana pelatihan dalam kondisi baik",
        "Sarana bengkel, peralatan dan ruang kelas UPT BLK yang laik pakai.",
        "100%",
        _F.constant(100, "%"),
        "%", "Kartu inventaris UPT BLK", period_type="semesteran", aggregation="last",
        supports="iki_lulusan_ditempatkan"),
)

DPTK = AgencySpec(
    slug="disperinaker", name="Dinas Perindustrian dan Tenaga Kerja", short_name="Disperinaker",
    address="Jl. Merdeka No. 12, Bukit Sirih, Kabupaten Tanah Merah", phone="(0511) 555-0112",
    email="disperinaker@tanahmerah.example", website="disperinaker.tanahmerah.example",
    variables=DPTK_VARIABLES, units=_DPTK_UNITS, positions=_DPTK_POSITIONS, objectives=_DPTK_OBJECTIVES,
    decrees=_DPTK_DECREES, indicators=_DPTK_INDICATORS,
)

# --- Dinas Koperasi dan Usaha Mikro ------------------------------------------------------------------

DKUM_VARIABLES: dict[str, tuple[str, str]] = {
    "koperasi_aktif": ("Jumlah koperasi aktif", "koperasi"),
    "koperasi_terdaftar": ("Jumlah koperasi terdaftar", "koperasi"),
    "omzet_koperasi": ("Jumlah omzet koperasi tahun ini", "rupiah"),
    "usaha_mikro_difasilitasi": ("Jumlah usaha mikro yang difasilitasi", "unit usaha"),
}
_G = FormulaWriter(DKUM_VARIABLES)

DKUM = AgencySpec(
    slug="dinkopum", name="Dinas Koperasi dan Usaha Mikro", short_name="Dinkopum",
    address="Jl. Pahlawan No. 3, Bukit Sirih, Kabupaten Tanah Merah", phone="(0511) 555-0340",
    email="dinkopum@tanahmerah.example", website="",
    variables=DKUM_VARIABLES,
    units=(
        UnitSpec("sekretariat", "Sekretariat", "sekretariat"),
        UnitSpec("bid_koperasi", "Bidang Koperasi", "bidang"),
        UnitSpec("bid_um", "Bidang Usaha Mikro", "bidang"),
    ),
    positions=(
        PositionSpec("kadis", "Kepala Dinas", None, None,
                     ("Membantu Bupati melaksanakan urusan pemerintahan bidang koperasi dan usaha mikro.",),
                     ("Perumusan kebijakan di bidang koperasi dan usaha mikro;",
                      "Pelaksanaan evaluasi dan pelaporan di bidang koperasi dan usaha mikro."),
                     "H. Syamsul Bahri, S.E., M.Si.", "19690714 199403 1 008", "Pembina Utama Muda (IV/c)"),
        PositionSpec("kabid_koperasi", "Kepala Bidang Koperasi", "bid_koperasi", "kadis",
                     ("Melaksanakan pembinaan kelembagaan dan usaha koperasi.",),
                     ("Pembinaan dan pengawasan koperasi;", "Pendataan koperasi aktif."),
                     "Lestari Handayani, S.E.", "19800505 200501 2 010", "Pembina (IV/a)"),
        PositionSpec("kabid_um", "Kepala Bidang Usaha Mikro", "bid_um", "kadis",
                     ("Melaksanakan pemberdayaan dan fasilitasi usaha mikro.",),
                     ("Fasilitasi perizinan dan pembiayaan usaha mikro;", "Pendampingan usaha mikro."),
                     "Andi Saputra, S.T.", "19820918 200604 1 004", "Penata Tingkat I (III/d)"),
    ),
    objectives=(
        ObjectiveSpec("s_koperasi", "sasaran", "Meningkatnya kualitas kelembagaan dan usaha koperasi"),
        ObjectiveSpec("s_um", "sasaran", "Meningkatnya daya saing usaha mikro"),
    ),
    decrees=(
        DecreeSpec(
            "iku", "500/045/DKUM/2024", 2024, "IKU",
            "Penetapan Indikator Kinerja Utama Dinas Koperasi dan Usaha Mikro Kabupaten Tanah Merah Tahun "
            "2024-2026",
            date(2024, 1, 22), ditetapkan_di=IBUKOTA, penandatangan="H. SYAMSUL BAHRI, S.E., M.Si.",
            pangkat="Pembina Utama Muda", nip="19690714 199403 1 008",
            menimbang="a. bahwa dalam rangka pelaksanaan Sistem Akuntabilitas Kinerja Instansi "
                      "Pemerintah perlu ditetapkan Indikator Kinerja Utama.",
            mengingat="1. Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja "
                      "Instansi Pemerintah.",
            memutuskan="KESATU: Menetapkan Indikator Kinerja Utama sebagaimana tercantum dalam Lampiran."),
    ),
    indicators=(
        IndicatorSpec(
            "iku_koperasi_aktif", "iku", "IKU", "kadis", "bid_koperasi", "s_koperasi",
            "Persentase koperasi aktif",
            "Koperasi aktif adalah koperasi yang menyelenggarakan Rapat Anggota Tahunan.",
            "Jumlah koperasi aktif / Jumlah koperasi terdaftar x 100%",
            _G.ratio_percent("koperasi_aktif / koperasi_terdaftar * 100"),
            "%", "Online Data System Kementerian Koperasi", period_type="tahunan", aggregation="last"),
        IndicatorSpec(
            "iku_omzet", "iku", "IKU", "kadis", "bid_koperasi", "s_koperasi",
            "Persentase pertumbuhan omzet koperasi",
            "Omzet koperasi aktif berdasarkan laporan RAT.",
            "Jumlah omzet koperasi tahun ini dikurangi jumlah omzet koperasi tahun lalu dibagi jumlah omzet "
            "koperasi tahun lalu x 100%",
            _G.growth("omzet_koperasi"),
            "%", "Laporan Rapat Anggota Tahunan koperasi", period_type="tahunan", aggregation="last"),
        IndicatorSpec(
            "iku_um_difasilitasi", "iku", "IKU", "kadis", "bid_um", "s_um",
            "Jumlah usaha mikro yang difasilitasi",
            "Usaha mikro yang mendapat fasilitasi perizinan, pembiayaan atau pemasaran.",
            "Jumlah usaha mikro yang difasilitasi",
            _G.count("usaha_mikro_difasilitasi"),
            "unit usaha", "Bidang Usaha Mikro", aggregation="sum"),
    ),
)

USERS = (
    UserSpec("admin", "Admin", "Pemda", "pemda_admin", about="admin pemda: semua perangkat daerah"),
    UserSpec("evaluator", "Evaluator", "Inspektorat", "evaluator", about="evaluator: baca semua"),
    UserSpec("perencana", "Perencana", "Disperinaker", "planner", agency="disperinaker",
             about="perencana Disperinaker"),
    UserSpec("kadis", "Rahmat", "Hidayat", "head", agency="disperinaker", about="Kepala Dinas Disperinaker"),
    UserSpec("kabid", "Hendra", "Gunawan", "head", agency="disperinaker", unit="bid_naker",
             about="Kepala Bidang Pelatihan dan Penempatan"),
    UserSpec("operator1", "Operator", "Penempatan", "operator", agency="disperinaker", unit="seksi_penempatan",
             about="operator Seksi Penempatan"),
    UserSpec("operator2", "Operator", "Perindustrian", "operator", agency="disperinaker", unit="bid_industri",
             about="operator Bidang Perindustrian"),
    UserSpec("perencana2", "Perencana", "Dinkopum", "planner", agency="dinkopum",
             about="perencana Dinas Koperasi dan Usaha Mikro"),
)

DEMO = DemoSpec(pemda_name=PEMDA_NAME, pemda_slug=PEMDA_SLUG, agencies=(DPTK, DKUM), users=USERS,
                password=DEMO_PASSWORD)
