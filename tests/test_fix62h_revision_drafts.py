"""fix62h: manuscripts in revision -- ISO 690 name lists in capitals with later names given
first, report designations in the languages lists cite them in, entries of reference works,
and draft placeholders where a citation is still to go."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bibcheck.analyse import analyse, analyse_document
from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode, FindingKind, RawMarker, RefKind, Severity
from bibcheck.parse.references import caps, caps_colon, parse_reference
from bibcheck.parse.references.reference_works import reference_work
from bibcheck.parse.references.reportkind import designates_report, numbered_report
from bibcheck.readers.draftcites import placeholder, set_aside
from bibcheck.readers.keyed import Cites
from bibcheck.store import open_db
from bibcheck.store.documents import save_document

# --------------------------------------------------------------------------
# ISO 690: the first name inverted, the later ones given names first
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        (
            "DVOŘÁK, Petr, Lenka HORÁKOVÁ, Jiří MAREK, Eva SOUKUPOVÁ a Karel BENEŠ. Modely "
            "toku podzemní vody v krasu. In: _Sborník konference Hydrologie 2021_. Praha: "
            "ČHMÚ, 2021, s. 12–20.",
            ("DVOŘÁK, Petr", "HORÁKOVÁ, Lenka", "MAREK, Jiří", "SOUKUPOVÁ, Eva", "BENEŠ, Karel"),
            "Modely toku podzemní vody v krasu",
        ),
        (
            "KOWALCZYK, Marta, Adam NOWICKI, Ewa ZAJĄC i Piotr LIS. Wpływ suszy na przepływy "
            "niskie. Warszawa: IMGW, 2020, s. 5, 7, 9.",
            ("KOWALCZYK, Marta", "NOWICKI, Adam", "ZAJĄC, Ewa", "LIS, Piotr"),
            "Wpływ suszy na przepływy niskie",
        ),
        (
            "BRANDT, Ulrike, Jonas KELLER und Sabine VOGEL. Speicherverfahren im Vergleich. "
            "Berlin: Springer, 2016.",
            ("BRANDT, Ulrike", "KELLER, Jonas", "VOGEL, Sabine"),
            "Speicherverfahren im Vergleich",
        ),
        (
            "MOREAU, Claire, Hugo LEROY, Inès FAURE et Paul GIRARD. Les caches applicatifs. "
            "Lyon : Presses universitaires, 2018, p. 3, 5.",
            ("MOREAU, Claire", "LEROY, Hugo", "FAURE, Inès", "GIRARD, Paul"),
            "Les caches applicatifs",
        ),
    ],
)
def test_iso690_given_first_lists(text: str, authors: tuple[str, ...], title: str) -> None:
    ref = parse_reference(text, [1])
    assert ref.style == "caps"
    assert ref.authors == authors
    assert ref.title == title


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("DVOŘÁK, Petr, Lenka HORÁKOVÁ a Jiří MAREK. Title. Praha: X, 2021.", True),
        ("LUX, Martin a SUNEGA, Petr. Title. Praha: X, 2010.", False),  # all inverted
        ("NOVÁK, Jan. Title. Praha: X, 2010.", False),  # one person
        ("RALLO LOMBARTE, Artemi, *Título del libro*, Editorial, Madrid, 2014.", False),
        ("GARCÍA MORENO, Lucía, «Título», *Revista*, vol. 40, 2020.", False),
    ],
)
def test_given_first_list(body: str, expected: bool) -> None:
    assert caps.given_first_list(body) is expected


def test_caps_colon_keeps_its_comma_form() -> None:
    fields = caps_colon.parse("GARCÍA MORENO, Lucía, «Título del artículo», *Revista*, 2020.")
    assert fields is not None
    assert fields.authors == ("GARCÍA MORENO, Lucía",)
    assert fields.title == "Título del artículo"
    assert (
        caps_colon.parse("DVOŘÁK, Petr, Lenka HORÁKOVÁ, Jiří MAREK a Eva SOUKUPOVÁ. T. X, 2021.")
        is None
    )


# --------------------------------------------------------------------------
# Reports designated in the list's language
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Technická zpráva TZ-2024-03", True),
        ("Výzkumná zpráva", True),
        ("Technická správa č. 4", True),
        ("Raport techniczny nr 5/2020", True),
        ("Forschungsbericht 12", True),
        ("Tekninen raportti", True),
        ("Rapport de recherche RR-9012", True),
        ("Informe técnico", True),
        ("Technical report", True),
        ("Zweiter Teil", False),
        ("Praha: Academia", False),
    ],
)
def test_designates_report(sentence: str, expected: bool) -> None:
    assert designates_report(sentence) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Title. Technická zpráva TZ-2024-03. Brno", True),
        ("Title (Raport techniczny nr 5/2020). Instytut.", True),
        ("Title. Forschungsbericht 12. Berlin", True),
        ("Title. Technická zpráva. Brno", False),  # no number: a designation, no number
        ("Title. 2. vyd. Praha: Academia, 2010", False),
    ],
)
def test_numbered_report_in_other_languages(text: str, expected: bool) -> None:
    assert numbered_report(text) is expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "MALÁ, Hana a Ivo KRÁL. _Měření latence sítě v kampusu_. Technická zpráva "
            "TZ-2024-03. Ostrava: Centrum výpočetní techniky, 2024.",
            "Měření latence sítě v kampusu",
        ),
        (
            "MALÁ, Hana. Měření latence sítě. Výzkumná zpráva. Ostrava: CVT, 2024.",
            "Měření latence sítě",
        ),
        (
            "ZIELIŃSKI, Tomasz. Pomiary opóźnień. Raport techniczny nr 7/2019. Kraków: AGH, 2019.",
            "Pomiary opóźnień",
        ),
        ("HOFER, Lea. Latenzmessung. Forschungsbericht 12. Wien: TU, 2017.", "Latenzmessung"),
        (
            "Malá, H. (2024). _Měření latence sítě_ (Technická zpráva TZ-2024-03). CVT.",
            "Měření latence sítě",
        ),
    ],
)
def test_reports_in_other_languages(text: str, title: str) -> None:
    ref = parse_reference(text, [1])
    assert ref.kind is RefKind.REPORT
    assert ref.title == title


def test_book_stays_a_book() -> None:
    ref = parse_reference("MALÁ, Hana. _Sítě a latence_. 2. vyd. Ostrava: CVT, 2024.", [1])
    assert ref.kind is RefKind.BOOK


# --------------------------------------------------------------------------
# Entries of reference works
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Grove Music Online", True),
        ("The New Grove Dictionary of Music and Musicians", True),
        ("Stanford Encyclopedia of Philosophy", True),
        ("Oxford Dictionary of National Biography", True),
        ("Dictionary of Irish Biography", True),
        ("*Encyclopaedia Britannica Online*", True),
        ("Historisches Lexikon der Schweiz", True),
        ("Journal of Music Theory", False),
        ("Early Music", False),
        (None, False),
    ],
)
def test_reference_work(name: str | None, expected: bool) -> None:
    assert reference_work(name) is expected


@pytest.mark.parametrize(
    ("text", "title", "host"),
    [
        (
            'Ruth Hale, "Meantone," in *Grove Music Online* (Oxford University Press, 2014), '
            "https://doi.org/10.1093/gmo/9781561592630.article.00000.",
            "Meantone",
            "Grove Music Online",
        ),
        (
            "Ruth Hale, “Meantone,” in *Grove Music Online* (Oxford University Press, 2014).",
            "Meantone",
            "Grove Music Online",
        ),
        (
            'Tom Reyes, "Testimony," *Stanford Encyclopedia of Philosophy*, 2021.',
            "Testimony",
            "Stanford Encyclopedia of Philosophy",
        ),
        (
            'Ana Ruiz, "Smith, John (1790–1850)," in *Oxford Dictionary of National Biography* '
            "(Oxford University Press, 2004).",
            "Smith, John (1790–1850)",
            "Oxford Dictionary of National Biography",
        ),
    ],
)
def test_reference_work_entries_are_chapters(text: str, title: str, host: str) -> None:
    ref = parse_reference(text, [1], note=True)
    assert ref.title == title
    assert ref.host == host
    assert ref.kind is RefKind.CHAPTER


def test_numbered_journal_named_encyclopedia_stays_an_article() -> None:
    ref = parse_reference("Roe, J. (2020). Title of it. *Encyclopedia*, 1(2), 3–9.", [1])
    assert ref.kind is RefKind.ARTICLE


def test_oscola_book_still_read() -> None:
    ref = parse_reference("Ann Marsh, Contract Law (5th edn, OUP 2019).", [1], note=True)
    assert ref.title == "Contract Law"
    assert ref.kind is RefKind.BOOK


# --------------------------------------------------------------------------
# Draft placeholders
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "written", "expected"),
    [
        ("TODO", "[@TODO: find the Swiss low-flow paper]", True),
        ("todo", "[@todo: a newer survey of the Alps]", True),
        ("XXX", "[@XXX: source for the 1998 floods]", True),
        ("ref", "[see @ref: Smith on groundwater buffering]", True),
        ("citation-needed", "[@citation-needed: the melt-rate figure]", True),
        ("CHECK", "[@CHECK: the 2019 survey]", True),
        ("FIXME", "[cite:@FIXME: the court's 2021 ruling]", True),
        # a bare placeholder is a key with no entry (citation-key-missing), as before
        ("TODO", "[@TODO]", False),
        ("??", "\\cite{??}", False),
        ("XXX", "[cite:@XXX]", False),
        # a work's key with a note after it, an acronym with a locator
        ("smith2020", "[@smith2020: a note on the method]", False),
        ("IPCC", "[@IPCC, p. 4]", False),
        ("TODO", "[@TODO, p. 4]", False),
    ],
)
def test_placeholder(key: str, written: str, expected: bool) -> None:
    assert placeholder(key, written) is expected


def _marker(label: str, line: int) -> RawMarker:
    return RawMarker(label, line, 1, 0, 0)


def test_set_aside() -> None:
    cites = Cites()
    cites.add("smith2020", 3, "[@smith2020]")
    cites.add("TODO", 4, "[@TODO: find the Swiss paper]")
    cites.add("TODO", 9, "[@TODO: find the Swiss paper]")
    cites.add("todo", 5, "[@todo: a survey]")
    cites.add("XXX", 6, "[@XXX]")
    markers = [
        _marker("smith2020", 3),
        _marker("TODO", 4),
        _marker("TODO", 9),
        _marker("todo", 5),
        _marker("XXX", 6),
    ]
    kept, found = set_aside(cites, markers, {"smith2020", "todo"})
    assert [m.label for m in kept] == ["smith2020", "todo", "XXX"]
    assert list(cites.first) == ["smith2020", "todo", "XXX"]
    assert [(a.code, a.line, a.lines) for a in found] == [
        (AnomalyCode.CITATION_PLACEHOLDER, 4, (4, 9))
    ]
    assert found[0].message.startswith(
        "draft placeholder citation [@TODO: find the Swiss paper] at lines 4, 9"
    )


_BIB = """@article{smith2020, author={Smith, Ann}, title={Snow and ice},
  journal={Journal of Glaciology}, year={2020}}
