"""The Perjanjian Kinerja (yearly performance agreement) and its Rencana Aksi (quarterly targets).

The statement follows the PermenPAN-RB 53/2014 template: the agency head (pihak pertama) promises the
targets of the Lampiran to the superior (pihak kedua), both sign side by side.
"""
from __future__ import annotations

from kinerja.documents.blocks import agency_line, dated_signature, title
from kinerja.documents.content import (
    Column, Document, Fields, HeaderCell, Kop, Paragraph, Section, Signature, SignaturePair, Spacer, Table,
)
from kinerja.documents.errors import DocumentError
from kinerja.documents.model import PerjanjianKinerja, RencanaAksi
from kinerja.documents.wording import jabatan_text, place_date

PROMISE = ("Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran "
           "perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah "
           "ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja "
           "tersebut menjadi tanggung jawab kami.")
SUPERVISION = ("Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap "
               "capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka "
               "pemberian penghargaan dan sanksi.")


def build_perjanjian(pk: PerjanjianKinerja) -> Document:
    if not pk.rows:
        raise DocumentError("Perjanjian Kinerja tanpa indikator", "A Perjanjian Kinerja needs indicators")
    first, second = pk.pihak_pertama, pk.pihak_kedua
    justify = {"align": "justify", "space_after": 6}
    statement = [
        Kop(pk.agency),
        *title(f"PERJANJIAN KINERJA TAHUN {pk.tahun}"),
        Paragraph("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel "
                  "serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:", **justify),
        Fields([("Nama", first.name), ("Jabatan", jabatan_text(first))], indent=0.6),
        Paragraph("selanjutnya disebut pihak pertama", indent=0.6, space_after=8),
        Fields([("Nama", second.name), ("Jabatan", jabatan_text(second))], indent=0.6),
        Paragraph("selaku atasan pihak pertama, selanjutnya disebut pihak kedua", indent=0.6, space_after=8),
        Paragraph(PROMISE, **justify),
        Paragraph(SUPERVISION, **justify),
        _signatures(pk),
    ]
    rows = [[i, r.sasaran, r.indikator, r.satuan, r.target] for i, r in enumerate(pk.rows, start=1)]
    lampiran = [
        *title(f"PERJANJIAN KINERJA TAHUN {pk.tahun}", pk.agency.name, pk.agency.pemda),
        Table(columns=[Column("NO", 0.5, "center"), Column("SASARAN STRATEGIS", 3.0),
                       Column("INDIKATOR KINERJA", 3.5), Column("SATUAN", 1.0, "center"),
                       Column("TARGET", 1.2, "number")],
              rows=rows, merge_repeats=(1,), number_header=True, sheet="Perjanjian Kinerja"),
    ]
    if pk.programs:
        total = sum(float(p.anggaran) for p in pk.programs if p.anggaran is not None)
        lampiran.append(Table(
            columns=[Column("NO", 0.5, "center"), Column("PROGRAM", 6.0), Column("ANGGARAN (Rp)", 2.5, "money")],
            rows=[[i, p.program, p.anggaran] for i, p in enumerate(pk.programs, start=1)],
            total_row=[None, "JUMLAH", total], sheet="Program"))
    lampiran.append(_signatures(pk))
    return Document(title=f"Perjanjian Kinerja Tahun {pk.tahun} {agency_line(pk.agency)}",
                    sections=[Section(statement), Section(lampiran)])


def _signatures(pk: PerjanjianKinerja) -> SignaturePair:
    return SignaturePair(left=Signature(pk.pihak_kedua, caption="Pihak Kedua,"),
                         right=Signature(pk.pihak_pertama, caption="Pihak Pertama,"),
                         place_date=place_date(pk.place or pk.agency.city, pk.tanggal))


def build_rencana_aksi(ra: RencanaAksi) -> Document:
    if not ra.rows:
        raise DocumentError("Rencana Aksi tanpa indikator", "A Rencana Aksi needs indicators")
    header = [
        [HeaderCell("NO", rowspan=2), HeaderCell("SASARAN", rowspan=2), HeaderCell("INDIKATOR KINERJA", rowspan=2),
         HeaderCell("SATUAN", rowspan=2), HeaderCell("TARGET TAHUNAN", rowspan=2),
         HeaderCell("TARGET TRIWULAN", colspan=4), HeaderCell("KETERANGAN", rowspan=2)],
        [HeaderCell("I"), HeaderCell("II"), HeaderCell("III"), HeaderCell("IV")],
    ]
    columns = [Column("NO", 0.5, "center"), Column("SASARAN", 3.0), Column("INDIKATOR KINERJA", 3.5),
               Column("SATUAN", 1.0, "center"), Column("TARGET TAHUNAN", 1.2, "number")] + \
        [Column(f"TW {q}", 1.0, "number") for q in ("I", "II", "III", "IV")] + [Column("KETERANGAN", 1.3, "center")]
    rows = []
    for i, r in enumerate(ra.rows, start=1):
        if len(r.tw) != 4:
            raise DocumentError(f"Baris {i}: target triwulan harus empat nilai (TW I–IV)",
                                f"Row {i}: quarterly targets must be four values (TW I–IV)")
        rows.append([i, r.sasaran, r.indikator, r.satuan, r.target, *r.tw,
                     "Kumulatif" if r.cumulative else "Non-kumulatif"])
    blocks = [
        *title("RENCANA AKSI", agency_line(ra.agency), f"TAHUN {ra.tahun}"),
        Table(columns=columns, rows=rows, header=header, merge_repeats=(1,), number_header=True,
              sheet="Rencana Aksi"),
        *dated_signature(ra.signatory, ra.agency, ra.place, ra.tanggal),
    ]
    return Document(title=f"Rencana Aksi Tahun {ra.tahun} {agency_line(ra.agency)}",
                    sections=[Section([Kop(ra.agency), Spacer(2), *blocks], "landscape")])
