"""fix73f: a PDF text's author-date citation whose first name is hyphenated at the line end
counts on the line where it starts; a locator in capital roman numerals after a double year;
an address broken after a slash with a record's code on the next line (own examples)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.readers.authoryear import author_years, spans
from bibcheck.readers.linewrap import url_continues

PAGE_ONE = """\
FOLKMUSIKSTUDIER
Årg. 3 (2021), s. 1–9

Spelmän och stråkar i Dalarna

Inledning
Fiolen har länge studerats i sitt sociala sammanhang, men stråkarnas
historia är mindre känd. Den äldsta avbildningen finns hos Ruiz (1760/1981,
pl. XII), som visar en stråke med rak stång. Senare studier av instrumentens
form (Lind-
qvist & Berg 2019) har visat att stråkarna förändrades långsamt, och
Okafor (2015) har jämfört dem med stråkar från andra länder. Mätningarna
följer metoden hos Lindqvist och Berg (2019, s. 12) för stråkar av trä.


FOLKMUSIKSTUDIER 3 (2021)                                              1
\f2                                                      SPELMÄN OCH STRÅKAR

Referenser
Lindqvist, P. & Berg, M. (2019). Stråkar i svenska museer. Svensk tidskrift för
   musikforskning, 101, 1–20.
Okafor, N. (2015). Bows of the world. Oxford University Press.
Ruiz, J. (1981). Tratado de violería (A. Gómez, utg.; faksimil av utg. Madrid
   1760). Alpuerto.


FOLKMUSIKSTUDIER 3 (2021)                                              2
"""


@pytest.fixture(scope="module")
def cites(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, int]]:
    path: Path = tmp_path_factory.mktemp("fix73f") / "strakar.txt"
    path.write_text(PAGE_ONE, encoding="utf-8")
    doc = parse_file(path)
    assert doc.reader == "pdf-text"
    return sorted(
        (fn.reference.authors[0].split(",")[0], m.line)
        for fn in doc.footnotes
        for m in fn.markers
        if fn.reference.authors
    )


def test_hyphenated_name_cited_on_the_line_it_starts(cites: list[tuple[str, int]]) -> None:
    # "(Lind-" / "qvist & Berg 2019)": line 10, where it starts, not line 11
    assert [line for name, line in cites if name == "Lindqvist"] == [10, 13]


def test_double_year_with_a_plate_in_roman_numerals(cites: list[tuple[str, int]]) -> None:
    assert ("Ruiz", 8) in cites


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ruiz (1760/1981, pl. XII) visar", True),
        ("(Lenz 1890, Taf. IV)", True),
        ("(Berg 2004, vol. II)", True),
        ("(Berg 2004, s. xii)", True),
    ],
)
def test_capital_roman_locator(text: str, found: bool) -> None:
    index = author_years(
        [
            ("1", "Ruiz, J. (1981). Tratado. Alpuerto."),
            ("2", "Lenz, K. (1890). Tafeln. Teubner."),
            ("3", "Berg, M. (2004). Bok. Norstedt."),
        ]
    )
    assert bool(list(spans(text, index))) is found


@pytest.mark.parametrize(
    ("line", "following", "joined"),
    [
        ("Hämtad från https://samling.example.org/objekt/", "MI54", True),
        ("från https://collection.example.org/objects/", "PMC123456.", True),
        ("från https://collection.example.org/objects/", "NG-1421", True),
        # a capitalised word or a sentence is no part of the address
        ("från https://collection.example.org/objects/", "Accessed 2 May 2023.", False),
        ("från https://collection.example.org/objects/", "Museum", False),
        ("från https://collection.example.org/objects/", "2023", False),
    ],
)
def test_record_code_after_a_slash(line: str, following: str, joined: bool) -> None:
    assert url_continues(line, following) is joined
