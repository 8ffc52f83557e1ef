"""Fix 50k: keyed citation formats and dates in other scripts.

* asciidoctor-bibtex prints its list in order of appearance for a numeric style only; by
  author and year for ``:bibtex-order: alphabetical`` and author-date styles
  (:mod:`bibcheck.readers.adocbibtex`); a ``cite:[key]`` of a key with no entry is a
  missing entry.
* A footnote that links a source of its own beside its key citations, or cites a work in
  words before them (:mod:`bibcheck.readers.leadwork`), keeps that work.
* A meeting's name (``at the conference _X_ 2022``) is no title; a note on where the
  author's data are deposited is commentary (:mod:`bibcheck.parse.references.deposit`).
* An act's date of enactment set off by a comma is no part of its name.
* Month names of the Arabic, Indic, Sinhala, Hebrew and Georgian scripts make dates
  (:mod:`bibcheck.parse.references.scriptmonths`).

Own fixtures, written in the shapes real documents use.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from bibcheck.manuscript import parse_bytes, parse_file
from bibcheck.model import AnomalyCode, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.acts import act
from bibcheck.parse.references.commentary import bibliographic, citation_start
from bibcheck.parse.references.deposit import without_deposit
from bibcheck.parse.references.scriptmonths import named_month, non_latin_word, script_date
from bibcheck.readers.adocbibtex import ListOrder, appearance, list_order, numeric_style
from bibcheck.readers.keyed import Cites
from bibcheck.readers.leadwork import lead_work
from tests.test_regex_growth import assert_linear

# --------------------------------------------------------------------------
# asciidoctor-bibtex's list order
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("style", "numeric"),
    [
        ("ieee", True),
        ("vancouver", True),
        ("nature", True),
        ("american-medical-association", True),
        ("springer-lecture-notes-in-computer-science", True),
        ("iso690-numeric-en", True),
        ("apa", False),
        ("chicago-author-date", False),
        ("harvard-cite-them-right", False),
        ("modern-language-association", False),
        ("chicago-note-bibliography", False),
        ("din-1505-2", False),
        ("din-1505-2-alphanumeric", False),  # a label style: no number
        ("my-lab-house-style", None),  # not known from the name
    ],
)
def test_numeric_style_by_name(style: str, numeric: bool | None) -> None:
    assert numeric_style(style) is numeric


@pytest.mark.parametrize(
    ("style", "order", "expected"),
    [
        (None, None, ListOrder.APPEARANCE),  # ieee by default, appearance by default
        ("ieee", "appearance", ListOrder.APPEARANCE),
        ("ieee", "alphabetical", ListOrder.ALPHABETICAL),
        ("apa", "appearance", ListOrder.ALPHABETICAL),  # not numeric: always sorted
        ("apa", None, ListOrder.ALPHABETICAL),
        ("my-lab-house-style", None, ListOrder.APPEARANCE),  # unknown: the documented default
    ],
)
def test_list_order(style: str | None, order: str | None, expected: ListOrder) -> None:
    assert list_order(style, order) is expected


def test_appearance_puts_each_key_at_its_earliest_line() -> None:
    cites = Cites()
    cites.add("late", 40, "cite:[late]")  # a footnote read before the body
    cites.add("early", 41, "cite:[early]")
    cites.add("first", 12, "cite:[first]")
    cites.add("early", 20, "cite:[early]")
    ordered = appearance(cites)
    assert list(ordered.first) == ["first", "early", "late"]
    assert ordered.first["early"][0] == 20
    assert ordered.lines_of("early") == (20, 41)


BIB = """\
@book{zeller2001, author={Zeller, Ana and Ibsen, Tor}, title={Harbour Records},
  publisher={Quay Press}, address={Bergen}, year={2001}}
@article{achterberg2019, author={Achterberg, Lien}, title={Tides and Trade},
  journal={Coastal History}, volume={7}, pages={1--20}, year={2019}}
