"""Anomaly-derived findings: the mapping table and footnote <-> literature mismatches."""

from __future__ import annotations

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.analyse.consistency import ANOMALY_FINDINGS, anomaly_findings
from bibcheck.manuscript import parse_bytes
from bibcheck.model import Anomaly, AnomalyCode, ParsedDocument, Severity

A = AnomalyCode


def doc_with(*anomalies: Anomaly) -> ParsedDocument:
    return ParsedDocument("id", "d.md", "pandoc-markdown", "T", "utf-8", (), (), anomalies)


@pytest.mark.parametrize(
    ("code", "kind", "severity"),
    [
        (A.LITERATURE_UNCITED, "uncited-literature-entry", Severity.INFO),
        (A.LITERATURE_MISSING, "missing-literature-entry", Severity.WARNING),
        (A.MARKER_WITHOUT_DEFINITION, "footnote-numbering", Severity.ERROR),
        (A.DEFINITION_WITHOUT_MARKER, "footnote-numbering", Severity.ERROR),
        (A.DUPLICATE_DEFINITION, "footnote-numbering", Severity.ERROR),
        (A.NUMBERING_GAP, "footnote-numbering", Severity.WARNING),
        (A.LITERATURE_DUPLICATE_NUMBER, "literature-numbering", Severity.WARNING),
        (A.LOST_MARKER, "lost-marker", Severity.WARNING),
        (A.MARKER_DISPLACED, "lost-marker", Severity.WARNING),
        (A.YEAR_MALFORMED, "malformed-field", Severity.WARNING),
        (A.URL_MIXED_SCRIPT, "malformed-field", Severity.WARNING),
        (A.ARTIFACT_LINE, None, None),  # repairs give no finding
        (A.URL_SPLIT_OVER_LINES, None, None),
        (A.ENCODING_GUESSED, None, None),
    ],
)
def test_anomaly_mapping(code: AnomalyCode, kind: str | None, severity: Severity | None) -> None:
    found = anomaly_findings(doc_with(Anomaly(code, "msg", 7, footnote="3")))
    assert [(f.kind, f.severity) for f in found] == ([(kind, severity)] if kind else [])
    for f in found:
        assert f.lines == (7,) and f.footnotes == ("3",) and f.suggestion
        assert ("anomaly", code.value) in f.evidence


def test_every_mapped_code_has_a_fix() -> None:
    assert all(rule.suggestion for rule in ANOMALY_FINDINGS.values())


def test_mixed_script_already_reported_as_near_duplicate_is_not_repeated() -> None:
    doc = doc_with(Anomaly(A.URL_MIXED_SCRIPT, "msg", 7))
    assert anomaly_findings(doc, covered_lines={7}) == []


URL = (
    "https://www.belta.by/economics/view/belarus-i-kitaj-dogovorilis-o-sotrudnichestve-576096-2023/"
)


def manuscript(fn: str, lit: str) -> ParsedDocument:
    text = f"# T\n\nClaim.[^1]\n\n[^1]: {fn}\n\n## References\n\n1. {lit}\n"
    return parse_bytes(text.encode(), "d.md")


def kinds(doc: ParsedDocument) -> list[tuple[str, str]]:
    return [(f.kind, f.message) for f in anomaly_findings(doc)]


def test_title_and_author_mismatch_make_one_finding() -> None:
    doc = manuscript(
        "Zalessky, B. Partnership of flexible forms / B. Zalessky. - LAP, 2022. - P. 5.",
        "Zaleskii, B. Partnership of the flexible forms / B. Zaleskii. - LAP, 2022. - 134 p.",
    )
    (f,) = [f for f in anomaly_findings(doc) if f.kind == "footnote-literature-mismatch"]
    assert f.severity is Severity.WARNING
    assert "disagree on title, author" in f.message
    assert f.footnotes == ("1",) and f.literature_entries == (1,) and len(f.lines) == 2


def test_url_typo_is_left_to_near_duplicate_but_a_different_url_is_a_mismatch() -> None:
    title = "Belarus and China agreed on cooperation [Electronic resource]. - 2023. - URL: "
    typo = manuscript(f"{title}<{URL}>", f"{title}<{URL.replace('dogovorilis', 'dogovoriis')}>")
    assert not [k for k, _ in kinds(typo) if k == "footnote-literature-mismatch"]
    other = manuscript(f"{title}<{URL}>", f"{title}<https://www.sb.by/articles/another-page.html>")
    assert [k for k, m in kinds(other) if "disagree on URL" in m] == [
        "footnote-literature-mismatch"
    ]


def test_malformed_year_is_reported_once_with_the_year_to_write() -> None:
    base = (
        "Belarus and China agreed on cooperation [Electronic resource]. - {}. - URL: <" + URL + ">"
    )
    found = anomaly_findings(manuscript(base.format("202-"), base.format("2020")))
    assert [(f.kind, f.suggestion) for f in found] == [
        ("malformed-field", "write the full year (literature entry 1 has 2020)")
    ]


