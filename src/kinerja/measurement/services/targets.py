"""Targets: storing one (the one module that writes :class:`Target` rows), the planner's grid of an
indicator's targets for one year, the PK Perubahan beside the original PK, and the Renstra span.

A row is all-or-nothing: every cell is read with :func:`kinerja.capaian.parse_target` first and a row
with any unreadable cell saves nothing. Only the cells a person changed are written, each guarded by
the version it was read at, so two planners may edit different cells of one row at once while the
second to change the *same* cell is refused (:class:`CellConflict`, with what the cell holds now) and
keeps their input. Rows are written through ``save()``/``delete()`` so the audit trail records them;
then every figure of the indicator is recomputed in the same transaction.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction

from kinerja.capaian.targets import Target as ParsedTarget
from kinerja.capaian.targets import parse_target
from kinerja.catalog.models import Indicator, PerangkatDaerah
from kinerja.errors import KinerjaError
from kinerja.measurement.errors import ConflictError, InvalidEntry, MeasurementError, ValueProblem
from kinerja.measurement.models import Renstra, Target
from kinerja.measurement.services.derive import recompute_indicators
from kinerja.periods import Period

T = Target.Kind
RAW_MAX = 200
RENSTRA_LENGTH = 5


def typed(parsed: ParsedTarget) -> dict:
    """The typed columns of a target row (what the derivation engine loads)."""
    if parsed.kind == "number":
        return {"shape": "number", "low": float(parsed.value), "high": None}
    if parsed.kind == "range":
        return {"shape": "range", "low": float(parsed.low), "high": float(parsed.high)}
    return {"shape": "predicate", "low": None, "high": None}


def set_target(indicator: Indicator, kind: str, period: Period, raw: str, *, cumulative: bool = False,
               reason: str = "", decree_number: str = "", renstra: Renstra | None = None) -> Target:
    """Store a target as written and as read (no recompute: the caller recomputes once it is done);
    a PK Perubahan keeps the original PK and names it."""
    parsed = parse_target(raw)
    revises = None
    if kind == T.PK_PERUBAHAN:
        revises = Target.objects.filter(indicator=indicator, kind=T.PK, period=period.key).first()
        if revises is None or not reason.strip() or not decree_number.strip():
            raise MeasurementError("PK Perubahan memerlukan target PK awal, alasan, dan nomor keputusan.",
                                   "A PK Perubahan needs the original PK target, a reason and a decree number.")
    row = Target.objects.filter(indicator=indicator, kind=kind, period=period.key).first()
    fields = dict(agency_id=indicator.agency_id, year=period.year, raw=raw, parsed=parsed.to_json(),
                  cumulative=cumulative, reason=reason, decree_number=decree_number, revises=revises,
                  renstra=renstra, **typed(parsed))
    if row is None:
        return Target.objects.create(indicator=indicator, kind=kind, period=period.key, **fields)
    for name, value in fields.items():
        setattr(row, name, value)
    row.version += 1
    row.save()
    return row


@dataclass(frozen=True)
class Column:
    """One editable cell of a row: the target kind and, for Rencana Aksi, the quarter."""

    name: str
    kind: str
    label_id: str
    label_en: str
    quarter: int | None = None

    def period(self, year: int, renstra: Renstra | None) -> Period | None:
        """The period this cell's target is stored under (``None``: it cannot be set for ``year``)."""
        if self.quarter:
            return Period.quarter(year, self.quarter)
        if self.kind == T.RENSTRA_END:
            return Period.of_year(renstra.last_year) if renstra else None
        return Period.of_year(year)

    def label(self, language: str = "id") -> str:
        return self.label_en if language.startswith("en") else self.label_id


COLUMNS: tuple[Column, ...] = (
    Column("renstra", T.RENSTRA, "Target Renstra", "Renstra target"),
    Column("renstra_end", T.RENSTRA_END, "Target akhir Renstra", "Renstra end target"),
    Column("pk", T.PK, "Target PK", "PK target"),
    *(Column(f"tw{q}", T.RENCANA_AKSI, f"Rencana Aksi TW {'I' * q if q < 4 else 'IV'}",
             f"Action plan Q{q}", q) for q in range(1, 5)),
)
BY_NAME = {c.name: c for c in COLUMNS}


