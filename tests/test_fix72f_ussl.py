"""Unified Style Sheet for Linguistics (and its German, Dutch, Spanish variants): kinds,
titles, journal, volume, issue, pages and hosts (fix72f; own examples in the style's shapes)."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind, ThesisType
from bibcheck.parse.references import parse_reference

A, C, T, W, B = RefKind.ARTICLE, RefKind.CHAPTER, RefKind.THESIS, RefKind.WEB, RefKind.BOOK

# (entry, kind, title, host, volume, issue, pages)
CASES = [
    (
        "Okonkwo, Adaeze & Lars Vinter. 2016. Evidential marking in two Cross River languages."
        " *Journal of African Languages and Linguistics* 37(2). 201–236."
        " https://doi.org/10.1515/jall-2016-0007",
        A, "Evidential marking in two Cross River languages",
        "Journal of African Languages and Linguistics", "37", "2", "201–236",
    ),
    (
        "Marchetti, Paola. 2009. Vowel harmony without features. *Phonology* 26. 311–348.",
        A, "Vowel harmony without features", "Phonology", "26", None, "311–348",
    ),
    (
        "Haddad, Youssef, Mira Lind & Tomás Ortega. 2021. Clitic doubling revisited."
        " *Glossa: a journal of general linguistics* 6(1). 44–71.",
        A, "Clitic doubling revisited", "Glossa: a journal of general linguistics", "6", "1",
        "44–71",
    ),
    (
        "Ferreira, Ana. 2019. Counting in the Amazon. *Language* 95(4). e288–e310.",
        A, "Counting in the Amazon", "Language", "95", "4", "e288–e310",
    ),
    (
        "Novak, Jana. 2014. Aspect in Slavic. _Linguistic Inquiry_ 45(3). 401–437.",
        A, "Aspect in Slavic", "Linguistic Inquiry", "45", "3", "401–437",
    ),
    (
        "Baumann, Ulrike. 2012. Verbzweit im Nebensatz. *Zeitschrift für Sprachwissenschaft*"
        " 31(2). 145–180.",
        A, "Verbzweit im Nebensatz", "Zeitschrift für Sprachwissenschaft", "31", "2", "145–180",
    ),
    (
        "Lindqvist, Per & Oona Mäkelä. 2015. Serial verbs and events. In Kofi Mensah & Rosa"
        " Ilic (eds.), *Complex predicates in West Africa*, 55–82. Amsterdam: John Benjamins.",
        C, "Serial verbs and events", "Complex predicates in West Africa", None, None, "55–82",
    ),
    (
        "Aronsen, Kari. 2007. Noun classes. In Dmitri Vasko (ed.), *Studies in Bantu"
        " morphology*, vol. 2, 12–40. Berlin: De Gruyter Mouton.",
        C, "Noun classes", "Studies in Bantu morphology", None, None, "12–40",
    ),
    (
        "Rautio, Elina. 2018. Stress shift. In *Proceedings of the 48th Meeting of the North"
        " East Linguistic Society*, 101–114. Amherst, MA: GLSA.",
        C, "Stress shift", "Proceedings of the 48th Meeting of the North East Linguistic Society",
        None, None, "101–114",
    ),
    (
        "Hoffmann, Klaus. 2011. Modalpartikeln im Gespräch. In: Petra Brandt & Uwe Kessler"
        " (Hrsg.): *Gesprochene Sprache im Wandel*. Tübingen: Narr, S. 77–98.",
        C, "Modalpartikeln im Gespräch", "Gesprochene Sprache im Wandel", None, None, "77–98",
    ),
    (
        "Hoffmann, Klaus. 2011. Modalpartikeln im Gespräch. In Petra Brandt (Hg.), *Gesprochene"
        " Sprache im Wandel*, 77–98. Tübingen: Narr.",
        C, "Modalpartikeln im Gespräch", "Gesprochene Sprache im Wandel", None, None, "77–98",
    ),
    (
        "de Vries, Marieke. 2013. Het Nederlandse voltooid deelwoord. In Jan Bakker & Els Smit"
        " (red.), *Studies over het werkwoord*, 23–49. Amsterdam: Amsterdam University Press.",
        C, "Het Nederlandse voltooid deelwoord", "Studies over het werkwoord", None, None,
        "23–49",
    ),
    (
        "García, Lucía. 2010. La concordancia en el español andino. En Pedro Ruiz (ed.),"
        " *Variación y cambio en el español*, 131–160. Madrid: Gredos.",
        C, "La concordancia en el español andino", "Variación y cambio en el español", None,
        None, "131–160",
    ),
    (
        "Mwangi, Grace. 2020. *Tone and focus in Kikamba*. Nairobi: University of Nairobi MA"
        " thesis.",
        T, "Tone and focus in Kikamba", None, None, None, None,
    ),
    (
        "Salo, Henrik. 2017. *A grammar of Ume Saami verbs*. Uppsala: Uppsala University PhD"
        " dissertation.",
        T, "A grammar of Ume Saami verbs", None, None, None, None,
    ),
    (
        "Kowal, Ewa. 2008. *Prosodic phrasing in Silesian*. Stanford, CA: Stanford University"
        " dissertation.",
        T, "Prosodic phrasing in Silesian", None, None, None, None,
    ),
    (
        "Brandt, Petra. 2004. *Die Syntax der Nebensätze im Bairischen*. München:"
        " Ludwig-Maximilians-Universität Dissertation.",
        T, "Die Syntax der Nebensätze im Bairischen", None, None, None, None,
    ),
    (
        "Jansen, Pieter. 2012. *Klemtoon in het Limburgs*. Leiden: Universiteit Leiden"
        " proefschrift.",
        T, "Klemtoon in het Limburgs", None, None, None, None,
    ),
    (
        "Praat (Version 6.3.10) [Computer software]. 2023. Amsterdam: University of Amsterdam."
        " https://www.praat.org",
        W, "Praat", None, None, None, None,
    ),
    (
        "FLEx (version 9.1) [Computer software]. 2022. Dallas: SIL International."
        " https://software.sil.org/fieldworks/",
        W, "FLEx", None, None, None, None,
    ),
    (
        "Mensah, Kofi. 2015. *Ewe market conversations, Accra, recording 7* [audio]. PARADISEC"
        " item KM1-007. https://catalog.paradisec.org.au/collections/KM1/items/007",
        W, "Ewe market conversations, Accra, recording 7", None, None, None, None,
    ),
    (
        "Ilic, Rosa & Kofi Mensah. 2019. *Nkami narratives and songs (2012–2018)*. Endangered"
        " Languages Archive. https://doi.org/10.25894/example.2019",
        W, "Nkami narratives and songs (2012–2018)", None, None, None, None,
    ),
    (
        "Zoller, Anja. 2022. *Glossing guidelines for Ewe*. Accra: Centre for Language Studies."
        " https://example.org/glossing.html (accessed 2023-05-02)",
        W, "Glossing guidelines for Ewe", None, None, None, None,
    ),
    # guards: a book stays a book (a publisher's, or with a DOI, read with an access date)
    (
        "Nunes, Paula. 2016. *Ventilação natural*. Brasília: Editora UnB."
        " https://example.org/vent.pdf (accessed 2023-03-01)",
        B, "Ventilação natural", None, None, None, None,
    ),
    (
        "Okafor, Ben. 2019. *Igbo tone*. Enugu: Ndi Books. https://example.org/igbo"
        " (accessed 2021-05-05)",
        B, "Igbo tone", None, None, None, None,
    ),
    (
        "Vinter, Lars. 2010. *The syntax of Danish particles*. Oxford: Oxford University Press.",
        B, "The syntax of Danish particles", None, None, None, None,
    ),
    (
        "Vinter, Lars. 2010. *The syntax of Danish particles*. Oxford: Oxford University Press."
        " https://doi.org/10.1093/example.001 (accessed 2024-01-02)",
        B, "The syntax of Danish particles", None, None, None, None,
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "title", "host", "volume", "issue", "pages"), CASES)
def test_unified_style_sheet_entry(
    text: str,
    kind: RefKind,
    title: str,
    host: str | None,
    volume: str | None,
    issue: str | None,
    pages: str | None,
) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.kind, ref.title, ref.host) == (kind, title, host)
    if kind in (A, C):
        assert (ref.volume, ref.issue, ref.pages) == (volume, issue, pages)


@pytest.mark.parametrize(
    ("text", "degree", "school", "place"),
    [
        (CASES[13][0], ThesisType.MASTERS, "University of Nairobi", "Nairobi"),
        (CASES[14][0], ThesisType.DOCTORAL, "Uppsala University", "Uppsala"),
        (CASES[16][0], ThesisType.DOCTORAL, "Ludwig-Maximilians-Universität", "München"),
        (CASES[17][0], ThesisType.DOCTORAL, "Universiteit Leiden", "Leiden"),
    ],
)
def test_thesis_after_university(text: str, degree: ThesisType, school: str, place: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.thesis_type, ref.institution, ref.place, ref.publisher) == (
        degree,
        school,
        place,
        None,
    )


def test_german_pages_not_in_publisher() -> None:
    ref = parse_reference(CASES[9][0], [1], detect_styles=True)
    assert ref.publisher == "Narr"


@pytest.mark.parametrize("detect", [False, True])
def test_article_without_style_detection(detect: bool) -> None:
    ref = parse_reference(CASES[3][0], [1], detect_styles=detect)
    assert (ref.kind, ref.host, ref.volume, ref.issue, ref.pages) == (
        A,
        "Language",
        "95",
        "4",
        "e288–e310",
    )