@pytest.mark.parametrize(
    ("author", "family"),
    [
        ("Smith, John", "smith"),
        ("John A. Smith", "smith"),
        ("Oskar de Vries", "de vries"),
        ("de Vries, Oskar", "de vries"),
        ("Ludwig van der Berg", "van der berg"),
        ("Smith J.", "smith"),
        ("Smith JA", "smith"),
        ("Орлов Д. А.", "орлов"),
        ("van Dam P.", "van dam"),
        ("J. Smith", "smith"),
        ("Ham, W. van der", "van der ham"),  # Dutch particles after the initials
        ("Wilamowitz-Moellendorff, U. von", "von wilamowitz-moellendorff"),
        ("Oliveira, Adriana Cristina de", "oliveira"),  # a Romance "de" stays with the given
    ],
)
def test_family_names_agree_across_name_orders(author: str, family: str) -> None:
    """A note's "Oskar de Vries" and the list's "de Vries, Oskar" are one author."""
    from bibcheck.parse.names import family_name as _surname

    assert _surname(author) == family


@pytest.mark.parametrize(
    ("authors", "families"),
    [
        (("Goschler/Böick",), ["goschler", "böick"]),
        (("Goschler, Constantin", "Böick, Marcus"), ["goschler", "böick"]),
        (("Fischer / Hax / Schneider",), ["fischer", "hax", "schneider"]),
    ],
    ids=["short-german-note", "list-entry", "spaced-slashes"],
)
def test_slashed_family_names_are_several_authors(
    authors: tuple[str, ...], families: list[str]
) -> None:
    from bibcheck.parse.names import family_names as _surnames

    assert _surnames(authors) == families


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        pytest.param("Emmanuel Le Roy Ladurie", "Le Roy Ladurie, Emmanuel", True,
                     id="several-word-surname"),
        pytest.param("Gabriel García Márquez", "García Márquez, Gabriel", True, id="spanish"),
        pytest.param("John Smith", "Smith, John", True, id="plain"),
        pytest.param("Anna Roy", "Le Roy Ladurie, Emmanuel", False, id="other-person"),
        pytest.param("Ann Smith", "Smithson, Ann", False, id="prefix-is-not-a-word"),
    ],
)  # fmt: skip
def test_family_names_of_several_words_agree_across_name_orders(a: str, b: str, same: bool) -> None:
    from bibcheck.parse.names import family_name, same_family

    assert same_family(family_name(a), family_name(b)) is same


def test_names_in_another_order_are_no_author_difference() -> None:
    """A note's "Georg Kremnitz" and a French list's "Kremnitz Georg" are one person."""
    from bibcheck.analyse.consistency import _author_differs
    from bibcheck.model import Footnote, LiteratureEntry, Reference

    def ref(*authors: str) -> Reference:
        return Reference(raw="x", line=1, end_line=1, title="T", authors=authors)

    entry = LiteratureEntry(1, 5, ref("Kremnitz Georg"))
    assert not _author_differs(Footnote("1", 1, 2, ref("Georg Kremnitz")), entry)
    assert _author_differs(Footnote("2", 2, 3, ref("Anna Kremer")), entry)
    group = LiteratureEntry(2, 6, ref("Héran François, Filhon Alexandra et Deprez Christine"))
    trio = ref("François Héran", "Alexandra Filhon", "Christine Deprez")
    assert not _author_differs(Footnote("3", 3, 4, trio), group)


_UNLISTED = {
    # a Markdown note: the marker's line and the note's
    "markdown": (
        "harbours.md",
        "# Harbours of the North Sea\n\nTrade grew after the war.[^1] The ports competed.\n\n"
        "Dredging changed the estuary.[^2]\n\n"
        "[^1]: Smith, John. *A Book of Harbours*. London: Penguin, 2001, 4.\n"
        "[^2]: Brown, Anna. *Silt and Steam: Estuaries in the Machine Age*. Oxford: "
        "Clarendon, 1999, 7.\n\n## Bibliography\n\n"
        "Smith, John. *A Book of Harbours*. London: Penguin, 2001.\n",
        (5, 8),
    ),
    # pdftotext: the note's number alone on its line above the text, the marker glued
    "pdftext": (
        "mills.txt",
        "                         Rivers and Mills                           41\n\nthe mill owners petitioned the county for a weir in 1822.1 The\npetition failed, and a second one, drawn up with the help of a\nLondon attorney, followed two years later.2 Neither survived in\nthe county archive, but both are quoted in the local press.3\n    The weir was built at last in 1831.4 Its stones are still\nvisible at low water below the old bridge.\n\n\n  1\n     Hartley, Margaret. The Mills of the Upper Calder. Leeds: Northern\nPress, 1988, 56.\n  2\n     Ibid., 58.\n  3\n     Wood, Peter. Water Rights in Yorkshire, 1750–1850. York: Borthwick\nInstitute, 2004, 112.\n  4\n     Hartley, The Mills of the Upper Calder, 61.\n\n                                                                      \x0c\n                         Rivers and Mills                           42\n\nBibliography\nHartley, Margaret. The Mills of the Upper Calder. Leeds: Northern Press,\n1988.\nLund, Erik. Stone and Current: Weirs in Northern England. Durham: Wear\nBooks, 1996.\n",
        (6, 16, 17),
    ),
}


@pytest.mark.parametrize("name", sorted(_UNLISTED))
def test_a_note_missing_from_the_list_names_where_it_is_cited(name: str) -> None:
    """The finding points at the marker in the text as well as at the note."""
    path, text, lines = _UNLISTED[name]
    found = analyse_document(parse_bytes(text.encode(), path), {}, {})
    missing = [f for f in found if f.kind == "missing-literature-entry"]
    assert [f.lines for f in missing] == [lines]