@book{moss2010, author={Moss, Carl}, title={Salt Roads}, publisher={Marsh},
  address={Leeds}, year={2010}, url={https://example.org/salt-roads}}
"""

DOC = """\
= Harbours
:bibtex-file: refs.bib
{attributes}
== One

Records survive cite:[zeller2001].footnote:[On trade see cite:[moss2010].]
Trade grew cite:[achterberg2019, moss2010].

bibliography::[]
"""


def _read_adoc(tmp_path: Path, text: str) -> tuple[list[str | None], set[AnomalyCode]]:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    path = tmp_path / "paper.adoc"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path)
    titles = [e.reference.title for e in doc.literature]
    return titles, {a.code for a in doc.anomalies}


@pytest.mark.parametrize(
    ("attributes", "titles"),
    [
        (  # numeric style, appearance: the footnote's cite (line 7) before line 8's
            ":bibtex-style: ieee\n:bibtex-order: appearance\n",
            ["Harbour Records", "Salt Roads", "Tides and Trade"],
        ),
        (  # no attributes: ieee and appearance
            "",
            ["Harbour Records", "Salt Roads", "Tides and Trade"],
        ),
        (  # an author-date style is sorted by author, whatever the order says
            ":bibtex-style: apa\n:bibtex-order: appearance\n",
            ["Tides and Trade", "Salt Roads", "Harbour Records"],
        ),
        (
            ":bibtex-style: ieee\n:bibtex-order: alphabetical\n",
            ["Tides and Trade", "Salt Roads", "Harbour Records"],
        ),
    ],
)
def test_printed_list_order(tmp_path: Path, attributes: str, titles: list[str]) -> None:
    got, _ = _read_adoc(tmp_path, DOC.format(attributes=attributes))
    assert got == titles


def test_first_citation_in_the_body_above_a_footnote_comes_first(tmp_path: Path) -> None:
    text = (
        "= Harbours\n:bibtex-file: refs.bib\n\n== One\n\nTrade grew cite:[moss2010].\n"
        "Records survive.footnote:[See cite:[zeller2001] and\ncite:[moss2010].]\n"
        "More cite:[achterberg2019].\n\nbibliography::[]\n"
    )
    got, _ = _read_adoc(tmp_path, text)
    assert got == ["Salt Roads", "Harbour Records", "Tides and Trade"]


@pytest.mark.parametrize(
    ("cite", "missing"),
    [
        ("cite:[weber2021]", True),  # shaped like the .bib's keys, no entry
        ("citenp:[weber2021(12)]", True),
        ("cite:[moss2010]", False),  # negative: an entry
    ],
)
def test_bibtex_cite_of_a_missing_key(tmp_path: Path, cite: str, missing: bool) -> None:
    text = f"= Harbours\n:bibtex-file: refs.bib\n\n== One\n\nAs shown {cite}.\n"
    _, codes = _read_adoc(tmp_path, text)
    assert (AnomalyCode.CITATION_KEY_MISSING in codes) is missing
    assert AnomalyCode.MARKER_WITHOUT_DEFINITION not in codes


@pytest.mark.parametrize(
    ("note", "kind", "url", "title"),
    [
        (  # a page of its own, then a key: the note is the page
            "The port's ledgers are listed at https://archive.example.no/ledgers/ "
            "(accessed 3.9.2023); on trade see cite:[moss2010].",
            RefKind.WEB,
            "https://archive.example.no/ledgers/",
            None,
        ),
        (  # a work cited in words before the key
            "Bergen Port Authority, _Annual Report 1998_, Bergen 1999. For the years "
            "after see cite:[zeller2001].",
            None,
            None,
            None,
        ),
        (  # negative: the key alone with a lead-in: the entry
            "See cite:[moss2010], p. 4.",
            RefKind.BOOK,
            "https://example.org/salt-roads",
            "Salt Roads",
        ),
        (  # negative: the link is the cited entry's own
            "cite:[moss2010], online at https://example.org/salt-roads.",
            RefKind.BOOK,
            "https://example.org/salt-roads",
            "Salt Roads",
        ),
    ],
)
def test_footnote_with_a_source_of_its_own(
    tmp_path: Path, note: str, kind: RefKind | None, url: str | None, title: str | None
) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    path = tmp_path / "paper.adoc"
    text = f"= Harbours\n:bibtex-file: refs.bib\n\n== One\n\nRecords survive.footnote:[{note}]\n"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path)
    ref = next(fn.reference for fn in doc.footnotes if fn.label == "1")
    if kind is None:  # the work in words: not the entry cited after it
        assert ref.title != "Harbour Records"
        assert ref.year == 1999
        return
    assert ref.kind is kind
    assert ref.url == url
    if title is not None:
        assert ref.title == title


# --------------------------------------------------------------------------
# Pandoc: a note's own work before its keys
# --------------------------------------------------------------------------

CSL = """\
[{"id": "vale2004", "type": "book", "title": "Schools of the Valley",
  "author": [{"family": "Vale", "given": "Rosa"}], "publisher": "Andes",
  "publisher-place": "Lima", "issued": {"date-parts": [[2004]]}}]
"""


@pytest.mark.parametrize(
    ("note", "title", "year"),
    [
        (
            'Ley N.º 28044 "Ley General de Educación", 28 de julio de 2003. On its aims '
            "see @vale2004 [p. 41].",
            'Ley N.º 28044 "Ley General de Educación"',
            2003,
        ),
        (  # negative: a lead-in only
            "On the reform, see @vale2004 [p. 41].",
            "Schools of the Valley",
            2004,
        ),
        (  # negative: a locator in the lead-in is no work
            "Quoted on p. 45 of @vale2004.",
            "Schools of the Valley",
            2004,
        ),
    ],
)
def test_pandoc_note_with_a_work_before_its_key(
    tmp_path: Path, note: str, title: str, year: int
) -> None:
    (tmp_path / "refs.json").write_text(CSL, encoding="utf-8")
    path = tmp_path / "ch.Rmd"
    path.write_text(
        f"---\ntitle: Schools\nbibliography: refs.json\n---\n\nThe reform came[^1].\n\n"
        f"[^1]: {note}\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    ref = next(fn.reference for fn in doc.footnotes if fn.label == "1")
    assert ref.title == title
    assert ref.year == year
    assert any(m.label == "vale2004" for fn in doc.footnotes for m in fn.markers)


@pytest.mark.parametrize(
    ("before", "title"),
    [
        ("*The Harbour Gazette*, 3 May 2020; cf. ", "The Harbour Gazette"),
        ("Smith, J. *Salt and Stone*. London: Verso, 2019; see also ", "Salt and Stone"),
        ("See ", None),
        ("This point was made in 2019. See ", None),
        ("As argued in chapter 3 of ", None),
    ],
)
def test_lead_work(before: str, title: str | None) -> None:
    ref = lead_work(before, (1,))
    assert (ref.title if ref else None) == title


# --------------------------------------------------------------------------
# Commentary: meetings, deposits; acts
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "commentary"),
    [
        ("This paper extends a talk at the conference _Coastal Days_ 2022 in Bergen.", True),
        ("Vortrag auf der Tagung „Digitale Häfen der Hanse“ 2021 in Lübeck.", True),
        ("Доклад на конференции «Северные порты» 2019 года в Архангельске.", True),
        ("Smith, _Proceedings of Coastal Days_, 2022.", False),  # a work
        ("Paper presented at the conference _Coastal Days_, Bergen, 2022.", False),
    ],
)
def test_meeting_names_are_no_titles(text: str, commentary: bool) -> None:
    assert citation_start(text)[1] is commentary


@pytest.mark.parametrize(
    ("text", "commentary"),
    [
        ("All data and code are at <https://github.com/rvale/harbours> (CC BY 4.0).", True),
        ("Os dados estão disponíveis em https://osf.io/ab12c/.", True),
        ("Datuak hemen daude: https://zenodo.org/records/4411.", True),
        (  # negative: a data set cited as a work
            "Vale, R. (2020). *Harbour ledgers 1890-1920* [Data set]. Zenodo. "
            "https://zenodo.org/records/4411",
            False,
        ),
        (  # negative: another site's page with an access date
            "The port's statistics are at https://stats.example.no/port (accessed 3 May 2023).",
            False,
        ),
        ("<https://github.com/rvale/harbours>", False),  # negative: the link alone
    ],
)
def test_deposit_notes(text: str, commentary: bool) -> None:
    assert citation_start(text)[1] is commentary


def test_without_deposit_needs_a_repository() -> None:
    assert without_deposit("see https://example.org/data") is None
    assert without_deposit("the data are at github.com/a/b (MIT)") is not None
    assert without_deposit("at github.com/a/b (MIT)") is None  # the link alone


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (
            'Ley N.º 070 "Educación Rural", 20 de diciembre de 2010.',
            'Ley N.º 070 "Educación Rural"',
            "2010",
        ),
        (  # no comma: the date is the act's name
            "Trinkwasserverordnung vom 20. Juni 2023.",
            "Trinkwasserverordnung vom 20. Juni 2023",
            "2023",
        ),
        ("Loi du 29 juillet 1881 sur la liberté de la presse.", None, "1881"),
    ],
)
def test_act_date_after_a_comma(text: str, title: str | None, year: str) -> None:
    found = act(text)
    assert found is not None
    if title is not None:
        assert found[0] == title
    else:
        assert found[0].startswith("Loi du 29 juillet 1881")
    assert found[1] == year


# --------------------------------------------------------------------------
# Month names of other scripts
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("12 مارچ 2023", date(2023, 3, 12)),  # Sindhi/Urdu
        ("3 اپريل 2023", date(2023, 4, 3)),  # Sindhi, Arabic yeh
        ("3 اپریل 2023", date(2023, 4, 3)),  # Urdu, Farsi yeh
        ("5 ژانویه 2021", date(2021, 1, 5)),  # Persian
        ("12 كانون الثاني 2023", date(2023, 1, 12)),  # Levantine Arabic, two words
        ("7 أغسطس 2019", date(2019, 8, 7)),
        ("१२ मार्च २०२३", date(2023, 3, 12)),  # Hindi, Devanagari digits
        ("3 अप्रैल 2023", date(2023, 4, 3)),
        ("5 ফেব্রুয়ারি 2021", date(2021, 2, 5)),  # Bengali
        ("12 மார்ச் 2023", date(2023, 3, 12)),  # Tamil
        ("3 ಏಪ್ರಿಲ್ 2023", date(2023, 4, 3)),  # Kannada
        ("12 ජූනි 2020", date(2020, 6, 12)),  # Sinhala
        ("12 מרץ 2023", date(2023, 3, 12)),  # Hebrew
        ("31 فبراير 2023", None),  # negative: no such day
        ("12 Mrach 2023", None),  # negative: a misspelt English month
        ("12 فروردین 1402", None),  # negative: a Solar Hijri month, not read here
        ("مارچ", None),  # negative: no day, no year
    ],
)
def test_script_date(raw: str, expected: date | None) -> None:
    assert script_date(raw) == expected


def test_named_month_and_script() -> None:
    assert named_month("3 اپريل 2023") == 4
    assert named_month("12 فروردین 1402") is None
    assert non_latin_word("12 فروردین 1402")
    assert not non_latin_word("12 Mrach 2023")


@pytest.mark.parametrize(
    ("access", "flagged"),
    [
        ("12 مارچ 2023", False),
        ("3 اپريل 2023", False),
        ("१२ मार्च २०२३", False),
        ("12 فروردین 1402", False),  # a wiki's own calendar: not judged
        ("31 فبراير 2023", True),  # a known month, no such day
        ("12 Mrach 2023", True),  # negative: still a malformed English date
    ],
)
def test_wiki_access_date_in_another_script(access: str, flagged: bool) -> None:
    wikitext = (
        "{{Cite web |url=https://example.org/fish |title=Fish of the Delta "
        f"|year=2017 |access-date={access}}}}}"
    )
    doc = parse_bytes(f"Claim.<ref>{wikitext}</ref>\n".encode(), "a.wiki")
    ref = doc.footnotes[0].reference
    codes = {a.code for a in doc.anomalies} | {a.code for a in ref.anomalies}
    assert (AnomalyCode.ACCESS_DATE_INVALID in codes) is flagged
    if not flagged and script_date(access) is not None:
        assert ref.access_date == script_date(access)


# --------------------------------------------------------------------------
# Linear on long lines
# --------------------------------------------------------------------------

Line = Callable[[int], str]

LINES = [
    pytest.param(lambda n: "a" * n, id="one-long-word"),
    pytest.param(lambda n: "a-" * (n // 2), id="hyphened"),
    pytest.param(lambda n: "conference _" * (n // 12), id="meetings-unclosed"),
    pytest.param(lambda n: "at github.com/" * (n // 14), id="repositories"),
    pytest.param(lambda n: "x.dataverse." * (n // 12), id="dataverse-like"),
    pytest.param(lambda n: "Ley 7, 1 de " * (n // 12), id="comma-dates"),
    pytest.param(lambda n: "12 مارچ " * (n // 8), id="months"),
    pytest.param(lambda n: "p. 4; " * (n // 6), id="sentence-ends"),
]


@pytest.mark.parametrize("line", LINES)
def test_bibliographic_is_linear(line: Line) -> None:
    assert_linear(lambda text: bibliographic(text), line)


@pytest.mark.parametrize("line", LINES)
def test_without_deposit_is_linear(line: Line) -> None:
    assert_linear(lambda text: without_deposit(text), line)


@pytest.mark.parametrize("line", LINES)
def test_act_is_linear(line: Line) -> None:
    assert_linear(lambda text: act(f"Ley N.º 070 {text}, 20 de diciembre de 2010."), line)


@pytest.mark.parametrize("line", LINES)
def test_script_date_is_linear(line: Line) -> None:
    assert_linear(lambda text: script_date(text), line)


@pytest.mark.parametrize(
    ("text", "kind", "url"),
    [
        (
            "All data are at <https://github.com/rvale/harbours>.",
            RefKind.COMMENTARY,
            "https://github.com/rvale/harbours",  # the link kept, to be checked
        ),
        (
            "Code and data: https://gitlab.com/rvale/harbours (MIT).",
            RefKind.COMMENTARY,
            "https://gitlab.com/rvale/harbours",
        ),
        ("See the discussion above.", RefKind.COMMENTARY, None),  # negative: no link
    ],
)
def test_parse_reference_of_a_deposit_note(text: str, kind: RefKind, url: str | None) -> None:
    ref = parse_reference(text, (1,), detect_styles=True, note=True)
    assert ref.kind is kind
    assert ref.url == url
