"""Author-date citations in running text tied to the right list entry (fix 57a).

Names spelt otherwise in the text than in the list (ABNT's capitals, a particle
capitalised in the sentence and put after the given name in the list, transliterations
without their marks, the Arabic article dropped in sorting), the words for a missing date
in several languages, a reprint's bracketed original year, two works of one first author
and year told apart by the second author or an initial, secondary citations, a year alone
after a name said earlier in the sentence, and a listed author cited with a year the list
lacks for that person.  Own text, written in the patterns of real articles.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode
from bibcheck.readers.authoryear import author_years, line_mentions, listed_names, spans, unlisted
from bibcheck.readers.citenames import date_key, name_key


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("BARRETO", "barreto"),  # ABNT capitals
        ("Barreto", "barreto"),
        ("DaMatta", "damatta"),
        ("DAMATTA", "damatta"),
        ("Ṭabarī", "tabari"),  # transliteration marks
        ("Tabari", "tabari"),
        ("al-Ṭabarī", "tabari"),  # the Arabic article
        ("Al-Jabarti", "jabarti"),
        ("ash-Shāfiʿī", "shafii"),  # a sun letter's article, ʿayn
        ("Ibn", "ibn"),
        ("Müller", "muller"),
        ("Alberti", "alberti"),  # "al" not followed by a hyphen: no article
    ],
)
def test_name_key(name: str, key: str) -> None:
    assert name_key(name) == key


@pytest.mark.parametrize(
    ("date", "key"),
    [
        ("2019a", "2019a"),
        ("n.d.", "n.d."),
        ("n. d.", "n.d."),
        ("s.d.", "n.d."),  # Portuguese, Spanish, Italian
        ("z.j.", "n.d."),  # Dutch
        ("t.y.", "n.d."),  # Turkish
        ("o.J.", "n.d."),  # German
        ("б.г.", "n.d."),  # Russian
        ("in press", "in press"),
        ("In press", "in press"),
        ("forthcoming", "in press"),
        ("te verschijnen", "in press"),  # Dutch
        ("Te verschijnen", "in press"),
        ("im Druck", "in press"),  # German
        ("no prelo", "in press"),  # Portuguese
    ],
)
def test_date_key(date: str, key: str) -> None:
    assert date_key(date) == key


ABNT = [
    ("1", "BARRETO, Lima. Os bruzundangas. Rio de Janeiro: Jacinto Ribeiro, 1923."),
    ("2", "CASTRO NETO, Joaquim de. A praia e a cidade. São Paulo: Ática, 1988."),
    ("3", "DAMATTA, Roberto. O que faz o brasil, Brasil? Rio de Janeiro: Rocco, 1986."),
    ("4", "DAMATTA, Roberto. A casa e a rua. São Paulo: Brasiliense, 1985."),
    ("5", "ARQUIVO NACIONAL. Acervo fotográfico. Rio de Janeiro, s.d."),
    (
        "6",
        "CASTRO NETO, Joaquim de. Prefácio. In: BARRETO, Lima. Feiras e mafuás. São Paulo: "
        "Mérito, 1953.",
    ),
    ("7", "BARRETO, Lima. Feiras e mafuás. São Paulo: Mérito, 1953."),
]

VRIES = [
    ("1", "Vries, Jan de. 1974. The Dutch Rural Economy. New Haven: Yale University Press."),
    ("2", "Wee, Herman van der. 1963. The Growth of the Antwerp Market. Leuven: Nijhoff."),
    ("3", "Zanden, Jan Luiten van, en Bas van Leeuwen. 2012. Persistent but not consistent."),
    ("4", "Huizinga, Johan. (1941) 1984. Nederland's beschaving. Groningen: Wolters."),
    ("5", "Gemeentearchief Delft. z.j. Inventaris van het archief. Delft."),
    ("6", "Berg, Willemijn van den. Te verschijnen. Kooplieden in Leiden."),
]

ARABIC = [
    ("1", "Azmeh, Aziz al-. 1982. Ibn Khaldūn: An Essay in Reinterpretation. London: Cass."),
    ("2", "Ibn Khaldūn. 1967. The Muqaddimah. Translated by F. Rosenthal. Princeton."),
    ("3", "Sakhāwī, Shams al-Dīn al-. 1934. al-Ḍawʾ al-lāmiʿ. Cairo: al-Qudsī."),
    ("4", "Maqrīzī, Taqī al-Dīn al-. 1853. Kitāb al-khiṭaṭ. Būlāq."),
]

APA = [
    ("1", "Okafor, N., Brandt, L., & Silva, M. (2020). Coaching and retention. J. Ed, 4, 1–9."),
    ("2", "Okafor, N., Silva, M., & Brandt, L. (2020). Mentors and classrooms. J. Ed, 4, 10–19."),
    ("3", "Demir, A., Kaya, B., & Aksoy, C. (2021). Kira ve konut. Kent, 2, 1–20."),
    ("4", "Demir, S. (2021). Kiracılar. Yüksek lisans tezi. Ankara."),
    ("5", "Lindqvist, P., & Ortega, L. (in press). Early-career exhaustion. Teach. Q."),
    ("6", "Brandt, L. (2017a). Staff rooms. J. Ed, 1, 2–3."),
    ("7", "Brandt, L. (2017b). School climate. J. Ed, 1, 4–5."),
]


def labels(text: str, entries: list[tuple[str, str]]) -> list[str]:
    return [label for _, _, label in spans(text, author_years(entries))]


@pytest.mark.parametrize(
    ("text", "entries", "want"),
    [
        # ABNT: capitals in the list, mixed case in the sentence, both in parentheses
        ("como mostrou Barreto (1923), a cidade", ABNT, ["1"]),
        ("a cidade moderna (BARRETO, 1923, p. 12)", ABNT, ["1"]),
        ("DaMatta (1985, 1986) leu a casa", ABNT, ["4", "3"]),
        ("Castro Neto (1988) descreve a praia", ABNT, ["2"]),
        ("(CASTRO NETO, 1988, p. 40-42)", ABNT, ["2"]),
        ("(ARQUIVO NACIONAL, s.d.)", ABNT, ["5"]),
        # the compound name's author, not the preface's in the other book
        ("(BARRETO, 1953)", ABNT, ["7"]),
        # particles: capitalised in the text, after the given name in the list
        ("zoals De Vries (1974) liet zien", VRIES, ["1"]),
        ("(Van der Wee 1963, 2:178–83)", VRIES, ["2"]),
        ("(Van Zanden en Van Leeuwen 2012)", VRIES, ["3"]),
        ("(Huizinga [1941] 1984, 11–14)", VRIES, ["4"]),
        ("(Gemeentearchief Delft z.j.)", VRIES, ["5"]),
        ("(Van den Berg, te verschijnen)", VRIES, ["6"]),
        # transliteration without its marks, the article dropped or kept
        ("as Ibn Khaldun 1967, 1: 45 has it", ARABIC, ["2"]),  # Chicago, in the sentence
        ("(Ibn Khaldun 1967, 1: 452–55)", ARABIC, ["2"]),
        ("(Sakhawi 1934, 4: 145)", ARABIC, ["3"]),
        ("(al-Maqrizi 1853, 2: 190)", ARABIC, ["4"]),
        ("(Al-Azmeh 1982, 1–10)", ARABIC, ["1"]),
        # two works of one first author and year, told apart as APA has it
        ("Okafor, Silva, et al. (2020) found", APA, ["2"]),
        ("(Okafor, Brandt, et al., 2020)", APA, ["1"]),
        ("(Okafor et al., 2020)", APA, []),  # ambiguous: neither
        ("(S. Demir, 2021)", APA, ["4"]),
        ("(Demir, Kaya, vd., 2021)", APA, ["3"]),
        ("(Lindqvist & Ortega, in press)", APA, ["5"]),
        ("(Brandt, 2017b)", APA, ["7"]),
    ],
)
def test_mentions_linked(text: str, entries: list[tuple[str, str]], want: list[str]) -> None:
    assert labels(text, entries) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a year alone after a name said earlier in the sentence
        ("Al in De Vries' eigen cijfers lag die conclusie besloten (1974, 79–80).", ["1"]),
        ("Van Zandens reeksen laten het zien (2012).", ["3"]),  # a genitive "s"
        # another sentence's name does not count
        ("De Vries schreef dit. Een latere studie volgde (1974).", []),
        # a name cited with a year of its own does not take a later lone year
        ("Zie De Vries (1970) en later (1974).", []),
        # a year of no entry of the names said
        ("Huizinga schreef dit in bezettingstijd (1943).", []),
    ],
)
def test_lone_year(text: str, want: list[str]) -> None:
    assert labels(text, VRIES) == want


def test_lone_year_two_entries_is_none() -> None:
    entries = [*VRIES, ("7", "Prak, Maarten. 1974. Gezeten burgers. Amsterdam.")]
    assert labels("Prak en De Vries zagen het al veel eerder (1974).", entries) == []


@pytest.mark.parametrize(
    ("text", "entries", "names"),
    [
        # a listed first author with a year or letter the list lacks for that person
        ("Barreto (1915, p. 3) já dizia", ABNT, ["Barreto (1915)"]),
        ("(Brandt, 2017c)", APA, ["Brandt (2017c)"]),
        ("(Brandt, 2017)", APA, []),  # letters in use: ambiguous, not missing
        ("(Brandt, 2017a; Brandt, 2017b)", APA, []),
        ("Barreto (1923) e DaMatta (1986)", ABNT, []),
        ("(Lindqvist & Ortega, in press)", APA, []),
        ("(Lindqvist & Ortega, 2019)", APA, ["Lindqvist (2019)"]),
        # a capitalised particle, a case variant of a listed name: no unlisted author
        ("(Van Zanden 1993; Van der Wee 1963)", VRIES, ["Zanden (1993)"]),
        ("(Soares, 1999; Barreto, 1923)", ABNT, ["Soares"]),
        # a secondary citation's original is no work the list must hold
        ("(Freud, 1905, as cited in Brandt, 2017a)", APA, []),
        ("(Weber, 1922, apud Barreto, 1923)", ABNT, []),
        ("(Lefebvre, 1968, aktaran Demir, 2021)", APA, []),
        ("(Weber 1922, zit. n. Brandt 2017a)", APA, []),
        ("(Mauss, 1925, cité par Okafor, 2020)", APA, []),
        ("(Weber 1922, geciteerd in De Vries 1974)", VRIES, []),
        ("(Brandt, 2015, as cited in Okafor, 2020)", APA, []),
        ("(Freud, 1905; Brandt, 2017a)", APA, ["Freud"]),
    ],
)
def test_unlisted(text: str, entries: list[tuple[str, str]], names: list[str]) -> None:
    listed = listed_names(t for _, t in entries)
    assert [name for _, _, name in unlisted(text, listed)] == names


def test_line_mentions_broken_after_the_article() -> None:
    index = author_years(
        [*ARABIC, ("5", "Azmeh, Aziz al-. 1981. Ibn Khaldūn in Modern Scholarship.")]
    )
    found = line_mentions("misread by its modern admirers (al-", "Azmeh 1981, 1982).4", index)
    assert [(row, label) for row, _, label in found] == [(1, "5"), (1, "1")]


HTML = """<!DOCTYPE html>
<html lang="pt-BR"><head><meta charset="utf-8"><title>A cidade e a praia</title></head>
<body><article>
<h1>A cidade e a praia</h1>
<p>A cidade moderna foi lida como palco (BARRETO, 1923). Barreto (1923) descreveu os
bairros; Castro Neto (1988) retomou a leitura, e DaMatta (1985, 1986) a ampliou.</p>
<p>O acervo reúne fotografias (ARQUIVO NACIONAL, s.d.). Barreto (1915, p. 3) já dizia
o mesmo, e a tese reaparece em outro livro (BARRETO, 1953).</p>
<h2>Referências</h2>
<ul>
<li>ARQUIVO NACIONAL. Acervo fotográfico. Rio de Janeiro, s.d.</li>
<li>BARRETO, Lima. Os bruzundangas. Rio de Janeiro: Jacinto Ribeiro, 1923.</li>
<li>BARRETO, Lima. Feiras e mafuás. São Paulo: Mérito, 1953.</li>
<li>CASTRO NETO, Joaquim de. A praia e a cidade. São Paulo: Ática, 1988.</li>
<li>DAMATTA, Roberto. A casa e a rua. São Paulo: Brasiliense, 1985.</li>
<li>DAMATTA, Roberto. O que faz o brasil, Brasil? Rio de Janeiro: Rocco, 1986.</li>
</ul></article></body></html>
"""


def test_abnt_html_page() -> None:
    doc = parse_bytes(HTML.encode(), "cidade.html")
    cited = sorted((m.line, f.label) for f in doc.footnotes for m in f.markers)
    assert cited == [(5, "2"), (5, "2"), (6, "4"), (6, "5"), (6, "6"), (7, "1"), (8, "3")]
    missing = [
        (a.footnote, a.line) for a in doc.anomalies if a.code is AnomalyCode.CITATION_KEY_MISSING
    ]
    assert missing == [("Barreto (1915)", 7)]


MARKDOWN = """# Amsterdam als stapelmarkt

