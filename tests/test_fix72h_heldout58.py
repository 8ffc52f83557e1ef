"""fix72h: running heads with a journal's volume and year in ``pdftotext -layout`` output;
the last author of an inverted list written initials first ("De Vries, M. & L.A. te
Winkel"); a volume statement closing a title ("Title (Vol. 2)")."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.shared import strip_edition
from bibcheck.readers import pdftext

# --------------------------------------------------------------------------
# running heads ending in a volume's year: their page number
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "folio"),
    [
        ("12" + " " * 40 + "TEKNIKHISTORIA 7 (2019)", 12),
        ("TEKNIKHISTORIA 7 (2019)" + " " * 40 + "13", 13),
        ("Review of Bridges [Vol. 12:3]" + " " * 30 + "145", 145),
        ("210" + " " * 20 + "ANNALES DES CANAUX 9 (2001)", 210),
        ("Bergbau und Technik 33 (1987)" + " " * 12 + "77", 77),
        # (one space: a note's last line citing a page, no head)
        ("Smith (2020) 45", None),
        ("45 Smith (2020)", None),
        ("see Jones (1999)   12.", None),
    ],
)
def test_dated_head_number(line: str, folio: int | None) -> None:
    assert pdftext._head_number(line) == folio


def _page(left: str, right: str) -> str:
    return left + " " * (80 - len(left) - len(right)) + right


def _journal_pages() -> str:
    p1 = [
        _page("VARDØ", "Tidsskrift for jernbanehistorie"),
        _page("Årgang 12 (2021)", "s. 101–103"),
        "",
        "Ofotbanen og svensk malm",
        "",
        "Innledning",
        "Ofotbanen ble bygget for å frakte malm fra Kiruna til Narvik (Berg 1998,",
        "s. 12–15). Banen er beskrevet som et stort teknisk system (Moe 2004),",
        "men arbeiderne har fått mindre plass i forskningen (Dahl 2010).",
        "",
        "",
        _page("101", "VARDØ 12 (2021)"),
    ]
    p2 = [
        _page("OFOTBANEN OG SVENSK MALM", "102"),
        "",
        "Anlegget",
        "Rallarne arbeidet under harde kår, og mange kom fra Sverige (Berg 1998,",
        "s. 40; Dahl 2010). Tunnelene ble sprengt med dynamitt (Moe 2004, s. 77).",
        "Senere ble banen elektrifisert (Strand 2015).",
        "",
        "",
        _page("VARDØ 12 (2021)", "102"),
    ]
    p3 = [
        _page("103", "LINDQVIST-OKAFOR"),
        "",
        "Litteratur",
        "Berg, H. (1998). Malm og makt: Ofotbanen 1898–1902. Oslo: Universitetsforlaget.",
        "Dahl, T. (2010). Rallarliv i nord. Historisk tidsskrift, 89(2), 201–224.",
        "Moe, A. (2004). Jernbanen som system. Bergen: Fagbokforlaget.",
        "Strand, L. (2015). Elektrifiseringen av Ofotbanen. Trondheim: Tapir.",
        "",
        "",
        _page("VARDØ 12 (2021)", "103"),
    ]
    return "\n\f".join("\n".join(p) for p in (p1, p2, p3)) + "\n"


def test_journal_running_heads_end_to_end(tmp_path: Path) -> None:
    path = tmp_path / "ofotbanen.txt"
    path.write_text(_journal_pages(), encoding="utf-8")
    doc = parse_file(path)
    assert doc.reader == "pdf-text"
    titles = [e.reference.title for e in doc.literature]
    assert titles == [
        "Malm og makt: Ofotbanen 1898–1902",
        "Rallarliv i nord",
        "Jernbanen som system",
        "Elektrifiseringen av Ofotbanen",
    ]
    lines = _journal_pages().split("\n")  # (a form feed opens a line, no line of its own)
    heads = {i + 1 for i, line in enumerate(lines) if "VARDØ 12 (2021)" in line}
    cited = {m.line for fn in doc.footnotes for m in fn.markers}
    assert not cited & heads
    assert cited == {7, 8, 9, 16, 17, 18}


# --------------------------------------------------------------------------
# the last author written initials first
# --------------------------------------------------------------------------


@pytest.mark.parametrize("detect", [False, True])
@pytest.mark.parametrize(
    ("entry", "authors"),
    [
        (
            "Jansen, P. & K. de Boer (1990). *Schepen en havens*. Amsterdam: Boom.",
            ("Jansen, P.", "K. de Boer"),
        ),
        (
            "Bakker, W. & J.H. te Velde (1975). Het Nederlands in de negentiende eeuw. "
            "Groningen: Wolters.",
            ("Bakker, W.", "J.H. te Velde"),
        ),
        (
            "Berg, P. und K. von Stein (1990). Das Buch der Brücken. Berlin: Springer.",
            ("Berg, P.", "K. von Stein"),
        ),
        ("Lund, A. och B. Ek (2001). Broar i norr. Stockholm: Norstedt.", ("Lund, A.", "B. Ek")),
        (
            "Smith, J. A. & B. C. Jones (1990). A history of bridges. London: Verso.",
            ("Smith, J. A.", "B. C. Jones"),
        ),
        (
            "Jansen, P. & K. van der Berg (2004). Dijken. Leiden: Brill.",
            ("Jansen, P.", "K. van der Berg"),
        ),
        # (an inverted last name, as before)
        ("Jansen, P., & Berg, K. (1990). Dijken. Leiden: Brill.", ("Jansen, P.", "Berg, K.")),
    ],
)
def test_last_author_initials_first(entry: str, authors: tuple[str, ...], detect: bool) -> None:
    assert parse_reference(entry, [0], detect_styles=detect).authors == authors


@pytest.mark.parametrize(
    ("text", "people", "want"),
    [
        ("Lund, A. och B. Ek", ("Lund, A.",), ("Lund, A.", "B. Ek")),
        ("Lund, A., & Ek, B.", ("Lund, A.", "Ek, B."), ("Lund, A.", "Ek, B.")),
        ("Lund, A.", ("Lund, A.",), ("Lund, A.",)),
        ("Museum & Library", (), ()),
    ],
)
def test_with_last_natural(text: str, people: tuple[str, ...], want: tuple[str, ...]) -> None:
    from bibcheck.parse.references import last_natural  # (new in fix72h)

    assert last_natural.with_last_natural(text, people) == want


# --------------------------------------------------------------------------
# a volume statement closing a title
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Lives of the bridge builders (Vol. 2)", "Lives of the bridge builders"),
        ("A history of canals (Vols. 1–3)", "A history of canals"),
        ("Geschichte der Brücken (Bd. 2)", "Geschichte der Brücken"),
        ("Histoire des canaux (t. 3)", "Histoire des canaux"),
        ("Kanalernas historia (Del 2)", "Kanalernas historia"),
        ("Geschiedenis van de dijken (Deel 4)", "Geschiedenis van de dijken"),
        # (a volume inside the title, or a number that is no volume statement, stays)
        ("Vol. 2 of the collected works", "Vol. 2 of the collected works"),
        ("The canals of 1820 (2nd part)", "The canals of 1820 (2nd part)"),
    ],
)
def test_volume_statement_off_title(title: str, want: str) -> None:
    assert strip_edition(title) == want


def test_volume_statement_in_entry() -> None:
    entry = "Hale, R. (1862). Lives of the bridge builders (Vol. 2). London: Murray."
    for detect in (False, True):
        assert parse_reference(entry, [0], detect_styles=detect).title == (
            "Lives of the bridge builders"
        )


# --------------------------------------------------------------------------
# APA's "Retrieved … from" in the writer's language: a web page
# --------------------------------------------------------------------------


@pytest.mark.parametrize("detect", [False, True])
@pytest.mark.parametrize(
    ("entry", "title"),
    [
        (
            "Stadsmuseet Gbg (u.å.). Broarnas historia. Hämtad 3 mars 2021 från "
            "https://www.example.org/broar",
            "Broarnas historia",
        ),
        (
            "Stadsmuseet (2020). Broarnas historia. Hämtad 3 mars 2021 från https://\n"
            "www.example.org/broar",
            "Broarnas historia",
        ),
        (
            "Byverket (u.å.). Bruenes historie. Hentet 3. mars 2021 fra "
            "https://www.example.org/bruer",
            "Bruenes historie",
        ),
    ],
)
def test_retrieved_in_swedish_and_norwegian(entry: str, title: str, detect: bool) -> None:
    starts = [0] + [i + 1 for i, c in enumerate(entry) if c == "\n"]
    ref = parse_reference(entry, starts, detect_styles=detect)
    assert (ref.kind.value, ref.title) == ("web", title)


# --------------------------------------------------------------------------
# a standard's designation after its title, the amendment after a joined line break
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "title"),
    [
        (
            "SIS (2014). Eurokod 2 – Dimensionering av betongkonstruktioner "
            "(SS-EN 1992-1-1:2005+ A1:2014). Stockholm: Swedish Standards Institute.",
            "Eurokod 2 – Dimensionering av betongkonstruktioner",
        ),
        (
            "BSI (2014). Eurocode 7: Geotechnical design (BS EN 1997-1:2004+ A1:2013). "
            "London: British Standards Institution.",
            "Eurocode 7: Geotechnical design",
        ),
    ],
)
def test_standard_designation_amendment_after_space(entry: str, title: str) -> None:
    ref = parse_reference(entry, [0], detect_styles=True)
    assert (ref.kind.value, ref.title) == ("report", title)


# --------------------------------------------------------------------------
# patents: a parenthesised statement after the title, a privilege
# --------------------------------------------------------------------------


@pytest.mark.parametrize("detect", [False, True])
@pytest.mark.parametrize(
    ("entry", "title"),
    [
        (
            "Nilsson, K. (1921). Anordning vid slussportar (Svenskt patent nr 51234). "
            "Stockholm: Patent- och registreringsverket.",
            "Anordning vid slussportar",
        ),
        (
            "Wright, E. (1911). *Lock gate with rolling leaves* (Patent No. 48,211). "
            "London: Patent Office.",
            "Lock gate with rolling leaves",
        ),
        (
            "Berggren, O. (1822). Privilegium exclusivum på en ny art af mudderverk. "
            "Stockholm: Kommerskollegium.",
            "Privilegium exclusivum på en ny art af mudderverk",
        ),
    ],
)
def test_patent_statement_and_privilege(entry: str, title: str, detect: bool) -> None:
    ref = parse_reference(entry, [0], detect_styles=detect)
    assert (ref.kind.value, ref.title) == ("patent", title)


def test_title_about_a_patent_is_no_patent() -> None:
    ref = parse_reference(
        "Lind, M. (2004). Patent och privilegier i Sverige. Lund: Arkiv.", [0], detect_styles=True
    )
    assert ref.kind.value == "book"


# --------------------------------------------------------------------------
# software described in the writer's language; a patent's title broken over lines
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "Moreno, L. y Ruiz, P. (2011). *Varbrul para todos* [programa informático]. "
        "Universidad de Sevilla. https://www.example.org/varbrul",
        "Silva, R. (2015). *Contador de sílabas* [programa de computador]. Lisboa: CLUL.",
        "Keller, B. (2012). *Silbenzähler* [Computerprogramm]. Universität Bern.",
    ],
)
def test_software_described_in_other_languages(entry: str) -> None:
    ref = parse_reference(entry, [0], detect_styles=True)
    assert ref.kind.value == "web"
    assert ref.title is not None and "[" not in ref.title


def test_patent_title_broken_over_lines() -> None:
    import dataclasses

    from bibcheck.model import RefKind
    from bibcheck.parse.references import patent

    rest = (
        'F. C. Ek and T. Berg, "Improvements in or relating\nto lock gates for canals," '
        "British Patent GB 612,345,\npublished 1948."
    )
    ref = parse_reference(" ".join(rest.split()), [0], detect_styles=True)
    ref = dataclasses.replace(ref, kind=RefKind.ARTICLE, host="British Patent GB")
    got = patent.titled_first(ref, rest)
    assert (got.kind, got.host) == (RefKind.PATENT, None)
    assert got.title == "Improvements in or relating to lock gates for canals"
