"""Malformed and hostile input: a clear error or an anomaly, never a traceback, and never
more than linear work.

Linearity is asserted on counted work, never on time (:mod:`tests.worksteps`: the
interpreter's steps and the regular-expression engine's, one-character repeats unrolled, the
same counts on every run however loaded the machine) for the readers and parsers, and on
Python function calls for the claim finder.  A document is read at 250 bytes, 4 KB and
16 KB: what the 250-byte read costs is the fixed part (a reader chosen, a list parsed), and
the growth is of the rest: from 4 KB to 16 KB a linear stage's grows 4.2x, a quadratic
one's 16x (the ones this suite was written against took 8 to 32 s at 40 KB).  The growth
is checked in all the steps and, apart, in the regular-expression engine's stops alone: a
pattern backtracking over a 16 KB line adds a few percent to the interpreter's steps, but
grows 16x among the engine's.  The 16 KB read is stopped once it is past its linear
budget: a quadratic stage costs no more than a linear one would.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest

from bibcheck.errors import InputError
from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.model import ClaimKind
from tests.worksteps import unrolled_repeats, work

SIZE = 4_000  # the middle read; the fixed part is read at a 16th of it, the last at 4x
LINEAR = 8  # the most the work past the fixed part may grow from 4 KB to 16 KB (4.2x
# linear, 16x quadratic), in all steps and in the regular-expression engine's alone
FLOOR = 20_000  # steps of the 4 KB read's own at the least: below them there is too little
# work to take a ratio of (a stage that reads a few characters of the run and stops)
ENGINE_FLOOR = 250  # the same for the engine's stops (4,096 steps of a pattern's program
# each; the 4 KB reads take some 400 to 1,000 of their own)
# steps the 4 KB read may take at the most (it takes some 15,000 to 2,500,000): a stage
# gone exponential stops here instead of running for hours
LIMIT = 20_000_000


def growth_steps(
    make: Callable[[int], Callable[[], object]], size: int = SIZE
) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int] | None]:
    """(Steps, engine stops) of the reads at ``size`` / 16, ``size`` and 4x ``size``, the
    last None when it ran past its budget (``LINEAR`` times the work ``size`` added to the
    fixed part, in each count): a quadratic stage is stopped there, not run to its end.
    The engine's stops are budgeted apart: a pattern that backtracks over the run adds
    few of them beside the interpreter's steps, but grows 16x in them."""
    tiny, small, large = make(size // 16), make(size), make(4 * size)
    small()  # a first read, uncounted: modules imported, tables built once, are no growth
    with unrolled_repeats():
        tiny()  # (the patterns compiled again, repeats unrolled: no growth either)
        fixed = work(tiny, limit=LIMIT)
        per_small = work(small, limit=LIMIT)
        assert fixed is not None and per_small is not None, f"past {LIMIT} steps"
        budget = fixed[0] + LINEAR * max(per_small[0] - fixed[0], FLOOR)
        engine_budget = fixed[1] + LINEAR * max(per_small[1] - fixed[1], ENGINE_FLOOR)
        return fixed, per_small, work(large, limit=budget, engine_limit=engine_budget)


# --------------------------------------------------------------------------
# documents: one long paragraph of a repeated unit, in the body, a note or the list
# --------------------------------------------------------------------------


def _document(reader: str, where: str, unit: str, size: int) -> tuple[bytes, str]:
    run = (unit * (size // len(unit) + 1))[:size]
    body, note, entry = "Opening sentence.", "Smith J. A title. 2020. https://example.org/a", "B."
    if where == "body":
        body = run + " end"
    elif where == "note":
        note = run
    else:
        entry = run
    if reader == "sup-markdown":
        text = f"# T\n\n{body}<sup>1</sup>.\n\n---\n\n<sup>1</sup> {note}\n\n## Literature\n\n1. {entry}\n"
        return text.encode(), "doc.md"
    if reader == "pandoc-markdown":
        text = f"# T\n\n{body}[^1].\n\n[^1]: {note}\n\n## References\n\n1. {entry}\n"
        return text.encode(), "doc.md"
    text = f"Title\n\n{body} [1].\n\nReferences\n\n[1] {note}\n[2] {entry}\n"
    return text.encode(), "doc.txt"


# The units the issue measured (8-32 s each at 40 KB), and others of the same families.
UNITS = {
    "period-space": ". ",
    "spaces": " ",
    "open-bracket": "[",
    "link-opening": "[a](",
    "guillemet": "«",
    "initial": "A. ",
    "ibid": "Ibid. ",
    "russian-page": "С. 1-",
    "curly-quote": "“",
    "angle-url": "<http://a",
    "retrieved": "Retrieved ",
    "cited": "[cited",
    "capitals": "ЯA",
    "digits": "1",
    "place-colon": "A: ",
    "note-marker": "[^",
    "lines": "a\n",
}


# found by the engine's own count, not yet fixed: kept in the table, failing (strict xfail).
# (round 69 fixed the one of round 68: rst's Markdown sign read a footnote label as "[^"
# and anything but "]", from each "[^" of a run to the text's end)
KNOWN_SUPERLINEAR: dict[tuple[str, str, str], str] = {}


@pytest.mark.parametrize("where", ["body", "note", "list"])
@pytest.mark.parametrize("reader", ["sup-markdown", "pandoc-markdown", "plain-text"])
@pytest.mark.parametrize("unit", list(UNITS.values()), ids=list(UNITS))
def test_parsing_is_linear_in_a_long_paragraph(
    reader: str, where: str, unit: str, request: pytest.FixtureRequest
) -> None:
    if (unit, reader, where) in KNOWN_SUPERLINEAR:
        request.applymarker(
            pytest.mark.xfail(strict=True, reason=KNOWN_SUPERLINEAR[(unit, reader, where)])
        )

    def make(size: int) -> Callable[[], object]:
        data, name = _document(reader, where, unit, size)
        return lambda: parse_bytes(data, name)

    fixed, per_small, per_large = growth_steps(make)
    assert per_large is not None, (
        f"16 KB: past {LINEAR}x the work 4 KB adds ({per_small} steps, engine stops) to "
        f"250 bytes' ({fixed})"
    )


# --------------------------------------------------------------------------
# claims: counted in function calls, so the bound does not depend on the machine
# --------------------------------------------------------------------------


def _calls(run: Callable[[], object]) -> int:
    count = 0

    def profile(_frame: object, event: str, _arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        run()
    finally:
        sys.setprofile(None)
    return count


def _plain_text(lines: int, cite_every: int) -> bytes:
    """One paragraph (single newlines only) with a citation every few sentences."""
    out = ["Title", ""]
    for i in range(lines):
        sentence = f"Trade between the regions grew by {i} percent in that year."
        if i % cite_every == 0:
            sentence = sentence[:-1] + f" [{i // cite_every % 100 + 1}]."
        out.append(sentence)
    refs = [f"[{n}] Author A. Title {n}. 2020." for n in range(1, 101)]
    return ("\n".join(out) + "\n\nReferences\n\n" + "\n".join(refs) + "\n").encode()


@pytest.mark.parametrize(
    ("lines", "cite_every"),
    [
        pytest.param(500, 5, id="plain-text-single-newlines"),
        pytest.param(400, 1, id="a-marker-in-every-sentence"),
    ],
)
def test_claims_cost_grows_linearly_with_markers_and_text(lines: int, cite_every: int) -> None:
    small, large = _plain_text(lines, cite_every), _plain_text(4 * lines, cite_every)
    doc = parse_bytes(large, "doc.txt")
    claims = [m.claim for f in doc.footnotes for m in f.markers if m.claim is not None]
    assert claims and all(c.kind is ClaimKind.SENTENCE for c in claims)
    assert all(c.text.startswith("Trade between") for c in claims)
    growth = _calls(lambda: parse_bytes(large, "doc.txt")) / _calls(
        lambda: parse_bytes(small, "doc.txt")
    )
    assert growth < 5.0, f"{growth:.1f}x the function calls for 4x the text"


def test_a_claim_without_end_is_cut_and_said() -> None:
    words = " ".join(f"word{i}" for i in range(3000))  # no sentence boundary at all
    doc = parse_bytes(f"Title\n\n{words} [1].\n\nReferences\n\n[1] A. B. 2020.\n".encode(), "x.txt")
    claim = doc.footnotes[0].markers[0].claim
    assert claim is not None and claim.text.startswith("… ") and claim.text.endswith("word2999")
    assert len(claim.text) <= 2002
    assert any(a.code is C.LIMIT_REACHED and "claim" in a.message for a in doc.anomalies)


# --------------------------------------------------------------------------
# malformed markup: what is read, exactly
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "footnotes", "stray", "code"),
    [
        pytest.param(
            "Unclosed <sup>1 marker.\n\n---\n\n<sup>1</sup> Ref.\n",
            ["1"],
            [],
            C.DEFINITION_WITHOUT_MARKER,
            id="unclosed-sup",
        ),
        pytest.param(
            "Growth<sup><sup>1</sup></sup>.\n\n---\n\n<sup>1</sup> Ref.\n",
            ["1"],
            [],
            None,
            id="nested-sup",
        ),
        pytest.param(
            "Growth<sup>1</sup>.\n\n---\n\n<sup>1</sup>\n",
            ["1"],
            [],
            None,
            id="empty-def",
        ),
        pytest.param("Growth[^1].\n\n[^1]:\n", ["1"], [], None, id="empty-pandoc-def"),
        pytest.param(
            "Growth<sup>1</sup>.\n\n---\n---\n---\n<sup>1</sup> [[[((( <<<\n",
            ["1"],
            [],
            None,
            id="brackets",
        ),
        pytest.param(
            "Growth<sup>99999</sup>.\n\n---\n\n<sup>99999</sup> R.\n",
            ["99999"],
            [],
            C.NUMBERING_GAP,
            id="huge-number",
        ),
        pytest.param(
            "Growth<sup>1</sup> and more<sup>2</sup>.\n\n---\n\n<sup>1</sup> R. - 2020.\n",
            ["1"],
            ["2"],
            C.MARKER_WITHOUT_DEFINITION,
            id="marker-without-note",
        ),
        pytest.param(
            "Growth<sup>1</sup>\r\n\r\n---\r\n\r\n<sup>1</sup> R. - 2020.\r\n",
            ["1"],
            [],
            None,
            id="crlf",
        ),
    ],
)
def test_malformed_markup_is_read_as_far_as_it_goes(
    text: str, footnotes: list[str], stray: list[str], code: C | None
) -> None:
    doc = parse_bytes(text.encode(), "m.md")
    assert [f.label for f in doc.footnotes] == footnotes
    assert [m.label for m in doc.stray_markers] == stray
    if code is not None:
        assert code in {a.code for a in doc.all_anomalies()}


def test_absurd_list_number_ends_the_list() -> None:
    text = (
        "A<sup>1</sup>.\n\n---\n\n<sup>1</sup> R\n\n## Literature\n\n"
        + "1. x\n2. y\n3. z\n"
        + "99999999999999999999. w\n"
    )
    doc = parse_bytes(text.encode(), "m.md")
    assert [(e.number, e.reference.raw) for e in doc.literature] == [(1, "x"), (2, "y"), (3, "z")]


@pytest.mark.parametrize(
    ("url", "expected", "code"),
    [
        pytest.param("javascript:alert(1)", None, C.URL_MISSING, id="javascript"),
        pytest.param("data:text/html,<script>alert(1)</script>", None, C.URL_MISSING, id="data"),
        pytest.param("https://exa\u0007mple.org/", None, C.URL_INVALID, id="control-char"),
        pytest.param(
            "https://example.org/" + "a" * 100_000,
            "https://example.org/" + "a" * 100_000,
            None,
            id="very-long",
        ),
        pytest.param("https://[::1/", None, C.URL_INVALID, id="broken-ipv6"),
        pytest.param("https://example.org:99999/", None, C.URL_INVALID, id="bad-port"),
        pytest.param("https://user:pw@example.org/", None, C.URL_INVALID, id="credentials"),
    ],
)
def test_hostile_urls(url: str, expected: str | None, code: C | None) -> None:
    text = f"A<sup>1</sup>.\n\n---\n\n<sup>1</sup> T [Electronic resource]. - 2020. - URL: {url}\n"
    doc = parse_bytes(text.encode(), "m.md")
    ref = doc.footnotes[0].reference
    assert ref.url == expected
    if code is not None:
        assert code in {a.code for a in ref.anomalies}


def test_huge_input_is_refused_clearly() -> None:
    from bibcheck.readers import decode as textio

    with pytest.raises(InputError, match="too large"):
        textio.decode(b"x" * (textio.MAX_BYTES + 1), "huge.md")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_text_not_binary(codec: str) -> None:
    text = "Торговля выросла[^1].\n\n[^1]: Иванов И. И. Торговля. 2020. https://example.org/a\n"
    doc = parse_bytes(text.encode(codec), "ru.md")
    assert doc.encoding == codec and [f.label for f in doc.footnotes] == ["1"]
    assert any(a.code is C.ENCODING_GUESSED for a in doc.anomalies)


def test_binary_with_zero_bytes_on_both_sides_stays_binary() -> None:
    data = bytes(range(256)) * 40
    with pytest.raises(InputError, match="binary"):
        parse_bytes(data, "blob.md")
