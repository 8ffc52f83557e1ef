"""BibTeX/BibLaTeX export: goldens, escaping, round trips through two parsers.

Goldens live in ``tests/golden/``; after a deliberate change, regenerate them
with ``BIBCHECK_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_export_*.py`` and
review the diff.
"""

from __future__ import annotations

import re
from pathlib import Path

import bibtexparser
import pybtex.database
import pybtex.errors
import pytest
from sqlite_utils import Database

from bibcheck.export.bibtex import (
    entry_type,
    export_bibtex,
    latex_name,
    latex_text,
    latex_title,
    url_macro,
    verbatim_url,
    works_to_bibtex,
)
from bibcheck.export.works import load_works
from bibcheck.model import Reference, RefKind
from bibcheck.store import open_db
from tests.helpers import FRAG_URL, PCT_URL, TRICKY_WORKS, check_golden, store_tricky

# --------------------------------------------------------------------------
# pieces
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("R&D 14% #1 $5 a_b", r"R\&D 14\% \#1 \$5 a\_b"),
        (
            "{x} ~ ^ \\",
            r"\textbraceleft{}x\textbraceright{} \textasciitilde{} \textasciicircum{} \textbackslash{}",
        ),
        ("Залесский  «Путь»", "Залесский «Путь»"),
        ("Stochastic Parrots: Too Big? 🦜", "Stochastic Parrots: Too Big?"),
        ("LangChain 🦜️🔗 agents", "LangChain agents"),
        ("Seasons ☀️ and ⭐ stars", "Seasons and stars"),
        ('a "quoted" word and a 12" screen', "a ``quoted'' word and a 12'' screen"),
    ],
)
def test_latex_text(text: str, expected: str) -> None:
    assert latex_text(text) == expected


def test_latex_text_ascii() -> None:
    assert latex_text("Müller & Зa", ascii=True) == r"M{\"u}ller \& {\CYRZ}a"
    assert latex_text("“q” – №", ascii=True).isascii()


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Belarus and Turkey signed", "Belarus and {Turkey} signed"),
        ("Deals with BUTB, ICT and iPhone", "Deals with {BUTB}, {ICT} and {iPhone}"),
        # straight quotes become TeX quotes: '"' is a babel shorthand in Russian and German
        ('The "Great Stone" park', "The ``{Great} {Stone}'' park"),
        ('Закон "Об основах"', "Закон ``{Об} основах''"),
        ("The Route of interaction in Asia today", "The {Route} of interaction in {Asia} today"),
        (
            "The Route Of The Great Interaction With Asia",
            "The Route Of The Great Interaction With Asia",
        ),
        ("R&D in 2023", r"{R\&D} in 2023"),
    ],
)
def test_latex_title_protects_capitals(title: str, expected: str) -> None:
    assert latex_title(title) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Zalesky, B.", "Zalesky, B."),
        ("A. Shumilin", "Shumilin, A."),
        ("World Health Organization", "{World Health Organization}"),
        ("Procter and Gamble", "{Procter and Gamble}"),
        ("O'Neil, J. & Co", r"O'Neil, J. \& Co"),
        # more commas than "Family, Jr, Given": biber would drop the entry
        (
            "Malwarebytes, Inc. v. Enigma, LLC, 141 S. Ct. 13",
            "{Malwarebytes, Inc. v. Enigma, LLC, 141 S. Ct. 13}",
        ),
    ],
)
def test_latex_name(name: str, expected: str) -> None:
    assert latex_name(name) == expected


def test_urls_are_verbatim_unless_unwritable() -> None:
    assert verbatim_url(PCT_URL) == PCT_URL
    assert verbatim_url("https://x.org/a{b}\\c d") == "https://x.org/a%7Bb%7D%5Cc%20d"
    assert url_macro(PCT_URL) == r"\url{" + PCT_URL + "}"
    assert url_macro("https://x.org/a_b", in_argument=True) == r"\url{https://x.org/a_b}"
    assert url_macro("https://x.org/%41#f", in_argument=True) == r"https://x.org/\%41\#f"


@pytest.mark.parametrize(
    ("kind", "host", "url", "biblatex", "bibtex"),
    [
        (RefKind.WEB, None, "https://x.org", "online", "misc"),
        (RefKind.UNKNOWN, None, None, "misc", "misc"),
        (RefKind.BOOK, None, None, "book", "book"),
        (RefKind.ARTICLE, "Journal", None, "article", "article"),
        (RefKind.ARTICLE, None, "https://x.org", "online", "misc"),
        (RefKind.CHAPTER, "Collected essays", None, "incollection", "incollection"),
        (RefKind.CHAPTER, "Proceedings of the Conference", None, "inproceedings", "inproceedings"),
        (RefKind.CHAPTER, "Материалы научной конференции", None, "inproceedings", "inproceedings"),
        (RefKind.REPORT, None, None, "report", "techreport"),
    ],
)
def test_entry_types(
    kind: RefKind, host: str | None, url: str | None, biblatex: str, bibtex: str
) -> None:
    ref = Reference("raw", 1, 1, kind=kind, host=host, url=url)
    assert entry_type(ref, "biblatex") == biblatex
    assert entry_type(ref, "bibtex") == bibtex


