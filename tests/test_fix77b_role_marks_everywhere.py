"""fix77b: every module's editors' marks come from :mod:`bibcheck.parse.references.role_marks`.

Round 76 made ``role_marks`` the one table of editors' role marks; several modules still
kept lists of their own, so a mark known to one (``(toim.)``, ``(szerk.)``, ``(a cura di)``,
``(Hg.)``, ``, red.``) was unknown to the next.  Each module now builds its pattern from the
table (:data:`~role_marks.MARK` in parentheses, :data:`~role_marks.COMMA_MARK` bare after a
comma, :data:`~role_marks.COLON_MARK` with DIN ISO 690's colon, :data:`~role_marks.MARKS`
where it sets the parentheses itself).  Each table below gives, for one module, heads with
marks of at least three languages that module did not read before (the examples are this
file's own, written in the shapes these styles print).  The guard at the end keeps new
private lists of editors' marks out of ``bibcheck/parse/``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from bibcheck.parse.references import (
    acm,
    caps,
    chicago,
    commaform,
    din690,
    fields,
    generic,
    given_caps,
    initials_after,
    initials_first,
    italic_titled,
    mhra,
    role_marks,
    rsc,
    semicolon_names,
    volume_series,
)

# ---------------------------------------------------------------- the table's new forms


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (", eds.", True),
        (", Hrsg.", True),
        (", toim.", True),
        (", szerk.", True),
        (", útg.", True),
        (", red.", True),
        (", ed", False),  # (no full stop: a word of a title)
        (", Ed.", False),  # (a given name as often as a mark: "Smith, Ed.")
        (", Red.", False),
        (", a cura di.", False),  # (a phrase is only ever in parentheses)
        (", trans.", False),
    ],
)
def test_comma_mark(text: str, found: bool) -> None:
    assert (re.fullmatch(role_marks.COMMA_MARK, text) is not None) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("(Hrsg.): ", True),
        ("(Hg.):", False),
        ("(szerk.): ", True),
        ("(red.) : ", True),
        ("(eds.): ", True),
        ("(Hrsg.), ", False),
    ],
)
def test_colon_mark(text: str, found: bool) -> None:
    assert (re.fullmatch(role_marks.COLON_MARK, text) is not None) is found


@pytest.mark.parametrize(
    "mark",
    [
        "ed. a kol",
        "ed. by",
        "ed. lit",
        "réd",
        "sous la dir",
        "îngr",
        "Orgs",
        "Coord",
        "сост",
        "съст",
        "упоряд",
        "ур",
        "уред",
        "prir",
        "peny",
        "Hgg",
    ],
)
def test_marks_other_modules_knew_are_in_the_table(mark: str) -> None:
    assert re.fullmatch(role_marks.MARK, f"({mark}.)")


def test_alternation_is_sorted_by_a_total_key() -> None:
    assert role_marks.alternation(["red", "a cura di", "Hg", "eds"]) == r"a\scura\sdi|eds|red|Hg"


# ---------------------------------------------------------------- module by module

_CHAPTER = "In *Open Tools in Education*, S. Patel and M. Ruiz ({}). Springer, Cham, 45–60."


@pytest.mark.parametrize("mark", ["Hrsg.", "red.", "coord.", "toim."])
def test_acm_host_editors_are_no_publisher(mark: str) -> None:
    found = acm.parse(
        "Theo Marchetti and Anneke de Vries. 2016. Shared Notebooks for Teaching. "
        + _CHAPTER.format(mark)
    )
    assert found is not None
    assert (found.publisher, found.pages) == ("Springer", "45–60")


@pytest.mark.parametrize("mark", ["(Hg.)", "(toim.)", "(a cura di)", "(szerk.)"])
def test_caps_editors_head(mark: str) -> None:
    found = caps.parse(f"SILVA, João {mark}. História do Brasil. São Paulo: Ática, 2001.")
    assert found is not None
    assert (found.authors, found.title) == (("SILVA, João",), "História do Brasil")


@pytest.mark.parametrize("mark", ["(toim.)", "(szerk.)", "(a cura di)", "(org.)"])
def test_chicago_author_date_editors(mark: str) -> None:
    found = chicago.parse(
        f"Cloete, G. D., and D. J. Smit {mark} 1984. Title of the Book. Pretoria: Academica."
    )
    assert found is not None
    assert (found.authors, found.title) == (("Cloete, G. D.", "D. J. Smit"), "Title of the Book")


@pytest.mark.parametrize("mark", [" (toim.)", " (szerk.)", " (a cura di)", ", toim."])
def test_chicago_note_editors(mark: str) -> None:
    found = chicago.parse_note(
        f"R. Dudley Edwards{mark}, *The Great Famine* (Dublin: Browne, 1956), 12."
    )
    assert found is not None
    assert (found.authors, found.title) == (("R. Dudley Edwards",), "The Great Famine")


@pytest.mark.parametrize("mark", ["útg.", "gol.", "cur."])
def test_chicago_bibliography_editor_after_the_name(mark: str) -> None:
    found = chicago.parse(f"Drake, Stillman, {mark} Title of the Book. Chicago: Press, 1957.")
    assert found is not None
    assert (found.authors, found.title) == (("Drake, Stillman",), "Title of the Book")


@pytest.mark.parametrize("mark", ["(toim.)", "(szerk.)", "(útg.)", "(ур.)"])
def test_commaform_edited_volume(mark: str) -> None:
    found = commaform.edited(
        f"Popa, Ioan {mark}, Istoria Transilvaniei, vol. II, Cluj-Napoca, Editura Academiei, 2005."
    )
    assert found is not None
    assert (found.authors, found.title) == (("Popa, Ioan",), "Istoria Transilvaniei")


@pytest.mark.parametrize("mark", ["(ed.)", "(Bearb.)", "(red.)"])
def test_din690_series_of_the_editing_body_is_a_report(mark: str) -> None:
    found = din690.organisation(
        f"BUNDESAMT FÜR NATURSCHUTZ {mark}: Die Lage der Natur : Bericht. Bonn, 2020 "
        "(BfN-Skripten 12/2020)"
    )
    assert found is not None
    assert found.authors == ("Bundesamt für Naturschutz",)
    assert str(found.kind) == "report"


@pytest.mark.parametrize("mark", ["(a c. di)", "(útg.)", "(gol.)", "(Hgg.)"])
def test_fields_heading_authors(mark: str) -> None:
    assert fields.split_heading_authors(f"Kovács, T. {mark} Cím of it") == (
        ("Kovács, T.",),
        "Cím of it",
    )


@pytest.mark.parametrize("mark", [" (a cura di)", " (útg.)", " (gol.)", ", toim"])
def test_generic_names_then_title(mark: str) -> None:
    found = generic.authors_and_title(f"John Smith{mark}. Title of the Book. Place: Press, 2001.")
    assert found == (("John Smith",), "Title of the Book.")


@pytest.mark.parametrize("mark", ["(toim.)", "(szerk.)", "(Hg.)", "(org.)"])
def test_given_caps_edited_volume_has_no_authors(mark: str) -> None:
    found = given_caps.parse(
        f"Marek HOLEČEK {mark}, *Zlatý věk řezbářství*, kat. výst., Praha: Academia 2001, s. 12."
    )
    assert found is not None
    assert (found.authors, found.title) == ((), "Zlatý věk řezbářství")


@pytest.mark.parametrize("mark", ["(red.)", "(toim.)", "(szerk.)", "(éd.)"])
def test_initials_after_editors(mark: str) -> None:
    found = initials_after.parse(f"Rossi A. {mark}, Storia di Roma, Einaudi, Torino 2001.")
    assert found is not None
    assert (found.authors, found.title) == (("Rossi A.",), "Storia di Roma")


@pytest.mark.parametrize("mark", ["toim.", "szerk.", "Hg.", "dir."])
def test_initials_first_people_without_the_mark(mark: str) -> None:
    assert initials_first.initials_first_people(f"A. K. Berg and H. W. Berg, {mark}") == (
        "A. K. Berg",
        "H. W. Berg",
    )


@pytest.mark.parametrize("mark", [" (toim.)", " (szerk.)", ", red."])
def test_italic_titled_editors(mark: str) -> None:
    found = italic_titled.parse(f"Smith, J.{mark}, *Title of the Book*, Press, London, 2001.")
    assert found is not None
    assert (found.authors, found.title) == (("Smith, J.",), "Title of the Book")


@pytest.mark.parametrize("mark", [", (red.)", " (Hrsg.)", " (dir.)", ", toim."])
def test_mhra_editors_before_the_title(mark: str) -> None:
    found = mhra.parse(
        f"Smith, John{mark}, ‘Title of the Chapter’, in Book, ed. by A. Lee (London: Verso, "
        "2001), pp. 1–20"
    )
    assert found is not None
    assert (found.authors, found.title, found.container) == (
        ("Smith, John",),
        "Title of the Chapter",
        "Book",
    )


@pytest.mark.parametrize("mark", [" (Hrsg.)", ", Hrsg.", " (red.)", " (éd.)", ", toim."])
def test_rsc_edited_book(mark: str) -> None:
    found = rsc.parse(
        f"S. Nakamura and E. de Vries{mark}, Handbook of Dyes, Royal Society of Chemistry, "
        "Cambridge, 2010."
    )
    assert found is not None
    assert (found.authors, found.title) == (("S. Nakamura", "E. de Vries"), "Handbook of Dyes")


@pytest.mark.parametrize("mark", ["(toim.)", "(Hrsg.)", "(szerk.)"])
def test_semicolon_names_drop_the_mark(mark: str) -> None:
    assert semicolon_names.semicolon_people(f"Pérez, Juan; García, Ana {mark}") == (
        "Pérez, Juan",
        "García, Ana",
    )


@pytest.mark.parametrize("mark", ["(toim.)", "(szerk.)", "(red.)"])
def test_volume_series_volume_editors_before_its_title(mark: str) -> None:
    parts = ["vol. 3", f"Maurice Agulhon {mark}", "La ville", "Paris", "Seuil", "1983"]
    assert volume_series.volume_title(parts, lambda p: p == "Paris") == (
        "La ville",
        ["vol. 3", "Paris", "Seuil", "1983"],
    )


# ---------------------------------------------------------------- the guard

_PARSE = Path(__file__).resolve().parent.parent / "bibcheck" / "parse"
_MARKS = {mark.lower() for mark, _ in role_marks.EDITOR_MARKS}
# (words that mark an edition as often as an editor: "2nd ed.", "2e éd.", "3. utg.")
_EDITION_TOO = {"ed", "éd", "utg", "udg", "uitg"}
# one group of a regular expression, no group inside it
_GROUP = re.compile(r"(?<!\\)\((?:\?i?:)?((?:[^()\\]|\\.)*)(?<!\\)\)")

# Modules whose alternations hold editors' marks for another purpose, each with why:
ALLOWED = {
    # a statement after a title that names any contributor (translator, compiler, editor,
    # introducer) with the verb or noun of its role: the editors' marks are a few of many
    # roles there, never a mark after the names that head an entry
    "ancient_edition.py": "contributors' statements after a classic's title",
    "apa.py": "APA's contributor parenthesis (Trans., Eds., Narr.) and edition parenthesis",
    "chicago.py": "a host's editor before the names after its title (', ritstj. X', ', trans. X')",
    "caps.py": "ABNT's statement words after the title (Trad., Org., Ed., Vol.)",
    "classic_edition.py": "statements of a classic's edition (Hg. v., Übers., Comm.)",
    "edition_notes.py": "an edition's statement before its editor's name",
    "entrytail.py": "the role statement that ends a title (trans. …, ed. …, oprac. …)",
    "imprint_book.py": "statements of responsibility before an imprint",
    "locus.py": "role words that are no locator (trans., übers., vert.)",
    "printed_imprint.py": "statements of responsibility before an imprint",
    "same_author.py": "a repeated author's role after the dash (eds., trans., comp.)",
    "series_part.py": "statements after a series' part",
    "title_statements.py": "statements of responsibility after a title (пер., ред., coord.)",
    "polish_plain.py": "Polish statements after the title (wyd., red., oprac., tłum.)",
    # the verb of editing before the names ("hg. v. K. Müller", "a cura di A. Rossi",
    # "coord. de J. Pérez"): a phrase that leads the names, not a mark after them
    "curated.py": "curators' phrases before the names (a cura di, sous la dir. de)",
    "discursive.py": "German editing abbreviations before 'von'",
    "generic.py": "German editing abbreviations before 'von' (hg. v., bearb. v.)",
    "german.py": "German editing abbreviations before 'von' (hg. v., Hrsg. von)",
    "german_law.py": "German editing abbreviations before 'von'",
    "italian_notes.py": "editing phrases before the names (a cura di, ed. by, coord.)",
    "particles.py": "abbreviations that are no name particle",
    "volume_series.py": "editing phrases before the names (a cura di, édité par, org.)",
}


def _forms(alternative: str) -> set[str]:
    """The marks an alternative spells: ``eds?`` -> ``ed``, ``eds``; ``[Hh]rsg`` -> ``hrsg``."""
    text = alternative.replace(r"\s", " ").replace(r"\.?", "").replace(r"\.", ".").strip(".")
    text = re.sub(r"\[(.)[^\]]*\]", r"\1", text)
    found = {text[:-2], text[:-2] + "s"} if text.endswith("s?") else {text}
    return {f.lower() for f in found}


def _strings(source: str) -> list[str]:
    """The string literals of ``source`` (an f-string's holes as ``{}``), docstrings left out."""
    tree = ast.parse(source)
    docs: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            if isinstance(body[0].value, ast.Constant):
                docs.add(id(body[0].value))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            found.append(
                "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
            )
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) not in docs:
                found.append(node.value)
    return found