def renstra_for(agency: PerangkatDaerah, year: int) -> Renstra | None:
    """The agency's Renstra span holding ``year``, if one is set."""
    for span in Renstra.objects.filter(agency=agency, first_year__lte=year).order_by("-first_year"):
        return span if span.last_year >= year else None
    return None


def set_renstra(agency: PerangkatDaerah, first_year: int, length: int = RENSTRA_LENGTH,
                span: Renstra | None = None) -> Renstra:
    """Create (or, given ``span``, change) a Renstra span; spans of one agency may not overlap.

    Changing a span moves its end targets to the new last year, so they stay the span's end targets.
    """
    if not 2000 <= first_year <= 2100 or not 1 <= length <= 10:
        raise MeasurementError("Tahun awal Renstra harus 2000–2100 dan lamanya 1–10 tahun.",
                               "The Renstra first year must be 2000–2100 and its length 1–10 years.")
    last = first_year + length - 1
    for other in Renstra.objects.filter(agency=agency).exclude(pk=span.pk if span else None):
        if other.first_year <= last and first_year <= other.last_year:
            raise MeasurementError(f"Rentang {first_year}–{last} bertumpang tindih dengan {other}.",
                                   f"The span {first_year}–{last} overlaps {other}.")
    with transaction.atomic():
        span = span or Renstra(agency=agency)
        span.first_year, span.length = first_year, length
        span.save()
        for row in Target.objects.filter(renstra=span, kind=T.RENSTRA_END).exclude(year=span.last_year):
            row.year, row.period = span.last_year, str(span.last_year)
            row.save()
    return span


@dataclass
class GridRow:
    """An indicator's targets for one year, by column name; ``perubahan`` is the PK Perubahan."""

    indicator: Indicator
    cells: dict[str, Target] = field(default_factory=dict)
    perubahan: Target | None = None
    typed: dict[str, str] = field(default_factory=dict)   # what a refused save had typed, shown again

    def raw(self, name: str) -> str:
        row = self.cells.get(name)
        return row.raw if row else ""

    @property
    def cumulative(self) -> bool:
        return any(self.cells[c].cumulative for c in self.cells if BY_NAME[c].quarter)

    @property
    def values(self) -> list[tuple[Column, str]]:
        return [(c, self.raw(c.name)) for c in COLUMNS]

    @property
    def shown(self) -> list[tuple[Column, str, str, int]]:
        """(column, stored text, text in the input, stored version) for the grid's inputs."""
        return [(c, self.raw(c.name), self.typed.get(c.name, self.raw(c.name)),
                 self.cells[c.name].version if c.name in self.cells else 0) for c in COLUMNS]

    @property
    def versions(self) -> list[tuple[str, int]]:
        """(column name, version of its cell; 0 for an empty cell): what the grid posts back."""
        return [(c.name, self.cells[c.name].version if c.name in self.cells else 0) for c in COLUMNS]


def _lock(indicator: Indicator) -> None:
    """Hold the indicator's row until the transaction ends: two saves of its targets run one after the
    other, the second reading the cells (and versions) the first committed — so the second to change
    a cell is refused, even a cell that was empty when both pages were opened."""
    list(Indicator.objects.select_for_update().filter(pk=indicator.pk).values_list("pk", flat=True))


def grid_rows(indicators: Iterable[Indicator], year: int, renstra: Renstra | None) -> list[GridRow]:
    """One row per indicator with the targets stored for ``year`` (and the span's end target)."""
    rows = {ind.pk: GridRow(ind) for ind in indicators}
    periods = {c.name: p for c in COLUMNS if (p := c.period(year, renstra)) is not None}
    for t in Target.objects.filter(indicator_id__in=list(rows), period__in={p.key for p in periods.values()}):
        row = rows[t.indicator_id]
        if t.kind == T.PK_PERUBAHAN and t.period == str(year):
            row.perubahan = t
            continue
        for column in COLUMNS:
            period = periods.get(column.name)
            if period and column.kind == t.kind and period.key == t.period:
                row.cells[column.name] = t
    return list(rows.values())


