"""Fix 55f: short-form notes take their work from the list.

A note beside a reference list cites a work short: ``Surname (year: place).``, the names
in prose (``Per a una visió de conjunt, Boix i Vila (1998: 17).``), ``Ibid.`` after one of
those, or ``Surname, anf. arb.``; the list entries it names may be written ``Surname,
Given; Surname, Given (year).``, ``Surname, dkk. 1992.`` (author-date after a lone family
name and "et al."), or a thesis by its designation (``Disertasi``, ``Tesi doctoral``).
Own fixtures, written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import ParsedDocument, RefKind
from bibcheck.parse.names import family_name
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.prose_author_date import narrative_cites
from bibcheck.parse.references.repeat import find_repeats
from bibcheck.parse.references.semicolon_names import joined_family, semicolon_people
from tests.test_regex_growth import assert_linear

# ---- a Spanish book chapter on a web page: notes closed by "1. ", a list of <p> ----------

_HTML = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>La escuela rural</title></head>
<body>
<article>
<h1>La escuela rural en Aragón</h1>
<p>La escuela unitaria sobrevivió.<sup><a class="fnref" id="fr1" href="#fn1">1</a></sup>
Los maestros escribieron memorias.<sup><a class="fnref" id="fr2" href="#fn2">2</a></sup></p>
<p>La matrícula bajó.<sup><a class="fnref" id="fr3" href="#fn3">3</a></sup> La concentración
fue discutida.<sup><a class="fnref" id="fr4" href="#fn4">4</a></sup> Nadie lo
previó.<sup><a class="fnref" id="fr5" href="#fn5">5</a></sup></p>
<div class="notes">
<p class="fn" id="fn1"><a href="#fr1">1</a>. Lorenzo (1995: 44–47).</p>
<p class="fn" id="fn2"><a href="#fr2">2</a>. Para una síntesis anterior, Berges y Soler (2002: 19).</p>
<p class="fn" id="fn3"><a href="#fr3">3</a>. Ibídem, p. 23.</p>
<p class="fn" id="fn4"><a href="#fr4">4</a>. Sobre el debate, véanse los trabajos reunidos en
Mainer (2008), sobre todo el primero.</p>
<p class="fn" id="fn5"><a href="#fr5">5</a>. Mainer nunca escribió sobre ello.</p>
</div>
</article>
<section>
<h2>Bibliografía</h2>
<p>Berges Sánchez, Ana; Soler Gil, Marta (2002). <em>Maestras de pueblo</em>. Zaragoza:
Prensas Universitarias.</p>
<p>Lorenzo, J. A. (1995). <em>La escuela rural en España</em>. Madrid: Síntesis.</p>
<p>Mainer Baqué, Juan (ed.) (2008). <em>Pensar críticamente la educación escolar</em>.
Zaragoza: Prensas Universitarias.</p>
</section>
</body></html>
"""

# ---- an English report in Pandoc Markdown: footnotes into one plain list ----------------

_MARKDOWN = """---
title: Flood resilience in small river towns
---

# Introduction

River towns rebuilt their embankments after each flood.[^1] The insurers pressed for it.[^2]
Some councils refused to plan at all.[^3] Others copied the national guidance.[^4]
Mapping was the weak point.[^5] Budgets were cut twice.[^6]

[^1]: Penning-Rowsell et al. (2013), p. 12.
[^2]: For the insurers' side, see Surminski and Eldridge (2017: 44).
[^3]: Ibid., p. 50. See also Hall (2011).
[^4]: Environment Agency (2020), pp. 3–9.
[^5]: Hall never published the maps he drew.
[^6]: Compare Department for Environment, Food and Rural Affairs (2019), p. 7, which gives
    the totals.

# References

Department for Environment, Food and Rural Affairs (2019) *Flood funding review*. London: DEFRA.

Environment Agency (2020) *National flood and coastal erosion risk management strategy*.
Bristol: Environment Agency.

Hall, J. (2011) *Flood risk and the city*. Cambridge: Cambridge University Press.

Penning-Rowsell, E., Priest, S., Parker, D. et al. (2013) *Flood and coastal erosion risk
management: a manual for economic appraisal*. London: Routledge.

Surminski, S. and Eldridge, J. (2017) 'Flood insurance in England', *Journal of Flood Risk
Management*, 10(4), pp. 415–435.
"""


def _parsed(tmp_path: Path, name: str, text: str) -> ParsedDocument:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_file(path)


def _note(doc: ParsedDocument, label: str) -> tuple[tuple[str, ...], str | None, int | None]:
    ref = next(fn.reference for fn in doc.footnotes if fn.label == label)
    return tuple(family_name(a).casefold() for a in ref.authors), ref.title, ref.year


