"""Fix 53k: an organisation as the author of a reference is kept whole and uninverted (a
person whose family name is such a word stays a person); AsciiDoc literature sections
written without ``[[[key]]]`` anchors are read as lists cited by author and year.
Own fixtures, written in the shapes real lists use."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.body_dated import dated_body
from bibcheck.parse.references.corporate import is_organisation
from bibcheck.readers.adocplain import literature_title, plain_list
from bibcheck.readers.registry import ReadOptions
from tests.test_regex_growth import assert_linear

# (entry, detect_styles, expected authors, expected title)
ORGANISATIONS = [
    # an Italian observatory in an Italian title with "del" (no Iberian two-surname name)
    (
        "Osservatorio Lavoro Agile (2022). Il lavoro del futuro nelle imprese. Torino: Editore.",
        False,
        ("Osservatorio Lavoro Agile",),
        "Il lavoro del futuro nelle imprese",
    ),
    (
        "Observatoire National de la Vie Étudiante. (2020). Informe anual del sector y de los"
        " mercados. Paris: OVE.",
        False,
        ("Observatoire National de la Vie Étudiante",),
        "Informe anual del sector y de los mercados",
    ),
    (
        "Associazione Italiana Editori (2019). Rapporto sullo stato dell'editoria del paese."
        " Milano: AIE.",
        False,
        ("Associazione Italiana Editori",),
        "Rapporto sullo stato dell'editoria del paese",
    ),
    (
        "Verband Deutscher Verkehrsunternehmen (2018). Statistik del transporte y de los"
        " viajes. Köln: VDV.",
        False,
        ("Verband Deutscher Verkehrsunternehmen",),
        "Statistik del transporte y de los viajes",
    ),
    # Harvard: the organisation, a comma, the year
    (
        "European Investment Fund, 2020. Annual report on small business finance. Luxembourg: EIF.",
        False,
        ("European Investment Fund",),
        "Annual report on small business finance",
    ),
    # Chicago author-date: the organisation, a full stop, the year (a German compound)
    (
        "Bundesagentur für Arbeit. 2022. Der Arbeitsmarkt in Zahlen. Nürnberg: BA.",
        False,
        ("Bundesagentur für Arbeit",),
        "Der Arbeitsmarkt in Zahlen",
    ),
    # an acronym, Harvard
    (
        "UNEP, 2019. Global environment outlook for the regions. Nairobi: UNEP.",
        False,
        ("UNEP",),
        "Global environment outlook for the regions",
    ),
    # German "(Hrsg.)" after an organisation: the organisation is the author
    (
        "Statistisches Landesamt Sachsen (Hrsg.) (2020). Bevölkerung im Freistaat. Kamenz.",
        True,
        ("Statistisches Landesamt Sachsen",),
        "Bevölkerung im Freistaat",
    ),
    # AMS: the year before a colon is no part of the title
    (
        "WMO, 2019: State of the Global Climate in the year 2019. WMO-No. 1248, 44 pp.",
        False,
        ("WMO",),
        "State of the Global Climate in the year 2019",
    ),
]

# negative: persons whose family name is an organisation's word, or names of persons
PERSONS = [
    (
        "Bank, J. (2017). Money, credit and the state. Journal of Money, 4(2), 1-9.",
        ("Bank, J.",),
    ),
    ("Council, A. B. (2018). A study of local boards. London: Penguin.", ("Council, A. B.",)),
    ("Fund, K. L., 2016. Notes on the river. Oxford: Clarendon.", ("Fund, K. L.",)),
    # a Spanish person with two family names in a Spanish entry is inverted as before
    (
        "María Rodríguez Ocaña (2015). Historia del hospital y de la ciudad. Madrid: Akal.",
        ("Rodríguez Ocaña, María",),
    ),
]


@pytest.mark.parametrize(("entry", "styles", "authors", "title"), ORGANISATIONS)
def test_organisation_kept_whole(
    entry: str, styles: bool, authors: tuple[str, ...], title: str
) -> None:
    ref = parse_reference(entry, [1], detect_styles=styles)
    assert ref.authors == authors
    assert ref.title == title


@pytest.mark.parametrize(("entry", "authors"), PERSONS)
@pytest.mark.parametrize("styles", [False, True])
def test_person_stays_person(entry: str, authors: tuple[str, ...], styles: bool) -> None:
    assert parse_reference(entry, [1], detect_styles=styles).authors == authors


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Osservatorio Lavoro Agile", True),
        ("International Monetary Fund", True),
        ("Deutscher Caritasverband", True),
        ("Auswärtiges Amt", True),
        ("Bank, J.", False),
        ("Council, A. B.", False),
        ("Fundamental Rights", False),  # (a word beginning "Fund" is no fund)
        ("Amtsblatt Berlin", False),
    ],
)
def test_is_organisation(name: str, expected: bool) -> None:
    assert is_organisation(name) is expected


def test_dated_body_leaves_a_person_alone() -> None:
    ref = parse_reference("Jones, P., 2019. A history of towns. York: Press.", [1])
    assert dated_body(ref) == ref


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("References", True),
        ("Literaturverzeichnis", True),
        ("5. Bibliografia", True),
        ("Literatura", True),
        ("Methods", False),
        ("Referenced standards and how to read them", False),
    ],
)
def test_literature_title(title: str, expected: bool) -> None:
    assert literature_title(title) is expected


def test_plain_list_items_and_anchors() -> None:
    lines = [
        "[[ref-a]]",
        "Able, A. (2001). First.",
        "",
        "* Baker, B. (2002). Second",
        "  continued.",
        "* Cole, C. (2003). Third.",
        "// a comment",
        "",
        "A closing remark with no date is no entry.",
        "",
        "Dee, D. (2004). Cited in a note.footnote:[As said.] is body text.",
    ]
    found = plain_list(lines, 0, len(lines), lambda k: k == 6, lambda t: t)
    assert [(e.label, e.text, e.line_starts) for e in found.entries] == [
        ("ref-a", "Able, A. (2001). First.", (2,)),
        ("2", "Baker, B. (2002). Second\ncontinued.", (4, 5)),
        ("3", "Cole, C. (2003). Third.", (6,)),
    ]


KEYLESS = """= Moore und Klima
:lang: de