def _problem(column: Column, exc: KinerjaError) -> ValueProblem:
    return ValueProblem(f"{column.label_id}: {exc.message_id}", f"{column.label_en}: {exc.message_en}",
                        field=column.name)


def read_row(raw_values: Mapping[str, str], renstra: Renstra | None) -> dict[str, str]:
    """Every cell checked: column name → raw text ("" = no target). Raises :class:`InvalidEntry`."""
    problems: list[ValueProblem] = []
    read: dict[str, str] = {}
    for column in COLUMNS:
        raw = " ".join(str(raw_values.get(column.name, "") or "").split())
        read[column.name] = raw
        if not raw:
            continue
        try:
            if len(raw) > RAW_MAX:
                raise MeasurementError(f"terlalu panjang (paling banyak {RAW_MAX} karakter)",
                                       f"too long (at most {RAW_MAX} characters)")
            if column.kind == T.RENSTRA_END and renstra is None:
                raise MeasurementError("tetapkan rentang Renstra dahulu", "set the Renstra span first")
            parse_target(raw)
        except KinerjaError as exc:
            problems.append(_problem(column, exc))
    if problems:
        raise InvalidEntry(problems)
    return read


@dataclass(frozen=True)
class CellEdit:
    """A cell as a person changed it: the new text and the version the cell had when they read it
    (0 when it was empty)."""

    raw: str
    version: int


class CellConflict(ConflictError):
    """Cells someone else changed since the grid was opened: ``cells`` is column name → what it holds now."""

    def __init__(self, cells: dict[str, str]) -> None:
        shown_id = "; ".join(f"{BY_NAME[c].label_id}: sekarang '{raw or '(kosong)'}'" for c, raw in cells.items())
        shown_en = "; ".join(f"{BY_NAME[c].label_en}: now '{raw or '(empty)'}'" for c, raw in cells.items())
        super().__init__(f"Sel ini baru saja diubah oleh orang lain ({shown_id}). Isian Anda tidak disimpan dan "
                         f"tetap di formulir; periksa nilainya lalu simpan lagi.",
                         f"Someone else has just changed these cells ({shown_en}). Your input was not saved and "
                         f"is kept in the form; check the values, then save again.", current_version=0)
        self.cells = cells


def save_row(indicator: Indicator, year: int, raw_values: Mapping[str, str | CellEdit], *,
             cumulative: bool | None = None) -> list[Target]:
    """Save the changed cells of ``indicator``'s row for ``year``: a blank cell removes that target, a
    column absent from ``raw_values`` is left as it is. A :class:`CellEdit` is written only if the
    cell still has the version it was read at (else :class:`CellConflict` for all such cells, and
    nothing is written); plain text is written as is (loading data). ``cumulative`` (``None``: as it
    is) applies to the Rencana Aksi cells. Nothing is written when any cell is invalid."""
    renstra = renstra_for(indicator.agency, year)
    with transaction.atomic():
        _lock(indicator)
        current = grid_rows([indicator], year, renstra)[0]
        texts = {name: edit.raw if isinstance(edit, CellEdit) else edit for name, edit in raw_values.items()}
        read = read_row({**{c.name: current.raw(c.name) for c in COLUMNS}, **texts}, renstra)
        stale = {name: current.raw(name) for name, edit in raw_values.items()
                 if isinstance(edit, CellEdit) and name in BY_NAME
                 and edit.version != (current.cells[name].version if name in current.cells else 0)}
        if stale:
            raise CellConflict(stale)
        pk = current.cells.get("pk")
        if not read["pk"] and pk is not None and current.perubahan is not None:
            raise InvalidEntry([ValueProblem("Target PK: sudah ada PK Perubahan; target PK awal tidak dapat dihapus.",
                                             "PK target: a PK Perubahan exists; the original PK cannot be removed.",
                                             field="pk")])
        flag_now = current.cumulative if cumulative is None else cumulative
        written: list[Target] = []
        try:
            with transaction.atomic():
                for column in COLUMNS:
                    raw, existing = read[column.name], current.cells.get(column.name)
                    period = column.period(year, renstra)
                    flag = flag_now if column.quarter else False
                    if not raw:
                        if existing is not None:
                            existing.delete()
                        continue
                    link = renstra if column.kind in (T.RENSTRA, T.RENSTRA_END) else None
                    if existing is None or existing.raw != raw or existing.cumulative != flag or \
                            existing.renstra_id != (link.pk if link else None):
                        written.append(set_target(indicator, column.kind, period, raw, cumulative=flag,
                                                  renstra=link))
        except IntegrityError:
            # A cell that was empty when read was filled by someone else in the meantime.
            raise CellConflict({name: "…" for name, edit in raw_values.items()
                                if name in BY_NAME and name not in current.cells}) from None
        recompute_indicators([indicator])
    return written


