"""Fix 56f: notes that name a work by author and short title, notes that name two works
author-date, author-date cites in a note's prose, and the kinds (thesis, chapter) of
Icelandic and other entries.  Own fixtures, written in the shapes such documents use."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import LiteratureEntry, RefKind, ThesisType
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.author_date_notes import several_author_date
from bibcheck.parse.references.prose_author_date import dated_cites
from bibcheck.parse.references.repeat import find_repeats
from bibcheck.parse.references.short_title_entry import entry_by_short_title
from bibcheck.parse.references.thesis import designation
from bibcheck.parse.references.title_statements import title_before_role_sentence
from tests.test_regex_growth import assert_linear


def _list(*entries: str) -> list[LiteratureEntry]:
    return [
        LiteratureEntry(i + 1, i + 1, parse_reference(text, (i + 1,), detect_styles=True))
        for i, text in enumerate(entries)
    ]


# an Icelandic-style list, sorted by given name: two people named Ásta, one author with
# three books, one foreigner inverted
_ICELANDIC = _list(
    "Ásta Kristín Jónsdóttir (2011). *Bændur og kirkja á miðöldum*. Reykjavík: Forlagið.",
    "Ásta Sigurðardóttir (2003). *Bændasamfélag við fjörðinn*. Akureyri: Hólar.",
    "Bergur Þórsson (1998). *Höfðingjar og hirð*. Reykjavík: Mál og menning.",
    "Bergur Þórsson (2005). *The Reformation in the North: Bishops and Chieftains*. London: Hurst.",
    "Bergur Þórsson (2012). *Höfðingjar á þjóðveldisöld: Vald og virðing*. Reykjavík: Sögufélag.",
    "Keller, Anna (2001). *Saga and Society in the North*. Oxford: Clarendon.",
)


@pytest.mark.parametrize(
    ("author", "title", "want"),
    [
        # among one author's three books, by the first words of the title
        ("Bergur Þórsson", "*Höfðingjar og hirð*", 2),
        ("Bergur Þórsson", "*Höfðingjar á þjóðveldisöld*", 4),
        # by its main word when the title starts otherwise ("The Reformation in …")
        ("Bergur Þórsson", "*Reformation*", 3),
        # two people sharing a given name, each cited by the whole name as listed
        ("Ásta Kristín Jónsdóttir", "*Bændur og kirkja*", 0),
        ("Ásta Sigurðardóttir", "*Bændasamfélag*", 1),
        # a foreigner, cited by his family name, listed inverted
        ("Keller", "*Saga and Society*", 5),
        # a title two of the author's books start with names neither
        ("Bergur Þórsson", "*Höfðingjar*", None),
        # another author's short title is no work of this one
        ("Ásta Sigurðardóttir", "*Höfðingjar og hirð*", None),
        # a name the list does not hold
        ("Gunnar Ólafsson", "*Höfðingjar og hirð*", None),
    ],
)
def test_entry_by_short_title(author: str, title: str, want: int | None) -> None:
    assert entry_by_short_title(author, title, _ICELANDIC) == want


_SEVERAL = _list(
    "Weber, Max: Wirtschaft und Gesellschaft. Grundriss der verstehenden Soziologie. "
    "Tübingen: Mohr 1922.",
    "Weber, Max: Die protestantische Ethik und der Geist des Kapitalismus. Tübingen: Mohr 1905.",
    "Smith, Adam. An Inquiry into the Nature and Causes of the Wealth of Nations. London: "
    "Strahan, 1776.",
    "Smith, Adam. The Theory of Moral Sentiments. London: Millar, 1759.",
)


@pytest.mark.parametrize(
    ("author", "title", "want"),
    [
        ("Weber", "Wirtschaft", 0),
        ("Weber", "Protestantische Ethik", 1),
        ("Smith", "*Wealth*", 2),
        ("Smith", "*Moral Sentiments*", 3),
        # a word both titles hold names neither
        ("Weber", "und", None),
    ],
)
def test_entry_by_short_title_german_english(author: str, title: str, want: int | None) -> None:
    assert entry_by_short_title(author, title, _SEVERAL) == want


def test_entry_by_short_title_year_must_agree() -> None:
    assert entry_by_short_title("Keller", "Saga and Society", _ICELANDIC, 2001) == 5
    assert entry_by_short_title("Keller", "Saga and Society", _ICELANDIC, 1999) is None


_RST = """\
Ritgerð
=======

Texti.\\ [1]_ Meira.\\ [2]_ Enn.\\ [3]_ Og.\\ [4]_ Loks.\\ [5]_ Svo.\\ [6]_

Tilvísanir
==========

.. [1] Bergur Þórsson, *Höfðingjar og hirð* (Reykjavík: Mál og menning, 1998), bls. 4.
.. [2] Bergur Þórsson, *Höfðingjar og hirð* (Reykjavík: Mál og menning, 1998), bls. 12;
   sbr. Bergur Þórsson, *The
   Reformation in the North: Bishops and Chieftains* (London: Hurst, 2005), bls. 40.