@book{todo2019, author={Todo, Ken}, title={Rivers}, publisher={Wiley}, year={2019}}
"""


def _read(tmp_path: Path, name: str, text: str) -> tuple[list[str], list[tuple[str, int]], list]:
    (tmp_path / "refs.bib").write_text(_BIB, encoding="utf-8")
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = parse_file(str(path))
    cited = sorted(fn.label for fn in doc.footnotes)
    stray = [(m.label, m.line) for m in doc.stray_markers]
    return cited, stray, list(doc.all_anomalies())


def test_pandoc_placeholders(tmp_path: Path) -> None:
    text = (
        "---\ntitle: Draft\nbibliography: refs.bib\n---\n\n"
        "Snow melts early [@smith2020]. Low flows declined [@TODO: find the paper].\n"
        "Rivers [@todo2019]. Lakes [@XXX: the lake survey; @smith2020]. Missing [@jones2021].\n"
        "Soils dry [@FIXME].\n"
    )
    cited, stray, anomalies = _read(tmp_path, "draft.md", text)
    assert cited == ["smith2020", "todo2019"]
    assert stray == [("jones2021", 7), ("FIXME", 8)]
    drafts = [
        (a.line, a.message[:72]) for a in anomalies if a.code is AnomalyCode.CITATION_PLACEHOLDER
    ]
    assert drafts == [
        (6, "draft placeholder citation [@TODO: find the paper] at line 6: no work is"),
        (7, "draft placeholder citation 'XXX' (in [@XXX: the lake survey; @smith2020]"),
    ]
    # (a bare placeholder stays a key with no entry, as a mistyped key is)
    missing = [a.footnote for a in anomalies if a.code is AnomalyCode.CITATION_KEY_MISSING]
    assert missing == ["jones2021", "FIXME"]


def test_org_placeholders(tmp_path: Path) -> None:
    text = (
        "#+TITLE: Draft\n#+BIBLIOGRAPHY: refs.bib\n\n"
        "Snow melts early [cite:@smith2020]. Low flows [cite:@TODO: find the Swiss paper].\n"
        "Rivers [cite:@todo2019].\n\n#+PRINT_BIBLIOGRAPHY:\n"
    )
    cited, stray, anomalies = _read(tmp_path, "draft.org", text)
    assert cited == ["smith2020", "todo2019"]
    assert stray == []
    drafts = [a.line for a in anomalies if a.code is AnomalyCode.CITATION_PLACEHOLDER]
    assert drafts == [4]
    assert not [a for a in anomalies if a.code is AnomalyCode.CITATION_KEY_MISSING]


def test_placeholder_key_in_the_bibliography_is_cited(tmp_path: Path) -> None:
    bib = _BIB + "@misc{TODO, author={Todd, Olive}, title={Field notes}, year={2018}}\n"
    (tmp_path / "refs.bib").write_text(bib, encoding="utf-8")
    path = tmp_path / "draft.md"
    path.write_text(
        "---\nbibliography: refs.bib\n---\n\nLow flows declined [@TODO: check it].\n",
        encoding="utf-8",
    )
    doc = parse_file(str(path))
    assert [fn.label for fn in doc.footnotes] == ["TODO"]
    assert not [a for a in doc.all_anomalies() if a.code is AnomalyCode.CITATION_PLACEHOLDER]


def test_placeholder_finding_is_info_with_every_line(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(_BIB, encoding="utf-8")
    path = tmp_path / "draft.md"
    path.write_text(
        "---\nbibliography: refs.bib\n---\n\nSnow [@smith2020].\n\n"
        "Trade fell [@TODO: the Hanse tolls].\n\nCredit, too, [see @TODO] fell.\n",
        encoding="utf-8",
    )
    doc = parse_file(str(path))
    db = open_db(memory=True)
    save_document(db, doc, size=0, now=datetime(2026, 1, 1, tzinfo=UTC))
    for found in (analyse_document(doc, {}, {}), analyse(db)):
        drafts = [f for f in found if dict(f.evidence).get("anomaly") == "citation-placeholder"]
        assert [(f.kind, f.severity, list(f.lines)) for f in drafts] == [
            (FindingKind.COVERAGE_GAP, Severity.INFO, [7, 9])
        ]
        assert not [f for f in found if f.kind is FindingKind.MISSING_LITERATURE_ENTRY]
