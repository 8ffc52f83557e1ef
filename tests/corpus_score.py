"""Scoring a reader against the hand-made keys of ``tests/corpus`` (see tests/corpus/README.md).

Used by ``tests/test_corpus.py`` (targets) and ``benchmarks/reader_accuracy.py`` (figures).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bibcheck.analyse import analyse_document
from bibcheck.errors import BibcheckError
from bibcheck.manuscript import parse_file
from bibcheck.model import ParsedDocument, Reference, Severity
from bibcheck.text import title_key
from bibcheck.urls import normalise_key

CORPUS = Path(__file__).resolve().parent / "corpus"
HELDOUT = Path(__file__).resolve().parent / "heldout"  # written apart from the readers


@dataclass(frozen=True)
class Case:
    """One corpus document and its key."""

    format: str
    name: str
    path: Path
    key: dict[str, Any]
    folder: Path | None = None  # the format folder (options' paths are relative to it)


@dataclass
class Score:
    """Counts for one document (or summed over several)."""

    documents: int = 0
    expected: int = 0  # citations in the keys
    found: int = 0  # citations the reader reported
    hit: int = 0  # found and expected
    fields: int = 0  # fields scored
    fields_ok: int = 0
    false_findings: int = 0  # on clean documents
    clean_citations: int = 0
    defects: int = 0  # real defects planted in the documents
    defects_found: int = 0  # ... that a finding reports at their line
    failures: list[str] = field(default_factory=list)  # unreadable, wrong reader, silent zero
    misses: list[str] = field(default_factory=list)  # human-readable differences

    def add(self, other: Score) -> None:
        self.documents += other.documents
        self.expected += other.expected
        self.found += other.found
        self.hit += other.hit
        self.fields += other.fields
        self.fields_ok += other.fields_ok
        self.false_findings += other.false_findings
        self.clean_citations += other.clean_citations
        self.defects += other.defects
        self.defects_found += other.defects_found
        self.failures.extend(other.failures)
        self.misses.extend(other.misses)

    @property
    def recall(self) -> float:
        return self.hit / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.hit / self.found if self.found else (1.0 if not self.expected else 0.0)

    @property
    def field_accuracy(self) -> float:
        return self.fields_ok / self.fields if self.fields else 1.0

    @property
    def defect_recall(self) -> float:
        return self.defects_found / self.defects if self.defects else 1.0

    @property
    def false_per_100(self) -> float:
        return 100.0 * self.false_findings / max(1, self.clean_citations)


def cases(fmt: str | None = None, root: Path = CORPUS) -> Iterator[Case]:
    """Every corpus document (of one format), in name order."""
    for key_path in sorted(root.glob("*/*.key.json")):
        form = key_path.parent.name
        if fmt is not None and form != fmt:
            continue
        key = json.loads(key_path.read_text(encoding="utf-8"))
        name = key_path.name[: -len(".key.json")]
        if "document" in key:
            doc = key_path.parent / key["document"]
        else:
            matches = [p for p in key_path.parent.glob(f"{name}.*") if p != key_path]
            if len(matches) != 1:
                raise ValueError(f"{key_path}: say which file is the document ({matches})")
            doc = matches[0]
        yield Case(form, name, doc, key, key_path.parent)


def parse_case(case: Case) -> ParsedDocument:
    """Ingest a corpus document as ``bibcheck ingest`` would (options from the key)."""
    options = dict(case.key.get("options", {}))
    extra = options.pop("bibliography", None)
    if extra:
        # (relative to the format folder, as tests/corpus/README.md says)
        folder = case.folder or case.path.parent
        kwargs: dict[str, Any] = {"bibliography": [folder / b for b in extra]}
        return parse_file(case.path, **kwargs)
    return parse_file(case.path)


def _label(label: str) -> str:
    """A reference-list number may be written ``n`` or ``[n]`` (LaTeX keeps typed citations of a
    hand-written list apart from its footnote numbers that way): the same citation."""
    return label[1:-1] if label.startswith("[") and label.endswith("]") else label


def _same(name: str, want: object, got: Reference) -> bool:
    value = getattr(got, name, None)
    if name == "title":
        return title_key(str(want)) == title_key(value) if value else False
    if name == "url":
        return bool(value) and normalise_key(str(want)) == normalise_key(str(value))
    if name == "doi":
        return bool(value) and str(want).lower() == str(value).lower()
    if name == "authors":
        # an apostrophe is one letter however typeset: O'Malley, O’Malley
        got_names = list(value or ())
        wanted = [_apostrophes(str(w).casefold()) for w in want]  # type: ignore[attr-defined]
        return len(wanted) == len(got_names) and all(
            _same_family(w, g) for w, g in zip(wanted, got_names, strict=True)
        )
    if name == "kind":
        return value is not None and getattr(value, "value", value) == want
    return bool(value == want)


def _apostrophes(text: str) -> str:
    return text.translate({0x2019: "'", 0x2018: "'", 0x02BC: "'"})


_SUFFIX = re.compile(r"(?:Jr|Sr|II|III|IV|2nd|3rd|4th)\.?,?")


# a name in Han characters, kana or Hangul, written with no space
_CJK_WHOLE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]{1,8}")


def _same_family(want: str, author: str) -> bool:
    """The key's family name is the author's; a compound family name keyed whole
    (``Rubio Piqueras``) is also the end of a name written in natural order (``Felipe Rubio
    Piqueras``), which no rule can split without knowing the person, and so is a name
    with no family name keyed whole as it is written (``Sergew Hable Selassie``)."""
    if _apostrophes(_surname(author)) == want:
        return True
    if _apostrophes(_filed_under(author)) == want:
        return True
    if _CJK_WHOLE.fullmatch(want) and _CJK_WHOLE.fullmatch(author.strip()):
        # a Chinese, Japanese or Korean name written whole starts with its family name: a
        # key's "정" (the family name, tests/heldout51) is the "정하윤" printed
        return len(author.strip()) > len(want) and author.strip().startswith(want)
    words = _apostrophes(author.casefold()).split()
    return (
        " " in want
        and "," not in author
        and len(words) >= len(want.split())
        and " ".join(words[-len(want.split()) :]) == want
    )


def _filed_under(author: str) -> str:
    """The name an inverted name whose particle follows the given names is filed under:
    ``Hornbostel, E. M. von`` and ``Oettingen, Arthur von`` under Hornbostel and Oettingen,
    as German and Scandinavian lists sort and keys name them (tests/heldout59); the
    family name with its particle (``von hornbostel``, :func:`_surname`) is accepted too, as
    other keys name it (``Pastor, Ludwig von``: "von Pastor", tests/heldout12).  Empty for
    any other name."""
    family, comma, given = author.replace("،", ",").partition(",")
    words = given.split()
    if not comma or len(words) < 2 or words[-1].casefold() not in _GERMANIC_PARTICLES:
        return ""
    return family.strip().casefold()


def _surname(author: str) -> str:
    """``Smith, J.`` / ``John Smith`` / ``Лещенко Н. П.`` (GOST heading) -> the family name."""
    author = author.replace("،", ",")  # the Arabic comma inverts a name too
    if "," in author:
        # Dutch and German particles written after the initials belong to the family name
        # ("Ham, W. van der"); a Romance "de"/"dos" there joins the given names to it
        # ("Oliveira, Adriana Cristina de" is filed and keyed as Oliveira)
        family, _, given = author.partition(",")
        words = given.split()
        k = len(words)
        while k > 1 and words[k - 1].casefold() in _GERMANIC_PARTICLES:
            k -= 1
        return " ".join([*(w.casefold() for w in words[k:]), family.strip().casefold()])
    # a name suffix is no family name: "Pendergraft WF 3rd", "King ML Jr"
    words = [w for w in author.split() if not _SUFFIX.fullmatch(w)] or author.split()
    trailing = 0
    while trailing < len(words) - 1 and _initials(words[-1 - trailing]):
        trailing += 1
    if trailing:  # "Лещенко Н. П." (GOST), "Czeisler CA", "von Elm E" (Vancouver), "Black C.F."
        rest = words[: len(words) - trailing]
        # initials before a family name whose second family name is written by its initial:
        # "C.J. Errázuriz M." is Errázuriz
        leading = 0
        while leading < len(rest) - 1 and _initials(rest[leading]):
            leading += 1
        return " ".join(rest[leading:]).casefold()
    if not words:
        return ""
    # particles belong to the family name: "D. Van Hertem", "Oier Lopez de Lacalle"
    start = len(words) - 1
    while start > 1 and words[start - 1].casefold() in _PARTICLES:
        start -= 1
    return " ".join(words[start:]).casefold()


_INITIALS = re.compile(r"(?:[^\W\d_]{1,2}\.-?){1,4}")  # "C.F.", "Yu.", "J.-P."


def _initials(word: str) -> bool:
    """Initials after a family name: ``C.F.``, ``Yu.``, ``CA``, ``CMAS`` (Vancouver: NLM
    writes up to four), ``Α`` (Greek)."""
    return bool(_INITIALS.fullmatch(word)) or (len(word) <= 4 and word.isupper())


_PARTICLES = frozenset("van von de der den da di du dos das del della le la ten ter vander".split())
_GERMANIC_PARTICLES = frozenset("van von der den ten ter vander zu vom".split())


def _fields(expected: dict[str, Any], ref: Reference | None, where: str, score: Score) -> None:
    for name, want in expected.items():
        if name == "number":
            continue
        score.fields += 1
        if ref is not None and _same(name, want, ref):
            score.fields_ok += 1
        else:
            got = getattr(ref, name, None) if ref is not None else "(no reference)"
            score.misses.append(f"{where} {name}: want {want!r}, got {got!r}")


def score_case(case: Case) -> Score:
    """Score one document against its key."""
    score = Score(documents=1)
    label = f"{case.format}/{case.name}"
    want = {(_label(str(lab)), int(line)) for lab, line in case.key.get("citations", [])}
    score.expected = len(want)
    expect_error = case.key.get("expect_error")
    try:
        doc = parse_case(case)
    except BibcheckError as exc:
        if expect_error is not None or case.key.get("error_ok"):
            needed = [expect_error] if expect_error else []
            needed += case.key.get("error_mentions", [])
            lacking = [n for n in needed if n.lower() not in str(exc).lower()]
            if lacking:
                score.failures.append(f"{label}: refused, but the message lacks {lacking}: {exc}")
            score.expected = 0
            return score
        score.failures.append(f"{label}: refused: {exc}")
        return score
    if expect_error is not None:
        score.failures.append(f"{label}: read as {doc.reader}, want a refusal ({expect_error!r})")
        return score
    if doc.reader != case.key.get("reader", doc.reader):
        score.failures.append(f"{label}: reader {doc.reader}, want {case.key['reader']}")
    if doc.reader in case.key.get("reader_not", []):
        score.failures.append(f"{label}: read as {doc.reader}, which must not win")
    if case.key.get("only_reader"):
        score.expected = 0
        return score
    got = {(_label(m.label), m.line) for fn in doc.footnotes for m in fn.markers}
    got |= {(_label(m.label), m.line) for m in doc.stray_markers}
    if not got and not doc.literature and (want or case.key.get("literature")):
        score.failures.append(f"{label}: silent zero (nothing read)")
    score.found = len(got)
    score.hit = len(got & want)
    score.misses.extend(f"{label}: missed citation {c}" for c in sorted(want - got))
    score.misses.extend(f"{label}: false citation {c}" for c in sorted(got - want))
    notes = {_label(fn.label): fn.reference for fn in doc.footnotes}
    # (footnote 1 and list entry [1] side by side are two notes: the label as written first)
    exact = {fn.label: fn.reference for fn in doc.footnotes}
    for note_label, fields in case.key.get("notes", {}).items():
        ref = exact[note_label] if note_label in exact else notes.get(_label(note_label))
        _fields(fields, ref, f"{label} note {note_label}", score)
    entries = [e.reference for e in doc.literature]
    for i, (fields, entry) in enumerate(_align(case.key.get("literature", []), entries)):
        _fields(fields, entry, f"{label} literature #{i + 1}", score)
    planted = {(d["kind"], int(d["line"])) for d in case.key.get("defects", [])}
    findings = analyse_document(doc, {}, {})
    score.defects = len(planted)
    reported = {(f.kind.value, line) for f in findings for line in f.lines}
    score.defects_found = len(planted & reported)
    score.misses.extend(
        f"{label}: planted defect not reported: {d}" for d in sorted(planted - reported)
    )
    if case.key.get("clean", False):
        score.clean_citations = len(want)
        for finding in findings:
            if finding.severity is Severity.INFO:
                continue
            if any((finding.kind, line) in planted for line in finding.lines):
                continue
            score.false_findings += 1
            score.misses.append(
                f"{label}: false finding {finding.kind} {finding.lines}: {finding.message[:120]}"
            )
    return score


WINDOW = 3  # a literature entry may be this many places off (an entry dropped or added)


def _align(
    expected: list[dict[str, Any]], entries: list[Reference]
) -> list[tuple[dict[str, Any], Reference | None]]:
    """Pair each expected entry with a parsed one, in order, tolerating dropped or extra entries.

    With as many parsed entries as expected ones, they pair by position.  Otherwise each
    expected entry takes, among the next ``WINDOW`` unused parsed entries, the one that
    agrees with most of its fields (the nearest on a tie), so one entry lost or split does not
    spoil the fields of every entry after it.  With no agreeing field it takes the next entry.
    """
    if len(expected) == len(entries):  # nothing dropped or added: pair by position
        return list(zip(expected, entries, strict=True))
    out: list[tuple[dict[str, Any], Reference | None]] = []
    pos = 0
    for fields in expected:
        window = range(pos, min(pos + WINDOW, len(entries)))
        scored = [
            (sum(1 for n, w in fields.items() if n != "number" and _same(n, w, entries[j])), -j)
            for j in window
        ]
        if not scored:
            out.append((fields, None))
            continue
        best, neg_j = max(scored)
        j = -neg_j if best > 0 else pos
        out.append((fields, entries[j]))
        pos = j + 1
    return out


def score_format(fmt: str, root: Path = CORPUS) -> Score:
    total = Score()
    for case in cases(fmt, root):
        total.add(score_case(case))
    return total


def formats(root: Path = CORPUS) -> list[str]:
    return sorted({p.parent.name for p in root.glob("*/*.key.json")})
