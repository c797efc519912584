"""Files made to exhaust a reader: every kind of decompression bomb, and a part that parses too big."""
from __future__ import annotations

import io
import struct
import zipfile
import zlib

MIB = 1024 * 1024


def _zeros_deflated(size: int, *, raw: bool = False) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15 if raw else 15)
    chunk = b"\0" * MIB
    parts = [compressor.compress(chunk) for _ in range(size // MIB)]
    return b"".join(parts) + compressor.flush()


def pdf_stream_bomb(size: int = 400 * MIB) -> bytes:
    """A one-page PDF whose content stream inflates to ``size`` bytes."""
    stream = _zeros_deflated(size)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def office_part_bomb(part: str, size: int = 600 * MIB) -> bytes:
    """A .docx (``word/document.xml``) or .xlsx (``xl/worksheets/sheet1.xml``) whose part inflates to ``size``."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        if part.startswith("xl/"):
            archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open(part, "w", force_zip64=True) as fh:
            chunk = b" " * MIB
            for _ in range(size // MIB):
                fh.write(chunk)
    return out.getvalue()


def lying_zip(size: int = 600 * MIB) -> bytes:
    """A .docx whose document.xml says it is 1 KiB and inflates to ``size``: its sizes are forged."""
    data = office_part_bomb("word/document.xml", size)
    # forge every size field of that entry in the local header and the central directory
    name = b"word/document.xml"
    out = bytearray(data)
    local = out.find(b"PK\x03\x04" + out[4:4])  # first local header
    position = 0
    while True:
        position = out.find(name, position)
        if position < 0:
            break
        for signature, size_offset in ((b"PK\x03\x04", 18), (b"PK\x01\x02", 20)):
            header = out.rfind(signature, 0, position)
            if header >= 0 and position - header in (30, 46):
                out[header + size_offset:header + size_offset + 8] = struct.pack("<II", 1024, 1024)
        position += len(name)
    del local
    return bytes(out)


def nested_zip() -> bytes:
    """A zip of zips (the classic 42.zip shape), named .docx."""
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("0.bin", b"\0" * (8 * MIB))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for i in range(16):
            archive.writestr(f"{i}.zip", inner.getvalue())
    return out.getvalue()


def docx_parse_bomb(paragraphs: int = 1_500_000) -> bytes:
    """A .docx under every size and ratio limit whose document.xml holds 1.5 million paragraphs (each
    with a random id, so the part does not compress suspiciously well)."""
    import random

    rng = random.Random(3)
    body = b"".join(b'<w:p w:rsidR="%08X"/>' % rng.getrandbits(32) for _ in range(paragraphs))
    xml = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + body + b"</w:body></w:document>")
    import docx

    template = io.BytesIO()
    docx.Document().save(template)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(template.getvalue())) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info, xml if info.filename == "word/document.xml" else source.read(info.filename))
    return out.getvalue()
