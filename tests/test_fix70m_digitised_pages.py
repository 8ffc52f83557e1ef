"""fix70m: a shelfmark before a digitised manuscript's title, a text site's passage in its
page's title, a Church document by its incipit, a standards consortium's specification."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference

SHELFMARK_LEAD = [
    (
        "Cambridge University Library, T-S 10J5.3: Letter of a dyer to his partner. "
        "Cambridge Digital Library. <https://cudl.lib.cam.ac.uk/view/MS-TS-00010-J-00005-00003/1>",
        "Letter of a dyer to his partner",
    ),
    (
        "British Library, MS Add. 4120: Psalter with calendar of a Kentish priory. "
        "Digitised Manuscripts. <https://www.bl.uk/manuscripts/Viewer.aspx?ref=add_ms_4120>",
        "Psalter with calendar of a Kentish priory",
    ),
    (
        "Stiftsbibliothek Einsiedeln, Cod. Sang. 121: Graduale mit Neumen. e-codices. "
        "<https://www.e-codices.unifr.ch/de/sbe/0121>",
        "Graduale mit Neumen",
    ),
    (
        "Bibliothèque nationale de France, Latin 1152: Psautier de Charles le Chauve. "
        "Gallica. <https://gallica.bnf.fr/ark:/12148/btv1b00000000>",
        "Psautier de Charles le Chauve",
    ),
    (
        "Biblioteca Apostolica Vaticana, Vat. lat. 5757: Palinsesto del De re publica. "
        "DigiVatLib. <https://digi.vatlib.it/view/MSS_Vat.lat.5757>",
        "Palinsesto del De re publica",
    ),
    (
        "MS Add. 4120: Psalter with calendar of a Kentish priory. British Library. "
        "<https://www.bl.uk/manuscripts/Viewer.aspx?ref=add_ms_4120>",
        "Psalter with calendar of a Kentish priory",
    ),
]


@pytest.mark.parametrize(("text", "title"), SHELFMARK_LEAD)
def test_shelfmark_before_title_is_no_part_of_it(text: str, title: str) -> None:
    ref = parse_reference(text, [0])
    assert ref.title == title
    assert ref.kind is RefKind.UNKNOWN
    assert ref.year is None


PASSAGES = [
    (
        "*Pirkei Avot* 2:4, with English translation. Sefaria. "
        "<https://www.sefaria.org/Pirkei_Avot.2.4> (accessed 5 March 2025)",
        "Pirkei Avot 2:4",
    ),
    (
        "*Shabbat* 31a, William Davidson Talmud. Sefaria. "
        "<https://www.sefaria.org/Shabbat.31a> (accessed 5 March 2025)",
        "Shabbat 31a",
    ),
    (
        "*Exodus* 20, New Revised Standard Version. Bible Gateway. "
        "<https://www.biblegateway.com/passage/?search=Exodus+20&version=NRSV>",
        "Exodus 20",
    ),
    (
        "*Sure* 112, Die Aufrichtigkeit. Quran.com. <https://quran.com/de/112> "
        "(abgerufen am 5. März 2025)",
        "Sure 112",
    ),
    (
        "*Bereshit* 12:1, traduction française. Sefaria. "
        "<https://www.sefaria.org/Genesis.12.1?lang=fr> (consulté le 5 mars 2025)",
        "Bereshit 12:1",
    ),
]


@pytest.mark.parametrize(("text", "title"), PASSAGES)
def test_passage_the_link_names_is_in_the_title(text: str, title: str) -> None:
    ref = parse_reference(text, [0])
    assert ref.title == title
    assert ref.kind is RefKind.WEB


INCIPITS = [
    (
        "Second Vatican Council. *Dogmatic Constitution on Divine Revelation: Dei Verbum*. "
        "18 November 1965. <https://www.vatican.va/archive/hist_councils/ii_vatican_council/"
        "documents/vat-ii_const_19651118_dei-verbum_en.html>",
        "Dei Verbum",
    ),
    (
        "Second Vatican Council. *Unitatis Redintegratio, Decree on Ecumenism "
        "(21 November 1964)*. <https://www.vatican.va/archive/hist_councils/ii_vatican_council/"
        "documents/vat-ii_decree_19641121_unitatis-redintegratio_en.html>",
        "Unitatis Redintegratio",
    ),
    (
        "Zweites Vatikanisches Konzil. *Erklärung über die Religionsfreiheit: Dignitatis "
        "humanae*. 7. Dezember 1965. <https://www.vatican.va/archive/hist_councils/"
        "ii_vatican_council/documents/vat-ii_decl_19651207_dignitatis-humanae_ge.html>",
        "Dignitatis humanae",
    ),
    (
        "Concilio Vaticano II. *Costituzione pastorale sulla Chiesa nel mondo contemporaneo: "
        "Gaudium et spes*. 7 dicembre 1965. <https://www.vatican.va/archive/hist_councils/"
        "ii_vatican_council/documents/vat-ii_const_19651207_gaudium-et-spes_it.html>",
        "Gaudium et spes",
    ),
    (
        "Benedict XVI. *Deus caritas est. Encyclical Letter on Christian Love*. "
        "25 December 2005. <https://www.vatican.va/content/benedict-xvi/en/encyclicals/"
        "documents/hf_ben-xvi_enc_20051225_deus-caritas-est.html>",
        "Deus caritas est",
    ),
]


@pytest.mark.parametrize(("text", "title"), INCIPITS)
def test_church_document_by_its_incipit(text: str, title: str) -> None:
    ref = parse_reference(text, [0])
    assert ref.title == title
    assert ref.kind is RefKind.REPORT


SPECIFICATIONS = [
    "Open Geospatial Consortium. *OGC API - Tiles - Part 1: Core*. Version 1.0. 2022. "
    "https://docs.ogc.org/is/20-057/20-057.html.",
    "Open Geospatial Consortium. *GeoSPARQL - A Geographic Query Language for RDF Data*. "
    "Version 1.1. 2024. https://docs.ogc.org/is/22-047r1/22-047r1.html.",
    "Unicode Consortium. *Unicode Collation Algorithm*. Unicode Technical Standard 10, "
    "Version 15.0.0. 2022. https://www.unicode.org/reports/tr10/.",
    "Crane, Tom, and Jon Stroop, eds. *IIIF Image API 3.0*. International Image\n"
    "   Interoperability Framework Consortium, 2020. https://iiif.io/api/image/3.0/.",
]


@pytest.mark.parametrize("text", SPECIFICATIONS)
def test_consortium_specification_is_a_report(text: str) -> None:
    assert parse_reference(text, [0]).kind is RefKind.REPORT


LINKED = [
    (
        "[T-S 8J12.4: Letter of a cheese merchant]"
        "(https://cudl.lib.cam.ac.uk/view/MS-TS-00008-J-00012-00004/1)",
        "Letter of a cheese merchant",
        RefKind.UNKNOWN,
    ),
    (
        "[Dignitatis humanae, Declaration on Religious Freedom (7 December 1965)]"
        "(https://www.vatican.va/archive/hist_councils/ii_vatican_council/documents/"
        "vat-ii_decl_19651207_dignitatis-humanae_en.html)",
        "Dignitatis humanae",
        RefKind.REPORT,
    ),
    (
        "[Gaudium et spes, Costituzione pastorale sulla Chiesa nel mondo contemporaneo]"
        "(https://www.vatican.va/archive/hist_councils/ii_vatican_council/documents/"
        "vat-ii_const_19651207_gaudium-et-spes_it.html)",
        "Gaudium et spes",
        RefKind.REPORT,
    ),
]


@pytest.mark.parametrize(("text", "title", "kind"), LINKED)
def test_linked_item_title(text: str, title: str, kind: RefKind) -> None:
    ref = parse_reference(text, [0], detect_styles=True)
    assert ref.title == title
    assert ref.kind is kind
    assert not ref.authors