Amsterdam groeide snel na 1585 (De Vries 1974, 12). Van der Wee (1963, 2:178–83)
zag de Antwerpse markt als voorbeeld; de lonen volgden later (Van Zanden en Van Leeuwen
2012). Huizinga schreef in bezettingstijd (Huizinga [1941] 1984, 11–14). Het archief
is nog niet geïnventariseerd (Gemeentearchief Delft z.j.), en de Leidse kooplieden
worden pas nu bestudeerd (Van den Berg, te verschijnen).

# Literatuur

Berg, Willemijn van den. Te verschijnen. Kooplieden in Leiden.

Gemeentearchief Delft. z.j. Inventaris van het archief. Delft.

Huizinga, Johan. (1941) 1984. Nederland's beschaving. Groningen: Wolters.

Vries, Jan de. 1974. The Dutch Rural Economy. New Haven: Yale University Press.

Wee, Herman van der. 1963. The Growth of the Antwerp Market. Leuven: Nijhoff.

Zanden, Jan Luiten van, en Bas van Leeuwen. 2012. Persistent but not consistent.
"""


def test_dutch_essay_particles_and_dates() -> None:
    doc = parse_bytes(MARKDOWN.encode(), "stapelmarkt.md")
    cited = sorted((m.line, f.label) for f in doc.footnotes for m in f.markers)
    assert cited == [(3, "4"), (3, "5"), (4, "6"), (5, "3"), (6, "2"), (7, "1")]
    assert [a for a in doc.anomalies if a.code is AnomalyCode.CITATION_KEY_MISSING] == []
