"""Quoted titles in every quotation style real documents use, in notes and in list entries:
German ‚…‘ »…« ›…‹, Polish „…”, Swedish and Finnish ”…” ’…’, Czech „…“, CJK
「…」 『…』, the typewriter's '…' -- the title read without its marks
(:mod:`bibcheck.parse.references.quote_pairs`, one vocabulary of pairs)."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference

# (text, read as a note, the title expected)
CASES = [
    # German notes: the author, the quoted title, "in:" and the journal or book
    (
        "Anna Keller, ‚Glocken und Türme im Mittelalter‘, in: Jahrbuch für Baukunde 7 "
        "(1998), S. 33–51.",
        True,
        "Glocken und Türme im Mittelalter",
    ),
    (
        "Otto Brandl, »Die Fischerei am oberen Rhein«, in: Heimatblätter 22 (1975), S. 4–19.",
        True,
        "Die Fischerei am oberen Rhein",
    ),
    (
        "Otto Brandl, ›Die Fischerei am oberen Rhein‹, in: Lisa Hahn (Hg.), Flüsse und "
        "Menschen, Freiburg 1975, S. 4–19.",
        True,
        "Die Fischerei am oberen Rhein",
    ),
    (
        "Hahn, Lisa: »Mühlen im Schwarzwald«, in: Badische Heimat 40 (1960), S. 101–120.",
        False,
        "Mühlen im Schwarzwald",
    ),
    # Polish: a chapter after "w:", an article in a journal in quotation marks
    (
        "A. Nowak, „Tytuł rozdziału o rzekach”, w: B. Kowalska (red.), Książka o wodzie, "
        "Kraków 2010, s. 5–9.",
        True,
        "Tytuł rozdziału o rzekach",
    ),
    (
        "Zieliński P., »Miasto i jego mosty«, „Kwartalnik Historyczny” 2003, nr 2, s. 7–30.",
        False,
        "Miasto i jego mosty",
    ),
    # Danish »…«, Finnish ’…’
    (
        "Jens Holm, »Landsbyen og kirken i 1600-tallet«, i: Historisk Tidsskrift 14 (1985), "
        "s. 45–60.",
        True,
        "Landsbyen og kirken i 1600-tallet",
    ),
    (
        "Virtanen, Aino: ’Järvien kalastus ennen ja nyt’, teoksessa: Suomen vedet, "
        "Helsinki 2001, s. 12–30.",
        False,
        "Järvien kalastus ennen ja nyt",
    ),
    # CJK corner brackets around a Latin or a Japanese title
    (
        "Kenji Sato, 「Rivers and rice in Edo Japan」, in: Journal of Asian Studies 30 "
        "(2001), pp. 5–18.",
        True,
        "Rivers and rice in Edo Japan",
    ),
    # Chicago list entries and notes in another language's marks
    (
        "Berg, Lars. ”Skogen och byn under 1700-talet.” Historisk tidskrift 12, no. 3 "
        "(1990): 45–60.",
        False,
        "Skogen och byn under 1700-talet",
    ),
    (
        "Brandl, Otto. »Die Fischerei am oberen Rhein.« Heimatblätter 22, no. 1 (1975): 4–19.",
        False,
        "Die Fischerei am oberen Rhein",
    ),
    (
        "Kovács, Éva. ‘Falusi templomok a középkorban.’ Századok 88, no. 2 (1954): 20–41.",
        False,
        "Falusi templomok a középkorban",
    ),
    (
        "Jana Dvořák, ‚Hrady a zámky v Čechách,‘ Český časopis historický 9, no. 2 (1987): 77–90.",
        True,
        "Hrady a zámky v Čechách",
    ),
    # ISO 690 in a note: the author in capitals, the title in German guillemets
    (
        "KELLER, Anna. »Glocken und Türme im Mittelalter«. Jahrbuch für Baukunde. 1998, "
        "7(2), 33–51.",
        True,
        "Glocken und Türme im Mittelalter",
    ),
    (
        "BERG, Lars. ”Skogen och byn under 1700-talet”. Historisk tidskrift. 1990, 12(3), 45–60.",
        True,
        "Skogen och byn under 1700-talet",
    ),
    (
        "SATO, Kenji. 「Rivers and rice in Edo Japan」. Journal of Asian Studies. 2001, 30(1), "
        "5–18.",
        True,
        "Rivers and rice in Edo Japan",
    ),
    # the typewriter's single marks around a chapter's title
    (
        "Maria Rossi, 'Le chiese di campagna in Toscana', in: Lucia Bianchi (a cura di), "
        "Arte e territorio, Firenze 2005, pp. 11–29.",
        True,
        "Le chiese di campagna in Toscana",
    ),
]


@pytest.mark.parametrize(("text", "note", "title"), CASES)
def test_quoted_title_read_without_its_marks(text: str, note: bool, title: str) -> None:
    ref = parse_reference(text, [0], note=note)
    assert ref.title == title
    assert ref.authors


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("‚Glocken‘", "Glocken"),
        ("»Mühlen im Schwarzwald«", "Mühlen im Schwarzwald"),
        ("»Skogen och byn»", "Skogen och byn"),  # Swedish closes with the same mark
        ("‹ Les moulins ›", "Les moulins"),
        ("『日本の河川』", "日本の河川"),
        ("’Järvien kalastus’", "Järvien kalastus"),
        # (another pair of the same marks inside: a title that quotes, kept whole)
        ("»Big« and the »state«", "»Big« and the »state«"),
    ],
)
def test_unwrapped(title: str, expected: str) -> None:
    from bibcheck.parse.references.quote_pairs import unwrapped  # (new: fails on main)

    assert unwrapped(title) == expected
