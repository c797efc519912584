"""The English locale is complete: every string the UI can show has a checked English translation.

The .po file is read with the standard library only (no gettext tools, no polib), so the check runs
wherever the suite runs. Obsolete entries (``#~``) are not compiled and are ignored.
"""
from __future__ import annotations

import ast
import gettext
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

LOCALE_DIR = Path(__file__).resolve().parents[2] / "src" / "kinerja" / "locale" / "en" / "LC_MESSAGES"
PO_FILE = LOCALE_DIR / "django.po"
MO_FILE = LOCALE_DIR / "django.mo"

# %(name)s, %s, %d …; the escaped percent sign %% is matched too, so that "100%% is" is not read as "% i".
CONVERSION = re.compile(r"%%|%(?:\([^)]+\))?[-#0 +]*\d*(?:\.\d+)?[sdifrxXeEgG]")


def placeholders(text: str) -> set[str]:
    return {found for found in CONVERSION.findall(text) if found != "%%"}


@dataclass
class Entry:
    line: int
    flags: set[str] = field(default_factory=set)
    msgctxt: str | None = None
    msgid: str = ""
    msgid_plural: str | None = None
    msgstr: dict[int, str] = field(default_factory=dict)

    @property
    def where(self) -> str:
        return f"django.po:{self.line} {self.msgid[:60]!r}"


def parse_po(text: str) -> list[Entry]:
    """The live entries of a .po file, header included (its msgid is empty)."""
    entries: list[Entry] = []
    current: Entry | None = None
    target: tuple[str, int | None] | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            current, target = None, None
            continue
        if line.startswith("#~"):
            continue
        if current is None:
            current = Entry(line=number)
            entries.append(current)
        if line.startswith("#,"):
            current.flags.update(flag.strip() for flag in line[2:].split(","))
            continue
        if line.startswith("#"):
            continue
        keyword, _, rest = line.partition(" ")
        if line.startswith('"'):
            keyword, rest = "", line
        elif keyword.startswith("msgstr["):
            target = ("msgstr", int(keyword[7:-1]))
        elif keyword in ("msgid", "msgid_plural", "msgctxt", "msgstr"):
            target = (keyword, 0 if keyword == "msgstr" else None)
        else:
            raise ValueError(f"django.po:{number}: cannot read {raw!r}")
        assert target is not None, f"django.po:{number}: string without a keyword"
        chunk = ast.literal_eval(rest)
        name, index = target
        if name == "msgstr":
            current.msgstr[index] = current.msgstr.get(index, "") + chunk
        else:
            setattr(current, name, (getattr(current, name) or "") + chunk)
    return entries


def plural_count(header: Entry) -> int:
    match = re.search(r"nplurals\s*=\s*(\d+)", header.msgstr.get(0, ""))
    assert match, "the .po header has no Plural-Forms"
    return int(match.group(1))


@pytest.fixture(scope="module")
def entries() -> list[Entry]:
    return parse_po(PO_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def messages(entries) -> list[Entry]:
    return [e for e in entries if e.msgid]


def test_the_po_file_has_messages(messages):
    assert len(messages) > 100


def test_no_entry_is_fuzzy(messages):
    fuzzy = [e.where for e in messages if "fuzzy" in e.flags]
    assert not fuzzy, "fuzzy translations (check them, then drop the flag):\n" + "\n".join(fuzzy)


def test_no_msgstr_is_empty(entries, messages):
    forms = plural_count(entries[0])
    missing = []
    for e in messages:
        wanted = range(forms) if e.msgid_plural is not None else range(1)
        if any(not e.msgstr.get(i, "").strip() for i in wanted):
            missing.append(e.where)
    assert not missing, "untranslated strings:\n" + "\n".join(missing)


def test_placeholders_are_kept(messages):
    wrong = []
    for e in messages:
        if "python-format" not in e.flags:
            continue
        sources = [e.msgid] + ([e.msgid_plural] if e.msgid_plural is not None else [])
        # sets, not counts: a bilingual msgid ("… / …") names each placeholder twice, its English msgstr once
        expected = set().union(*(placeholders(s) for s in sources))
        for translated in e.msgstr.values():
            found = placeholders(translated)
            # a singular form may drop the count ("one year"), never add or rename a placeholder;
            # a literal percent sign must be written %% or it is read as a conversion
            if not found <= expected or (e.msgid_plural is None and found != expected):
                wrong.append(f"{e.where}: {sorted(expected)} → {sorted(found)}")
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong)


def test_the_compiled_catalogue_matches_the_po(messages):
    with MO_FILE.open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    stale = []
    for e in messages:
        key = e.msgid if e.msgctxt is None else f"{e.msgctxt}\x04{e.msgid}"
        if e.msgid_plural is None:
            got = compiled._catalog.get(key)
            if got != e.msgstr.get(0):
                stale.append(e.where)
        elif compiled._catalog.get((key, 0)) != e.msgstr.get(0):
            stale.append(e.where)
    assert not stale, "django.mo is stale; run `kinerja compilemessages -l en`:\n" + "\n".join(stale)


def test_the_parser_reads_flags_plurals_and_continuations():
    sample = (
        'msgid ""\nmsgstr "Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
        '#, fuzzy, python-format\nmsgid "satu %(n)s"\nmsgid_plural "banyak %(n)s"\n'
        'msgstr[0] "one"\nmsgstr[1] ""\n"%(n)s many"\n\n'
        '#~ msgid "lama"\n#~ msgstr ""\n'
    )
    header, entry = parse_po(sample)
    assert plural_count(header) == 2
    assert entry.flags == {"fuzzy", "python-format"}
    assert entry.msgid_plural == "banyak %(n)s" and entry.msgstr == {0: "one", 1: "%(n)s many"}