== Einleitung

Entwässerte Böden setzen Kohlendioxid frei (Hahn und Vogt 2011).
Wie Lorenz et al. (2015, S. 12) zeigen, sinken die Emissionen nach der
Vernässung. Dazu auch (Weber und
Kranz, 2009) und (Fischer et al., 2012).

[bibliography]
== Literaturverzeichnis

[[ref-hahn2011]]
Hahn, K., und Vogt, L. (2011). _Böden im Wandel_. Berlin: Verlag.

[[ref-lorenz2015]]
Lorenz, M., Berg, T., und Frank, S. (2015). Emissionen aus Mooren. _Zeitschrift für Boden_, 12(3), 4–19.

[[ref-weber2009]]
Weber, A., und Kranz, P. (2009). _Wasser und Land_. München: Verlag.
"""

LISTED = """= Reading on screens

== Background

Screen reading differs from paper (Ortiz & Lind, 2018), though Ortiz and Lind (2018) saw
exceptions.

== References

* Ortiz, R., & Lind, E. (2018). Paper and screens. _Reading Research_, 3, 1–9.
* Unused, U. (2001). A work nobody cites. _Journal_, 1, 1–2.
"""

UNCITED = """= Notes

== Intro

A text that cites nothing in a way the list can be matched with (2019).

== References

* Ortiz, R., & Lind, E. (2018). Paper and screens. _Reading Research_, 3, 1–9.
"""


@pytest.mark.parametrize(
    ("text", "cited", "entries", "codes"),
    [
        # pandoc -t asciidoc: anchored paragraphs, a citation across a line break (at the line
        # it starts on), a work
        # the list lacks said
        (
            KEYLESS,
            {"ref-hahn2011": 6, "ref-lorenz2015": 7, "ref-weber2009": 8},
            3,
            {AnomalyCode.CITATION_KEY_MISSING},
        ),
        # plain "* " items: labelled by place
        (LISTED, {"1": 5}, 2, set()),
        # negative: nothing read as a citation is said, not passed over
        (UNCITED, {}, 1, {AnomalyCode.UNREAD_REGION}),
    ],
)
def test_keyless_asciidoc_list(
    text: str, cited: dict[str, int], entries: int, codes: set[AnomalyCode]
) -> None:
    doc = parse_bytes(text.encode(), "/tmp/doc.adoc", None, ReadOptions())
    assert doc.reader == "asciidoc"
    assert {fn.label: fn.line for fn in doc.footnotes} == cited
    assert len(doc.literature) == entries
    found = {a.code for a in doc.all_anomalies()}
    assert codes <= found
    assert AnomalyCode.NO_LITERATURE_LIST not in found


def test_anchored_list_unchanged() -> None:
    # negative: a [[[key]]] list is read by its keys, never as a keyless list
    text = (
        "= Doc\n\n== Body\n\nAs shown <<able01>>.\n\n[bibliography]\n== References\n\n"
        "* [[[able01]]] Able, A. (2001). First. Press.\n"
    )
    doc = parse_bytes(text.encode(), "/tmp/doc.adoc", None, ReadOptions())
    assert [fn.label for fn in doc.footnotes] == ["able01"]
    assert [e.label for e in doc.literature] == ["able01"]


Line = Callable[[int], str]
LINES = [
    pytest.param(lambda n: "a" * n, id="one-long-word"),
    pytest.param(lambda n: "Ab " * (n // 3), id="capitalised-words"),
    pytest.param(lambda n: "Amt " * (n // 4), id="organisation-words"),
    pytest.param(lambda n: "(Hrsg.) " * (n // 8), id="editor-marks"),
    pytest.param(lambda n: "Bank, " * (n // 6), id="commas"),
    pytest.param(lambda n: "Caritasverbandx" * (n // 15), id="compound-run"),
]


@pytest.mark.parametrize("line", LINES)
def test_organisation_rules_are_linear(line: Line) -> None:
    assert_linear(lambda text: is_organisation(text), line)
    assert_linear(lambda text: dated_body(parse_reference(text, [1])), line)


@pytest.mark.parametrize("line", LINES)
def test_plain_list_is_linear(line: Line) -> None:
    assert_linear(lambda text: plain_list([f"* {text}", "[[x]]", text], 0, 3, bool, str), line)
