"""Everyday journal articles, books, chapters, reports and web pages in the national styles
people really use (ISO 690 and its Spanish, French, German, Polish, Czech and Italian forms,
ABNT NBR 6023, Vancouver, APA 7, Harvard, Chicago, MLA 9, IEEE), parsed with style detection.

Every expectation was written by reading the entry; a field the entry does not have is not
checked.  Authors are compared by surname (each expected surname inside the parsed name, in
order, "et al." and "and others" left aside)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from bibcheck.model import Reference
from bibcheck.parse.references import parse_reference

_ET_AL = re.compile(r"^(?:et\s+al\.?|and\s+others|others|u\.\s?a\.|et\s+alii)$", re.I)
_WRAP = " \t.,;:*_\"'“”‘’«»"


def _text(value: str | None) -> str | None:
    # (French typographic spacing before a colon is no difference: "La distinction : critique")
    return re.sub(r"\s+:", ":", value.strip(_WRAP)) if value else value


def _pages(value: str | None) -> str | None:
    return re.sub(r"\s*[–—‑-]\s*", "-", value.strip()) if value else value


def _surnames_match(authors: tuple[str, ...], expected: list[str]) -> bool:
    named = [a for a in authors if not _ET_AL.match(a.strip())]
    if len(named) != len(expected):
        return False
    return all(s.casefold() in a.casefold() for a, s in zip(named, expected, strict=True))


def _mismatches(ref: Reference, expected: dict[str, Any]) -> list[str]:
    wrong = []
    for name, want in expected.items():
        got: object = getattr(ref, name)
        if name == "authors":
            ok = _surnames_match(ref.authors, want)
        elif name == "pages":
            ok = _pages(ref.pages) == want
        elif name == "kind":
            ok = ref.kind.value == want
        elif name == "year":
            ok = ref.year == want
        else:
            ok = _text(got if isinstance(got, str) else None) == _text(want)
        if not ok:
            wrong.append(f"{name}: got {got!r}, expected {want!r}")
    return wrong


def case(text: str, id: str, **expected: Any) -> Any:  # noqa: A002 (pytest's own word)
    return pytest.param(text, expected, id=id)


CASES = [
    # --- Italian (UNI / the common Italian journal style) ---
    case(
        "Rossi, M. Analisi sismica delle murature. Engineering Structures, 56, 2013, "
        "pp. 1787-1799.",
        "it-journal-vol-year-pp",
        authors=["Rossi"],
        title="Analisi sismica delle murature",
        host="Engineering Structures",
        year=2013,
        volume="56",
        pages="1787-1799",
        kind="article",
    ),
    case(
        "Rossi, M. Analisi sismica delle murature. Engineering Structures, 56, 2013, 1787-1799.",
        "it-journal-vol-year-bare-pages",
        authors=["Rossi"],
        title="Analisi sismica delle murature",
        host="Engineering Structures",
        year=2013,
        volume="56",
        pages="1787-1799",
    ),
    case(
        "Bianchi, L., Verdi, G. La gestione delle acque urbane. Ingegneria Ambientale, "
        "vol. 12, n. 3, 2018, pp. 45-60.",
        "it-journal-vol-n",
        authors=["Bianchi", "Verdi"],
        title="La gestione delle acque urbane",
        host="Ingegneria Ambientale",
        year=2018,
        volume="12",
        issue="3",
        pages="45-60",
    ),
    case(
        "Romano, G. Il paesaggio agrario. Rivista di Storia dell'Agricoltura, Vol. 30, No. 1, "
        "1990, pp. 3-28.",
        "it-journal-Vol-No",
        authors=["Romano"],
        title="Il paesaggio agrario",
        host="Rivista di Storia dell'Agricoltura",
        year=1990,
        volume="30",
        issue="1",
        pages="3-28",
    ),
    case(
        "Eco, U. Come si fa una tesi di laurea. Milano: Bompiani, 1977.",
        "it-book-place-publisher",
        authors=["Eco"],
        title="Come si fa una tesi di laurea",
        place="Milano",
        publisher="Bompiani",
        year=1977,
        kind="book",
    ),
    case(
        "Neri, P. Il restauro dei centri storici. In: Conti, R. (a cura di), Città e memoria. "
        "Firenze: Olschki, 2010, pp. 101-125.",
        "it-chapter-a-cura-di",
        authors=["Neri"],
        title="Il restauro dei centri storici",
        year=2010,
        pages="101-125",
        kind="chapter",
    ),
    # --- English in the same ISO-690-like journal shape ---
    case(
        "Brown, T. Coastal erosion in Britain. Marine Geology, 210, 2004, pp. 33-47.",
        "en-journal-vol-year-pp",
        authors=["Brown"],
        title="Coastal erosion in Britain",
        host="Marine Geology",
        year=2004,
        volume="210",
        pages="33-47",
    ),
    case(
        "Hughes, D., Patel, R. Wind loads on tall buildings. Journal of Wind Engineering, "
        "98(4), 2010, pp. 201-215.",
        "en-journal-volissue-year-pp",
        authors=["Hughes", "Patel"],
        title="Wind loads on tall buildings",
        host="Journal of Wind Engineering",
        year=2010,
        volume="98",
        issue="4",
        pages="201-215",
    ),
    # --- Spanish (UNE-ISO 690 and the common journal style) ---
    case(
        "García, J. Historia de la ciudad. Revista de Historia, 12(3), 2015, pp. 45-67.",
        "es-journal-volissue-year-pp",
        authors=["García"],
        title="Historia de la ciudad",
        host="Revista de Historia",
        year=2015,
        volume="12",
        issue="3",
        pages="45-67",
    ),
    case(
        "Sánchez, R. El agua en la ciudad. Cuadernos Geográficos, 48, 2011, 101-120.",
        "es-journal-vol-year-bare-pages",
        authors=["Sánchez"],
        title="El agua en la ciudad",
        host="Cuadernos Geográficos",
        year=2011,
        volume="48",
        pages="101-120",
    ),
    case(
        "MARTÍNEZ LÓPEZ, Ana. La reforma educativa en España. Revista de Educación, 2019, "
        "vol. 385, núm. 2, pp. 11-34.",
        "es-une-journal-year-vol-num",
        authors=["Martínez López"],
        title="La reforma educativa en España",
        host="Revista de Educación",
        year=2019,
        volume="385",
        issue="2",
        pages="11-34",
    ),
    case(
        "PÉREZ GALDÓS, Benito. Fortunata y Jacinta. Madrid: Cátedra, 2005.",
        "es-une-book",
        authors=["Pérez Galdós"],
        title="Fortunata y Jacinta",
        place="Madrid",
        publisher="Cátedra",
        year=2005,
        kind="book",
    ),
    case(
        "Gómez, L. La ciudad medieval. En: Ruiz, M. (ed.). Historia urbana. Madrid: Síntesis, "
        "2003, pp. 15-40.",
        "es-chapter-en",
        authors=["Gómez"],
        title="La ciudad medieval",
        year=2003,
        pages="15-40",
        kind="chapter",
    ),
    # --- French (NF Z44-005 / ISO 690) ---
    case(
        "DUPONT, Jean. Les villes moyennes en France. Annales de géographie, 2012, vol. 121, "
        "n° 4, p. 345-367.",
        "fr-journal-year-vol-no",
        authors=["Dupont"],
        title="Les villes moyennes en France",
        host="Annales de géographie",
        year=2012,
        volume="121",
        issue="4",
        pages="345-367",
    ),
    case(
        "Martin, C. L'école et la ville. Revue française de pédagogie, 45(2), 2008, p. 12-25.",
        "fr-journal-volissue-year-p",
        authors=["Martin"],
        title="L'école et la ville",
        host="Revue française de pédagogie",
        year=2008,
        volume="45",
        issue="2",
        pages="12-25",
    ),
    case(
        "BOURDIEU, Pierre. La distinction : critique sociale du jugement. Paris : Éditions de "
        "Minuit, 1979.",
        "fr-book-spaced-colon",
        authors=["Bourdieu"],
        title="La distinction : critique sociale du jugement",
        place="Paris",
        publisher="Éditions de Minuit",
        year=1979,
        kind="book",
    ),
    case(
        "LEROY, Anne. Le roman et l'histoire. In : MOREAU, Paul (dir.). Littérature et "
        "société. Lyon : Presses universitaires de Lyon, 2015, p. 55-78.",
        "fr-chapter-in",
        authors=["Leroy"],
        title="Le roman et l'histoire",
        year=2015,
        pages="55-78",
        kind="chapter",
    ),
    # --- German (DIN 1505-2 / ISO 690) ---
    case(
        "Müller, K. Die Stadt im Mittelalter. Zeitschrift für Geschichte 45 (2001), S. 12-30.",
        "de-journal-vol-paren-year-S",
        authors=["Müller"],
        title="Die Stadt im Mittelalter",
        host="Zeitschrift für Geschichte",
        year=2001,
        volume="45",
        pages="12-30",
        kind="article",
    ),
    case(
        "Klein, U. Sprache und Macht. Deutsche Sprache 33 (2005), H. 2, S. 97-115.",
        "de-journal-heft",
        authors=["Klein"],
        title="Sprache und Macht",
        host="Deutsche Sprache",
        year=2005,
        volume="33",
        issue="2",
        pages="97-115",
    ),
    case(
        "Schmidt, Hans: Die Reform der Kommunalverwaltung. In: Verwaltungsarchiv 98 (2007), "
        "Nr. 2, S. 145-170.",
        "de-din-journal-in",
        authors=["Schmidt"],
        title="Die Reform der Kommunalverwaltung",
        host="Verwaltungsarchiv",
        year=2007,
        volume="98",
        issue="2",
        pages="145-170",
    ),
    case(
        "Weber, Max: Wirtschaft und Gesellschaft. Tübingen: Mohr, 1922.",
        "de-din-book",
        authors=["Weber"],
        title="Wirtschaft und Gesellschaft",
        place="Tübingen",
        publisher="Mohr",
        year=1922,
        kind="book",
    ),
    case(
        "BECKER, Thomas. Energiewende und Netzausbau. Energiewirtschaftliche Tagesfragen, "
        "2014, Jg. 64, Nr. 5, S. 20-25.",
        "de-iso-journal-jg-nr",
        authors=["Becker"],
        title="Energiewende und Netzausbau",
        host="Energiewirtschaftliche Tagesfragen",
        year=2014,
        volume="64",
        issue="5",
        pages="20-25",
    ),
    case(
        "Fischer, Anna: Migration und Stadt. In: Koch, Peter (Hrsg.): Urbane Räume. Berlin: "
        "Springer, 2016, S. 33-51.",
        "de-din-chapter",
        authors=["Fischer"],
        title="Migration und Stadt",
        year=2016,
        pages="33-51",
        kind="chapter",
    ),
    # --- Polish (PN-ISO 690) ---
    case(
        "Kowalski, J. Rozwój miast w Polsce. Przegląd Geograficzny, 2010, t. 82, nr 3, s. 315-340.",
        "pl-journal-t-nr-s",
        authors=["Kowalski"],
        title="Rozwój miast w Polsce",
        host="Przegląd Geograficzny",
        year=2010,
        volume="82",
        issue="3",
        pages="315-340",
    ),
    case(
        "Nowak, A. Historia Polski. Warszawa: PWN, 2005.",
        "pl-book",
        authors=["Nowak"],
        title="Historia Polski",
        place="Warszawa",
        publisher="PWN",
        year=2005,
        kind="book",
    ),
    case(
        "Zieliński, P. Analiza ryzyka w budownictwie. Inżynieria i Budownictwo, 73(4), 2017, "
        "s. 201-205.",
        "pl-journal-volissue-year-s",
        authors=["Zieliński"],
        title="Analiza ryzyka w budownictwie",
        host="Inżynieria i Budownictwo",
        year=2017,
        volume="73",
        issue="4",
        pages="201-205",
    ),
    # --- Czech (ČSN ISO 690) ---
    case(
        "NOVÁK, Petr. Vývoj českého venkova. Sociologický časopis. 2011, roč. 47, č. 3, "
        "s. 523-546.",
        "cs-journal-roc-c-s",
        authors=["Novák"],
        title="Vývoj českého venkova",
        host="Sociologický časopis",
        year=2011,
        volume="47",
        issue="3",
        pages="523-546",
    ),
    case(
        "DVOŘÁK, Jan. Dějiny architektury. Praha: Academia, 2009.",
        "cs-book",
        authors=["Dvořák"],
        title="Dějiny architektury",
        place="Praha",
        publisher="Academia",
        year=2009,
        kind="book",
    ),
    # --- the same numbering in the neighbouring languages ---
    case(
        "Popescu, A. Dezvoltarea urbană în România. Revista de Geografie, vol. 14, nr. 2, 2016, "
        "pp. 33-48.",
        "ro-journal-vol-nr",
        authors=["Popescu"],
        title="Dezvoltarea urbană în România",
        host="Revista de Geografie",
        year=2016,
        volume="14",
        issue="2",
        pages="33-48",
        kind="article",
    ),
    case(
        "Horvat, M. Gradovi i regije. Geografski glasnik, god. 70, br. 1, 2008, str. 5-20.",
        "hr-journal-god-br-str",
        authors=["Horvat"],
        title="Gradovi i regije",
        host="Geografski glasnik",
        year=2008,
        volume="70",
        issue="1",
        pages="5-20",
    ),
    case(
        "Kovács, P. A városi tér. Tér és Társadalom, 2015, 29. évf., 3. sz., 45-60.",
        "hu-journal-evf-sz",
        authors=["Kovács"],
        title="A városi tér",
        host="Tér és Társadalom",
        year=2015,
        volume="29",
        issue="3",
        pages="45-60",
    ),
    case(
        "Jansen, P. De stad als ecosysteem. Geografie, jrg. 21, nr. 4, 2012, p. 10-14.",
        "nl-journal-jrg-nr",
        authors=["Jansen"],
        title="De stad als ecosysteem",
        host="Geografie",
        year=2012,
        volume="21",
        issue="4",
        pages="10-14",
    ),
    case(
        "Lind, E. Staden och landet. Historisk tidskrift, årg. 130, nr 2, 2010, s. 201-220.",
        "sv-journal-arg-nr",
        authors=["Lind"],
        title="Staden och landet",
        host="Historisk tidskrift",
        year=2010,
        volume="130",
        issue="2",
        pages="201-220",
    ),
    case(
        "HORVÁTH, Ján. Mestá na Slovensku. Geografický časopis. 2014, roč. 66, č. 2, s. 101-120.",
        "sk-journal-roc-c-s",
        authors=["Horváth"],
        title="Mestá na Slovensku",
        host="Geografický časopis",
        year=2014,
        volume="66",
        issue="2",
        pages="101-120",
    ),
    case(
        "Yılmaz, A. Kentsel dönüşüm ve planlama. Planlama Dergisi, 28(2), 2018, 45-60.",
        "tr-journal-volissue-bare-pages",
        authors=["Yılmaz"],
        title="Kentsel dönüşüm ve planlama",
        host="Planlama Dergisi",
        year=2018,
        volume="28",
        issue="2",
        pages="45-60",
    ),
    case(
        "Ruiz, P. Arquitectura y ciudad. Revista de Arquitectura, vol. 20, n.º 1, 2018, pp. 5-19.",
        "es-journal-n-ordinal",
        authors=["Ruiz"],
        title="Arquitectura y ciudad",
        host="Revista de Arquitectura",
        year=2018,
        volume="20",
        issue="1",
        pages="5-19",
    ),
    case(
        "Durand, M. L'histoire urbaine. Revue historique, t. 302, n° 3, 2000, p. 611-640.",
        "fr-journal-tome",
        authors=["Durand"],
        title="L'histoire urbaine",
        host="Revue historique",
        year=2000,
        volume="302",
        issue="3",
        pages="611-640",
    ),
    case(
        "Wagner, F. Die Energiewende. In: Zeitschrift für Energiewirtschaft, Jg. 38, H. 3, 2014, "
        "S. 201-215.",
        "de-journal-in-jg-heft",
        authors=["Wagner"],
        title="Die Energiewende",
        host="Zeitschrift für Energiewirtschaft",
        year=2014,
        volume="38",
        issue="3",
        pages="201-215",
    ),
    case(
        "Nowak, J. Miasto i wieś. W: Kowalski, A. (red.). Studia regionalne. Kraków: "
        "Universitas, 2012, s. 45-60.",
        "pl-chapter-w",
        authors=["Nowak"],
        title="Miasto i wieś",
        year=2012,
        pages="45-60",
        kind="chapter",
    ),
    case(
        "NOVÁKOVÁ, Eva. Město v krajině. In: DVOŘÁK, Jan (ed.). Krajina a lidé. Brno: Host, "
        "2015, s. 12-30.",
        "cs-chapter-in",
        authors=["Nováková"],
        title="Město v krajině",
        year=2015,
        pages="12-30",
        kind="chapter",
    ),
    case(
        "Greco, F. La città e il porto. Milano: FrancoAngeli, 2014.",
        "it-book-2",
        authors=["Greco"],
        title="La città e il porto",
        place="Milano",
        publisher="FrancoAngeli",
        year=2014,
        kind="book",
    ),
    # --- Portuguese (ABNT NBR 6023) ---
    case(
        "Silva, A.; Souza, B. Gestão hospitalar no Brasil. Revista de Saúde Pública, v. 40, "
        "n. 2, p. 10-20, 2006.",
        "pt-abnt-journal",
        authors=["Silva", "Souza"],
        title="Gestão hospitalar no Brasil",
        host="Revista de Saúde Pública",
        year=2006,
        volume="40",
        issue="2",
        pages="10-20",
        kind="article",
    ),
    case(
        "SANTOS, M. A. A urbanização brasileira. Revista Brasileira de Geografia, v. 55, n. 1, "
        "p. 5-30, 1993.",
        "pt-abnt-journal-caps",
        authors=["Santos"],
        title="A urbanização brasileira",
        host="Revista Brasileira de Geografia",
        year=1993,
        volume="55",
        issue="1",
        pages="5-30",
    ),
    case(
        "ALMEIDA, R. Saúde e trabalho. Cadernos de Saúde Pública, Rio de Janeiro, v. 25, n. 4, "
        "p. 800-812, abr. 2009.",
        "pt-abnt-journal-place-month",
        authors=["Almeida"],
        title="Saúde e trabalho",
        host="Cadernos de Saúde Pública",
        year=2009,
        volume="25",
        issue="4",
        pages="800-812",
    ),
    case(
        "FREIRE, Paulo. Pedagogia do oprimido. 17. ed. Rio de Janeiro: Paz e Terra, 1987.",
        "pt-abnt-book-edition",
        authors=["Freire"],
        title="Pedagogia do oprimido",
        place="Rio de Janeiro",
        publisher="Paz e Terra",
        year=1987,
        kind="book",
    ),
    case(
        "OLIVEIRA, J. Economia brasileira. São Paulo: Atlas, 2012. 320 p.",
        "pt-abnt-book-extent",
        authors=["Oliveira"],
        title="Economia brasileira",
        place="São Paulo",
        publisher="Atlas",
        year=2012,
        kind="book",
    ),
    case(
        "COSTA, L. A cidade e o campo. In: PEREIRA, R. (org.). Estudos urbanos. São Paulo: "
        "Edusp, 2004. p. 77-98.",
        "pt-abnt-chapter",
        authors=["Costa"],
        title="A cidade e o campo",
        year=2004,
        pages="77-98",
        kind="chapter",
    ),
    case(
        "Lima, F.; Rocha, G.; Alves, H. Saneamento e saúde. Engenharia Sanitária, v. 12, n. 1, "
        "p. 33-41, 2014.",
        "pt-abnt-three-semicolon-names",
        authors=["Lima", "Rocha", "Alves"],
        title="Saneamento e saúde",
        host="Engenharia Sanitária",
        year=2014,
        volume="12",
        issue="1",
        pages="33-41",
    ),
    case(
        "Souza, M.; Prado, C. Gestão pública. São Paulo: Atlas, 2010.",
        "pt-semicolon-names-book",
        authors=["Souza", "Prado"],
        title="Gestão pública",
        place="São Paulo",
        publisher="Atlas",
        year=2010,
        kind="book",
    ),
    case(
        "Rinaldi, C., Storia di Venezia, Milano, Mondadori, 1985, p. 45.",
        "it-comma-book-cited-page",
        authors=["Rinaldi"],
        title="Storia di Venezia",
        year=1985,
        pages="45",
        host=None,
        kind="book",
    ),
    # --- Vancouver ---
    case(
        "Smith J, Jones AB. Blood pressure in adults. Lancet. 2010;375(9711):123-30.",
        "vancouver-journal",
        authors=["Smith", "Jones"],
        title="Blood pressure in adults",
        host="Lancet",
        year=2010,
        volume="375",
        issue="9711",
        pages="123-30",
    ),
    case(
        "Murray PR, Rosenthal KS. Medical microbiology. 4th ed. St. Louis: Mosby; 2002.",
        "vancouver-book",
        authors=["Murray", "Rosenthal"],
        title="Medical microbiology",
        place="St. Louis",
        publisher="Mosby",
        year=2002,
        kind="book",
    ),
    case(
        "Hale DK, Ortiz M, Chen L, et al. Sodium intake and stroke risk in older women. "
        "Stroke. 2016;47(3):614-20.",
        "vancouver-journal-et-al",
        authors=["Hale", "Ortiz", "Chen"],
        title="Sodium intake and stroke risk in older women",
        host="Stroke",
        year=2016,
        volume="47",
        issue="3",
        pages="614-20",
    ),
    # --- APA 7 ---
    case(
        "Nguyen, T., & Park, S. (2021). Sleep and memory in adolescents. Journal of "
        "Adolescent Health, 68(4), 712–719.",
        "apa-journal",
        authors=["Nguyen", "Park"],
        title="Sleep and memory in adolescents",
        host="Journal of Adolescent Health",
        year=2021,
        volume="68",
        issue="4",
        pages="712-719",
        kind="article",
    ),
    case(
        "Kahn, R. (2018). Learning in the digital age (2nd ed.). Routledge.",
        "apa-book",
        authors=["Kahn"],
        title="Learning in the digital age",
        publisher="Routledge",
        year=2018,
        kind="book",
    ),
    case(
        "Lopez, M. (2017). Urban heat islands. In K. Adams & L. Brown (Eds.), Cities and "
        "climate (pp. 45–67). Springer.",
        "apa-chapter",
        authors=["Lopez"],
        title="Urban heat islands",
        host="Cities and climate",
        year=2017,
        pages="45-67",
        publisher="Springer",
        kind="chapter",
    ),
    case(
        "World Health Organization. (2020, March 11). Coronavirus disease situation report. "
        "https://www.who.int/reports/sitrep-51",
        "apa-web",
        title="Coronavirus disease situation report",
        year=2020,
        kind="web",
    ),
    # --- Harvard (UK) ---
    case(
        "Taylor, R. (2016) 'Housing markets after the crisis', Urban Studies, 53(2), pp. 201-219.",
        "harvard-journal",
        authors=["Taylor"],
        title="Housing markets after the crisis",
        host="Urban Studies",
        year=2016,
        volume="53",
        issue="2",
        pages="201-219",
    ),
    case(
        "Giddens, A. (2013) Sociology. 7th edn. Cambridge: Polity Press.",
        "harvard-book",
        authors=["Giddens"],
        title="Sociology",
        place="Cambridge",
        publisher="Polity Press",
        year=2013,
        kind="book",
    ),
    case(
        "BBC (2021) Climate change: what you need to know. Available at: "
        "https://www.bbc.co.uk/news/science (Accessed: 3 May 2022).",
        "harvard-web",
        title="Climate change: what you need to know",
        year=2021,
        kind="web",
    ),
    # --- Chicago (author-date and notes-bibliography) ---
    case(
        'Keller, Anna. 2014. "Rivers and Cities." Journal of Urban History 40 (3): 455–72.',
        "chicago-ad-journal",
        authors=["Keller"],
        title="Rivers and Cities",
        host="Journal of Urban History",
        year=2014,
        volume="40",
        issue="3",
        pages="455-72",
    ),
    case(
        "Morris, David. 2009. The Making of a Nation. Chicago: University of Chicago Press.",
        "chicago-ad-book",
        authors=["Morris"],
        title="The Making of a Nation",
        place="Chicago",
        publisher="University of Chicago Press",
        year=2009,
        kind="book",
    ),
    case(
        "Hall, Peter. Cities in Civilization. New York: Pantheon, 1998.",
        "chicago-nb-book",
        authors=["Hall"],
        title="Cities in Civilization",
        place="New York",
        publisher="Pantheon",
        year=1998,
        kind="book",
    ),
    case(
        'Ward, Lisa. "Trade and Empire." American Historical Review 112, no. 4 (2007): 987–1010.',
        "chicago-nb-journal",
        authors=["Ward"],
        title="Trade and Empire",
        host="American Historical Review",
        year=2007,
        volume="112",
        issue="4",
        pages="987-1010",
    ),
    # --- MLA 9 ---
    case(
        'Baker, Nora. "Memory in the Modern Novel." Modern Fiction Studies, vol. 61, no. 2, '
        "2015, pp. 233-250.",
        "mla-journal",
        authors=["Baker"],
        title="Memory in the Modern Novel",
        host="Modern Fiction Studies",
        year=2015,
        volume="61",
        issue="2",
        pages="233-250",
    ),
    case(
        "Stone, Eric. The Quiet Shore. Penguin Books, 2012.",
        "mla-book",
        authors=["Stone"],
        title="The Quiet Shore",
        publisher="Penguin Books",
        year=2012,
    ),
    # --- IEEE ---
    case(
        'A. Kumar and B. Lee, "Adaptive control of drones," IEEE Trans. Robot., vol. 35, '
        "no. 4, pp. 1001-1012, Aug. 2019.",
        "ieee-journal",
        authors=["Kumar", "Lee"],
        title="Adaptive control of drones",
        host="IEEE Trans. Robot",
        year=2019,
        volume="35",
        issue="4",
        pages="1001-1012",
    ),
    case(
        "R. Brown, Signal Processing Basics, 3rd ed. New York, NY, USA: Wiley, 2015.",
        "ieee-book",
        authors=["Brown"],
        title="Signal Processing Basics",
        publisher="Wiley",
        year=2015,
    ),
    # --- Oxford / MHRA ---
    case(
        "Lund, K. M., and others, Plain Title (London: Pub, 2011)",
        "mhra-and-others-book",
        authors=["Lund"],
        title="Plain Title",
        place="London",
        publisher="Pub",
        year=2011,
    ),
    # --- web pages, reports, editions, chapters in more styles ---
    case(
        "NOVÁK, Jan. Dějiny města Brna [online]. Brno: Muzeum města Brna, 2018 [cit. 2021-03-15]. Dostupné z: https://www.example.cz/dejiny",
        "cs-web-online",
        authors=["Novák"],
        title="Dějiny města Brna",
        place="Brno",
        publisher="Muzeum města Brna",
        year=2018,
    ),
    case(
        "SILVA, João. A história da cidade. 2. ed. São Paulo: Contexto, 2015. 240 p. ISBN 978-85-7244-000-0.",
        "pt-abnt-book-isbn",
        authors=["Silva"],
        title="A história da cidade",
        place="São Paulo",
        publisher="Contexto",
        year=2015,
        kind="book",
    ),
    case(
        "MOREAU, Luc. Sociologie urbaine. Paris : PUF, 2003, 250 p.",
        "fr-book-extent-after-year",
        authors=["Moreau"],
        title="Sociologie urbaine",
        place="Paris",
        publisher="PUF",
        year=2003,
        kind="book",
    ),
    case(
        "Schulz, Peter: Einführung in die Soziologie. 3. Aufl. Stuttgart: Kohlhammer, 2012.",
        "de-book-aufl",
        authors=["Schulz"],
        title="Einführung in die Soziologie",
        place="Stuttgart",
        publisher="Kohlhammer",
        year=2012,
        kind="book",
    ),
    case(
        "LÓPEZ, Carmen. Economía regional. 2.ª ed. Madrid: Alianza Editorial, 2001. ISBN 84-206-8000-1.",
        "es-book-isbn",
        authors=["López"],
        title="Economía regional",
        place="Madrid",
        publisher="Alianza Editorial",
        year=2001,
        kind="book",
    ),
    case(
        "Kowalska, A. Polityka miejska. Wyd. 2. Warszawa: Wydawnictwo Naukowe PWN, 2016.",
        "pl-book-wyd",
        authors=["Kowalska"],
        title="Polityka miejska",
        place="Warszawa",
        publisher="Wydawnictwo Naukowe PWN",
        year=2016,
        kind="book",
    ),
    case(
        "Parker R, Chen Y. Air pollution and asthma [Internet]. Geneva: World Health Organization; 2019 [cited 2021 Mar 5]. Available from: https://www.who.int/air",
        "vancouver-web-report",
        authors=["Parker", "Chen"],
        title="Air pollution and asthma",
        place="Geneva",
        publisher="World Health Organization",
        year=2019,
    ),
    case(
        "Blake GH, Lee K. Hypertension in pregnancy. In: Walker J, editor. Obstetrics today. 2nd ed. London: Elsevier; 2015. p. 210-25.",
        "vancouver-chapter",
        authors=["Blake", "Lee"],
        title="Hypertension in pregnancy",
        year=2015,
        pages="210-25",
        kind="chapter",
    ),
    case(
        "Ortega, L., & Wu, H. (2020). Remote work and productivity. Journal of Applied Psychology, 105(9), 1001–1015. https://doi.org/10.1037/apl0000800",
        "apa-journal-doi",
        authors=["Ortega", "Wu"],
        title="Remote work and productivity",
        host="Journal of Applied Psychology",
        year=2020,
        volume="105",
        issue="9",
        pages="1001-1015",
        kind="article",
    ),
    case(
        "Office for National Statistics. (2022). Population estimates for the UK (Report No. 12). https://www.ons.gov.uk/population",
        "apa-report-org",
        title="Population estimates for the UK",
        year=2022,
    ),
    case(
        "Clark, H. (2018) 'Rural broadband', in Jones, M. and Patel, S. (eds) Digital Britain. Bristol: Policy Press, pp. 55-72.",
        "harvard-chapter",
        authors=["Clark"],
        title="Rural broadband",
        year=2018,
        pages="55-72",
        kind="chapter",
    ),
    case(
        'Foster, Helen. 2011. "Songs of the Sea." In Maritime Cultures, edited by Paul Grey, 33–58. Boston: Beacon Press.',
        "chicago-ad-chapter",
        authors=["Foster"],
        title="Songs of the Sea",
        host="Maritime Cultures",
        year=2011,
        pages="33-58",
        kind="chapter",
    ),
    case(
        'Gray, Olivia. "Night Trains." The Oxford Book of Travel, edited by Mark Hill, Oxford UP, 2010, pp. 88-101.',
        "mla-chapter",
        authors=["Gray"],
        title="Night Trains",
        year=2010,
        pages="88-101",
    ),
    case(
        'J. Park, K. Kim, and S. Lee, "Low-power sensor networks," in Proc. IEEE Int. Conf. Commun. (ICC), Paris, France, 2017, pp. 1-6.',
        "ieee-conference",
        authors=["Park", "Kim", "Lee"],
        title="Low-power sensor networks",
        year=2017,
        pages="1-6",
    ),
    case(
        "Green, T. et al. Soil carbon in grasslands. Ecology, 45, 2016, pp. 88-97.",
        "iso-et-al-journal",
        authors=["Green"],
        title="Soil carbon in grasslands",
        host="Ecology",
        year=2016,
        volume="45",
        pages="88-97",
    ),
    case(
        "Bauer, M.; Klein, S. Urban water management. Water Research, 2018, vol. 140, pp. 10-22.",
        "semicolon-journal-year-first",
        authors=["Bauer", "Klein"],
        title="Urban water management",
        host="Water Research",
        year=2018,
        volume="140",
        pages="10-22",
    ),
    case(
        "Ricci, A. La città sostenibile. In: Urbanistica, 2015, vol. 12, n. 4, pp. 33-40.",
        "it-journal-in",
        authors=["Ricci"],
        title="La città sostenibile",
        host="Urbanistica",
        year=2015,
        volume="12",
        issue="4",
        pages="33-40",
    ),
    case(
        "Costa, P. Educação e sociedade. Revista Brasileira de Educação, Rio de Janeiro, v. 18, n. 53, p. 291-310, abr./jun. 2013.",
        "pt-abnt-month-range",
        authors=["Costa"],
        title="Educação e sociedade",
        host="Revista Brasileira de Educação",
        year=2013,
        volume="18",
        issue="53",
        pages="291-310",
    ),
    case(
        "Dubois, É. La ville et ses marges. Espaces et sociétés, n° 144, 2011, p. 25-40.",
        "fr-journal-issue-only",
        authors=["Dubois"],
        title="La ville et ses marges",
        host="Espaces et sociétés",
        year=2011,
        issue="144",
        pages="25-40",
    ),
    case(
        "Hoffmann, J. Klimawandel und Stadtplanung. Raumforschung und Raumordnung, 2019, 77(3), S. 245-260.",
        "de-journal-volissue-S",
        authors=["Hoffmann"],
        title="Klimawandel und Stadtplanung",
        host="Raumforschung und Raumordnung",
        year=2019,
        volume="77",
        issue="3",
        pages="245-260",
    ),
    # --- names joined by a conjunction or with initials after them; compact journal forms ---
    case(
        "Rossi M., Bianchi L. Analisi sismica delle murature. Ingegneria Sismica, 30, 2013, pp. 11-25.",
        "it-names-initials-after",
        authors=["Rossi", "Bianchi"],
        title="Analisi sismica delle murature",
        host="Ingegneria Sismica",
        year=2013,
        volume="30",
        pages="11-25",
    ),
    case(
        "Kowalski J., Nowak A. Rozwój miast. Przegląd Geograficzny, 2010, t. 82, nr 3, s. 315-340.",
        "pl-names-initials-after",
        authors=["Kowalski", "Nowak"],
        title="Rozwój miast",
        host="Przegląd Geograficzny",
        year=2010,
        volume="82",
        issue="3",
        pages="315-340",
    ),
    case(
        "Rossi M, Bianchi L (2013) Seismic analysis of masonry. Eng Struct 56:1787–1799",
        "springer-basic",
        authors=["Rossi", "Bianchi"],
        title="Seismic analysis of masonry",
        host="Eng Struct",
        year=2013,
        volume="56",
        pages="1787-1799",
    ),
    case(
        "M. Rossi, L. Bianchi, Seismic analysis of masonry, Eng. Struct. 56 (2013) 1787–1799.",
        "elsevier-numbered",
        authors=["Rossi", "Bianchi"],
        title="Seismic analysis of masonry",
        host="Eng. Struct",
        year=2013,
        volume="56",
        pages="1787-1799",
    ),
    case(
        "Rossi, M. & Bianchi, L. Seismic analysis of masonry. Eng. Struct. 56, 1787–1799 (2013).",
        "nature-journal",
        authors=["Rossi", "Bianchi"],
        title="Seismic analysis of masonry",
        host="Eng. Struct",
        year=2013,
        volume="56",
        pages="1787-1799",
    ),
    case(
        "NOVÁK, Petr a DVOŘÁK, Jan. Venkov a město. Praha: Academia, 2010.",
        "cs-two-authors-a",
        authors=["Novák", "Dvořák"],
        title="Venkov a město",
        place="Praha",
        publisher="Academia",
        year=2010,
    ),
    case(
        "DUPONT, Jean et MARTIN, Paul. La ville. Paris : Armand Colin, 2008.",
        "fr-two-authors-et",
        authors=["Dupont", "Martin"],
        title="La ville",
        place="Paris",
        publisher="Armand Colin",
        year=2008,
    ),
    case(
        "Müller, K.; Schmidt, H.: Stadtentwicklung in Deutschland. Berlin: Springer, 2012.",
        "de-din-semicolon-colon",
        authors=["Müller", "Schmidt"],
        title="Stadtentwicklung in Deutschland",
        place="Berlin",
        publisher="Springer",
        year=2012,
    ),
    case(
        "Rossi, M. e Bianchi, L. Il cemento armato. Torino: UTET, 2004.",
        "it-two-authors-e",
        authors=["Rossi", "Bianchi"],
        title="Il cemento armato",
        place="Torino",
        publisher="UTET",
        year=2004,
    ),
    case(
        "García, J. y López, M. Historia de Madrid. Madrid: Cátedra, 2009.",
        "es-two-authors-y",
        authors=["García", "López"],
        title="Historia de Madrid",
        place="Madrid",
        publisher="Cátedra",
        year=2009,
    ),
    case(
        "Smith, J. and Brown, K. Urban ecology. Landscape Journal, 12(2), 2011, pp. 5-19.",
        "en-two-authors-and-iso",
        authors=["Smith", "Brown"],
        title="Urban ecology",
        host="Landscape Journal",
        year=2011,
        volume="12",
        issue="2",
        pages="5-19",
    ),
    case(
        "Santos, R. Cidades inteligentes. Lisboa: Edições 70, 2019.",
        "pt-publisher-with-number",
        authors=["Santos"],
        title="Cidades inteligentes",
        place="Lisboa",
        publisher="Edições 70",
        year=2019,
    ),
    case(
        "Thompson, A. Clinical nursing. 5th ed. Oxford: Wiley-Blackwell, 2014.",
        "en-iso-book-edition",
        authors=["Thompson"],
        title="Clinical nursing",
        place="Oxford",
        publisher="Wiley-Blackwell",
        year=2014,
        kind="book",
    ),
    case(
        "Wilson, K. Rivers of Europe. London: Academic Press, 2009. 480 p.",
        "en-iso-book-extent",
        authors=["Wilson"],
        title="Rivers of Europe",
        place="London",
        publisher="Academic Press",
        year=2009,
        kind="book",
    ),
    case(
        "Ivanova, M. Urban growth in Sofia. Geographica Pannonica, 2016, Vol. 20, Issue 3, pp. 120-131.",
        "en-vol-issue-words",
        authors=["Ivanova"],
        title="Urban growth in Sofia",
        host="Geographica Pannonica",
        year=2016,
        volume="20",
        issue="3",
        pages="120-131",
    ),
    case(
        "Petrov, P. Water in cities. Sustainability 2019, 11, 4567.",
        "mdpi-article-number",
        authors=["Petrov"],
        title="Water in cities",
        host="Sustainability",
        year=2019,
        volume="11",
        pages="4567",
    ),
    # --- reports ---
    case(
        "Smith, J. Air quality in European cities. Copenhagen: European Environment Agency, 2018.",
        "iso-report-agency",
        authors=["Smith"],
        title="Air quality in European cities",
        place="Copenhagen",
        publisher="European Environment Agency",
        year=2018,
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_everyday_reference(text: str, expected: dict[str, Any]) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert _mismatches(ref, expected) == [], ref.style


# A style is claimed only where its own marks are: ACS's "J. Abbr. 2014, 383, 1325" or "In
# Book;", Harvard's "(2020)" right after the names, Nature's "(Publisher, Place, 2011)".
@pytest.mark.parametrize(
    ("text", "not_styles"),
    [
        pytest.param(
            "Rossi, M. Analisi sismica delle murature. Engineering Structures, 56, 2013, "
            "1787-1799.",
            {"acs"},
            id="comma-journal-is-no-acs",
        ),
        pytest.param(
            "Silva, A.; Souza, B. Gestão hospitalar no Brasil. Revista de Saúde Pública, v. 40, "
            "n. 2, p. 10-20, 2006.",
            {"acs"},
            id="abnt-semicolons-are-no-acs",
        ),
        pytest.param(
            "Kovács, P. A városi tér. Tér és Társadalom, 2015, 29. évf., 3. sz., 45-60.",
            {"acs"},
            id="hu-journal-is-no-acs",
        ),
        pytest.param(
            "Müller, K. Die Stadt im Mittelalter. Zeitschrift für Geschichte 45 (2001), S. 12-30.",
            {"harvard"},
            id="din-volume-year-is-no-harvard",
        ),
        pytest.param(
            "Lund, K. M., and others, Plain Title (London: Pub, 2011)",
            {"nature"},
            id="place-colon-publisher-is-no-nature",
        ),
    ],
)
def test_no_style_without_its_marks(text: str, not_styles: set[str]) -> None:
    assert parse_reference(text, [1], detect_styles=True).style not in not_styles


# An entry some parser claimed but misread (its title swallowed the journal) is labelled by
# the reading that won, ISO 690's.
@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Rossi, M. Analisi sismica delle murature. Engineering Structures, 56, 2013, "
            "pp. 1787-1799.",
            id="title-swallowed-journal",
        ),
        pytest.param(
            "Rossi, M. Analisi sismica delle murature. Engineering Structures, 56(2), 2013, "
            "pp. 1787-1799.",
            id="title-swallowed-journal-volume-issue",
        ),
    ],
)
def test_misread_shape_is_labelled_iso690(text: str) -> None:
    assert parse_reference(text, [1], detect_styles=True).style == "iso690"