@pytest.mark.parametrize(
    ("label", "families", "title", "year"),
    [
        # "<a>1</a>. Lorenzo (1995: 44–47).": the stop after the back link's number is no
        # part of the note, which is then a short author-date note
        ("1", ("Lorenzo",), "La escuela rural en España", 1995),
        # the names in the note's prose, after a lead-in ending in a comma; the entry's
        # people parted by semicolons
        ("2", ("Berges Sánchez", "Soler Gil"), "Maestras de pueblo", 2002),
        # Ibídem repeats the note before, once that one is resolved
        ("3", ("Berges Sánchez", "Soler Gil"), "Maestras de pueblo", 2002),
        # an edited volume named in the middle of a sentence
        ("4", ("Mainer Baqué",), "Pensar críticamente la educación escolar", 2008),
        # negative: a name in prose with no year cites nothing
        ("5", (), None, None),
    ],
)
def test_html_short_notes_take_the_list_entry(
    tmp_path: Path, label: str, families: tuple[str, ...], title: str | None, year: int | None
) -> None:
    doc = _parsed(tmp_path, "capitulo.html", _HTML)
    assert _note(doc, label) == (tuple(f.casefold() for f in families), title, year)


def test_html_prose_note_without_year_stays_commentary(tmp_path: Path) -> None:
    doc = _parsed(tmp_path, "capitulo.html", _HTML)
    note = next(fn for fn in doc.footnotes if fn.label == "5")
    assert note.reference.kind is RefKind.COMMENTARY


@pytest.mark.parametrize(
    ("label", "first", "year"),
    [
        ("1", "Penning-Rowsell", 2013),
        ("2", "Surminski", 2017),
        # "Ibid., p. 50. See also Hall (2011).": the Ibid. wins over the work in the second
        # sentence
        ("3", "Surminski", 2017),
        ("4", "Environment Agency", 2020),
        # an organisation's name with its small words, after "Compare", with a remark after
        ("6", "Department for Environment, Food and Rural Affairs", 2019),
    ],
)
def test_markdown_short_notes_take_the_list_entry(
    tmp_path: Path, label: str, first: str, year: int
) -> None:
    doc = _parsed(tmp_path, "plan.md", _MARKDOWN)
    ref = next(fn.reference for fn in doc.footnotes if fn.label == label)
    assert (ref.authors[0].split(", ")[0] if "," not in first else ref.authors[0], ref.year) == (
        first,
        year,
    )


# ---- narrative citations in a note's first sentence ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (each citation: its readings, the names whole first, then without the words
        # before them, and its year)
        (
            "Vegeu Aracil (1982: 23–38) i Ninyoles (1969).",
            [(("Vegeu Aracil", "Aracil"), 1982), (("Ninyoles",), 1969)],
        ),
        (
            "Per a una visió de conjunt, Boix i Vila (1998: 17).",
            [(("Boix i Vila", "Vila"), 1998)],
        ),
        (
            "See Hale and Ruiz (2004, 12) on the port.",
            [(("See Hale and Ruiz", "Hale and Ruiz", "Ruiz"), 2004)],
        ),
        ("Yılmaz vd. (2015: 3) bunu gösterir.", [(("Yılmaz vd.",), 2015)]),
        (
            "Lee, Ong and Tan (2001) disagree.",
            [(("Lee, Ong and Tan", "Ong and Tan", "Tan"), 2001)],
        ),
        ("Lind (1999a) and Lind (1999b).", [(("Lind",), 1999), (("Lind",), 1999)]),
        # negatives: a life's years, no year, a year not in parentheses, a second sentence,
        # no name before the year
        ("Fishman (1926–2015) wrote on this.", []),
        ("Fishman never visited the valley.", []),
        ("Fishman wrote in 1991 about it.", []),
        ("Ibid., p. 4. See also Hall (2011).", []),
        ("the port (2011) was closed.", []),
    ],
)
def test_narrative_cites(text: str, expected: list[tuple[tuple[str, ...], int]]) -> None:
    assert [(cite.readings, cite.year) for cite in narrative_cites(text)] == expected


