"""Round 87 (fix87m): author-date entries in Maltese (acts by chapter, "u" between names,
thesis, chapter host, access date, statistics release, EU act, a company's page, an archive's
file) and Vancouver entries (an act titled alone, a conference paper whose meeting's name
holds a year, an archive's reference code before the file's title)."""

from __future__ import annotations

import dataclasses

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference, shelfmark_colon

R, B, W, U = RefKind.REPORT, RefKind.BOOK, RefKind.WEB, RefKind.UNKNOWN
A, CH, T = RefKind.ARTICLE, RefKind.CHAPTER, RefKind.THESIS

# (entry, kind, title, year)
KIND_TITLE_YEAR = [
    # an act titled with its chapter in a revision of the laws: a report, the year read
    (
        "Gvern ta' Malta. 1973. *Att dwar il-Merkantili Marittimu (Kap. 234)*. Valletta: "
        "Stamperija tal-Gvern. https://legislation.mt/eli/cap/234/mlt.",
        R,
        "Att dwar il-Merkantili Marittimu (Kap. 234)",
        1973,
    ),
    (
        "Gvern ta' Malta. 2009. *Att dwar l-Awtorità għat-Trasport f'Malta (Kap. 499)*. "
        "Valletta: Stamperija tal-Gvern.",
        R,
        "Att dwar l-Awtorità għat-Trasport f'Malta (Kap. 499)",
        2009,
    ),
    (
        "Government of Malta. 1973. *Merchant Shipping Act (Cap. 234)*. Valletta: "
        "Government Printing Press.",
        R,
        "Merchant Shipping Act (Cap. 234)",
        1973,
    ),
    (
        "Government of Botswana. 1965. *Botswana Meat Commission Act (Cap. 74:03)*. "
        "Gaborone: Government Printer.",
        R,
        "Botswana Meat Commission Act (Cap. 74:03)",
        1965,
    ),
    # (a person's book about an act stays a book)
    (
        "Grech, Anna. 2015. *Commentary on the Merchant Shipping Act (Cap. 234)*. Valletta: "
        "Horizons.",
        B,
        "Commentary on the Merchant Shipping Act (Cap. 234)",
        2015,
    ),
    (
        "Università ta' Malta. 2020. *Rapport Annwali 2019*. Msida: Università ta' Malta.",
        R,
        "Rapport Annwali 2019",
        2020,
    ),
    # a company's page read online: web (a body's name in ACM's head)
    (
        "Gozo Channel. 2024. *Skeda tal-Vjaġġi: Ċirkewwa–Mġarr*. Aċċessat fis-7 ta' Marzu "
        "2024. https://www.gozochannel.com/ferry/schedule/.",
        W,
        "Skeda tal-Vjaġġi: Ċirkewwa–Mġarr",
        2024,
    ),
    (
        "Malta Freeport Terminals. 2023. *About Malta Freeport*. Accessed March 5, 2024. "
        "https://www.maltafreeport.com.mt/about-us.",
        W,
        "About Malta Freeport",
        2023,
    ),
    # (an ACM book, its publisher named, stays a book)
    (
        "Anna Smith and Bob Lee. 2019. *The Book of Ferries*. Harbour Press.",
        B,
        "The Book of Ferries",
        2019,
    ),
    # a statistics office's release, an intergovernmental body's yearly review, an EU act
    (
        "Uffiċċju Nazzjonali tal-Istatistika. 2024. *Passiġġieri tal-Kruċieri: K4/2023*. "
        "Ħarġa tal-Aħbarijiet 018/2024. Valletta: NSO.",
        R,
        "Passiġġieri tal-Kruċieri: K4/2023",
        2024,
    ),
    (
        "UNCTAD. 2023. *Review of Maritime Transport 2023*. Ġinevra: Nazzjonijiet Uniti.",
        R,
        "Review of Maritime Transport 2023",
        2023,
    ),
    (
        "FAO. 2022. *The State of World Fisheries and Aquaculture 2022*. Ruma: Nazzjonijiet Uniti.",
        R,
        "The State of World Fisheries and Aquaculture 2022",
        2022,
    ),
    (
        "Unjoni Ewropea. 2000. *Direttiva 2000/60/KE tal-Parlament Ewropew u tal-Kunsill "
        "tat-23 ta' Ottubru 2000 li tistabbilixxi qafas għal azzjoni Komunitarja fil-qasam "
        "tal-politika tal-ilma*. ĠU L 327, 22.12.2000, p. 1–73.",
        R,
        "Direttiva 2000/60/KE tal-Parlament Ewropew u tal-Kunsill tat-23 ta' Ottubru 2000 li "
        "tistabbilixxi qafas għal azzjoni Komunitarja fil-qasam tal-politika tal-ilma",
        2000,
    ),
    (
        "Borg, Anna. 2018. *Ir-Regolament tal-Portijiet fl-Ewropa*. Valletta: Horizons.",
        B,
        "Ir-Regolament tal-Portijiet fl-Ewropa",
        2018,
    ),
    # a chapter's host after Maltese "F'" / "Fi", its editor "edit." / "editjat minn"
    (
        'Vella, Andrea. 2016. "Il-Port il-Kbir bejn il-kummerċ u d-difiża". F\' *Il-Baħar u '
        "l-Gżejjer: Studji fl-Istorja Marittima Maltija*, edit. Joseph Pace, 89–117. "
        "Valletta: Horizons.",
        CH,
        "Il-Port il-Kbir bejn il-kummerċ u d-difiża",
        2016,
    ),
    (
        'Pace, Marija. 2011. "Il-Kantunieri tal-Belt". Fi *Studji Maltin*, editjat minn '
        "Joseph Grech, 12–30. Valletta: Midsea.",
        CH,
        "Il-Kantunieri tal-Belt",
        2011,
    ),
    # (a journal whose name opens with "Fi" is a journal)
    (
        'Vella, Andrea. 2016. "Il-Port il-Kbir". *Fi Studji Maltin* 12 (2): 89–117.',
        A,
        "Il-Port il-Kbir",
        2016,
    ),
    # a Maltese thesis by its designation
    (
        'Zammit, Luke. 2019. "Ir-reġistru Malti tal-vapuri u l-bandiera ta\' konvenjenza". '
        "Teżi tal-M.A., Università ta' Malta. https://oar.um.example.org/handle/1/51234.",
        T,
        "Ir-reġistru Malti tal-vapuri u l-bandiera ta' konvenjenza",
        2019,
    ),
    (
        'Borg, Maria. 2015. "Il-Port". Teżi tal-Masters, Università ta\' Malta.',
        T,
        "Il-Port",
        2015,
    ),
    (
        "Borg, Maria. 2015. *Teżi tal-Masters u l-Istorja*. Valletta: Horizons.",
        B,
        "Teżi tal-Masters u l-Istorja",
        2015,
    ),
    # an archive's file: titled by what follows its reference's colon, no published work
    (
        "Arkivji Nazzjonali ta' Malta. 1921. CSG 01, fajl 3458/1921: *Korrispondenza dwar "
        "il-vapur bejn Malta u Għawdex*. Manuskritt.",
        U,
        "Korrispondenza dwar il-vapur bejn Malta u Għawdex",
        1921,
    ),
    (
        "National Archives of Malta. 1921. CSG 01, file 3458/1921: *Correspondence on the "
        "Gozo ferry*. Manuscript.",
        U,
        "Correspondence on the Gozo ferry",
        1921,
    ),
    (
        'The National Archives. 1936. CO 158/412, file 7: "Harbour works at Valletta". Typescript.',
        U,
        "Harbour works at Valletta",
        1936,
    ),
    (
        "London Metropolitan Archives. GLC/DG/PRB/35/012: Supplementary licensing scheme for "
        "central London, working papers. 1973.",
        U,
        "Supplementary licensing scheme for central London, working papers",
        1973,
    ),
    (
        "London Metropolitan Archives. LCC/CL/HSG/1/45: Housing committee papers on the "
        "Boundary Estate. 1895.",
        U,
        "Housing committee papers on the Boundary Estate",
        1895,
    ),
    # (a title opening with a code and a slash that is no archive's reference stays)
    (
        "Smith J. COVID-19/SARS: a review of transmission. Lancet. 2020;395:1–9.",
        A,
        "COVID-19/SARS: a review of transmission",
        2020,
    ),
    # an act titled alone in a Vancouver list, its printer after it
    (
        "Greater London Authority Act 1999. London: The Stationery Office; 1999. Available "
        "from: https://www.legislation.gov.uk/ukpga/1999/29/schedule/23",
        R,
        "Greater London Authority Act 1999",
        1999,
    ),
    (
        "Transport for London Act 2008. London: The Stationery Office; 2008.",
        R,
        "Transport for London Act 2008",
        2008,
    ),
    # a conference paper, NLM's way: the meeting's own year in its name is not the date
    (
        "Tingvall C, Haworth N. Vision Zero: an ethical approach to safety and mobility. In: "
        "6th ITE International Conference Road Safety & Traffic Enforcement: Beyond 2000; "
        "1999 Sep 6–7; Melbourne. Melbourne: Institute of Transportation Engineers; 1999.",
        CH,
        "Vision Zero: an ethical approach to safety and mobility",
        1999,
    ),
    (
        "Smith J, Lee K. Title of paper. In: Proceedings of the Annual Conference: Towards "
        "2020; 2015 Sep 6–7; Leeds. Leeds: Transport Society; 2015.",
        CH,
        "Title of paper",
        2015,
    ),
    (
        "Rice AS, Brooks JW. Cannabinoids and pain. In: Dostorovsky JO, Carr DB, editors. "
        "Proceedings of the 10th World Congress on Pain; 2002 Aug 17-22; San Diego, CA. "
        "Seattle (WA): IASP Press; 2003. p. 437-68.",
        CH,
        "Cannabinoids and pain",
        2003,
    ),
]