def revise_pk(indicator: Indicator, year: int, raw: str, reason: str, decree_number: str, *,
              version: int | None = None) -> Target:
    """Set the PK Perubahan of ``year``: the revised target replaces the PK in capaian, the PK is kept.
    ``version``: the version of the PK Perubahan the person read (0: there was none)."""
    raw = " ".join(str(raw or "").split())
    problems: list[ValueProblem] = []
    if not Target.objects.filter(indicator=indicator, kind=T.PK, period=str(year)).exists():
        problems.append(ValueProblem("Belum ada target PK awal untuk direvisi.",
                                     "There is no original PK target to revise.", field="raw"))
    try:
        if len(raw) > RAW_MAX:
            raise MeasurementError(f"terlalu panjang (paling banyak {RAW_MAX} karakter)",
                                   f"too long (at most {RAW_MAX} characters)")
        parse_target(raw)
    except KinerjaError as exc:
        problems.append(ValueProblem(f"Target PK Perubahan: {exc.message_id}",
                                     f"PK Perubahan target: {exc.message_en}", field="raw"))
    if not str(reason or "").strip():
        problems.append(ValueProblem("Alasan perubahan wajib diisi.", "A reason for the change is required.",
                                     field="reason"))
    if not str(decree_number or "").strip():
        problems.append(ValueProblem("Nomor keputusan perubahan wajib diisi.",
                                     "The decree number of the change is required.", field="decree_number"))
    elif len(decree_number.strip()) > 120:
        problems.append(ValueProblem("Nomor keputusan terlalu panjang (paling banyak 120 karakter).",
                                     "The decree number is too long (at most 120 characters).",
                                     field="decree_number"))
    if problems:
        raise InvalidEntry(problems)
    with transaction.atomic():
        _lock(indicator)
        current = Target.objects.filter(indicator=indicator, kind=T.PK_PERUBAHAN, period=str(year)).first()
        if version is not None and version != (current.version if current else 0):
            raise CellConflict({"pk": current.raw if current else ""})
        row = set_target(indicator, T.PK_PERUBAHAN, Period.of_year(year), raw, reason=reason.strip(),
                         decree_number=decree_number.strip())
        recompute_indicators([indicator])
    return row


def withdraw_revision(indicator: Indicator, year: int, *, version: int | None = None) -> bool:
    """Remove the PK Perubahan of ``year`` (the original PK applies again); False when there was none."""
    with transaction.atomic():
        _lock(indicator)
        row = Target.objects.filter(indicator=indicator, kind=T.PK_PERUBAHAN, period=str(year)).first()
        if row is None:
            return False
        if version is not None and version != row.version:
            raise CellConflict({"pk": row.raw})
        row.delete()
        recompute_indicators([indicator])
    return True