def _own_lists(path: Path) -> list[list[str]]:
    """The alternations in ``path`` that list editors' marks: three or more marks of the
    table, two of them no edition's word too."""
    lists = []
    for text in _strings(path.read_text(encoding="utf-8")):
        for group in _GROUP.finditer(text):
            marks = [a for a in group.group(1).split("|") if _forms(a) & _MARKS]
            editors = [a for a in marks if not _forms(a) <= _EDITION_TOO]
            if len(marks) >= 3 and len(editors) >= 2:
                lists.append(marks)
    return lists


def test_no_module_keeps_a_list_of_editors_marks_of_its_own() -> None:
    offenders = {
        path.name: lists
        for path in sorted(_PARSE.rglob("*.py"))
        if path.name != "role_marks.py" and path.name not in ALLOWED
        for lists in [_own_lists(path)]
        if lists
    }
    assert offenders == {}


def test_every_allowed_module_still_needs_its_place() -> None:
    stale = [name for name in ALLOWED if not _own_lists(next(_PARSE.rglob(name)))]
    assert stale == []


@pytest.mark.parametrize(
    ("source", "listed"),
    [
        (r'X = r"\((?:eds?|Hrsg|red)\.?\)"', True),
        (r'X = r"\s\((?i:eds?|coords?|dirs?)\.?\)"', True),
        (r'X = rf"\s{role_marks.MARK}"', False),
        (r'X = r"(?:ed|éd|utg)\.\s"', False),  # (an edition's words)
        ('"""(?:eds?|Hrsg|red) in a docstring"""', False),
    ],
)
def test_the_guard_sees_a_private_list(source: str, listed: bool, tmp_path: Path) -> None:
    path = tmp_path / "module.py"
    path.write_text(source, encoding="utf-8")
    assert bool(_own_lists(path)) is listed
