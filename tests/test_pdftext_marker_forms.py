"""PDF-to-text: markers pdftotext writes apart from a plain word, and a note text that
starts with a number.

* a marker after a letter with a combining accent (pdftotext writes ``é`` as ``e`` +
  U+0301, Devanagari vowel signs are marks too): ``Ferré7 .``, and a byline's
  ``Hélène Ferré 1``;
* a marker glued to a year (``in 19043``, ``en 190127``): the year's four digits, then
  the note number, kept only where a note of that number needs a marker;
* a marker set apart by spaces before punctuation after italic type (``Annales 4 ,``);
* a note whose text starts with a number (``7 U.S.C. § 1508``) after a number alone:
  that number starts no note further up (``7`` is still note 7's number).

Numbers that are text stay text: ``Table 2 .``, ``p. 9 ,``, a postcode or an amount
with no note of that number.
"""

from __future__ import annotations

import unicodedata

import pytest

from bibcheck.readers.pdftext import read

FF = "\f"


def decomposed(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def marks(text: str) -> list[tuple[str, int]]:
    return sorted((m.label, m.line) for m in read(text).markers)


ACCENT_FR = decomposed(
    "La chorale de Lyon\n\n"
    "Le répertoire vient de Léo Ferré1 . On le chanta à Orléans2 et à Besançon.\n"
    "Le chef était André3 , puis Hélène4 .\n"
    "1 J. Martin, La chanson lyonnaise, Lyon, 1980, p. 12.\n"
    "2 Ibid., p. 14.\n"
    "3 Archives municipales, 4 R 12.\n"
    "4 Ibid.\n"
)
ACCENT_CS = decomposed(
    "Sbor v Brně\n\n"
    "Sbor zpíval v Brně1 , později v Českém Krumlově2 . Zpívalo se i v Plzni.\n"
    "1 J. Novák, Dějiny sboru, Praha, 1990, s. 3.\n"
    "2 Tamtéž, s. 9.\n"
)
ACCENT_BYLINE = decomposed(
    "La chorale de Lyon\n"
    "Hélène Ferré 1\n\n"
    "Le répertoire vient de Lyon.2 On le chanta à Orléans.3\n"
    "1 Professeure à l'université de Lyon.\n"
    "2 J. Martin, La chanson lyonnaise, Lyon, 1980, p. 12.\n"
    "3 Ibid., p. 14.\n"
)
ACCENT_HI = (
    "गायन मंडली\n\n"
    "यह परंपरा पुरानी है1 . इसका उल्लेख कई ग्रंथों में मिलता है2 .\n"
    "1 आर. शर्मा, संगीत का इतिहास, दिल्ली, 1990, पृ. 4.\n"
    "2 वही, पृ. 9.\n"
)
YEAR_FR = (
    "Les moines à Farnborough\n\n"
    "La communauté part en 19011 . Elle revient en 19222 et reste à Solesmes.\n"
    "Le prieuré ferme en 19733 , dit-on.\n"
    "1 Dom P. Martin, Chroniques, Solesmes, 1930, p. 3.\n"
    "2 Ibid., p. 40.\n"
    "3 Ibid., p. 88.\n"
)
YEAR_EN = (
    "THE MILLS OF LEEDS\n\n"
    "The first mill opened in 18231 and the second in 18452. Both closed in 190413,\n"
    "as the board noted.3 The post code is 19104 and the sum 175000.\n"
    "1 J. Hale, Mills 4 (1950).\n"
    "2 Id. at 9.\n"
    "3 Id. at 12.\n"
)
SPACED_FR = (
    "Les Bénédictins\n\n"
    "Pothier publie en 1880 les Mélodies grégoriennes 1 , puis le Liber gradualis 2 ,\n"
    "qui reste longtemps en usage3 . Voir le chapitre 4 ; le tableau 2 .\n"
    "1 J. Pothier, Les Mélodies grégoriennes, Tournai, Desclée, 1880.\n"
    "2 Liber gradualis, Tournai, Desclée, 1883.\n"
    "3 Ibid., p. 9.\n"
)
SPACED_EN = (
    "REVIEW OF CHANT\n\n"
    "The series Early Music Studies 1 . It began with the Paléographie musicale 2 ; see Table 3 .\n"
    "1 P. Wagner, Early Music Studies (Oxford, 1990).\n"
    "2 Paléographie musicale, vol. 1 (Solesmes, 1889).\n"
)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(ACCENT_FR, [("1", 3), ("2", 3), ("3", 4), ("4", 4)], id="accent-fr"),
        pytest.param(ACCENT_CS, [("1", 3), ("2", 3)], id="accent-cs"),
        pytest.param(ACCENT_BYLINE, [("1", 2), ("2", 4), ("3", 4)], id="accent-byline"),
        pytest.param(ACCENT_HI, [("1", 3), ("2", 3)], id="vowel-sign-hi"),
        pytest.param(YEAR_FR, [("1", 3), ("2", 3), ("3", 4)], id="year-fr"),
        pytest.param(YEAR_EN, [("1", 3), ("2", 3), ("3", 4)], id="year-en-text-stays"),
        pytest.param(SPACED_FR, [("1", 3), ("2", 3), ("3", 4)], id="spaced-fr"),
        pytest.param(SPACED_EN, [("1", 3), ("2", 3)], id="spaced-en"),
    ],
)
def test_markers_apart_from_a_plain_word(text: str, want: list[tuple[str, int]]) -> None:
    doc = read(text)
    assert marks(text) == want
    assert [n.label for n in doc.footnotes] == [label for label, _ in want]


