"""An author–year list in text converted from a PDF, followed by a block numbered from 1
(a reviewer's comments, a numbered appendix) (fix64j): the list is read by its own shape,
entries led by names and a year, not as a numbered list whose entry 1 swallows it; a page
of the list that starts with an entry's last line is the list's, not another column's
prose; a tagged address ("URL http://…") ends the entry above it."""

from __future__ import annotations

import pytest

from bibcheck.readers import pdftext

_ENTRIES = [
    (
        "Albers, K., Brandt, L., 2001.",
        "Grain stores of the upper valley. J. Rural Stud. 12 (3), 45–67.",
    ),
    (
        "Brenner, U., 2003.",
        "Ledgers and sacks: keeping count in villages. Agric. Hist. 8 (1), 1–19.",
    ),
    (
        "Dietrich, H., Ebert, M., 2005a.",
        "Weighing days. In: Proc. of the 9th Rural Meeting. pp. 10–18.",
    ),
    ("Dietrich, H., Ebert, M., 2005b.", "Markets and keepers. Rural Econ. Rev. 4 (2), 77–98."),
    (
        "Haddad, M., A., 2007.",
        "Trust among keepers of common stores. Soc. Sci. Q. 30 (4), 201–212.",
    ),
    ("Lindqvist, R., 2008.", "Stores without keepers. Comm. of the Valley 14 (3), 3–12."),
    (
        "Okafor, T., Ruiz, K., 2010.",
        "Counting sacks by hand and by scale. Meas. Stud. 6 (1), 12–25.",
    ),
    ("Perrin, L., 2012.", "Prices at the weekly market. Econ. Notes 22 (2), 88–96."),
    ("Soto, B., 2014.", "A survey of village granaries. Surv. Methods 9 (1), 33–41."),
    ("Vance, E., 2016.", "Rodents and losses in stored grain. Pest Rev. 3 (2), 55–60."),
]
_CITED = [
    ("Albers", "2001"),
    ("Brenner", "2003"),
    ("Dietrich and Ebert", "2005a"),
    ("Haddad", "2007"),
    ("Lindqvist", "2008"),
    ("Okafor and Ruiz", "2010"),
    ("Perrin", "2012"),
    ("Soto", "2014"),
]


def _body() -> list[str]:
    out = [f"Stores were kept in common, as {name} ({year}) describes." for name, year in _CITED]
    out.append("Losses to rodents were small (Vance, 2016), and markets set prices (Dietrich")
    out.append("and Ebert, 2005b).")
    return out


def _list_lines(url: bool, broken: int) -> list[list[str]]:
    """The list's lines on two pages, the entry ``broken`` running over the page break."""
    first: list[str] = []
    second: list[str] = []
    for k, (names, rest) in enumerate(_ENTRIES):
        head, tail = rest.rsplit(". ", 1)
        lines = [f"{names} {head}.", f"{tail}"]
        if url and k % 3 == 0:
            lines.append(f"URL http://www.example.org/archive/store-{k}")
        if k < broken:
            first += lines
        elif k == broken:
            first.append(lines[0])
            second += lines[1:]
        else:
            second += lines
    return [first, second]


def _document(comments: list[str], url: bool, broken: int) -> str:
    body = _body()
    first, second = _list_lines(url, broken)
    pages = [
        ["Common grain stores", "", *body[:5], "", "1"],
        [*body[5:], "References", *first, "", "2"],
        [*second, "", "3"],
        [*comments, "", "4"],
    ]
    return "\f".join("\n".join(page) for page in pages) + "\n"


_COMMENTS_EN = [
    "Response to reviewers",
    "Reviewer #1: the survey is useful and well organised.",
    "1. page 5. The section on weighing could be longer, as this point",
    "seems important with respect to the discussion of markets.",
    "2. page 9. Please give the number of villages surveyed.",
    "3. The conclusion repeats the introduction.",
]
_COMMENTS_DE = [
    "Antwort an die Gutachter",
    "Gutachter 1: Die Übersicht ist nützlich.",
    "1. Seite 5. Der Abschnitt über das Wiegen könnte länger sein.",
    "2. Seite 9. Bitte nennen Sie die Zahl der Dörfer.",
    "3. Der Schluss wiederholt die Einleitung.",
]


@pytest.mark.parametrize(
    ("comments", "url", "broken"),
    [
        (_COMMENTS_EN, False, 5),
        (_COMMENTS_DE, False, 5),
        (_COMMENTS_EN, True, 5),
        (_COMMENTS_DE, True, 3),
    ],
    ids=["en", "de", "en-urls", "de-urls-early-break"],
)
def test_author_year_list_before_numbered_comments(
    comments: list[str], url: bool, broken: int
) -> None:
    doc = pdftext.read(_document(comments, url, broken))
    texts = [e.text for e in doc.literature]
    # every entry of the list is an entry of its own, led by its names
    for names, _ in _ENTRIES:
        surname = names.split(",")[0]
        assert any(t.startswith(surname) and names[-6:-1] in t for t in texts), names
    first = next(t for t in texts if t.startswith("Albers"))
    assert "Brenner" not in first
    assert not any(t.startswith("URL") for t in texts)
