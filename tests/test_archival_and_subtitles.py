"""Notes that need not be in the literature list (archival sources), and titles that differ
only by a subtitle a note leaves out."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.parse.matching import same_but_subtitle
from bibcheck.parse.references.archival import archival_source


@pytest.mark.parametrize(
    ("text", "archival"),
    [
        pytest.param("Archives nationales d'outre-mer, C 11A 42, letter of 3 May 1721.", True,
                     id="french-series"),
        pytest.param("Archives municipales de Nantes, 2 J 118, journal of the Aimable.", True,
                     id="french-j-series"),
        pytest.param("ГАРФ. Ф. Р-5446. Оп. 1. Д. 71. Л. 12.", True, id="russian-fonds"),
        pytest.param("Подсчитано по: ЦГА СПб. Ф. 1000. Оп. 2. Д. 34.", True, id="lead-in"),
        pytest.param("ДАХО. Ф. 3. Оп. 1. Спр. 45. Арк. 7–9.", True, id="ukrainian-sprava"),
        pytest.param("The National Archives, CO 137/45, fol. 12.", True, id="kew"),
        pytest.param("Stadtarchiv Lübeck, Best. 5.4, Nr. 219.", True, id="german-bestand"),
        pytest.param("Yale University Manuscripts and Archives, Hale papers, box 3, folder 17.",
                     True, id="box-folder"),
        pytest.param("Archivio Generale Arcivescovile di Bologna, Visite pastorali, vol. 14, "
                     "cc. 33r-41v.", True, id="italian-carte"),
        pytest.param("Archivio di Stato di Firenze, Compagnie religiose soppresse, b. 1654.", True,
                     id="italian-busta"),
        pytest.param("Archivo Histórico Nacional, Inquisición, lib. 1231, fol. 45v.", True,
                     id="folio-verso"),
        pytest.param("Archivio di Stato di Bologna, Notarile, fasc. 3, c. 2r.", True,
                     id="italian-fascicolo"),
        pytest.param("Archivio storico italiano, vol. 12 (Firenze: Olschki, 1990), 34.", False,
                     id="journal-named-archivio"),
        pytest.param("Archivio storico lombardo 112 (1986): 45-67.", False,
                     id="journal-article"),
        pytest.param("Actes du Conseil, 2nd ser., vol. 4 (Paris: Imprimerie royale, 1789), 12.",
                     False, id="published-edition"),
        pytest.param("Archives of Disorder, 2nd ed. (London: Verso, 2004), 12.", False,
                     id="book-title-with-archives"),
        pytest.param("Jacques Derrida, Archive Fever, 45.", False, id="short-note"),
        pytest.param("Bundesarchiv, Findbuch zur Treuhand, https://www.example.de/findbuch.",
                     False, id="online-finding-aid"),
    ],
)  # fmt: skip
def test_archival_source(text: str, archival: bool) -> None:
    assert archival_source(text) is archival


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        pytest.param("Бібліотеки України в умовах війни",
                     "Бібліотеки України в умовах війни : аналіт. огляд", True, id="dstu-colon"),
        pytest.param("Mills of the Tide", "Mills of the Tide: Coastal Power in Brittany", True,
                     id="colon"),
        pytest.param("Die Treuhand", "Die Treuhand. Geschichte einer Behörde", True, id="period"),
        pytest.param("The Road", "The Road to Serfdom", False, id="longer-title"),
        pytest.param("Mills of the Tide", "Mills of the Tide", False, id="equal"),
        pytest.param("Ports", "Harbours: Ports", False, id="not-a-prefix"),
    ],
)  # fmt: skip
def test_same_but_subtitle(a: str, b: str, same: bool) -> None:
    assert same_but_subtitle(a, b) is same
    assert same_but_subtitle(b, a) is same


NOTES = """\
# Salt marshes of Ré

The marshes were surveyed in 1716.[^1] Output fell after the storms.[^2] Prices rose.[^3]

[^1]: Archives départementales de la Charente-Maritime, C 142, survey of the marshes, 1716.

