"""Fix 51f: a list printed from a ``.bib`` in the order its tool and style print it.

* :mod:`bibcheck.readers.listorder`: biblatex's sorting schemes and style defaults,
  BibTeX ``.bst`` styles, a CSL style's ``<bibliography><sort>`` (or its name), pybtex's
  styles for sphinxcontrib-bibtex; names family first, particles per ``useprefix``,
  case- and accent-insensitive, then year, then title.
* The LaTeX, Org (org-cite) and reStructuredText (sphinxcontrib-bibtex) readers use it;
  a hand-written ``thebibliography`` keeps its own order, numeric styles citation order.
* A Sphinx role right after non-ASCII punctuation (``、:cite:t:`key```) is a citation.

Own fixtures, written in the shapes real documents use.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import RawNote, Reference
from bibcheck.readers.listorder import (
    CITED,
    ListSort,
    SortPart,
    biblatex_options,
    biblatex_sort,
    bst_sort,
    csl_sort,
    ordered,
    pybtex_sort,
    sort_name,
    tex_sort,
)
from bibcheck.readers.rstinline import events
from tests.test_regex_growth import assert_linear

N, Y, T, V = SortPart.NAME, SortPart.YEAR, SortPart.TITLE, SortPart.VOLUME
NYT = ListSort((N, Y, T))
NTY = ListSort((N, T, Y))

# --------------------------------------------------------------------------
# Deciding the order
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tex", "sort"),
    [
        (r"\usepackage[style=authoryear,backend=biber]{biblatex}", NYT),
        (r"\usepackage[style=authoryear-icomp]{biblatex}", NYT),
        (r"\usepackage[style=apa]{biblatex}", NYT),
        (r"\usepackage[style=verbose-ibid]{biblatex}", NTY),
        (r"\usepackage[style=authortitle]{biblatex}", NTY),
        (r"\usepackage{biblatex}", NTY),  # numeric, biblatex's default nty
        (r"\usepackage[style=numeric-comp,sorting=none]{biblatex}", CITED),
        (r"\usepackage[style=ieee]{biblatex}", CITED),  # biblatex-ieee: citation order
        (r"\usepackage[style=authoryear,sorting=ynt]{biblatex}", ListSort((Y, N, T))),
        (r"\usepackage[style=authoryear,sorting=nyvt]{biblatex}", ListSort((N, Y, V, T))),
        (  # the option set later wins; useprefix
            "\\usepackage[style=numeric]{biblatex}\n"
            "\\ExecuteBibliographyOptions{sorting=nyt,useprefix=true}",
            ListSort((N, Y, T), use_prefix=True),
        ),
        (  # a commented-out option is no option
            "\\usepackage[style=authoryear,\n%  sorting=none,\n]{biblatex}",
            NYT,
        ),
        (r"\usepackage[style=gost-footnote]{biblatex}", CITED),  # default not known
        ("\\bibliographystyle{plain}\n\\bibliography{refs}", bst_sort("plain")),
        ("\\bibliographystyle{unsrtnat}\n\\bibliography{refs}", CITED),
        ("\\bibliographystyle{IEEEtran}", CITED),
        ("\\bibliographystyle{my-own-style}", CITED),  # not known: citation order
        ("% \\bibliographystyle{plain}\n\\bibliographystyle{unsrt}", CITED),
        ("\\bibliography{refs}", CITED),  # no style named
    ],
)
def test_tex_sort(tex: str, sort: ListSort) -> None:
    assert tex_sort(tex) == sort


def test_biblatex_options_none_without_biblatex() -> None:
    assert biblatex_options(r"\usepackage{natbib}\bibliographystyle{plainnat}") is None
    assert biblatex_sort({"style": "chicago-notes-house"}) is None


@pytest.mark.parametrize(
    ("style", "sort"),
    [
        # plain.bst's own key (fix 57c: bstorder)
        ("plain", ListSort((SortPart.BST,), use_prefix=True, drop_articles=True)),
        ("alpha", ListSort((N, Y, T), use_prefix=True, drop_articles=True)),
        # natbib's own: names, year, key as plainnat.bst's final sort (fix 57c)
        ("plainnat", ListSort((SortPart.BST_NATBIB,), use_prefix=True)),
        ("apalike", ListSort((N, Y, T), use_prefix=True, drop_articles=True)),
        ("unsrt", CITED),
        ("ieeetr", CITED),
        ("elsarticle-num", CITED),
        ("ugost2008", CITED),
        ("house", None),
    ],
)
def test_bst_sort(style: str, sort: ListSort | None) -> None:
    assert bst_sort(style) == sort


CSL_AUTHOR_DATE = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0"
       demote-non-dropping-particle="{demote}">
  <info><title>House author-date</title></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography>
    {sort}
    <layout><text variable="title"/></layout>
  </bibliography>
</style>
"""


