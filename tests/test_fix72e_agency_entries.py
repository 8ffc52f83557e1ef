"""fix72e: an agency's numbered report, a body's dataset and a list entry whose names end in
the language's "and others", in the Swedish, Norwegian, Danish, Finnish, German, English,
Dutch, Polish and Italian lists (examples written for these tests)."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference

REPORT = RefKind.REPORT
WEB = RefKind.WEB
ARTICLE = RefKind.ARTICLE

# (entry, authors, title, kind, year)
AGENCY_REPORTS = [
    # Swedish: notes-bibliography (year last) and author-date, plain and italic titles
    (
        "Havs- och vattenmyndigheten. Fiskvägar i reglerade älvar: en handbok. "
        "HaV-rapport 2021:7. Göteborg: HaV, 2021.",
        ("Havs- och vattenmyndigheten",),
        "Fiskvägar i reglerade älvar: en handbok",
        REPORT,
        2021,
    ),
    (
        "Havs- och vattenmyndigheten. 2020. *Kalkning av sjöar och vattendrag*. "
        "HaV-rapport 2020:3. Göteborg: HaV.",
        ("Havs- och vattenmyndigheten",),
        "Kalkning av sjöar och vattendrag",
        REPORT,
        2020,
    ),
    (
        "Naturvårdsverket. Tillståndet i skogsmarken. Rapport 7012. Stockholm: "
        "Naturvårdsverket, 2018.",
        ("Naturvårdsverket",),
        "Tillståndet i skogsmarken",
        REPORT,
        2018,
    ),
    # Norwegian
    (
        "Norges vassdrags- og energidirektorat. 2017. Flomsonekart for Gaula. NVE Rapport "
        "2017:44. Oslo: NVE.",
        ("Norges vassdrags- og energidirektorat",),
        "Flomsonekart for Gaula",
        REPORT,
        2017,
    ),
    (
        "Miljødirektoratet. 2022. Overvåking av myrer i Norge. Rapport M-2301. Trondheim: "
        "Miljødirektoratet.",
        ("Miljødirektoratet",),
        "Overvåking av myrer i Norge",
        REPORT,
        2022,
    ),
    # Danish
    (
        "Miljøstyrelsen. 2019. Pesticider i grundvand. Rapport nr. 88. København: Miljøstyrelsen.",
        ("Miljøstyrelsen",),
        "Pesticider i grundvand",
        REPORT,
        2019,
    ),
    # Finnish, the acronym after the body
    (
        "Suomen ympäristökeskus (SYKE). 2016. Järvien rehevöityminen. SYKE-raportti "
        "21/2016. Helsinki: SYKE.",
        ("Suomen ympäristökeskus",),
        "Järvien rehevöityminen",
        REPORT,
        2016,
    ),
    # German
    (
        "Bundesanstalt für Gewässerkunde. 2015. Sedimenthaushalt der Elbe. BfG-Bericht 1850. "
        "Koblenz: BfG.",
        ("Bundesanstalt für Gewässerkunde",),
        "Sedimenthaushalt der Elbe",
        REPORT,
        2015,
    ),
    (
        "Umweltbundesamt. Nitrat im Grundwasser. UBA-Bericht 07/2020. Dessau-Roßlau: UBA, 2020.",
        ("Umweltbundesamt",),
        "Nitrat im Grundwasser",
        REPORT,
        2020,
    ),
    # English
    (
        "Environment Agency. 2014. Managing sediment in lowland rivers. Report SC110023. "
        "Bristol: Environment Agency.",
        ("Environment Agency",),
        "Managing sediment in lowland rivers",
        REPORT,
        2014,
    ),
    # Polish
    (
        "Główny Inspektorat Ochrony Środowiska. 2019. Jakość wód rzecznych. Raport nr 4/2019. "
        "Warszawa: GIOŚ.",
        ("Główny Inspektorat Ochrony Środowiska",),
        "Jakość wód rzecznych",
        REPORT,
        2019,
    ),
    # Italian
    (
        "Istituto superiore per la protezione e la ricerca ambientale. 2018. Qualità delle "
        "acque interne. Rapporti ISPRA 290/2018. Roma: ISPRA.",
        ("Istituto superiore per la protezione e la ricerca ambientale",),
        "Qualità delle acque interne",
        REPORT,
        2018,
    ),
]

BODY_DATASETS = [
    (
        "Sveriges geologiska undersökning. 2022. Grundvattennivåer i Sverige [dataset]. "
        "https://data.sgu.example.net/grundvatten",
        ("Sveriges geologiska undersökning",),
        "Grundvattennivåer i Sverige",
        WEB,
        2022,
    ),
    (
        "Norsk institutt for vannforskning. 2019. Vannkjemi i innsjøer [datasett]. Oslo: NIVA.",
        ("Norsk institutt for vannforskning",),
        "Vannkjemi i innsjøer",
        WEB,
        2019,
    ),
    (
        "Statistics Norway. (2021). *Table 09987: Municipal water supply* [Data set]. "
        "https://www.ssb.example.net/table/09987",
        ("Statistics Norway",),
        "Table 09987: Municipal water supply",
        WEB,
        2021,
    ),
    (
        "Danmarks Meteorologiske Institut. 2020. Nedbør pr. døgn [datasæt]. København: DMI.",
        ("Danmarks Meteorologiske Institut",),
        "Nedbør pr. døgn",
        WEB,
        2020,
    ),
    (
        "Ilmatieteen laitos. 2021. Lumensyvyyshavainnot [aineisto]. Helsinki: Ilmatieteen laitos.",
        ("Ilmatieteen laitos",),
        "Lumensyvyyshavainnot",
        WEB,
        2021,
    ),
    (
        "Deutscher Wetterdienst. 2018. Tageswerte der Lufttemperatur [Datensatz]. Offenbach: DWD.",
        ("Deutscher Wetterdienst",),
        "Tageswerte der Lufttemperatur",
        WEB,
        2018,
    ),
    (
        "Instytut Meteorologii i Gospodarki Wodnej. 2020. Stany wód w rzekach [zbiór danych]. "
        "Warszawa: IMGW.",
        ("Instytut Meteorologii i Gospodarki Wodnej",),
        "Stany wód w rzekach",
        WEB,
        2020,
    ),
    (
        "Istituto superiore per la protezione e la ricerca ambientale (2019). Dati di "
        "qualità dell'aria [set di dati]. Roma: ISPRA.",
        ("Istituto superiore per la protezione e la ricerca ambientale",),
        "Dati di qualità dell'aria",
        WEB,
        2019,
    ),
]

OTHERS = [
    # Swedish "m.fl.", "m. fl.", Norwegian "mfl.", Danish "m.fl.", Finnish "ym.", German
    # "u. a.", Polish "i in.", Italian "et al." (Dutch "e.a.": below)
    (
        "Lindholm, Sara Elin m.fl. ”Strandvegetation efter restaurering”. Svensk Botanisk "
        "Tidskrift 109 (2015), s. 201–214.",
        ("Lindholm, Sara Elin",),
        "Strandvegetation efter restaurering",
        ARTICLE,
        2015,
    ),
    (
        "Öberg, Per Olof m. fl. ”Laxens vandring i Umeälven”. Fauna och flora 112 (2017), s. 8–19.",
        ("Öberg, Per Olof",),
        "Laxens vandring i Umeälven",
        ARTICLE,
        2017,
    ),
    (
        "Haugen, Tor Arne mfl. «Tørkeår på Østlandet». Naturen 144 (2020): 71–80.",
        ("Haugen, Tor Arne",),
        "Tørkeår på Østlandet",
        ARTICLE,
        2020,
    ),
    (
        'Nørgaard, Lise Marie m.fl. "Okker i vandløb". Vand & Jord 27 (2020): 14–19.',
        ("Nørgaard, Lise Marie",),
        "Okker i vandløb",
        ARTICLE,
        2020,
    ),
    (
        "Korhonen, Pekka Juhani ym. ”Purojen kunnostus”. Terra 131 (2019): 101–112.",
        ("Korhonen, Pekka Juhani",),
        "Purojen kunnostus",
        ARTICLE,
        2019,
    ),
    (
        "Schneider, Eva Maria u. a. „Auen im Klimawandel“. Natur und Landschaft 95 (2020): 40–47.",
        ("Schneider, Eva Maria",),
        "Auen im Klimawandel",
        ARTICLE,
        2020,
    ),
    (
        "Wiśniewska, Joanna Maria i in. „Mokradła Polesia”. Przegląd Geograficzny 92 "
        "(2020): 311–330.",
        ("Wiśniewska, Joanna Maria",),
        "Mokradła Polesia",
        ARTICLE,
        2020,
    ),
    (
        'Bianchi, Anna Chiara, et al. "Torbiere alpine". Rivista di Ecologia 14 (2018): 5–22.',
        ("Bianchi, Anna Chiara",),
        "Torbiere alpine",
        ARTICLE,
        2018,
    ),
]


@pytest.mark.parametrize(
    ("entry", "authors", "title", "kind", "year"),
    AGENCY_REPORTS + BODY_DATASETS + OTHERS,
)
def test_entry_fields(
    entry: str, authors: tuple[str, ...], title: str, kind: RefKind, year: int
) -> None:
    ref = parse_reference(entry, [1], detect_styles=True)
    assert ref.authors == authors
    assert ref.title == title
    assert ref.kind is kind
    assert ref.year == year


# guards: a person's report and a title-first entry are not read as a body's
@pytest.mark.parametrize(
    ("entry", "author"),
    [
        (
            "Lindgren, Karin. 2019. Fiskvägar i norr. Rapport 12. Umeå: Länsstyrelsen.",
            "Lindgren, Karin",
        ),
        (
            "Berg AK. Vandring av lax. Rapport 2019:3. Umeå: SLU; 2019.",
            "Berg AK",
        ),
    ],
)
def test_person_heads_stay_persons(entry: str, author: str) -> None:
    ref = parse_reference(entry, [1], detect_styles=True)
    assert ref.authors[:1] != () and author.split(",")[0].split()[0] in ref.authors[0]


# Dutch "e.a." after a particle filed after the given names: the name read as without it
@pytest.mark.parametrize(
    "entry",
    [
        'Vries, Anna Sophie de e.a. "Beekherstel in Brabant". Landschap 37 (2020): 88–97.',
        'Dijk, Pieter Willem van e.a. "Kwel en natuur". Landschap 36 (2019): 12–20.',
    ],
)
def test_dutch_others_after_particle(entry: str) -> None:
    ref = parse_reference(entry, [1], detect_styles=True)
    alone = parse_reference(entry.replace(" e.a.", "."), [1], detect_styles=True)
    assert ref.authors and ref.authors == alone.authors
    assert ref.title == alone.title
    assert ref.kind is ARTICLE and ref.year == alone.year
