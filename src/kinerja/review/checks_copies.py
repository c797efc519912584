"""The cascade: the same indicator twice, a reworded copy, a subordinate restating a superior, one
formula under two names, a definisi pasted around, words left over from another row."""
from __future__ import annotations

from collections.abc import Iterator

from rapidfuzz import fuzz

from kinerja.review.codes import finding, said as quote
from kinerja.review.context import COPY_MIN_CHARS, ReviewContext, Row
from kinerja.review.finding import Finding
from kinerja.review.matching import said
from kinerja.review.phrase import parse
from kinerja.review.positions import LEVEL_RANK
from kinerja.review.signature import same_signature, signature
from kinerja.review.text import fold, overlap, same_wording, words

_QUALITY = frozenset({"tepat", "waktu", "akurat", "benar", "sesuai", "lengkap", "berkualitas"})
# A formula text shorter than this ("Jumlah laporan") is too generic to call a copy.
FORMULA_COPY_MIN_CHARS = 25


def _where(other: Row) -> tuple[str, str]:
    number = (other.index or 0) + 1
    if other.jabatan:
        return f"baris {number} ({other.jabatan})", f"row {number} ({other.jabatan})"
    return f"baris {number}", f"row {number}"


def _restates_superior(row: Row, other: Row) -> bool:
    mine, theirs = row.level, other.level
    return mine is not None and theirs is not None and LEVEL_RANK[mine] > LEVEL_RANK[theirs]


def _cascade_message(row: Row, other: Row, same_formula: bool, reworded: bool) -> tuple[str, str]:
    at_id, at_en = _where(other)
    if _restates_superior(row, other):
        lead_id = "Bawahan mengulang indikator atasannya"
        lead_en = "A subordinate restates its superior's indicator"
    else:
        lead_id, lead_en = "Indikator yang sama sudah dipakai", "The same indicator is already used"
    words_id = " dengan kata lain" if reworded else ""
    words_en = " in other words" if reworded else ""
    if same_formula:
        return (f"{lead_id}{words_id} di {at_id}, dengan rumus yang sama.",
                f"{lead_en}{words_en} at {at_en}, with the same formula.")
    return (f"{lead_id}{words_id} di {at_id}, dengan rumus lain.", f"{lead_en}{words_en} at {at_en}, with another formula.")


_FIX_CASCADE = ("Turunkan: indikator bawahan mengukur keluaran yang menyumbang pada indikator atasan, bukan "
                "indikator yang sama.", "Cascade it: a subordinate's indicator measures an output that contributes to "
                "the superior's, not the same measure.")