PAGE_ONE = (
    "CROP INSURANCE\n\n1\n\n"
    "Growers priced their crops alone.1 Then software arrived.2\n"
    "It spread fast.3 Few noticed.4\n"
    "1\nJ. Hale, Farm Prices 4 (1990).\n"
    "2\nId. at 9.\n"
    "3\nId. at 12.\n"
    "4\nId. at 15.\n"
)
# note 6's text after note 5's, unnumbered, its "6" alone after the last note; note 8's
# text starts with "7" (a title of the Code)
STRAY = (
    PAGE_ONE + f"{FF}CROP INSURANCE\n\n2\n\n"
    "growers who never met.5 The agency has said so twice.6\n\n"
    "Later rules went further.7 Growers sued.8\n\n"
    "5\n\n"
    "Id. at 14; cf. Hale, supra note 1, at 30.\n"
    "Notice of Policy, 81 Fed. Reg. 1200 (Jan. 4, 2016).\n"
    "7\n"
    "Farm Bill of 2014, Pub. L. No. 113-79.\n"
    "8\n"
    "7 U.S.C. § 1508 (2018); see Hale, supra note 1.\n"
    "6\n"
)
# note 7's text starts with "6": note 6 is still a note
LEADING = (
    PAGE_ONE + f"{FF}CROP INSURANCE\n\n2\n\n"
    "growers who never met.5 The agency has said so twice.6\n"
    "Later rules went further.7\n\n"
    "5\n"
    "Id. at 14.\n"
    "6\n"
    "Notice of Policy, 81 Fed. Reg. 1200 (Jan. 4, 2016).\n"
    "7\n"
    "6 Eur. Ct. H.R. 12 (1999); see Hale, supra note 1.\n"
)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            STRAY,
            [
                ("5", "Id. at 14; cf. Hale, supra note 1, at 30."),
                ("6", "Notice of Policy, 81 Fed. Reg. 1200 (Jan. 4, 2016)."),
                ("7", "Farm Bill of 2014, Pub. L. No. 113-79."),
                ("8", "7 U.S.C. § 1508 (2018); see Hale, supra note 1."),
            ],
            id="stray-number-and-code-title",
        ),
        pytest.param(
            LEADING,
            [
                ("5", "Id. at 14."),
                ("6", "Notice of Policy, 81 Fed. Reg. 1200 (Jan. 4, 2016)."),
                ("7", "6 Eur. Ct. H.R. 12 (1999); see Hale, supra note 1."),
            ],
            id="text-starts-with-an-earlier-number",
        ),
    ],
)
def test_note_text_starting_with_a_number(text: str, want: list[tuple[str, str]]) -> None:
    doc = read(text)
    assert [(n.label, n.text) for n in doc.footnotes][4:] == want
    assert [m.label for m in doc.markers] == ["1", "2", "3", "4", *[label for label, _ in want]]