@pytest.mark.parametrize(("entry", "kind", "title", "year"), KIND_TITLE_YEAR)
def test_kind_title_year(entry: str, kind: RefKind, title: str, year: int) -> None:
    ref = parse_reference(entry, [0], detect_styles=True)
    assert (ref.kind, ref.title, ref.year) == (kind, title, year)


# (entry, authors) -- "and" between two names in an author-date list's language
AUTHORS = [
    (
        'Camilleri, Marija, u Kevin Borg. 2018. "Transhipment Competition in the Central '
        'Mediterranean: Malta Freeport after 2008". *Maritime Policy & Management* 45 (4): '
        "512–528.",
        ("Camilleri, Marija", "Kevin Borg"),
    ),
    (
        "Borg, Anna, Joseph Vella, u Maria Grech. 2015. *Il-Gżejjer Maltin*. Valletta: Horizons.",
        ("Borg, Anna", "Joseph Vella", "Maria Grech"),
    ),
    (
        "Camilleri, Marija u Kevin Borg. 2018. *Ktieb*. Valletta: Horizons.",
        ("Camilleri, Marija", "Kevin Borg"),
    ),
    (
        'Novak, Janez, in Marko Kos. 2018. "Naslov članka". *Geografski vestnik* 90 (1): 9–30.',
        ("Novak, Janez", "Marko Kos"),
    ),
    # (a title's "u" is no name's)
    (
        "Borg, Kevin. 2018. *Ktieb dwar Malta u Għawdex*. Valletta: Horizons.",
        ("Borg, Kevin",),
    ),
]


