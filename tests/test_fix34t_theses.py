"""A thesis is a thesis (session 34), not a book its university published.

Every style family names a thesis by a designation where a book has its publisher; each is
read as :attr:`RefKind.THESIS` with its degree, the designation as written and the
university (``institution``), never the publisher.  The structured readers (BibTeX,
CSL-JSON, COinS, wiki templates) map their thesis types; the exports write
``@phdthesis``/``@mastersthesis`` with ``school`` (BibTeX), ``@thesis`` with ``type`` and
``institution`` (biblatex), CSL ``thesis`` with ``genre`` and the university as
``publisher``, RIS ``THES`` with ``PB`` and ``M3``.  Entries written for this test in
each style's pattern.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlite_utils import Database

from bibcheck.bibfile import read_bib
from bibcheck.export.bibtex import works_to_bibtex
from bibcheck.export.csl import works_to_csl
from bibcheck.export.ris import works_to_ris
from bibcheck.export.works import Work
from bibcheck.manuscript import parse_bytes
from bibcheck.model import Reference, RefKind, ThesisType
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.bibtex import to_reference as bib_reference
from bibcheck.parse.references.csljson import to_reference as csl_reference
from bibcheck.parse.references.thesis import degree_of, designation, institution
from bibcheck.parse.references.wikicite import CiteTemplate, cite_reference
from bibcheck.store import open_db
from bibcheck.store.documents import load_document, save_document
from tests.test_regex_growth import assert_linear

DOC, MA, OTHER = ThesisType.DOCTORAL, ThesisType.MASTERS, ThesisType.OTHER

# (entry, degree, designation as written, institution)
STYLED = [
    pytest.param(
        "Okafor, N. (2021). Tidal mixing in shallow estuaries [Doctoral dissertation, "
        "University of Glasgow]. Enlighten Theses.",
        DOC,
        "Doctoral dissertation",
        "University of Glasgow",
        id="apa7",
    ),
    pytest.param(
        "Okafor, Ngozi. 2021. “Tidal Mixing in Shallow Estuaries.” PhD diss., University of "
        "Glasgow.",
        DOC,
        "PhD diss.",
        "University of Glasgow",
        id="chicago-author-date",
    ),
    pytest.param(
        "Okafor, Ngozi. Tidal Mixing in Shallow Estuaries. 2021. U of Glasgow, PhD dissertation.",
        DOC,
        "PhD dissertation",
        "U of Glasgow",
        id="mla",
    ),
    pytest.param(
        'N. Okafor, "Tidal mixing in shallow estuaries," Ph.D. dissertation, Dept. Civil '
        "Eng., Univ. Glasgow, Glasgow, U.K., 2021.",
        DOC,
        "Ph.D. dissertation",
        "Dept. Civil Eng., Univ. Glasgow",
        id="ieee",
    ),
    pytest.param(
        "Okafor N. Tidal mixing in shallow estuaries [dissertation]. Glasgow (UK): "
        "University of Glasgow; 2021.",
        DOC,
        "dissertation",
        "University of Glasgow",
        id="vancouver",
    ),
    pytest.param(
        "Okafor, N. Tidal mixing in shallow estuaries. PhD thesis, Univ. Glasgow (2021).",
        DOC,
        "PhD thesis",
        "Univ. Glasgow",
        id="nature",
    ),
    pytest.param(
        "N. Okafor, Tidal mixing in shallow estuaries, Master's thesis, University of "
        "Bergen, Bergen, 2019.",
        MA,
        "Master's thesis",
        "University of Bergen",
        id="elsevier-masters",
    ),
    pytest.param(
        "Ngozi Okafor. 2021. *Tidal Mixing in Shallow Estuaries*. Ph. D. Dissertation. "
        "University of Glasgow, Glasgow, UK.",
        DOC,
        "Ph. D. Dissertation",
        "University of Glasgow",
        id="acm",
    ),
    pytest.param(
        "Brandauer, Lotte: Sedimenttransport in Alpenflüssen. Dissertation, Universität "
        "Innsbruck, 2016.",
        DOC,
        "Dissertation",
        "Universität Innsbruck",
        id="german-dissertation",
    ),
    pytest.param(
        "Brandauer, Lotte: Sedimenttransport in Alpenflüssen. Masterarbeit, Technische "
        "Universität Graz, 2014.",
        MA,
        "Masterarbeit",
        "Technische Universität Graz",
        id="german-masterarbeit",
    ),
    pytest.param(
        "Brandauer, Lotte: Sedimenttransport in Alpenflüssen. Habilitationsschrift, "
        "Universität Wien, 2020.",
        OTHER,
        "Habilitationsschrift",
        "Universität Wien",
        id="german-habilitation",
    ),
    pytest.param(
        "Соколова А. В. Русловые процессы на малых реках : дис. … канд. геогр. наук : "
        "25.00.27 / Соколова Анна Викторовна ; Казан. федер. ун-т. – Казань, 2015. – 180 с.",
        DOC,
        "дис. … канд. геогр. наук",
        "Казан. федер. ун-т.",
        id="gost-kand",
    ),
    pytest.param(
        "Соколова А. В. Русловые процессы : дис. ... д-ра техн. наук. – Томск, 2019. – 300 с.",
        DOC,
        "дис. ... д-ра техн. наук",
        None,
        id="gost-doktor",
    ),
    pytest.param(
        "Ferraro, G., Dinamica dei sedimenti nel delta, Tesi di laurea magistrale, Università "
        "di Padova, 2018.",
        MA,
        "Tesi di laurea magistrale",
        "Università di Padova",
        id="italian-magistrale",
    ),
    pytest.param(
        "Ferraro, G., Dinamica dei sedimenti nel delta, Tesi di dottorato, Politecnico di "
        "Milano, 2020.",
        DOC,
        "Tesi di dottorato",
        "Politecnico di Milano",
        id="italian-dottorato",
    ),
    pytest.param(
        "Ortega, M. Dinámica fluvial del Ebro. Tesis doctoral, Universidad de Zaragoza, 2017.",
        DOC,
        "Tesis doctoral",
        "Universidad de Zaragoza",
        id="spanish",
    ),
    pytest.param(
        "Leclerc, A. Dynamique des marais littoraux. Thèse de doctorat, Université de "
        "Bordeaux, 2016.",
        DOC,
        "Thèse de doctorat",
        "Université de Bordeaux",
        id="french",
    ),
    pytest.param(
        "COSTA, R. M. Erosão em bacias urbanas. 2014. Dissertação (Mestrado em Geografia) – "
        "Universidade Federal do Paraná, Curitiba, 2014.",
        MA,
        "Dissertação (Mestrado em Geografia)",
        "Universidade Federal do Paraná",
        id="abnt-mestrado",
    ),
    pytest.param(
        "COSTA, R. M. Erosão em bacias urbanas. 2018. Tese (Doutorado em Geografia) – "
        "Universidade de Brasília, Brasília, 2018.",
        DOC,
        "Tese (Doutorado em Geografia)",
        "Universidade de Brasília",
        id="abnt-doutorado",
    ),
    pytest.param(
        "陈静. 城市河道生态修复效果评价研究[D]. 南京: 河海大学, 2020.",
        OTHER,
        "[D]",
        "河海大学",
        id="gbt-code",
    ),
    pytest.param(
        "Wang L. Sediment transport in urban rivers[D]. Wuhan: Wuhan University, 2018.",
        OTHER,
        "[D]",
        "Wuhan University",
        id="gbt-code-english",
    ),
    pytest.param(
        "Dahl, E. Fjordstrømmer i Vestlandet. Doktoravhandling, Universitetet i Bergen, 2013.",
        DOC,
        "Doktoravhandling",
        "Universitetet i Bergen",
        id="norwegian",
    ),
    pytest.param(
        "Nowak, J. Erozja brzegów rzecznych. Praca doktorska, Uniwersytet Warszawski, 2011.",
        DOC,
        "Praca doktorska",
        "Uniwersytet Warszawski",
        id="polish",
    ),
    pytest.param(
        "佐藤花子 (2015)『河川堆積物の研究』博士論文, 京都大学.",
        DOC,
        "博士論文",
        "京都大学",
        id="japanese",
    ),
]


@pytest.mark.parametrize(("text", "degree", "written", "school"), STYLED)
def test_styled_thesis(text: str, degree: ThesisType, written: str, school: str | None) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.kind, ref.thesis_type, ref.thesis_designation, ref.institution) == (
        RefKind.THESIS, degree, written, school,
    )  # fmt: skip
    assert ref.publisher is None or ref.publisher != school
    assert ref.title and written not in ref.title


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Adams, J. A Dissertation on the Canon and Feudal Law. Boston, 1765.",
            id="title-dissertation-on",
        ),
        pytest.param(
            "Booth, W. How to Write a Thesis. Open University Press, 2010.", id="title-thesis-book"
        ),
        pytest.param(
            "Hale, R. (2008). On doctoral theses. Journal of Academic Writing, 12(3), 45–67.",
            id="article-about-theses",
        ),
        pytest.param(
            "Петров П. П. Методика : автореф. дис. … канд. пед. наук. – М., 2010. – 24 с.",
            id="gost-autoreferat",
        ),
        pytest.param(
            "Marsh, K. The Frontier Thesis Revisited. Yale University Press, 2001.",
            id="title-frontier-thesis",
        ),
        pytest.param(
            "Vicze, M. Bronze Age Cemetery. Dissertationes Pannonicae IV/1. Budapest, 2011.",
            id="series-dissertationes",
        ),
        pytest.param(
            "Holm, K. The Phonology of Frisian. Utrecht: LOT, 2015. (LOT Dissertation Series 390).",
            id="series-dissertation-series",
        ),
    ],
)
def test_not_a_thesis(text: str) -> None:
    assert parse_reference(text, (1,), detect_styles=True).kind is not RefKind.THESIS


@pytest.mark.parametrize(
    ("written", "degree"),
    [
        ("phdthesis", DOC), ("mathesis", MA), ("PhD", DOC), ("Master's", MA),
        ("Doctoral dissertation", DOC), ("MSc thesis", MA), ("Tesi di laurea", OTHER),
        ("Dissertation", DOC), ("Diplomarbeit", OTHER), ("Proefschrift", DOC),
        ("Praca magisterska", MA), ("Кандидатская диссертация", DOC), ("硕士学位论文", MA), ("Memoir", None),
    ],
)  # fmt: skip
def test_degree_of(written: str, degree: ThesisType | None) -> None:
    assert degree_of(written) is degree


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("Title. PhD thesis, Faculty of Science, University of Oslo, Oslo, 2010.",
         "Faculty of Science, University of Oslo"),
        ("Title. PhD thesis, Tampere, 2005.", None),
        ("Title. Hamburg, Univ., Diss., 2010.", "Univ."),
    ],
)  # fmt: skip
def test_institution(text: str, school: str | None) -> None:
    found = designation(text)
    assert found is not None
    assert institution(text, found) == school


def _bib(text: str) -> Reference:
    records, _errors = read_bib(text)
    return bib_reference(records[0])


@pytest.mark.parametrize(
    ("entry", "degree", "written", "school"),
    [
        ("@phdthesis{a, author={Ines Vidal}, title={Karst Springs}, school={Universitat de "
         "Barcelona}, year={2012}}", DOC, None, "Universitat de Barcelona"),
        ("@mastersthesis{a, author={Ines Vidal}, title={Karst Springs}, school={KTH}, "
         "type={MSc thesis}, year={2012}}", MA, "MSc thesis", "KTH"),
        ("@thesis{a, author={Ines Vidal}, title={Karst Springs}, institution={Universität "
         "Bern}, type={phdthesis}, date={2012}}", DOC, "phdthesis", "Universität Bern"),
        ("@thesis{a, author={Ines Vidal}, title={Karst Springs}, institution={Universität "
         "Bern}, type={Habilitationsschrift}, date={2012}}", OTHER, "Habilitationsschrift",
         "Universität Bern"),
    ],
)  # fmt: skip
def test_bibtex_thesis(entry: str, degree: ThesisType, written: str | None, school: str) -> None:
    ref = _bib(entry)
    assert (ref.kind, ref.thesis_type, ref.thesis_designation, ref.institution) == (
        RefKind.THESIS, degree, written, school,
    )  # fmt: skip
    assert ref.publisher is None


def test_csl_thesis_publisher_is_the_university() -> None:
    item = {"id": "v", "type": "thesis", "title": "Karst Springs", "genre": "PhD thesis",
            "publisher": "University of Leeds", "issued": {"date-parts": [[2012]]}}  # fmt: skip
    ref = csl_reference(item, 1)
    assert (ref.kind, ref.thesis_type, ref.institution, ref.publisher) == (
        RefKind.THESIS, DOC, "University of Leeds", None,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("name", "params", "degree", "school"),
    [
        ("cite thesis", {"last": "Vidal", "first": "Ines", "title": "Karst Springs",
                         "degree": "MSc", "publisher": "University of Leeds", "year": "2012"},
         MA, "University of Leeds"),
        ("literatur", {"Autor": "Ines Vidal", "Titel": "Karstquellen", "Jahr": "2012",
                       "hochschulschrift": "Dissertation, Universität Bern"},
         DOC, "Universität Bern"),
        ("ouvrage", {"auteur1": "Ines Vidal", "titre": "Les sources", "type": "thèse",
                     "éditeur": "Université de Lyon", "année": "2012"},
         DOC, "Université de Lyon"),
    ],
)  # fmt: skip
def test_wiki_thesis(name: str, params: dict[str, str], degree: ThesisType, school: str) -> None:
    template = CiteTemplate(name, params, dict.fromkeys(params, 3), "{{...}}", 3, 3)
    ref = cite_reference(template)
    assert (ref.kind, ref.thesis_type, ref.institution) == (RefKind.THESIS, degree, school)
    assert ref.publisher is None


def _thesis(degree: ThesisType, written: str | None, school: str = "University of Oslo") -> Work:
    ref = Reference(
        "raw", 1, 1, kind=RefKind.THESIS, authors=("Lund, Anna",), title="Fjord Currents",
        year=2012, thesis_type=degree, thesis_designation=written, institution=school,
    )  # fmt: skip
    return Work("lund2012", ref, ())


@pytest.mark.parametrize(
    ("degree", "written", "bibtex", "biblatex"),
    [
        (DOC, "PhD thesis", ["@phdthesis{lund2012,", "school = {University of Oslo}"],
         ["@thesis{lund2012,", "type = {phdthesis}", "institution = {University of Oslo}"]),
        (MA, None, ["@mastersthesis{lund2012,", "school = {University of Oslo}"],
         ["type = {mathesis}"]),
        (DOC, "Dissertation", ["@phdthesis{lund2012,", "type = {Dissertation}"],
         ["type = {Dissertation}"]),
        (OTHER, "Tesi di laurea", ["@phdthesis{lund2012,", "type = {Tesi di laurea}"],
         ["type = {Tesi di laurea}"]),
    ],
)  # fmt: skip
def test_bibtex_exports(
    degree: ThesisType, written: str | None, bibtex: list[str], biblatex: list[str]
) -> None:
    work = _thesis(degree, written)
    classic = works_to_bibtex([work], "bibtex")
    modern = works_to_bibtex([work], "biblatex")
    assert all(line in classic for line in bibtex), classic
    assert all(line in modern for line in biblatex), modern
    assert "publisher" not in classic + modern
    if written in (None, "PhD thesis"):
        assert "type =" not in classic  # the entry type says it


def test_csl_and_ris_exports() -> None:
    work = _thesis(DOC, "Doctoral dissertation")
    (item,) = json.loads(works_to_csl([work]))
    assert (item["type"], item["genre"], item["publisher"]) == (
        "thesis", "Doctoral dissertation", "University of Oslo",
    )  # fmt: skip
    ris = works_to_ris([work]).splitlines()
    assert ris[0] == "TY  - THES"
    assert "PB  - University of Oslo" in ris
    assert "M3  - Doctoral dissertation" in ris


_DOC_MD = """Rivers move sediment.[^1] Springs feed them.[^2]