@pytest.mark.parametrize(
    ("sort_xml", "demote", "sort"),
    [
        (
            '<sort><key macro="author-bib"/><key variable="issued"/><key variable="title"/></sort>',
            "display-and-sort",
            NYT,
        ),
        (  # APA's "never": "van Dijk" sorts under V
            '<sort><key macro="author-bib"/><key macro="date-sort"/></sort>',
            "never",
            ListSort((N, Y), use_prefix=True),
        ),
        ('<sort><key variable="citation-number"/></sort>', "display-and-sort", CITED),
        ("", "display-and-sort", CITED),  # no <sort>: citation order
    ],
)
def test_csl_sort_by_its_file(sort_xml: str, demote: str, sort: ListSort) -> None:
    text = CSL_AUTHOR_DATE.format(sort=sort_xml, demote=demote)
    assert csl_sort("house.csl", text) == sort


@pytest.mark.parametrize(
    ("name", "sort"),
    [
        ("chicago-author-date.csl", NYT),
        ("apa", NYT),
        ("ieee.csl", CITED),
        ("vancouver", CITED),
        ("house-style.csl", None),  # neither told
    ],
)
def test_csl_sort_by_name(name: str, sort: ListSort | None) -> None:
    assert csl_sort(name) == sort


def test_csl_with_a_dtd_is_judged_by_name() -> None:
    text = '<!DOCTYPE style [<!ENTITY a "b">]>' + CSL_AUTHOR_DATE.format(sort="", demote="x")
    assert csl_sort("ieee.csl", text) == CITED  # the file refused, the name tells


@pytest.mark.parametrize(
    ("style", "sort"),
    [
        ("alpha", ListSort((N, Y, T), use_prefix=True)),
        ("plain", ListSort((N, Y, T), use_prefix=True)),
        ("unsrt", CITED),
        ("unsrtalpha", CITED),
        ("mystyle", None),
    ],
)
def test_pybtex_sort(style: str, sort: ListSort | None) -> None:
    assert pybtex_sort(style) == sort


# --------------------------------------------------------------------------
# Sorting
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "use_prefix", "key"),
    [
        ("van der Berg, Anna", False, "berg anna van der"),
        ("van der Berg, Anna", True, "van der berg anna"),
        ("de Vries, Sierd", False, "vries sierd de"),
        ("{Van Dyke}, Ruth", False, "van dyke ruth"),  # a capital "Van" is no particle
        ("Erdős, Pál", False, "erdos pal"),
        ("Łuczak, Tomasz", False, "luczak tomasz"),
        ("{World Health Organization}", False, "world health organization"),
    ],
)
def test_sort_name(name: str, use_prefix: bool, key: str) -> None:
    assert sort_name(name, use_prefix) == key


def _entries(works: dict[str, tuple[tuple[str, ...], int | None, str]]) -> dict[str, RawNote]:
    return {
        key: RawNote(key, "", 1, 1, reference=Reference("", 1, 1, authors=a, year=y, title=t))
        for key, (a, y, t) in works.items()
    }