[^2]: Hugo Reinhardt, *Atlantic Salt: A History* (Paris: Fayard, 1998), 45.

[^3]: Anne Morel, *Prices of Salt* (Lyon: Presses, 2001), 12.

## Bibliography

Morel, Anne. *Prices of Salt*. Lyon: Presses, 2001.

Reinhardt, Hugo. *Atlantic Salt*. Paris: Fayard, 1998.
"""


def test_an_archival_note_needs_no_entry_and_a_missing_subtitle_is_no_difference() -> None:
    doc = parse_bytes(NOTES.encode(), "chapter.md")
    codes = [(a.code, a.footnote) for a in doc.all_anomalies()]
    assert (C.LITERATURE_MISSING, "1") not in codes
    assert not [c for c in codes if c[0] is C.LITERATURE_TITLE_DIFFERS]
    assert [f.literature.number if f.literature else None for f in doc.footnotes] == [None, 2, 1]


def test_a_volume_of_the_work_is_no_title_difference() -> None:
    assert same_but_subtitle(
        "Histoire du climat, vol. 1, Canicules et glaciers", "Histoire du climat"
    )


def test_a_note_naming_the_volume_links_to_the_entry_of_the_work() -> None:
    from bibcheck.model import LiteratureEntry, Reference
    from bibcheck.parse.matching import LiteratureIndex

    def ref(title: str) -> Reference:
        return Reference(raw=title, line=1, end_line=1, title=title, year=2004)

    index = LiteratureIndex(
        [
            LiteratureEntry(1, 10, ref("Histoire du climat")),
            LiteratureEntry(2, 11, ref("Histoire des ports")),
        ]
    )
    match = index.match(ref("Histoire du climat, vol. 1, Canicules et glaciers"))
    assert match is not None and match.number == 1
    assert index.match(ref("Marins de la Seudre, vol. 2, Le sel")) is None


@pytest.mark.parametrize(
    ("text", "year"),
    [
        pytest.param("Постановление Правительства РФ от 16.09.2020 № 1479 «Об утверждении "
                     "Правил противопожарного режима» [Электронный ресурс]. URL: "
                     "http://pravo.example.ru/1479", 2020, id="russian-decree"),
        pytest.param("Hafengesetz vom 03.04.1958, GVBl. S. 52.", 1958, id="german-act"),
        pytest.param("Закон України від 12 липня 2001 р. № 2623-III «Про фонди».", 2001,
                     id="ukrainian-act"),
        pytest.param("Ustawa z dnia 14 lipca 1983 r. o narodowym zasobie archiwalnym.", 1983,
                     id="polish-act"),
        pytest.param("Decree of the Council, printed in Gazette 12 (1887): 4.", 1887,
                     id="year-given-elsewhere"),
    ],
)  # fmt: skip
def test_a_legal_act_is_dated_by_its_adoption(text: str, year: int) -> None:
    from bibcheck.parse.references import parse_reference

    assert parse_reference(text, (1,), detect_styles=True).year == year


def test_a_judgment_is_dated_by_its_ecli() -> None:
    from bibcheck.parse.references import parse_reference

    ref = parse_reference("Raad van State, 14 May 2018, ECLI:NL:RVS:2018:1601.", (1,), note=True)
    assert ref.year == 2018


@pytest.mark.parametrize(
    ("text", "archival"),
    [
        ("Arxiu de la Junta de Comerç de Barcelona, lligall 51, núm. 12, fol. 3v.", True),
        ("London, British Library, Add. MS 28681, fol. 9r.", True),
        ("Biblioteca Nacional de España, ms. 3207, fol. 12.", True),
        ("Archivo General de Indias, legajo 4, exp. 12.", True),
        ("British Library, A Guide to the Collections (London: British Library, 2010), 4.", False),
        ("Mary Carruthers, The Book of Memory (Cambridge: CUP, 1990), 45.", False),
    ],
    ids=["catalan-bundle", "library-manuscript", "spanish-library", "legajo", "published", "book"],
)
def test_shelfmarks_of_more_archives_and_libraries(text: str, archival: bool) -> None:
    assert archival_source(text) is archival