.. [3] Bergur Þórsson, *Reformation in the North*, bls. 41.
.. [4] Sama rit, bls. 44.
.. [5] Um hirðina sjá einkum Bergur Þórsson, *Höfðingjar á þjóðveldisöld*, bls. 7.
.. [6] Sama rit, bls. 9.

Heimildaskrá
============

Bergur Þórsson (1998). *Höfðingjar og hirð*. Reykjavík: Mál og menning.

Bergur Þórsson (2005). *The Reformation in the North: Bishops and Chieftains*. London:
Hurst.

Bergur Þórsson (2012). *Höfðingjar á þjóðveldisöld: Vald og virðing*. Reykjavík:
Sögufélag.
"""


@pytest.mark.parametrize(
    ("label", "title", "year"),
    [
        ("1", "Höfðingjar og hirð", 1998),
        # a note naming two works in full: the first
        ("2", "Höfðingjar og hirð", 1998),
        # the second work of the note before, by its own short title (not the note's first)
        ("3", "The Reformation in the North: Bishops and Chieftains", 2005),
        # "Sama rit" (ibid.) after it: that work, not the note before's first
        ("4", "The Reformation in the North: Bishops and Chieftains", 2005),
        # a work cited in short form only, after a lead-in: the entry's fields
        ("5", "Höfðingjar á þjóðveldisöld: Vald og virðing", 2012),
        # "Sama rit" after it
        ("6", "Höfðingjar á þjóðveldisöld: Vald og virðing", 2012),
    ],
)
def test_short_title_notes_take_their_entry(label: str, title: str, year: int) -> None:
    doc = parse_bytes(_RST.encode(), "ritgerd.rst")
    note = next(fn for fn in doc.footnotes if fn.label == label)
    assert note.literature is not None
    assert note.reference.title == title
    assert note.reference.year == year
    assert not [a for a in doc.anomalies if a.code.value == "literature-missing"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Hardtwig 1985, S. 12; Hardtwig 1998, S. 40.", [("Hardtwig", 1985), ("Hardtwig", 1998)]),
        ("Berg 1960 und Falk 1983.", [("Berg", 1960), ("Falk", 1983)]),
        ("Lind 2004, 12; vgl. Roe 2010, 4.", [("Lind", 2004), ("Roe", 2010)]),
        (
            "Schieder (Th.) 1960 und Schieder (W.) 1983.",
            [("Schieder", 1960), ("Schieder", 1983)],
        ),
        # one work, its authors joined by "e": no two works
        ("Helal, Soares e Lovisolo 2001, p. 33.", []),
        # a remark after the cite: not every part a cite
        ("Berg 1960; the figures are mine.", []),
        ("Berg 1960, S. 4.", []),
    ],
)
def test_several_author_date(text: str, want: list[tuple[str, int]]) -> None:
    assert [(c.who, c.year) for c in several_author_date(text)] == want


_WIKI = """\
Der Text.<ref>Berg 1985, S. 12; Falk 1990, S. 40.</ref> Mehr.<ref>Falk 1990, S. 3.</ref>
Noch.<ref>Roth (K.) 1990, S. 5.</ref> Und.<ref>Roth (M.) 1990, S. 9.</ref>

== Literatur ==
* {{Literatur |Autor=Anna Berg |Titel=Die Stadt im Vormärz |Verlag=Beck |Ort=München |Jahr=1985}}
* {{Literatur |Autor=Otto Falk |Titel=Der Fluss und das Land |Verlag=Klett |Ort=Stuttgart |Jahr=1990}}
* {{Literatur |Autor=Karl Roth |Titel=Die Zünfte |Verlag=Beck |Ort=München |Jahr=1990}}
* {{Literatur |Autor=Maria Roth |Titel=Die Märkte |Verlag=Klett |Ort=Stuttgart |Jahr=1990}}