WORKS = _entries(
    {
        "vd": (("van Dijk, Jan",), 2001, "Dunes"),
        "ad": (("Adams, Rae",), 2010, "The Coast"),
        "eb": (("Ebert, Kai",), 2005, "Waves"),
        "er": (("Érdi, Ben",), 2003, "Tides"),
        "ad2": (("adams, Rae",), 2008, "A Beach"),
        "org": ((), 1999, "Coastal Atlas"),
        "dv": (("de Vries, Ada",), 2001, "Sand"),
    }
)
CITED_ORDER = ["vd", "ad", "eb", "er", "ad2", "org", "dv"]


@pytest.mark.parametrize(
    ("sort", "want"),
    [
        (CITED, CITED_ORDER),  # citation order kept
        (  # nyt, prefixes ignored: van Dijk under D, de Vries under V; É with E
            NYT,
            ["ad2", "ad", "org", "vd", "eb", "er", "dv"],
        ),
        (  # prefixes used: de Vries under D, van Dijk under V
            ListSort((N, Y, T), use_prefix=True),
            ["ad2", "ad", "org", "dv", "eb", "er", "vd"],
        ),
        (  # nty: the two Adams by title ("A Beach" before "The Coast")
            NTY,
            ["ad2", "ad", "org", "vd", "eb", "er", "dv"],
        ),
        (  # BibTeX drops a leading article: "Beach" after ... "Coast"
            ListSort((N, T, Y), drop_articles=True),
            ["ad2", "ad", "org", "vd", "eb", "er", "dv"],
        ),
        (  # year first
            ListSort((Y, N, T)),
            ["org", "vd", "dv", "er", "eb", "ad2", "ad"],
        ),
    ],
)
def test_ordered(sort: ListSort, want: list[str]) -> None:
    assert ordered(CITED_ORDER, WORKS, sort) == want


def test_articles_dropped_only_where_the_tool_drops_them() -> None:
    works = _entries({"a": (("Lee, A",), 2000, "The Zebra"), "b": (("Lee, A",), 2000, "Moths")})
    assert ordered(["a", "b"], works, ListSort((N, T))) == ["b", "a"]
    assert ordered(["a", "b"], works, ListSort((N, T), drop_articles=True)) == ["b", "a"]
    works = _entries({"a": (("Lee, A",), 2000, "The Apes"), "b": (("Lee, A",), 2000, "Moths")})
    assert ordered(["a", "b"], works, ListSort((N, T))) == ["b", "a"]  # "the apes" > "moths"
    assert ordered(["a", "b"], works, ListSort((N, T), drop_articles=True)) == ["a", "b"]


# --------------------------------------------------------------------------
# Readers
# --------------------------------------------------------------------------

BIB = """\
@article{zee2019,
  author = {van der Zee, Karin and Mol, Pieter},
  title = {Dune growth after nourishment},
  journal = {Coastal Engineering},
  year = {2019},
}
@book{aalto2004,
  author = {Aalto, Ilkka},
  title = {Beaches of the Baltic},
  publisher = {Otava},
  year = {2004},
}
@report{waterboard2015,
  author = {{Waterboard North}},
  title = {Annual report on the coast},
  institution = {Waterboard North},
  year = {2015},
}
@article{oeberg1998,
  author = {Öberg, Lena},
  title = {Longshore drift},
  journal = {Geografiska Annaler},
  year = {1998},
}
"""
# cited first to last: zee2019, waterboard2015, oeberg1998, aalto2004
CITED_TITLES = [
    "Dune growth after nourishment",
    "Annual report on the coast",
    "Longshore drift",
    "Beaches of the Baltic",
]
# by name, prefix ignored (Zee under Z), Ö with O
SORTED_TITLES = [
    "Beaches of the Baltic",
    "Longshore drift",
    "Annual report on the coast",
    "Dune growth after nourishment",
]
# BibTeX 0.99d's plain (fix 57c, checked by a run): the prefix first, and "Öberg" written
# in UTF-8 after every ASCII name (BibTeX keeps its bytes)
BIBTEX_TITLES = [
    "Beaches of the Baltic",
    "Dune growth after nourishment",
    "Annual report on the coast",
    "Longshore drift",
]
# by name with the prefix first (van der Zee under V)
PREFIX_TITLES = [
    "Beaches of the Baltic",
    "Longshore drift",
    "Dune growth after nourishment",
    "Annual report on the coast",
]