# --------------------------------------------------------------------------
# goldens and determinism
# --------------------------------------------------------------------------


def test_golden_biblatex(tricky: Database) -> None:
    check_golden("tricky-biblatex.bib", export_bibtex(tricky))


def test_golden_bibtex_ascii(tricky: Database) -> None:
    text = export_bibtex(tricky, style="bibtex", ascii=True)
    assert text.isascii()
    check_golden("tricky-bibtex-ascii.bib", text)


def test_same_database_same_bytes(tricky: Database, tmp_path: Path) -> None:
    first = export_bibtex(tricky)
    assert export_bibtex(tricky) == first
    other = store_tricky(open_db(tmp_path / "again.db"))  # a fresh database, same content
    assert export_bibtex(other) == first


def test_unknown_style_is_refused(tricky: Database) -> None:
    with pytest.raises(ValueError, match="unknown style"):
        works_to_bibtex([], style="apa")  # type: ignore[arg-type]


def test_empty_database_gives_empty_file() -> None:
    assert export_bibtex(open_db(memory=True)) == ""


# --------------------------------------------------------------------------
# round trips
# --------------------------------------------------------------------------


def _bibtexparser_entries(text: str) -> dict[str, dict[str, str]]:
    library = bibtexparser.parse_string(text)
    assert library.failed_blocks == []
    return {e.key: {f.key: f.value for f in e.fields} for e in library.entries}


def _pybtex_entries(text: str) -> dict[str, dict[str, str]]:
    pybtex.errors.set_strict_mode(True)
    try:
        data = pybtex.database.parse_string(text, "bibtex")
    finally:
        pybtex.errors.set_strict_mode(False)
    return {
        key: {
            **{k.lower(): v for k, v in e.fields.items()},
            "author": str(len(e.persons.get("author", []))),
        }
        for key, e in data.entries.items()
    }


def _url_of(fields: dict[str, str]) -> str | None:
    if "url" in fields:
        return fields["url"]
    found = re.search(r"\\url\{([^{}]*)\}", fields.get("howpublished", ""))
    return found.group(1) if found else None


@pytest.mark.parametrize(
    ("style", "ascii"), [("biblatex", False), ("bibtex", False), ("bibtex", True)]
)
@pytest.mark.parametrize("which", ["tricky", "sample_db"])
def test_round_trip(which: str, style: str, ascii: bool, request: pytest.FixtureRequest) -> None:
    db: Database = request.getfixturevalue(which)
    works = load_works(db)
    text = export_bibtex(db, style=style, ascii=ascii)  # type: ignore[arg-type]
    for parsed in (_bibtexparser_entries(text), _pybtex_entries(text)):
        assert sorted(parsed) == sorted(w.key for w in works)
        for work in works:
            assert _url_of(parsed[work.key]) == work.reference.url  # byte-identical
    if which == "tricky":
        assert len(works) == TRICKY_WORKS
    else:
        assert len(works) == 166


def test_pybtex_reads_names(tricky: Database) -> None:
    data = pybtex.database.parse_string(export_bibtex(tricky), "bibtex")
    ivanov = data.entries["ivanov2020ekonomika"].persons["author"][0]
    assert ivanov.last_names == ["Иванов"] and ivanov.first_names == ["И."]
    who = data.entries["world2015world"].persons["author"][0]
    assert who.last_names == ["{World Health Organization}"]
    assert len(data.entries["petrov2019sotrudnichestvo"].persons["author"]) == 2


def test_special_urls_survive(tricky: Database) -> None:
    text = export_bibtex(tricky)
    assert "url = {" + PCT_URL + "}," in text
    assert "url = {" + FRAG_URL + "}," in text


def test_sample_export_is_fast_and_complete(sample_db: Database) -> None:
    text = export_bibtex(sample_db)
    assert text.count("\n@") + 1 == 166
    assert "@book{zalesky2023route," in text


def test_unmatched_braces_in_a_title_still_make_a_valid_entry() -> None:
    """An unmatched { or } in document text must not unbalance the BibTeX entry."""
    from pybtex.database import parse_string

    title = latex_text("Über {Braces} and }unbalanced{ text")
    entry = f"@misc{{k,\n  title = {{{title}}},\n}}\n"
    parsed = parse_string(entry, "bibtex")
    assert "unbalanced" in parsed.entries["k"].fields["title"]
