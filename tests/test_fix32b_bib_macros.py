"""@string macros across the .bib files of one document, undefined macros reported, and
crossref parents in another file given with --bibliography (fix round 32, P5/P6)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.bibfile import read_bib, read_bibs
from bibcheck.model import AnomalyCode
from bibcheck.parse.references.bibtex import to_reference
from bibcheck.readers import bibsource
from bibcheck.readers.bibtex import read as read_bibtex
from tests.test_regex_growth import assert_linear

# (entry text, field, value read, undefined macros noted as (field, macro))
MACRO_CASES = [
    # a bare name no @string defines: empty, noted
    ("@book{a, title={T}, year=1987, publisher = Morg}", "publisher", "", [("publisher", "Morg")]),
    # the same name defined in the file (any letter case): its value
    (
        '@string{MORG = "Morgan Kaufmann"}\n@book{a, title={T}, publisher = morg}',
        "publisher",
        "Morgan Kaufmann",
        [],
    ),
    # the month macros BibTeX predefines are no undefined macro
    ("@article{a, title={T}, month = aug, journal={J}}", "month", "aug", []),
    # a number is a number
    ("@article{a, title={T}, year = 2004}", "year", "2004", []),
    # a concatenation with one undefined part keeps the rest
    (
        '@article{a, title={T}, journal = jcomp # " Letters"}',
        "journal",
        "Letters",
        [("journal", "jcomp")],
    ),
    # a concatenation of a defined macro, a month and a literal
    (
        '@string{proc = {Proc. of the Symposium}}\n@inproceedings{a, title={T}, booktitle = proc # ", " # jul}',
        "booktitle",
        "Proc. of the Symposium, jul",
        [],
    ),
    # a @string built from another @string
    (
        '@string{ieee = "IEEE"}\n@string{tse = ieee # " Trans. Softw. Eng."}\n'
        "@article{a, title={T}, journal = tse}",
        "journal",
        "IEEE Trans. Softw. Eng.",
        [],
    ),
    # braced or quoted text is text, never a macro
    ("@book{a, title={T}, publisher = {Kauf}}", "publisher", "Kauf", []),
]


@pytest.mark.parametrize(("text", "field", "value", "undefined"), MACRO_CASES)
def test_macros_in_one_file(
    text: str, field: str, value: str, undefined: list[tuple[str, str]]
) -> None:
    records, _ = read_bib(text)
    assert records[0].fields[field] == value
    assert [(f, m) for f, m, _ in records[0].undefined] == undefined


def test_undefined_macro_is_reported_at_the_field_line() -> None:
    text = "@Book{b1,\n  author = {Ann Author},\n  title = {A Book},\n  year = 1999,\n  publisher = Acad\n}\n"
    doc = read_bibtex(text)
    ref = doc.literature[0].reference
    assert ref is not None and ref.publisher is None
    found = [
        a for a in doc.literature[0].reference.anomalies if a.code is AnomalyCode.STRING_UNDEFINED
    ]
    assert len(found) == 1 and found[0].line == 5
    assert "'Acad'" in found[0].message and "'publisher'" in found[0].message


# (texts in order, key, field, value, undefined macros) across files
ACROSS_CASES = [
    # IEEEabrv style: the abbreviations file first, then the entries
    (
        [
            '@STRING{IEEE_J_SE = "{IEEE} Trans. Softw. Eng."}',
            "@article{x, title={T}, journal = IEEE_J_SE}",
        ],
        "x",
        "journal",
        "IEEE Trans. Softw. Eng.",
        [],
    ),
    # a macro defined only in a later file does not apply earlier (BibTeX reads in order)
    (
        ["@book{x, title={T}, publisher = Spr}", '@string{Spr = "Springer"}'],
        "x",
        "publisher",
        "",
        [("publisher", "Spr")],
    ),
    # a later file redefines: its own value wins in it
    (
        ['@string{pub = "First"}', '@string{pub = "Second"}\n@book{x, title={T}, publisher = pub}'],
        "x",
        "publisher",
        "Second",
        [],
    ),
]


@pytest.mark.parametrize(("texts", "key", "field", "value", "undefined"), ACROSS_CASES)
def test_macros_across_files(
    texts: list[str], key: str, field: str, value: str, undefined: list[tuple[str, str]]
) -> None:
    records = [r for recs, _ in read_bibs(texts) for r in recs]
    record = next(r for r in records if r.key == key)
    assert record.fields[field] == value
    assert [(f, m) for f, m, _ in record.undefined] == undefined


def test_crossref_across_files() -> None:
    child = (
        "@InProceedings{kid09,\n author = {Bo Berg},\n title = {A Paper},\n crossref = {conf09}\n}"
    )
    parent = (
        "@Proceedings{conf09,\n booktitle = {Workshop Record},\n year = 2009,\n publisher = pb\n}"
    )
    strings = '@string{pb = "Kluwer"}'
    (a, a_err), (b, _), (c, _) = read_bibs([strings, child, parent])
    assert not a and not a_err
    assert b[0].fields["booktitle"] == "Workshop Record" and b[0].fields["publisher"] == "Kluwer"
    # the parent error of the child's own file is gone: another file holds it
    _, alone = read_bib(child)
    assert [e.parent_key for e in alone] == ["conf09"]
    assert [e.parent_key for e in read_bibs([strings, child, parent])[1][1]] == []


def test_given_files_share_macros_and_parents(tmp_path: Path) -> None:
    (tmp_path / "abbrev.bib").write_text('@string{wiley = "Wiley"}\n', encoding="utf-8")
    (tmp_path / "main.bib").write_text(
        "@incollection{ch,\n author={C. Dee},\n title={Ch},\n crossref={vol}\n}\n", encoding="utf-8"
    )
    (tmp_path / "parents.bib").write_text(
        "@collection{vol,\n title={The Volume},\n year=2011,\n publisher=wiley\n}\n",
        encoding="utf-8",
    )
    sources = [
        bibsource.Source(n, tmp_path, None) for n in ("abbrev.bib", "main.bib", "parents.bib")
    ]
    bib = bibsource.load(sources)
    ref = bib.entries["ch"].reference
    assert ref is not None
    assert (ref.year, ref.publisher, ref.host) == (2011, "Wiley", "The Volume")
    assert not bib.defects and not bib.anomalies
    assert bib.entries["vol"].reference is not None
    assert bib.entries["vol"].reference.publisher == "Wiley"
    assert not any(a.code is AnomalyCode.STRING_UNDEFINED for a in ref.anomalies)


def test_undefined_macro_in_a_long_line_is_linear() -> None:
    assert_linear(
        read_bib,
        lambda n: (
            "@book{a, title={T}, publisher = "
            + "x" * (n // 2)
            + "}\n"
            + "@book{b, note = "
            + "a#" * (n // 4)
            + "b}"
        ),
    )


def test_to_reference_keeps_the_field_empty() -> None:
    records, _ = read_bib("@book{a, title={T}, year=2000, publisher = Kauf, address = Dord}")
    ref = to_reference(records[0])
    assert ref.publisher is None and ref.place is None
    assert [a.code for a in ref.anomalies] == [AnomalyCode.STRING_UNDEFINED] * 2