TEX = """\
\\documentclass{{article}}
{preamble}
\\begin{{document}}
Dunes grow \\cite{{zee2019}}, the board says \\cite{{waterboard2015}}.
Drift \\cite{{oeberg1998}} and the Baltic \\cite{{aalto2004}}.
{ending}
\\end{{document}}
"""


def _titles(path: Path) -> list[str | None]:
    doc = parse_file(path)
    return [e.reference.title if e.reference else e.text for e in doc.literature]


@pytest.mark.parametrize(
    ("preamble", "ending", "want"),
    [
        (
            "\\usepackage[style=authoryear,backend=biber]{biblatex}\n\\addbibresource{refs.bib}",
            "\\printbibliography",
            SORTED_TITLES,
        ),
        (
            "\\usepackage[style=authoryear,useprefix=true]{biblatex}\n\\addbibresource{refs.bib}",
            "\\printbibliography",
            PREFIX_TITLES,
        ),
        (  # numeric with sorting=none: citation order
            "\\usepackage[style=numeric-comp,sorting=none]{biblatex}\n\\addbibresource{refs.bib}",
            "\\printbibliography",
            CITED_TITLES,
        ),
        ("", "\\bibliographystyle{plain}\n\\bibliography{refs}", BIBTEX_TITLES),
        ("", "\\bibliographystyle{unsrt}\n\\bibliography{refs}", CITED_TITLES),
        ("", "\\bibliography{refs}", CITED_TITLES),  # no style: as read
    ],
)
def test_latex_list_order(tmp_path: Path, preamble: str, ending: str, want: list[str]) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    path = tmp_path / "paper.tex"
    path.write_text(TEX.format(preamble=preamble, ending=ending), encoding="utf-8")
    assert _titles(path) == want


def test_latex_hand_written_list_keeps_its_order(tmp_path: Path) -> None:
    text = TEX.format(
        preamble="",
        ending="\\begin{thebibliography}{9}\n"
        "\\bibitem{zee2019} K. van der Zee, Dune growth after nourishment, 2019.\n"
        "\\bibitem{waterboard2015} Waterboard North, Annual report on the coast, 2015.\n"
        '\\bibitem{oeberg1998} L. \\"Oberg, Longshore drift, 1998.\n'
        "\\bibitem{aalto2004} I. Aalto, Beaches of the Baltic, 2004.\n"
        "\\end{thebibliography}\n\\bibliographystyle{plain}",
    )
    path = tmp_path / "paper.tex"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path)
    assert [e.label for e in doc.literature] == [
        "zee2019",
        "waterboard2015",
        "oeberg1998",
        "aalto2004",
    ]


ORG = """\
#+TITLE: Coast notes
#+bibliography: refs.bib
{export}

Dunes grow [cite:@zee2019], the board says [cite:@waterboard2015].
Drift [cite:@oeberg1998] and the Baltic [cite:@aalto2004].

#+print_bibliography:
"""
CSL_NUMERIC = CSL_AUTHOR_DATE.format(
    sort='<sort><key variable="citation-number"/></sort>', demote="display-and-sort"
)
CSL_BY_AUTHOR = CSL_AUTHOR_DATE.format(
    sort='<sort><key macro="contributors"/><key variable="issued"/></sort>',
    demote="display-and-sort",
)