# ---- list entries ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "authors", "kind"),
    [
        # a lone family name and "et al." (Indonesian "dkk.") before the author-date year
        (
            "Mubyarto, dkk. 1992. *Tanah dan Tenaga Kerja di Pedesaan*. Yogyakarta: Aditya Media.",
            ("Mubyarto",),
            RefKind.BOOK,
        ),
        ("Haas et al. 2010. *Rivers and Ports*. London: Routledge.", ("Haas",), RefKind.BOOK),
        # theses by their designation in Indonesian, Malay, Catalan
        (
            'Santoso, Budi. 2016. "Upah Buruh Kebun di Jawa Barat". Disertasi, Universitas Indonesia.',
            ("Santoso, Budi",),
            RefKind.THESIS,
        ),
        (
            'Rahim, Aminah. 2012. "Pekebun Kecil di Johor". Tesis PhD, Universiti Malaya.',
            ("Rahim, Aminah",),
            RefKind.THESIS,
        ),
        (
            'Puig, Marta. 2009. "La llengua a l’escola". Tesi doctoral, Universitat de Girona.',
            ("Puig, Marta",),
            RefKind.THESIS,
        ),
        (
            'Wibowo, Agus. 2019. "Koperasi Teh Rakyat". Skripsi, Universitas Brawijaya.',
            ("Wibowo, Agus",),
            RefKind.THESIS,
        ),
        # negative: "Tesis" opening a title is no designation
        (
            "Pérez, Ana. 2010. *Tesis y antítesis: ensayos*. Madrid: Cátedra.",
            ("Pérez, Ana",),
            RefKind.BOOK,
        ),
        # semicolon-parted people with whole given names; a family name joined by "i"
        (
            "Pons, Jordi; Ferrer i Mas, Laia (2004). *Llengua i escola*. Vic: Eumo.",
            ("Pons, Jordi", "Ferrer i Mas, Laia"),
            RefKind.BOOK,
        ),
    ],
)
def test_entries(entry: str, authors: tuple[str, ...], kind: RefKind) -> None:
    ref = parse_reference(entry, (1,), detect_styles=True)
    assert (ref.authors, ref.kind) == (authors, kind)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Pujol, Anna; Serra, Joan", ("Pujol, Anna", "Serra, Joan")),
        (
            "Boix-Font, Emili; Vidal i Roca, F. Xavier",
            ("Boix-Font, Emili", "Vidal i Roca, F. Xavier"),
        ),
        ("Smith, J.; Brown, A.", ("Smith, J.", "Brown, A.")),
        # negatives: one person; prose with a semicolon; a title after the names
        ("Pujol, Anna", None),
        ("Aquesta qüestió; vegeu el capítol 9", None),
        ("Pujol, Anna; Serra, Joan. Llengua i escola", None),
    ],
)
def test_semicolon_people(text: str, people: tuple[str, ...] | None) -> None:
    assert semicolon_people(text) == people


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Vidal i Roca, F. Xavier (ed.)", ("Vidal i Roca, F. Xavier",)),
        ("Ortega y Gasset, José", ("Ortega y Gasset, José",)),
        # negatives: no joined family name; two people
        ("Roca, Xavier", None),
        ("García, J. y López, M.", None),
    ],
)
def test_joined_family(text: str, person: tuple[str, ...] | None) -> None:
    assert joined_family(text) == person


# ---- op. cit. in Norwegian and Danish ------------------------------------------------------


@pytest.mark.parametrize(
    ("last", "kind"),
    [
        ("Berg, anf. arb., s. 9.", "op-cit"),
        ("Berg, anf. st., s. 9.", "op-cit"),
        ("Berg, a.st., s. 9.", "op-cit"),
        # negative: "anf." alone is no phrase
        ("Berg, anf. 9.", None),
    ],
)
def test_norwegian_op_cit(last: str, kind: str | None) -> None:
    notes = [
        "Berg, Ola. Fiske og bygd. Oslo: Samlaget, 2001, 4.",
        "Lie, Kari. Havet. Bergen: Fagbokforlaget, 1999, 3.",
        last,
    ]
    found = find_repeats(notes, ["1", "2", "3"], [False, False, False])[-1]
    assert (found.kind if found is not None else None, found.target if found else None) == (
        kind,
        0 if kind else None,
    )


# ---- linear on hostile lines ---------------------------------------------------------------

Line = Callable[[int], str]

LINES = [
    pytest.param(lambda n: "A" * n, id="one-long-word"),
    pytest.param(lambda n: "Ab " * (n // 3), id="capitalised-words"),
    pytest.param(lambda n: "Ab i " * (n // 5), id="joined-names"),
    pytest.param(lambda n: "Ab, Cd; " * (n // 8), id="semicolon-names"),
    pytest.param(lambda n: "Ab (1999" * (n // 8), id="open-years"),
    pytest.param(lambda n: "Ab for Cd " * (n // 10), id="organisation-words"),
]


@pytest.mark.parametrize("line", LINES)
def test_narrative_cites_is_linear(line: Line) -> None:
    assert_linear(lambda text: list(narrative_cites(text)), line)


@pytest.mark.parametrize("line", LINES)
def test_semicolon_people_is_linear(line: Line) -> None:
    assert_linear(lambda text: (semicolon_people(text), joined_family(text)), line)


@pytest.mark.parametrize("line", LINES)
def test_et_al_author_date_entry_is_linear(line: Line) -> None:
    assert_linear(lambda text: parse_reference(f"{text}, et al. 1992. T.", (1,)), line)


# ---- a span of months in a note's prose is no citation's year ------------------------------


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        (
            "The interviews were held between February and May 2024; the towns are not named.",
            RefKind.COMMENTARY,
        ),
        ("Die Gespräche fanden zwischen Februar und Mai 2024 statt.", RefKind.COMMENTARY),
        # negative: a title with months in it, then the book's facts
        ("Ott, Anna. Zwischen Mai und Juni 2019. Berlin: Aufbau, 2020, 4.", RefKind.BOOK),
    ],
)
def test_month_span_in_prose(note: str, kind: RefKind) -> None:
    assert parse_reference(note, (1,), note=True).kind is kind