def duplicates(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    """Same name earlier in the document: in the same jabatan (or table) an error, elsewhere a cascade gap."""
    earlier = ctx.earlier(ctx.by_name, fold(row.name), row)
    if not earlier:
        return
    same_section = [o for o in earlier if fold(o.jabatan) == fold(row.jabatan)]
    evidence = [quote("indikator", row.name)]
    if same_section:
        at_id, at_en = _where(same_section[-1])
        yield finding("duplicate-in-jabatan", row.index, "indikator",
                      f"Indikator yang sama sudah ada di {at_id}.", f"The same indicator is already at {at_en}.",
                      evidence=evidence + [quote("indikator", same_section[-1].name, same_section[-1].index)],
                      fix=("Hapus salah satunya.", "Remove one of them."))
        return
    original = next((o for o in earlier if _same_formula(o, row)), earlier[0])
    message_id, message_en = _cascade_message(row, original, _same_formula(original, row), False)
    yield finding("duplicate-across-jabatan", row.index, "indikator", message_id, message_en,
                  evidence=evidence + [quote("indikator", original.name, original.index)], fix=_FIX_CASCADE)


def _same_formula(a: Row, b: Row) -> bool:
    if a.shape.expression and a.shape.expression == b.shape.expression:
        return True
    text_a, text_b = a.text("formula_text"), b.text("formula_text")
    return same_wording(text_a, text_b) or (overlap(text_a, text_b) >= 0.85 and overlap(text_b, text_a) >= 0.85)


def reworded_copy(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    """'% Pertumbuhan nilai ekspor' and 'Persentase Jumlah Pertumbuhan Nilai Ekspor': one measure."""
    if row.index is None or ctx.earlier(ctx.by_name, fold(row.name), row):
        return
    mine = signature(row.name)
    if len(mine) < 3:
        return
    for other in ctx.by_signature.get((len(mine), mine[0]), []):
        if other.index is None or other.index >= row.index or fold(other.name) == fold(row.name):
            continue
        if same_signature(mine, signature(other.name)) and (_same_formula(other, row) or _comparable(other, row)):
            message_id, message_en = _cascade_message(row, other, _same_formula(other, row), True)
            yield finding("reworded-copy", row.index, "indikator", message_id, message_en,
                          evidence=[quote("indikator", row.name), quote("indikator", other.name, other.index)],
                          fix=_FIX_CASCADE if fold(other.jabatan) != fold(row.jabatan) else
                          ("Gabungkan menjadi satu indikator.", "Merge them into one indicator."))
            return


def _comparable(a: Row, b: Row) -> bool:
    """Both measure the same kind of quantity (both counts, both percentages …)."""
    return a.shape.kind == b.shape.kind or a.shape.kind is None or b.shape.kind is None


def same_formula_different_name(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    shape = row.shape
    if shape.kind in ("constant_target", None):
        return
    # A lone variable ("Jumlah X") is matched on the written text only: two keys may meet by chance.
    structured = shape.tree is not None and shape.kind not in ("count", "other")
    candidates = ctx.earlier(ctx.by_expression, shape.expression or "", row) if structured else []
    written = fold(row.text("formula_text"))
    if len(written) >= FORMULA_COPY_MIN_CHARS:
        candidates += ctx.earlier(ctx.by_formula_text, written, row)
    mine = signature(row.name)
    others = [o for o in sorted(candidates, key=lambda o: o.index or 0)
              if fold(o.name) != fold(row.name) and not same_signature(mine, signature(o.name))]
    if others:
        at_id, at_en = _where(others[0])
        yield finding("same-formula-different-name", row.index, "formula_text",
                      f"Rumus yang sama dipakai indikator lain di {at_id} ('{others[0].name}').",
                      f"The same formula is used by another indicator at {at_en} ('{others[0].name}').",
                      evidence=[quote("formula_text", row.text("formula_text") or shape.expression),
                                quote("indikator", others[0].name, others[0].index)],
                      fix=("Tulis rumus yang menghitung indikator ini sendiri.",
                           "Write the formula that computes this indicator itself."))


def definisi_copied(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    definisi = row.text("definisi")
    key = fold(definisi)
    if len(key) < COPY_MIN_CHARS or row.index is None:
        return
    others = [o for o in ctx.earlier(ctx.by_definisi, key if key in ctx.by_definisi else "", row)
              if fold(o.name) != fold(row.name)]
    if others and _alike(row.name, others[0].name):
        return  # two names for nearly one thing may share a definisi
    if not others:
        # A definisi pasted from a row above and lightly edited is still that row's definisi; one
        # that only shares its opening defines something else.
        for other in ctx.rows[max(0, row.index - 3):row.index]:
            theirs = other.text("definisi")
            if fold(other.name) != fold(row.name) and theirs and fuzz.ratio(key, fold(theirs)) >= 95 \
                    and not _alike(row.name, other.name):
                others = [other]
                break
    if others:
        at_id, at_en = _where(others[0])
        yield finding("definisi-copied", row.index, "definisi",
                      f"Definisi sama dengan definisi indikator di {at_id} ('{others[0].name}').",
                      f"The definisi is that of the indicator at {at_en} ('{others[0].name}').",
                      evidence=[quote("definisi", definisi), quote("indikator", others[0].name, others[0].index)],
                      fix=("Tulis definisi untuk indikator ini sendiri.", "Write a definisi for this indicator."))


def _alike(a: str, b: str) -> bool:
    return overlap(a, b) >= 0.75 and overlap(b, a) >= 0.75


def copy_leftover(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    """'Jumlah realisasi keuangan kantor … dalam kondisi baik': two words that belong to another row."""
    if row.index is None:
        return
    counted = " ".join(row.shape.counted_phrases) or ""
    own = (set(words(row.name)) | set(words(row.text("sasaran"))) | set(words(row.text("definisi")))
           | set(words(ctx.document.get("perangkat_daerah"))) | {"dinas", "kantor", "badan"})
    # Only the trailing conditions: the thing counted is compared by name_formula_object.
    found = [w for p in row.shape.counted_phrases for w in parse(p).conditions if len(w) > 2 and w not in _QUALITY]
    name_words = words(row.name)
    for a, b in zip(found, found[1:]):
        if a in own or b in own or not a.isalpha() or not b.isalpha() \
                or said(a, name_words, ctx.abbreviations) or said(b, name_words, ctx.abbreviations):
            continue
        pair = f"{a} {b}"
        donors = [o for o in ctx.rows if o is not row and pair in fold(o.name)]
        donor = donors[0] if len(donors) == 1 else None
        if donor is not None:
            yield finding("copy-leftover", row.index, "formula_text",
                          f"Rumus memuat '{pair}', kata-kata indikator lain ('{donor.name}').",
                          f"The formula carries '{pair}', words of another indicator ('{donor.name}').",
                          evidence=[quote("formula_text", counted), quote("indikator", donor.name, donor.index)],
                          fix=("Hapus sisa salinan itu dari rumus.", "Remove the leftover from the formula."))
            return


CHECKS = (duplicates, reworded_copy, same_formula_different_name, definisi_copied, copy_leftover)
