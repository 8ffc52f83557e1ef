"""fix64h: notes citing a canonical passage or a manuscript alone, author-date footnotes in
PDF text, and classics lists (editions under an ancient author's one name, a place alone).

Written for this round; every case is invented in the shapes humanities notes and lists use.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.readers import pdftext

# --- a note citing only a canonical passage or a manuscript: kind unknown -----------------

LOCUS_NOTES = [
    # ancient and patristic authors, work, book and chapter, in several languages
    "Plotin, Ennéades IV, 4 [28], 15, 3-7.",
    "Augustin, De Trinitate XII, 4, 4 (PL 42, 1000).",
    "Id., De civitate Dei XIX, 13 (CCSL 48, p. 679).",
    "Augustinus, De vera religione 22, 42 (CCSL 32, S. 214).",
    "Agostino, De doctrina christiana II, 40, 60 (PL 34, 63).",
    "Thuc. 1.22.4.",
    "Hdt. 7.139.5.",
    "Arist. Pol. 1253a2-3.",
    "Cf. Paus. 10.4.1.",
    "Vgl. Cic. off. 1,22.",
    # a collection's volume and column, an inscription's corpus number
    "PL 76, 1215.",
    "CSEL 25, 712.",
    "CIL VI 1779 is the best known.",
    # a manuscript by library and shelfmark, an abbreviated library, an object by inventory
    "Den Haag, Koninklijke Bibliotheek, 76 F 2 (hierna: KB 76 F 2).",
    "KB 76 F 2, fol. 33v.",
    "Paris, BnF, lat. 8846, fol. 5r.",
    "Oxford, Bodleian Library, MS Douce 93, fol. 28r.",
    "Wien, Österreichische Nationalbibliothek, Cod. 1857, fol. 14v.",
    "Utrecht, Museum Catharijneconvent, ABM h 4a, fol. 9r.",
    "Moravská galerie v Brně, inv. č. A 412.",
    "Státní oblastní archiv Třeboň, fond Velkostatek, inv. č. 2231.",
]


@pytest.mark.parametrize("text", LOCUS_NOTES)
def test_locus_note_is_unknown(text: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert ref.kind is RefKind.UNKNOWN
    assert ref.title is None and not ref.authors and ref.year is None


NOT_LOCUS_NOTES = [
    # a paper's parts, a statute's, a law report's year and page, an author-date note: no
    # passage; an edition with its translator, place and year: a published work
    "See Section 2.3.1 for the derivation.",
    "Table 1.2 gives the counts for each year.",
    "Art. 5, 2 GG.",
    "NJW 2005, 123.",
    "Meiggs 1972, 12–19.",
    "Augustin, Confessions XI, 14, 17, trad. P. Moreau, Paris, Vrin, 1998, p. 12.",
    "Lys. 2.4–16, cited from Dilts 2002.",
    "Pss. Sol. 17,21–25; vgl. Kuhn, *Tempel*, 118.",
    "See the Library of Congress, 12 items.",
    "The data are in the archive, 3 files.",
    # numbers inside prose: a version, a release
    "This was already so in release 2.4 when both options were set; see the thread.",
    "Análise feita no programa, versão 2.10, com intervalo de 95%.",
]


@pytest.mark.parametrize("text", NOT_LOCUS_NOTES)
def test_not_locus(text: str) -> None:
    from bibcheck.parse.references.locus import locus_only

    assert not locus_only(text)


# --- author-date entries: a place alone, volume designations, cut roles -------------------

ENTRIES = [
    (
        "Meiggs, R. 1972. The Athenian Empire. Oxford.",
        ("Meiggs, R.",),
        "The Athenian Empire",
        RefKind.BOOK,
    ),
    (
        "Stadter, P. A. 1989. A Commentary on Plutarch's Pericles, vol. 1. Princeton.",
        ("Stadter, P. A.",),
        "A Commentary on Plutarch's Pericles",
        RefKind.BOOK,
    ),
    (
        "Walbank, F. W. 1957. A Historical Commentary on Polybius, vol. 1: Books I–VI. Oxford.",
        ("Walbank, F. W.",),
        "A Historical Commentary on Polybius",
        RefKind.BOOK,
    ),
    (
        "Vernant, J.-P. 1983. Myth and Thought among the Greeks, trans. J. Lloyd. London.",
        ("Vernant, J.-P.",),
        "Myth and Thought among the Greeks",
        RefKind.BOOK,
    ),
    (
        "Schmitt, K. 2004. Die Toten der Polis. München.",
        ("Schmitt, K.",),
        "Die Toten der Polis",
        RefKind.BOOK,
    ),
    (
        "Lefebvre, M. 2011. La cité et ses morts. Paris.",
        ("Lefebvre, M.",),
        "La cité et ses morts",
        RefKind.BOOK,
    ),
    # an edition under its ancient or medieval author's one name
    (
        "Demosthenes. Orationes, ed. M. R. Dilts. Oxford, 2002.",
        ("Demosthenes",),
        "Orationes",
        RefKind.BOOK,
    ),
    (
        "Hyperides. 2009. Orationes et fragmenta. Ed. J. Smith. Oxford.",
        ("Hyperides",),
        "Orationes et fragmenta",
        RefKind.BOOK,
    ),
    (
        "Isidore of Seville. Etymologiae, trans. K. Brown. Cambridge, 2006.",
        ("Isidore of Seville",),
        "Etymologiae",
        RefKind.BOOK,
    ),
    (
        "Boethius. De consolatione philosophiae, hg. v. K. Wolf. München, 2001.",
        ("Boethius",),
        "De consolatione philosophiae",
        RefKind.BOOK,
    ),
]


@pytest.mark.parametrize(("text", "authors", "title", "kind"), ENTRIES)
def test_entry(text: str, authors: tuple[str, ...], title: str, kind: RefKind) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.authors, ref.title, ref.kind) == (authors, title, kind)


# --- a PDF text with author-date footnotes and a Texts list --------------------------------

_DOC = """\
ON THE FUNERAL SPEECH
The speech is hardly about the dead at all.1 Its praise of the city comes
first, as the historian himself says.2 The speech of Demosthenes follows the
same order,3 and later scholars have seen why.4 The point is old.5 Others
have doubted it,6 and the doubt has been answered more than once.7
1 Meiggs 1972, 12–19.
2 Thuc. 2.41.5.
3 Dem. 60.6–9; cf. Stadter 1989, 44.
4 Stadter 1989, 101–5; Walbank 1957, 33.
5 Meiggs 1972, 40.
6 Osborne 2010, 77–80.
7 Pritchett 1985, 94–124.
1
BIBLIOGRAPHY
Demosthenes. Orationes, ed. M. R. Dilts. Oxford, 2002.
Thucydides. Historiae, ed. H. S. Jones. Oxford, 1942.
Meiggs, R. 1972. The Athenian Empire. Oxford.
Osborne, R. 2010. Athens and Athenian Democracy. Cambridge.
Pritchett, W. K. 1985. The Greek State at War, vol. 4. Berkeley.
Stadter, P. A. 1989. A Commentary on Plutarch's Pericles, vol. 1. Princeton.
Walbank, F. W. 1957. A Historical Commentary on Polybius, vol. 1: Books I–VI.
Ithaca, NY.
"""


def test_author_date_footnotes_are_no_second_citations() -> None:
    doc = pdftext.read(_DOC)
    assert [m.label for m in doc.markers] == ["1", "2", "3", "4", "5", "6", "7"]


NOTE_WORKS = [
    ("1", ("Meiggs, R.",), "The Athenian Empire"),
    ("2", ("Thucydides",), "Historiae"),
    ("3", ("Demosthenes",), "Orationes"),
]


@pytest.mark.parametrize(("label", "authors", "title"), NOTE_WORKS)
def test_notes_take_the_listed_work(label: str, authors: tuple[str, ...], title: str) -> None:
    doc = parse_bytes(_DOC.encode(), "speech.txt", "pdf-text")
    ref = next(fn.reference for fn in doc.footnotes if fn.label == label)
    assert (ref.authors, ref.title, ref.kind) == (authors, title, RefKind.BOOK)


def test_place_line_is_no_entry() -> None:
    doc = parse_bytes(_DOC.encode(), "speech.txt", "pdf-text")
    assert len(doc.literature) == 7
    assert doc.literature[-1].reference.kind is RefKind.BOOK