@pytest.mark.parametrize(("entry", "authors"), AUTHORS)
def test_joined_authors(entry: str, authors: tuple[str, ...]) -> None:
    ref = parse_reference(entry, [0], detect_styles=True)
    assert ref.authors == authors


# (entry, access date as ISO) -- the Maltese access phrase, "fi" fused with the article
ACCESS = [
    (
        "Eurostat. 2024. *Gross Weight*. Aċċessat fit-12 ta' Marzu 2024. "
        "https://ec.europa.eu/eurostat/x.",
        "2024-03-12",
    ),
    (
        "Borg, Anna. 2020. *Paġna*. Miġbur nhar il-5 ta' Ġunju 2021. https://example.org/x.",
        "2021-06-05",
    ),
    (
        "Borg, Anna. 2020. *Paġna*. Aċċessat fi 5 ta' Ġunju 2021. https://example.org/x.",
        "2021-06-05",
    ),
]


@pytest.mark.parametrize(("entry", "day"), ACCESS)
def test_access_date(entry: str, day: str) -> None:
    ref = parse_reference(entry, [0], detect_styles=True)
    assert ref.access_date is not None and ref.access_date.isoformat() == day


# (no archive's reference: "ISO/IEC 27001" has no number after a slash -- the
# designation reading is the standard's, as before)
SHELF_CODES = [
    ("GLC/DG/PRB/35/012: Supplementary licensing scheme", "Supplementary licensing scheme"),
    (
        "CAB 128/5: Cabinet conclusions on the bus services",
        "Cabinet conclusions on the bus services",
    ),
    ("ISO/IEC 27001: Information security management", None),
    ("BS EN 1993: Eurocode 3", None),
]


@pytest.mark.parametrize(("title", "own"), SHELF_CODES)
def test_reference_code_before_title(title: str, own: str | None) -> None:
    ref = parse_reference("Record Office. Title. 1950.", [0])
    ref = dataclasses.replace(ref, title=title, kind=RefKind.UNKNOWN, authors=("Office",))
    got = shelfmark_colon.shelfmark_titled(ref)
    assert got.title == (own or title)
