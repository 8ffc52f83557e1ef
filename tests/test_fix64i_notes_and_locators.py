"""fix64i: notes that name people ``Given FAMILY`` (Czech, Slovak, French, Italian usage) and
a Pandoc author-in-text citation's bracketed locator (``@key [12-14]``)."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.readers.evidence import unread_numeric_citations


@pytest.mark.parametrize(
    ("text", "kind", "authors", "title", "year"),
    [
        # Czech book: "Place: Publisher Year" imprint, no comma before the year
        (
            "Ondřej VLČEK, *Deskové malířství na Moravě*, Brno: Host 1991, s. 40–52.",
            RefKind.BOOK,
            ("Vlček, Ondřej",),
            "Deskové malířství na Moravě",
            1991,
        ),
        # a short capital name is a family name too, not initials
        (
            "Eva SÁL, *Kostely a kaple Šumavy*, Plzeň: Starý most 2009, s. 7.",
            RefKind.BOOK,
            ("Sál, Eva",),
            "Kostely a kaple Šumavy",
            2009,
        ),
        # an edited exhibition catalogue: the editor mark means no authors
        (
            "Marek HOLEČEK (ed.), *Zlatý věk řezbářství. Sochy z jižních Čech*, kat. výst., "
            "České Budějovice: Jihočeská galerie 2012, kat. č. 4–9.",
            RefKind.BOOK,
            (),
            "Zlatý věk řezbářství. Sochy z jižních Čech",
            2012,
        ),
        # two editors joined by a dash
        (
            "Lucie KROUPOVÁ – Tomáš SEDLÁK (eds.), *Hrady a jejich kaple*, Praha: Academia "
            "2017, s. 210.",
            RefKind.BOOK,
            (),
            "Hrady a jejich kaple",
            2017,
        ),
        # an article: a plain title, then the italic journal with its volume, a DOI
        (
            "Hana DOUBRAVOVÁ-KLÍMOVÁ, Zlacení a puncování. Technika nástěnných desek, "
            "*Zprávy památkové péče* 71, 2011, s. 301–309, DOI: 10.99999/zpp.2011.71.301.",
            RefKind.ARTICLE,
            ("Doubravová-Klímová, Hana",),
            "Zlacení a puncování. Technika nástěnných desek",
            2011,
        ),
        # a chapter: "in:" and the editors of the volume
        (
            "Martin PETRÁŠ, Dvorské dílny a jejich odběratelé, in: Anna Malá (ed.), "
            "*Umění a moc*, Olomouc: Univerzita Palackého 2005, s. 88–104.",
            RefKind.CHAPTER,
            ("Petráš, Martin",),
            "Dvorské dílny a jejich odběratelé",
            2005,
        ),
        # Slovak: the same shape
        (
            "Zuzana HALÁSOVÁ, *Gotické oltáre na Spiši*, Bratislava: Tatran 1994, s. 33.",
            RefKind.BOOK,
            ("Halásová, Zuzana",),
            "Gotické oltáre na Spiši",
            1994,
        ),
    ],
)
def test_given_first_capitals(
    text: str, kind: RefKind, authors: tuple[str, ...], title: str, year: int
) -> None:
    ref = parse_reference(text, (1,), detect_styles=True, note=True)
    assert (ref.kind, ref.authors, ref.title, ref.year) == (kind, authors, title, year)


@pytest.mark.parametrize(
    "text",
    [
        # Pandoc's author-in-text citation with its pages in brackets after the key
        "As @okafor2011 [88-93] argues, and @lind1999 [140-152] agrees, the claim holds.\n",
        # a braced key, no space before the bracket
        "See the survey by @{vaz:2003}[17-19] and the reply of @ruiz2004 [5-6].\n",
    ],
)
def test_key_locator_no_numeric_citation(text: str) -> None:
    assert unread_numeric_citations(text, set()) is None


@pytest.mark.parametrize(
    ("text", "kind", "title", "host"),
    [
        # a chapter's title in straight single quotes, a comma inside it, a date range
        (
            "Mirela Dobos, 'Glossing the Psalter: Schools and Readers, 1050-1150', in Owen "
            "Hart (ed.), The Medieval Psalter (Leeds: Arc Press, 2012), pp. 31-58.",
            RefKind.CHAPTER,
            "Glossing the Psalter: Schools and Readers, 1050-1150",
            "The Medieval Psalter",
        ),
        # apostrophes inside the quoted title stay in it
        (
            "Piers Allard, 'Anselm's Readers and l'école de Laon', in Ruth Vance (ed.), "
            "Masters and Pupils (York: Northgate, 2008), pp. 101-119.",
            RefKind.CHAPTER,
            "Anselm's Readers and l'école de Laon",
            "Masters and Pupils",
        ),
    ],
)
def test_straight_quoted_chapter(text: str, kind: RefKind, title: str, host: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.kind, ref.title, ref.host) == (kind, title, host)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the volume's number and its own title after the set's title
        (
            "Hugh Prentice, Monastic Schools of the Loire Valley, vol. 2: Tours and Angers "
            "(Oxford: Clarendon Press, 1987).",
            "Monastic Schools of the Loire Valley",
        ),
        # German "Bd." and "Vol." with a Roman number, each with the volume's own title
        (
            "Karl Vogt, Geschichte des Bistums Passau, Bd. 2: Das Spätmittelalter (Passau: "
            "Dietmar, 1968).",
            "Geschichte des Bistums Passau",
        ),
        (
            "Odile Marchand, Books of Hours from Rouen, Vol. II: The Workshops (Rouen: Presses, "
            "1991).",
            "Books of Hours from Rouen",
        ),
    ],
)
def test_volume_designation_not_in_title(text: str, title: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.title == title