[^1]: Lund, A. Fjord currents. PhD thesis, University of Oslo, 2012.
[^2]: Vidal, I. *Karst Springs*. Barcelona: Ariel, 2010.
"""


def test_store_round_trip_and_older_database(tmp_path: Path) -> None:
    from bibcheck.store.sqlite import migrations

    path = tmp_path / "old.db"
    old = Database(path)
    migrations.apply(old, stop_before="m015_reference_thesis")
    old.close()
    db = open_db(path)  # migrated forward
    doc = parse_bytes(_DOC_MD.encode(), "notes.md")
    save_document(db, doc, size=1, now=datetime(2026, 1, 1, tzinfo=UTC))
    back = load_document(db, doc.id)
    refs = [f.reference for f in back.footnotes if f.reference is not None]
    thesis, book = refs
    assert (thesis.kind, thesis.thesis_type, thesis.institution) == (
        RefKind.THESIS, DOC, "University of Oslo",
    )  # fmt: skip
    assert book.kind is RefKind.BOOK and book.thesis_type is None
    columns = {r[1] for r in sqlite3.connect(path).execute("pragma table_info('references')")}
    assert {"thesis_type", "thesis_designation", "institution"} <= columns


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Title. " + "PhD " * (n // 4), id="degree-words"),
        pytest.param(lambda n: "дис. " + "… " * (n // 2), id="ellipses"),
        pytest.param(lambda n: "x, " * (n // 3) + "Thesis", id="segments"),
        pytest.param(lambda n: "Tesis (Doctorado " + "a" * n, id="open-parenthesis"),
    ],
)
def test_designation_is_linear(line: object) -> None:
    assert_linear(designation, line)  # type: ignore[arg-type]
