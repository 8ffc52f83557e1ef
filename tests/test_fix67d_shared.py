"""fix67d: code written twice, now written once.

* the quotation marks' sets every parser builds its character classes from
  (:mod:`bibcheck.parse.references.quote_pairs`);
* one list of standards bodies (:data:`.standard_designation.BODIES`): the designation's codes
  and the issuers an IEEE entry prints where a journal would stand;
* the DOCX and ODT paragraphs' linked and italic text through one function
  (:mod:`bibcheck.readers.runtext`);
* the linear-time guards count steps instead of timing (:mod:`tests.worksteps`): a
  deliberately quadratic pattern fails them, whatever the machine is doing.

Own fixtures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.etree import ElementTree as ET

import pytest

from bibcheck.parse.references import quote_pairs
from bibcheck.parse.references.standard_designation import (
    BODIES,
    DESIGNATION_CODES,
    ISSUERS,
    alternation,
    standard_designation,
)
from bibcheck.parse.references.standard_kind import _ISSUER
from bibcheck.readers.runtext import italic_text, linked_text, walked
from tests.test_regex_growth import assert_linear
from tests.worksteps import counted, steps

# --- the quotation marks' sets ------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "marks"),
    [
        ("EN_OPENINGS", '“"'),
        ("EN_CLOSINGS", '”"'),
        ("EN_CURLY", "“”"),
        ("EN_DOUBLE", '“”"'),
        ("CURLY_LOW", "“”„"),
        ("GUILLEMETS", "«»"),
        ("DOUBLE_OPENINGS", '“"„«'),
        ("DOUBLE_CLOSINGS", '"»“”'),
    ],
)
def test_quote_sets(name: str, marks: str) -> None:
    assert set(getattr(quote_pairs, name)) == set(marks)


@pytest.mark.parametrize(
    ("name", "text", "quoted"),
    [
        ("EN_OPENINGS", "“Tide tables”", "Tide tables"),
        ("EN_OPENINGS", '"Tide tables"', "Tide tables"),
        ("EN_OPENINGS", "„Gezeiten“", None),
        ("EN_OPENINGS", "«Marées»", None),
        ("DOUBLE_OPENINGS", "„Gezeiten“", "Gezeiten"),
        ("DOUBLE_OPENINGS", "«Marées»", "Marées"),
        ("DOUBLE_OPENINGS", "‘single’", None),
    ],
)
def test_a_class_built_from_a_set(name: str, text: str, quoted: str | None) -> None:
    marks = getattr(quote_pairs, name)
    closing = quote_pairs.DOUBLE_CLOSINGS
    m = re.match(rf"[{marks}]([^{quote_pairs.DOUBLE}]+)[{closing}]", text)
    assert (m.group(1) if m else None) == quoted


# --- one list of standards bodies --------------------------------------------------------


@pytest.mark.parametrize(
    ("host", "issuer"),
    [
        ("IETF", True),
        ("Internet Engineering Task Force", True),
        ("World Wide Web Consortium", True),
        ("ECMA", True),
        ("ECMA International", True),
        ("Khronos Group", True),
        ("ISO/IEC", True),
        ("3GPP", True),
        ("IEEE Standards Association", True),
        ("IEEE", False),  # a designation's code ("IEEE Std 754"), and a publisher of journals
        ("EN", False),
        ("ASTM", False),
        ("Journal of Hydrology", False),
        ("IETF Journal", False),
    ],
)
def test_issuers_from_the_one_list(host: str, issuer: bool) -> None:
    assert (_ISSUER.match(host) is not None) is issuer
    assert (host in ISSUERS or any(host in b.names for b in BODIES)) is issuer


@pytest.mark.parametrize(
    ("designation", "read"),
    [
        ("ISO 9001:2015", True),
        ("PN-EN 50160:2023-09", True),
        ("ГОСТ Р 7.0.100-2018", True),
        ("CNR-DT 200 R1/2013", True),
        ("3GPP TS 38.300", True),
        ("IETF 9000", False),  # an issuer, no designation's code
        ("W3C 2020", False),
    ],
)
def test_designations_from_the_one_list(designation: str, read: bool) -> None:
    assert standard_designation(designation) is read


def test_every_code_is_one_body() -> None:
    codes = [b.code for b in BODIES]
    assert len(codes) == len(set(codes))
    assert set(DESIGNATION_CODES) <= set(codes)
    assert {b.code for b in BODIES if b.issues} <= set(ISSUERS)


@pytest.mark.parametrize("name", ["IEEE (SA)", "ISO.9001", "A+B"])
def test_a_name_with_a_patterns_sign_is_refused(name: str) -> None:
    with pytest.raises(ValueError):
        alternation((name,))


# --- one walk for DOCX and ODT paragraphs ---------------------------------------------------


@dataclass
class _Walker:
    """A reader's walker in small: each child's text, links written in when asked."""

    context: str
    render_links: bool
    italics: bool = False
    parts: list[str] = field(default_factory=list)
    link_notes: list[str] = field(default_factory=list)

    def walk(self, element: ET.Element) -> None:
        for child in element:
            text = child.text or ""
            if child.tag == "i" and self.italics:
                text = f"*{text}*"
            href = child.get("href")
            if href and self.render_links:
                text = f"{text} <{href}>"
                self.link_notes.append(href)
            self.parts.append(text)

    def text(self) -> str:
        return self.context + "".join(self.parts)


@pytest.mark.parametrize(
    ("xml", "linked", "notes", "italic"),
    [
        (
            '<p><r>Ng, </r><i>Tides</i><r>. </r><a href="https://t.example">online</a></p>',
            "Ng, Tides. online <https://t.example>",
            ["https://t.example"],
            "Ng, *Tides*. online <https://t.example>",
        ),
        ("<p><r>Berg 2004</r></p>", "Berg 2004", [], "Berg 2004"),
        ("<p/>", "", [], ""),
    ],
)
def test_runtext_shared_walk(xml: str, linked: str, notes: list[str], italic: str) -> None:
    element = ET.fromstring(xml)

    def make(*, render_links: bool, italics: bool = False) -> _Walker:
        return _Walker("", render_links, italics)

    assert linked_text(make, element) == (linked, notes)
    assert italic_text(make, element) == italic
    body = walked(make, element, render_links=False)
    assert body.link_notes == [] and "<" not in body.text()


# --- linear-time guards by counted steps ---------------------------------------------------


def _search(pattern: str) -> object:
    return lambda text: re.search(pattern, text)


def _finditer(pattern: str) -> object:
    return lambda text: [m.span() for m in re.finditer(pattern, text)]


@pytest.mark.parametrize(
    ("call", "line"),
    [
        # a run of what a repeat takes, counted again from every place a search starts: a
        # class after it, a possessive run, a literal after it (the engine's inner loops)
        pytest.param(_search(r"[a-z]+\d"), lambda n: "a" * n, id="run-then-class"),
        pytest.param(_search(r"[^,]++;"), lambda n: "a" * n, id="possessive-run"),
        pytest.param(_search(r"\w+c"), lambda n: "a" * n, id="run-then-literal"),
        # words in a group, retried from every word
        pytest.param(_search(r"(?:[a-z]+\s)+\d"), lambda n: "ab " * (n // 3), id="words"),
        # a lazy run up to a mark that never comes
        pytest.param(_finditer(r"\(.*?\)"), lambda n: "(" * n, id="lazy-to-a-mark"),
    ],
)
def test_a_quadratic_pattern_fails_the_guard(call: object, line: object) -> None:
    assert callable(call) and callable(line)
    with pytest.raises(AssertionError, match="10,000 characters"):
        assert_linear(call, line)


@pytest.mark.parametrize(
    ("call", "line"),
    [
        # (a run entered only at its start: each character is read once)
        pytest.param(_search(r"(?<![a-z])[a-z]++\d"), lambda n: "a" * n, id="run-from-its-start"),
        pytest.param(_finditer(r"[a-z]+"), lambda n: "ab " * (n // 3), id="words-found"),
        pytest.param(_finditer(r"\([^()]*\)"), lambda n: "(a) " * (n // 4), id="parentheses"),
        pytest.param(_search(r"\d{4}"), lambda n: "a" * n, id="no-year"),
    ],
)
def test_a_linear_pattern_passes_the_guard(call: object, line: object) -> None:
    assert callable(call) and callable(line)
    assert_linear(call, line)


def test_steps_are_the_same_on_every_run() -> None:
    text = "Lund, M., Holm, P. K. and Vik, S. (2019) " * 20
    call = _finditer(r"[A-Z][a-z]+,\s(?:[A-Z]\.\s?)+")
    assert callable(call)
    first = counted(call, text)
    assert all(counted(call, text) == first for _ in range(3))


def test_a_call_past_its_limit_stops() -> None:
    assert steps(lambda: re.search(r"(?:a|a)*b", "a" * 40), limit=50) is None
