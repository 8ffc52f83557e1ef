"""sphinxcontrib-bibtex's ``:footcite:`` (and ``:footcite:p:``/``:t:``/``:ps:``/``:ts:``)
prints the cited work as an auto-numbered footnote under ``.. footbibliography::`` (fix round
46): the role makes the footnote at the key's first citation (``note_autofootnote``), so
docutils numbers it together with the page's own ``[#]``/``[#label]`` footnotes, in the
order it meets the roles and the footnote definitions, skipping hand-numbered ``[1]``.  The
citation is keyed by that printed number (as a LaTeX ``\\footcite``), its note holds the
.bib entry's fields; citing the key again cites the same footnote; a key the .bib lacks
makes no footnote and is a missing key, as for ``:cite:``; ``:cite:`` stays keyed by key."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.model import FindingKind, RefKind
from bibcheck.readers.rstinline import Cite, events

BIB = """\
@book{tamm1961, author={Tamm, Ilse and Rebane, Jaak}, title={Ferry Routes of the Gulf},
  publisher={Valgus}, address={Tallinn}, year={1961}}
@misc{portboard2021, author={{Harbour Board}}, title={Timetable of the island ferries},
  howpublished={\\url{https://harbour.example.org/ferries}}, year={2021}}
@article{lepp1999, author={Lepp, Mari}, title={Ice roads and their closing dates},
  journal={Baltic Notes}, volume={4}, pages={10--22}, year={1999}}
"""

FERRY = "Ferry Routes of the Gulf"
TIMETABLE = "Timetable of the island ferries"
ICE = "Ice roads and their closing dates"


def _page(body: str) -> str:
    return f"Ferries\n=======\n\n{body}\n\n.. footbibliography::\n"


@pytest.mark.parametrize(
    ("body", "markers", "notes"),
    [
        pytest.param(
            "Routes :footcite:`tamm1961` changed [#winter]_.\n\n"
            "Boats :footcite:`portboard2021`.\n\n"
            ".. [#winter] Only in winter.",
            [("1", 4), ("3", 4), ("2", 6)],
            {"1": FERRY, "2": TIMETABLE, "3": None},
            id="roles-before-the-definitions-number-first",
        ),
        pytest.param(
            "Routes [#winter]_.\n\n.. [#winter] Only in winter.\n\nBoats :footcite:`tamm1961`.",
            [("1", 4), ("2", 8)],
            {"1": None, "2": FERRY},
            id="a-definition-before-the-role-numbers-first",
        ),
        pytest.param(
            "Once :footcite:`tamm1961`, boats :footcite:p:`lepp1999`,\nagain :footcite:`tamm1961`.",
            [("1", 4), ("2", 4), ("1", 5)],
            {"1": FERRY, "2": ICE},
            id="a-key-cited-again-cites-its-footnote",
        ),
        pytest.param(
            "Both :footcite:p:`tamm1961, lepp1999`.",
            [("1", 4), ("2", 4)],
            {"1": FERRY, "2": ICE},
            id="comma-separated-keys",
        ),
        pytest.param(
            ":footcite:t:`tamm1961` and :footcite:ps:`lepp1999` and\n:footcite:ts:`portboard2021`.",
            [("1", 4), ("2", 4), ("3", 5)],
            {"1": FERRY, "2": ICE, "3": TIMETABLE},
            id="textual-and-full-author-forms",
        ),
        pytest.param(
            "Hand note [1]_ and :footcite:`tamm1961` [#]_.\n\n.. [1] By hand.\n.. [#] Anonymous.",
            [("1", 4), ("2", 4), ("3", 4)],
            {"1": None, "2": FERRY, "3": None},
            id="hand-numbers-are-skipped",
        ),
        pytest.param(
            "Lost :footcite:`nosuch2000`, kept :footcite:`lepp1999`.",
            [("nosuch2000", 4), ("1", 4)],
            {"1": ICE},
            id="a-missing-key-makes-no-footnote",
        ),
        pytest.param(
            "Keyed :cite:p:`tamm1961` and noted :footcite:`tamm1961`.",
            [("tamm1961", 4), ("1", 4)],
            {"tamm1961": FERRY, "1": FERRY},
            id="cite-keeps-its-key",
        ),
    ],
)
def test_footcite_is_keyed_by_its_printed_number(
    tmp_path: Path, body: str, markers: list[tuple[str, int]], notes: dict[str, str | None]
) -> None:
    (tmp_path / "conf.py").write_text('bibtex_bibfiles = ["refs.bib"]\n', encoding="utf-8")
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    page = tmp_path / "page.rst"
    page.write_text(_page(body), encoding="utf-8")
    doc = parse_file(page)
    found = [(m.label, m.line) for f in doc.footnotes for m in f.markers]
    found += [(m.label, m.line) for m in doc.stray_markers]
    assert sorted(found) == sorted(markers)
    got = {
        f.label: (
            f.reference.title
            if f.reference and f.reference.kind is not RefKind.COMMENTARY
            else None
        )
        for f in doc.footnotes
    }
    assert got == notes
    findings = analyse_document(doc, {}, {})
    assert FindingKind.FOOTNOTE_NUMBERING not in {f.kind for f in findings}
    assert C.MARKER_WITHOUT_DEFINITION not in {a.code for a in doc.all_anomalies()}


def test_footcite_note_has_the_entry_fields_and_is_not_literature(tmp_path: Path) -> None:
    (tmp_path / "conf.py").write_text('bibtex_bibfiles = ["refs.bib"]\n', encoding="utf-8")
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    page = tmp_path / "page.rst"
    page.write_text(
        _page("Boats :footcite:`portboard2021`, ice :cite:p:`lepp1999`.") + "\n.. bibliography::\n",
        encoding="utf-8",
    )
    doc = parse_file(page)
    notes = {f.label: f.reference for f in doc.footnotes}
    web = notes["1"]
    assert web is not None
    assert (web.title, web.year, web.kind) == (TIMETABLE, 2021, RefKind.WEB)
    assert web.url == "https://harbour.example.org/ferries"
    assert [r.reference.title for r in doc.literature if r.reference] == [ICE]


def test_missing_footcite_key_is_a_missing_key(tmp_path: Path) -> None:
    (tmp_path / "conf.py").write_text('bibtex_bibfiles = ["refs.bib"]\n', encoding="utf-8")
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    page = tmp_path / "page.rst"
    page.write_text(_page("Lost :footcite:p:`nosuch2000,tamm1961`."), encoding="utf-8")
    missing = [
        (a.footnote, a.line)
        for a in parse_file(page).all_anomalies()
        if a.code is C.CITATION_KEY_MISSING
    ]
    assert missing == [("nosuch2000", 4)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(":footcite:`a`", [(("a",), True)], id="footcite"),
        pytest.param(":footcite:p:`a,b`", [(("a", "b"), True)], id="footcite-p"),
        pytest.param(":footcite:ts:`a`", [(("a",), True)], id="footcite-ts"),
        pytest.param(":cite:p:`a`", [(("a",), False)], id="cite-p"),
        pytest.param(":cite:t:`a` :footcite:t:`b`", [(("a",), False), (("b",), True)], id="both"),
    ],
)
def test_cite_events_mark_footcites(
    text: str, expected: list[tuple[tuple[str, ...], bool]]
) -> None:
    assert [(e.keys, e.foot) for e in events(text) if isinstance(e, Cite)] == expected