@pytest.mark.parametrize(
    ("export", "csl", "want"),
    [
        ("#+cite_export: csl chicago-author-date.csl", None, SORTED_TITLES),
        ("#+cite_export: csl", None, SORTED_TITLES),  # citeproc-el's default style
        ("#+cite_export: csl ieee.csl", None, CITED_TITLES),
        ("#+cite_export: csl house.csl", CSL_NUMERIC, CITED_TITLES),
        ("#+cite_export: csl house.csl", CSL_BY_AUTHOR, SORTED_TITLES),
        ("#+cite_export: biblatex authoryear", None, SORTED_TITLES),
        ("#+cite_export: natbib unsrtnat", None, CITED_TITLES),
        ("", None, CITED_TITLES),  # no processor named: citation order
    ],
)
def test_org_list_order(tmp_path: Path, export: str, csl: str | None, want: list[str]) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    if csl is not None:
        (tmp_path / "house.csl").write_text(csl, encoding="utf-8")
    path = tmp_path / "notes.org"
    path.write_text(ORG.format(export=export), encoding="utf-8")
    assert _titles(path) == want


RST = """\
Coast
=====

Dunes grow :cite:p:`zee2019`, the board says :cite:p:`waterboard2015`.
Drift :cite:t:`oeberg1998` and the Baltic :cite:p:`aalto2004`.

.. bibliography::
{options}
"""


@pytest.mark.parametrize(
    ("conf", "options", "want"),
    [
        ('bibtex_bibfiles = ["refs.bib"]\nbibtex_default_style = "unsrt"\n', "", CITED_TITLES),
        ('bibtex_bibfiles = ["refs.bib"]\n', "", PREFIX_TITLES),  # alpha by default
        ('bibtex_bibfiles = ["refs.bib"]\nbibtex_default_style = "plain"\n', "", PREFIX_TITLES),
        (  # the directive's :style: wins over conf.py
            'bibtex_bibfiles = ["refs.bib"]\nbibtex_default_style = "plain"\n',
            "   :style: unsrt\n",
            CITED_TITLES,
        ),
        (  # a commented-out setting is none
            'bibtex_bibfiles = ["refs.bib"]\n# bibtex_default_style = "unsrt"\n',
            "",
            PREFIX_TITLES,
        ),
    ],
)
def test_rst_list_order(tmp_path: Path, conf: str, options: str, want: list[str]) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    (tmp_path / "conf.py").write_text(conf, encoding="utf-8")
    path = tmp_path / "coast.rst"
    path.write_text(RST.format(options=options), encoding="utf-8")
    assert _titles(path) == want


# --------------------------------------------------------------------------
# A role after non-ASCII punctuation
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("地盤については、:cite:t:`zee2019` が詳しい。", ["zee2019"]),  # ideographic comma
        ("「:cite:p:`zee2019`」を参照", ["zee2019"]),  # an opening corner bracket
        ("Siehe —:cite:p:`zee2019`", ["zee2019"]),  # an em dash
        ("«:cite:p:`zee2019`»", ["zee2019"]),  # a guillemet
        ("地盤は:cite:t:`zee2019`", []),  # after a letter: no markup
        ("地盤）:cite:t:`zee2019`", []),  # after a closing bracket: no markup
    ],
)
def test_role_after_punctuation(text: str, keys: list[str]) -> None:
    found = [k for event in events(text) for k in getattr(event, "keys", ())]
    assert found == keys


def test_role_scan_stays_linear() -> None:
    assert_linear(lambda t: list(events(t)), lambda n: "、:cite:p:`a`" * (n // 12))
    assert_linear(lambda t: list(events(t)), lambda n: "、" * n)


def test_ordered_stays_quick() -> None:
    works = _entries({f"k{i}": ((f"Name{i % 7}, A",), 1900 + i % 50, f"T{i}") for i in range(2000)})
    keys = list(works)
    assert len(ordered(keys, works, NYT)) == 2000
