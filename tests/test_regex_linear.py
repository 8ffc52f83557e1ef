"""Regexes applied to untrusted lines stay linear: adversarial lines of about 10,000
characters (long runs of what a quantified part accepts, then a character that makes the
match fail), found by benchmarks/regex_worst_case.py, each matched in milliseconds; and the
lines each pattern is for still match.  Own fixtures."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from bibcheck.readers.common import MARKUP_LINE, MARKUP_ONLY
from bibcheck.readers.headscope import unscoped
from bibcheck.readers.latex.bstblocks import _INITIALS_ONLY
from bibcheck.readers.latex.glue import value_end
from bibcheck.readers.linknotes import _NUMBER_TEXT
from bibcheck.readers.org import heading_of
from bibcheck.readers.pandoc import _CALL_CAPTION, _DIV, _HEADER_CAPTION
from bibcheck.readers.refmanager import _STRING
from bibcheck.readers.symbolic import _BARE_NUMBER, _SECTION_NUMBER
from tests.test_regex_growth import assert_linear

# (each case took seconds to hours at 10,000 characters before: exponential or cubic)


def _match(p: re.Pattern[str]) -> Callable[[str], object]:
    return p.match


def _all(p: re.Pattern[str]) -> Callable[[str], object]:
    return lambda text: list(p.finditer(text))


CASES = [
    pytest.param(
        _match(MARKUP_ONLY), lambda n: "<br />" * (n // 6) + "x", id="markup-only-self-closing"
    ),
    pytest.param(
        _match(MARKUP_LINE), lambda n: "<img a />" * (n // 9) + "x", id="markup-line-tags"
    ),
    pytest.param(
        _match(MARKUP_LINE), lambda n: "{% a %}" * (n // 7) + "x", id="markup-line-liquid"
    ),
    pytest.param(
        _match(MARKUP_LINE), lambda n: "{{< b >}}" * (n // 9) + "x", id="markup-line-hugo"
    ),
    pytest.param(_INITIALS_ONLY.fullmatch, lambda n: "A." * (n // 2) + "9", id="initials"),
    pytest.param(_match(_BARE_NUMBER), lambda n: "A." + "1" * n + "x", id="bare-number-digits"),
    pytest.param(
        _match(_SECTION_NUMBER), lambda n: "B." + "2" * n + "x", id="section-number-digits"
    ),
    pytest.param(unscoped, lambda n: "works cited" + " " * n + "x", id="scope-spaces"),
    pytest.param(unscoped, lambda n: "notes" + " in " * (n // 4) + "x", id="scope-words"),
    pytest.param(_match(_NUMBER_TEXT), lambda n: "^" + " " * n + "x", id="link-number-spaces"),
    pytest.param(_all(_HEADER_CAPTION), lambda n: 'fig-cap="' + "\\" * n, id="caption-backslashes"),
    pytest.param(
        _all(_CALL_CAPTION), lambda n: "caption='" + "\\" * n, id="call-caption-backslashes"
    ),
    pytest.param(_all(_STRING), lambda n: '"' + "\\" * n, id="string-backslashes"),
    pytest.param(_match(_DIV), lambda n: "::: a" + " " * n + "\x00", id="div-spaces"),
    pytest.param(_match(_DIV), lambda n: "::: " + "a :" * (n // 3) + "\x00", id="div-colons"),
]


@pytest.mark.parametrize(("call", "line"), CASES)
def test_adversarial_line_is_linear(
    call: Callable[[str], object], line: Callable[[int], str]
) -> None:
    assert_linear(call, line)


@pytest.mark.parametrize(
    ("pattern", "text", "matches"),
    [
        (MARKUP_ONLY, "<div class='a'> <br /> </div>", True),
        (MARKUP_ONLY, "<b>bold</b>", False),
        (MARKUP_LINE, "{% endcapture %} {{< figure src='a.png' >}}", True),
        (MARKUP_LINE, "{{% note %}} <aside class=x>", True),
        (MARKUP_LINE, "{% raw %} text", False),
        (_BARE_NUMBER, "  A.1.2 ", True),
        (_BARE_NUMBER, "12.3.", True),
        (_BARE_NUMBER, "A.123", True),
        (_BARE_NUMBER, "A.1x", False),
        (_SECTION_NUMBER, "B.12 Sources", True),
        (_NUMBER_TEXT, "<sup>[ 12 ]</sup>", True),
        (_NUMBER_TEXT, "^ 3", True),
    ],
)
def test_patterns_still_match_their_lines(
    pattern: re.Pattern[str], text: str, matches: bool
) -> None:
    assert bool(pattern.match(text)) is matches


@pytest.mark.parametrize(
    ("given", "initials"),
    [("A.", True), ("J.-P.", True), ("M. I.", True), ("A. - B.", True), ("Anna", False)],
)
def test_initials_only(given: str, initials: bool) -> None:
    assert bool(_INITIALS_ONLY.fullmatch(given)) is initials


@pytest.mark.parametrize(
    ("key", "left"),
    [
        ("works cited in this chapter", "works cited"),
        ("references (chapter iv)", "references"),
        ("notes to chapter two", "notes"),
        ("references", "references"),
    ],
)
def test_unscoped(key: str, left: str) -> None:
    assert unscoped(key) == left


@pytest.mark.parametrize(
    ("line", "attrs"),
    [
        ("::: {.callout-note}", "{.callout-note}"),
        (":::: {#refs} ::::", "{#refs}"),
        (
            "  :::  {.content-visible when-format=html}  :::  ",
            "{.content-visible when-format=html}",
        ),
        (":::", ""),
        ("::: a: b :::", "a: b"),
        (":: no", None),
    ],
)
def test_div_fences(line: str, attrs: str | None) -> None:
    m = _DIV.match(line)
    assert (m.group("attrs") if m else None) == attrs


def test_quoted_strings_keep_escapes() -> None:
    m = _STRING.search(r'x("a \" b", "c")')
    assert m is not None and m.group("s") == r"a \" b"
    cap = _CALL_CAPTION.search("caption = 'It\\'s here'")
    assert cap is not None and cap.group("text") == "It\\'s here"


@pytest.mark.parametrize(
    ("text", "end"),
    [
        (r"\hskip 0pt plus 2em\relax rest", len(r"\hskip 0pt plus 2em\relax")),
        (r"\hskip=-1.5pt minus 1fil text", len(r"\hskip=-1.5pt minus 1fil")),
        # (the space that ends a number is TeX's: taken with it)
        (r"\tolerance = 9999 text", len(r"\tolerance = 9999 ")),
        (r"\kern - .5em x", len(r"\kern - .5em")),
        (r"\hskip \fontdimen2\font text", len(r"\hskip \fontdimen2\font")),
        (r"\hskip 2\parindent text", len(r"\hskip 2\parindent")),
        (r"\hskip text", len(r"\hskip")),
    ],
)
def test_glue_value_end(text: str, end: int) -> None:
    command = text.split(" ", 1)[0].split("=", 1)[0].split("-", 1)[0]
    assert value_end(text, len(command), len(text)) == end


@pytest.mark.parametrize(
    "line",
    [lambda n: " " * n + "\x00", lambda n: " = - ." + "1" * n + "\x00", lambda n: "\t" * n],
)
def test_glue_value_is_linear_on_runs_of_spaces_and_digits(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: value_end(text, 0, len(text)), line)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("* Methods", ("*", "Methods", "")),
        (
            "** TODO Draft the intro   :draft:writing:",
            ("**", "TODO Draft the intro", ":draft:writing:"),
        ),
        ("*** COMMENT Old notes\t:noexport:", ("***", "COMMENT Old notes", ":noexport:")),
        ("* :archive:", ("*", "", ":archive:")),
        ("* Ratio 3:2 of :tags", ("*", "Ratio 3:2 of :tags", "")),
        ("* Title   ", ("*", "Title", "")),
        ("*bold* text", None),
        ("Not a heading", None),
    ],
)
def test_org_heading_of(line: str, want: tuple[str, str, str] | None) -> None:
    got = heading_of(line)
    assert (None if got is None else (got.stars, got.text, got.tags)) == want


@pytest.mark.parametrize(
    "line",
    [
        lambda n: "* a" + " " * n + "\x00",
        lambda n: "* a " + ":" * n + "x",
        lambda n: "* " + "a:" * (n // 2),
    ],
)
def test_org_heading_is_linear_on_runs_of_spaces_and_tag_characters(
    line: Callable[[int], str],
) -> None:
    assert_linear(heading_of, line)