== Einzelnachweise ==
<references />
"""


def test_note_naming_two_works_keeps_the_first_year() -> None:
    doc = parse_bytes(_WIKI.encode(), "artikel.wiki")
    first = doc.footnotes[0].reference
    assert (first.title, first.year) == ("Die Stadt im Vormärz", 1985)
    assert not [a for a in doc.anomalies if a.code.value == "literature-uncited"]
    # two authors of one family name and year, told apart by their initials
    assert doc.footnotes[2].reference.title == "Die Zünfte"
    assert doc.footnotes[3].reference.title == "Die Märkte"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Mahdi 1957, 27–29, already warned against it.", [("Mahdi", 1957, "27–29")]),
        ("On the endowment see al-Maqrizi 1853, 2: 364.", [("al-Maqrizi", 1853, "2: 364")]),
        ("This is the burden of Roe 2010, ch. 4.", [("Roe", 2010, "ch. 4")]),
        # a life's years, and a year with no name before it, are no citation
        ("Fishman 1926–2015 wrote on it.", []),
        ("In 1999 the port closed.", []),
    ],
)
def test_dated_cites(text: str, want: list[tuple[str, int, str | None]]) -> None:
    assert [(c.readings[-1], c.year, c.place) for c in dated_cites(text)] == want


@pytest.mark.parametrize(
    ("notes", "want"),
    [
        (["A. Berg, *Title* (Oslo: X, 1990), s. 4.", "Sammastädes, s. 5."], "ibid"),
        (["A. Berg, *Title* (Bratislava: X, 1990), s. 4.", "Tamže, s. 5."], "ibid"),
        (["A. Berg, *Title* (Bratislava: X, 1990), s. 4.", "Tamtiež, s. 5."], "ibid"),
        (["A. Berg, *Title* (Zagreb: X, 1990), str. 4.", "Isto tamo, str. 5."], "ibid"),
        (["A. Berg, *Title* (Beograd: X, 1990), str. 4.", "Исто тамо, стр. 5."], "ibid"),
        # a short note with the Icelandic page word repeats the full note
        (
            [
                "Anna Berg, *Langur titill* (Reykjavík: X, 1990), bls. 4.",
                "Anna Berg, *Langur*, bls. 9.",
            ],
            "short",
        ),
        # prose is no repeat
        (["A. Berg, *Title* (Zagreb: X, 1990), str. 4.", "Isto je rekao Marko."], None),
    ],
)
def test_ibid_and_page_words(notes: list[str], want: str | None) -> None:
    rep = find_repeats(notes)[1]
    assert (rep.kind if rep is not None else None) == want
    if rep is not None:
        assert rep.target == 0


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Title of the Work. Doktorsritgerð. Reykjavík: Háskóli Íslands.", ThesisType.DOCTORAL),
        ("Titill (doktorsritgerð, Háskóli Íslands, 1991)", ThesisType.DOCTORAL),
        ("Titill. MA-ritgerð. Háskóli Íslands.", ThesisType.MASTERS),
        ("Titill. Meistararitgerð. Háskóli Íslands.", ThesisType.MASTERS),
        ("Titill. BA-ritgerð. Háskóli Íslands.", ThesisType.OTHER),
        # the word inside a title is no designation
        ("Doktorsritgerðir í sagnfræði 1900–2000. Reykjavík: Sögufélag.", None),
    ],
)
def test_icelandic_thesis_designations(text: str, want: ThesisType | None) -> None:
    found = designation(text)
    assert (found.degree if found is not None else None) == want


@pytest.mark.parametrize(
    ("text", "note", "kind"),
    [
        (
            "Ari Jónsson (1980). „Kirkjan og goðarnir“. Í Jón Pétursson (ritstj.), *Saga "
            "landsins II* (bls. 10–40). Reykjavík: Sögufélag.",
            False,
            RefKind.CHAPTER,
        ),
        (
            "Ari Jónsson, „Kirkjan og goðarnir“, í *Saga landsins II*, ritstj. Jón Pétursson "
            "(Reykjavík: Sögufélag, 1980), bls. 12.",
            True,
            RefKind.CHAPTER,
        ),
        (
            "Kari Berg, “Kirken og bøndene,” i *Norges historie*, red. Ola Dahl (Oslo: "
            "Cappelen, 1990), 12.",
            True,
            RefKind.CHAPTER,
        ),
        (
            "Helga Jónsdóttir (1991). *Titill um verðlag*. Doktorsritgerð. Reykjavík: "
            "Háskóli Íslands.",
            False,
            RefKind.THESIS,
        ),
        # a book whose title starts with "Í" is no chapter
        ("Jón Jónsson (1990). *Í túninu heima*. Reykjavík: Forlagið.", False, RefKind.BOOK),
    ],
)
def test_entry_kinds(text: str, note: bool, kind: RefKind) -> None:
    assert parse_reference(text, (1,), detect_styles=True, note=note).kind is kind


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Chieftains and Power. Jean Smith þýddi", "Chieftains and Power"),
        ("Íslendingabók. Jakob Jónsson gaf út", "Íslendingabók"),
        ("Bønder og konger. Oversatt av Kari Berg", "Bønder og konger"),
        # a subtitle, or a title ending in a verb of its own, stays
        ("Kirkjan. Saga hennar á miðöldum", "Kirkjan. Saga hennar á miðöldum"),
        ("Hver þýddi", "Hver þýddi"),
    ],
)
def test_title_before_role_sentence(title: str, want: str) -> None:
    assert title_before_role_sentence(title) == want


Line = Callable[[int], str]

LINES = [
    pytest.param(lambda n: "A" * n, id="one-long-word"),
    pytest.param(lambda n: "Aa " * (n // 3), id="capitalised-words"),
    pytest.param(lambda n: "Aa 1990, " * (n // 9), id="cites"),
    pytest.param(lambda n: "Aa and " * (n // 7), id="joined-names"),
    pytest.param(lambda n: "al-Aa " * (n // 6), id="articles"),
    pytest.param(lambda n: ". Aa Bb " * (n // 8), id="sentences"),
]


@pytest.mark.parametrize("line", LINES)
def test_dated_cites_are_linear(line: Line) -> None:
    assert_linear(lambda text: list(dated_cites(text)), line)


@pytest.mark.parametrize("line", LINES)
def test_several_author_date_is_linear(line: Line) -> None:
    assert_linear(several_author_date, line)


@pytest.mark.parametrize("line", LINES)
def test_role_sentence_is_linear(line: Line) -> None:
    assert_linear(title_before_role_sentence, line)
