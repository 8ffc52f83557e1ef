"""The order in which a tool prints a bibliography made from a ``.bib`` (or CSL) file.

A list printed from a bibliography file holds the cited entries; in which order depends
on the tool and the style, and each reader citing by key asks here:

* biblatex (:func:`biblatex_sort`): the ``sorting=`` option (``nty``, ``nyt``, ``nyvt``,
  ``ynt``, ``ydnt``, ``anyt``, ``none`` ...), else the default of the ``style=``
  (``bibstyle=``): ``nyt`` for the author-year styles (and APA), ``nty`` for the
  author-title, verbose, numeric and alphabetic families and biblatex's own default,
  ``none`` (citation order) for styles that number by citation (``ieee``, ``nature``,
  ``phys``, ``chem-*``, ``*-numeric`` of the contributed families).  ``useprefix=false``
  (the default) sorts "van der Berg" under B, ``useprefix=true`` under V.
* BibTeX (:func:`bst_sort`): ``plain`` and ``abbrv`` by the key their ``.bst`` builds
  (:mod:`bibcheck.readers.bstorder`: all names, the "von" part first, year, title without
  a leading "A", "An", "The"), natbib's ``plainnat`` and ``abbrvnat`` likewise with the
  citation key for the title (and a work of three or more authors after its first
  author's own and two-author works); ``alpha``, ``apalike``, ``agsm``, ``aer``, ``acm``
  ... by author (the "von" part first), year and title; the astronomy journals' styles
  (``aasjournal``, ``aa``, ``mnras`` ...) likewise, by the key they build
  (:mod:`bibcheck.readers.astrobst`: names with initials, year, title); ``unsrt``, ``unsrtnat``,
  ``ieeetr``, ``IEEEtran``, ``elsarticle-num``, ``vancouver`` ... keep citation order.
* CSL (:func:`csl_sort`): the style's ``<bibliography><sort>`` keys when its ``.csl``
  text is at hand (no ``<sort>``: citation order), its ``demote-non-dropping-particle``
  for the particles; otherwise by the style's name (numeric: citation order;
  author-date and note styles: author, year, title).
* pybtex / sphinxcontrib-bibtex (:func:`pybtex_sort`): ``alpha`` (the default) and
  ``plain`` sort by author, year, title; ``unsrt`` and ``unsrtalpha`` keep citation order.

A style none of these knows keeps citation order (what every reader did before).  Names
compare case- and accent-insensitively (as biber's and citeproc's collation do), family
name first; entries that tie keep the order of their first citation.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from xml.etree import ElementTree as ET

from bibcheck.errors import InputError
from bibcheck.lazyre import lazy_compile
from bibcheck.model import RawNote, Reference
from bibcheck.readers import astrobst, hayagrivanames, nordicorder
from bibcheck.readers.bstorder import bst_entry, bst_key
from bibcheck.readers.decode import read_regular_file
from bibcheck.readers.xmlsafe import parse_xml

__all__ = [
    "BY_AUTHOR",
    "CITED",
    "KNOWN_CSL_IDS",
    "ListSort",
    "SortPart",
    "biblatex_sort",
    "bst_sort",
    "csl_file_text",
    "csl_id",
    "csl_sort",
    "in_language",
    "family_style",
    "known_csl_id",
    "natbib_label",
    "numeric_style",
    "ordered",
    "pybtex_sort",
    "sort_name",
    "tex_sort",
]


class SortPart(Enum):
    """One part of a sorting key."""

    NAME = "name"  # the authors (editors when none), family name first
    YEAR = "year"
    YEAR_DESC = "year-desc"
    TITLE = "title"
    VOLUME = "volume"
    LABEL = "label"  # natbib's author-year label (``Smith and Jones(2001``)
    KEY = "key"  # the citation key
    BST = "bst"  # the whole sort key of BibTeX's plain.bst/abbrv.bst (:mod:`bstorder`)
    BST_NATBIB = "bst-natbib"  # ... of natbib's plainnat.bst/abbrvnat.bst
    BST_ASTRONOMY = "bst-astronomy"  # ... of the astronomy journals' styles (astrobst)


@dataclass(frozen=True, slots=True)
class ListSort:
    """How a printed list is sorted: ``parts`` in turn (none: in order of first citation);
    ``use_prefix``: a name's particle ("van", "de") sorts before the family name;
    ``drop_articles``: a title's leading "A", "An", "The" is ignored (BibTeX styles);
    ``hayagriva``: names sort as Typst sorts them (:mod:`.hayagrivanames`: a lower-case
    particle always after the given names; ``use_prefix`` then keeps only a capitalised
    particle, "Van Gogh", before the family name); ``lang``: the document's language, when
    its collation files letters of its own after ``z`` (:mod:`.nordicorder`: Danish Ø, Swedish
    Ö)."""

    parts: tuple[SortPart, ...] = ()
    use_prefix: bool = False
    drop_articles: bool = False
    hayagriva: bool = False
    lang: str = ""  # a language whose letters sort in their own places (:mod:`.nordicorder`)

    @property
    def cited(self) -> bool:
        return not self.parts


CITED = ListSort()
_N, _Y, _T, _V = SortPart.NAME, SortPart.YEAR, SortPart.TITLE, SortPart.VOLUME

# --------------------------------------------------------------------------
# Sorting keys
# --------------------------------------------------------------------------

# letters NFKD does not take apart
_FOLD = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "ŀ": "l", "ß": "ss"}
    | {"æ": "ae", "œ": "oe", "þ": "th"}
)
_NOT_WORD = lazy_compile(r"[^\w\s]+")
_SPACE = lazy_compile(r"\s+")
_ARTICLE = lazy_compile(r"^(?:the|an|a)\s+", re.I)


def fold(text: str, lang: str = "") -> str:
    """``text`` for comparing: case- and accent-insensitive, punctuation and braces out;
    with ``lang`` a Nordic language, its own letters after ``z`` (:mod:`.nordicorder`:
    Danish ``"Ørsted"`` after ``"Zahle"``)."""
    keep = nordicorder.kept(lang)
    if keep:
        lowered = "".join(
            c if c in keep else _unaccented(c)
            for c in unicodedata.normalize("NFC", text.casefold())
        )
        folded = _SPACE.sub(" ", _NOT_WORD.sub(" ", lowered)).strip()
        return nordicorder.tailored(folded, lang)
    return _SPACE.sub(" ", _NOT_WORD.sub(" ", _unaccented(text.casefold()))).strip()


def _unaccented(text: str) -> str:
    """``text``'s letters without their accents, as :func:`fold` compares them."""
    lowered = unicodedata.normalize("NFKD", text).translate(_FOLD)
    return "".join(x for x in lowered if not unicodedata.combining(x))


def _particle_split(family: str) -> tuple[str, str]:
    """(particle, family) of a family name: the leading words in lower case ("van der",
    "de", "von") are the particle, as BibTeX's "von" part."""
    words = family.split()
    n = 0
    while n < len(words) - 1 and words[n][:1].islower():
        n += 1
    return " ".join(words[:n]), " ".join(words[n:])


def sort_name(name: str, use_prefix: bool, lang: str = "") -> str:
    """One author's sorting name: family (with its particle first when ``use_prefix``,
    else after the given names, as biblatex's default template), then given names; in
    the order of the language ``lang`` (:mod:`.nordicorder`)."""
    name = name.replace("{", "").replace("}", "").strip()
    family, _, given = name.partition(",")  # "Deltacommissie": a family name alone
    particle, rest = _particle_split(family.strip())
    parts = [particle, rest, given] if use_prefix else [rest, given, particle]
    return fold(" ".join(p for p in parts if p), lang)


def _purify(text: str) -> str:
    """BibTeX's ``sortify`` (``purify$``, lower case): letters and digits kept, accents
    off, white space, hyphens and ties a space, every other character dropped."""
    lowered = unicodedata.normalize("NFKD", text.casefold()).translate(_FOLD)
    kept = (
        c if c.isalnum() else " "
        for c in lowered
        if not unicodedata.combining(c) and (c.isalnum() or c.isspace() or c in "-~")
    )
    return "".join(kept)


def _family(name: str) -> str:
    """The family name (with its particle) of ``Family, Given``; a name with no comma
    (an organisation) whole."""
    return name.replace("{", "").replace("}", "").partition(",")[0].strip()


def natbib_label(authors: Sequence[str], year: int | None, key: str) -> str:
    """The label natbib's ``plainnat``/``abbrvnat`` print and sort by first, sortified:
    one family name, two joined by "and", or the first and "et al."; then the year.  An
    entry with no author (nor editor) goes by the first three characters of its key."""
    families = [_family(a) for a in authors[:3]]
    if not families:
        names = key[:3]
    elif len(families) == 1:
        names = families[0]
    elif len(families) == 2:
        names = f"{families[0]} and {families[1]}"
    else:
        names = f"{families[0]} et~al."
    return _purify(f"{names}({year if year is not None else ''}")


def _part(
    part: SortPart, ref: Reference, sort: ListSort, key: str, raw: str = ""
) -> tuple[int, str]:
    """The key of one part: (0, text) before (1, "") for an entry that lacks it; ``raw``:
    the entry's ``.bib`` text, when it is one."""
    if part in (SortPart.BST, SortPart.BST_NATBIB):
        year = ref.year_raw or (str(ref.year) if ref.year is not None else None)
        entry = bst_entry(key, raw, ref.authors, year, ref.title)
        return (0, bst_key(entry, natbib=part is SortPart.BST_NATBIB))
    if part is SortPart.BST_ASTRONOMY:
        year = ref.year_raw or (str(ref.year) if ref.year is not None else None)
        return (0, astrobst.astronomy_key(bst_entry(key, raw, ref.authors, year, ref.title)))
    if part is SortPart.LABEL:
        return (0, natbib_label(ref.authors, ref.year, key))
    if part is SortPart.KEY:
        return (0, key)
    if part is SortPart.NAME:
        if ref.authors and sort.hayagriva:
            names = (hayagrivanames.sort_parts(a, not sort.use_prefix) for a in ref.authors)
            return (0, "  ".join(fold(" ".join(p for p in parts if p)) for parts in names))
        if ref.authors:
            return (0, "  ".join(sort_name(a, sort.use_prefix, sort.lang) for a in ref.authors))
        part = SortPart.TITLE  # no author or editor: the title stands for the name
    if part is SortPart.TITLE:
        title = ref.title or ""
        if sort.drop_articles:
            title = _ARTICLE.sub("", title.strip())
        return (0, fold(title, sort.lang)) if title else (1, "")
    if part is SortPart.VOLUME:
        return (0, (ref.volume or "0").zfill(8))
    if ref.year is None:
        return (1, "")
    value = ref.year if part is SortPart.YEAR else 9999 - ref.year
    return (0, f"{value:04d}")


# the parts BibTeX styles build and compare byte by byte, whatever the language
_BYTEWISE = frozenset(
    {SortPart.BST, SortPart.BST_NATBIB, SortPart.BST_ASTRONOMY, SortPart.LABEL, SortPart.KEY}
)


def in_language(sort: ListSort, tag: str | None) -> ListSort:
    """``sort`` in the collation of the language ``tag`` names (``da``, ``sv-SE``, babel's
    ``danish``), when that collation files letters of its own after ``z`` (:mod:`.nordicorder`);
    a list in citation order, or sorted by a BibTeX style's byte-wise key, as it is."""
    lang = nordicorder.language(tag)
    if not lang or sort.cited or any(p in _BYTEWISE for p in sort.parts):
        return sort
    return dataclasses.replace(sort, lang=lang)


def ordered(keys: Sequence[str], entries: Mapping[str, RawNote], sort: ListSort) -> list[str]:
    """``keys`` (in order of first citation) as the printed list orders them; a key with
    no parsed entry keeps its place among the others by its key."""
    if sort.cited:
        return list(keys)

    def key(k: str) -> tuple[tuple[int, str], ...]:
        entry = entries.get(k)
        ref = entry.reference if entry is not None else None
        if ref is None:
            return ((0, fold(k)),)
        raw = entry.text if entry is not None and entry.key else ""
        return tuple(_part(p, ref, sort, k, raw) for p in sort.parts)

    return sorted(keys, key=key)


# --------------------------------------------------------------------------
# biblatex
# --------------------------------------------------------------------------

_BIBLATEX_SCHEMES: dict[str, tuple[SortPart, ...]] = {
    "nty": (_N, _T, _Y),
    "nyt": (_N, _Y, _T),
    "nyvt": (_N, _Y, _V, _T),
    "anyt": (_N, _Y, _T),  # the alphabetic label opens with the names and year
    "anyvt": (_N, _Y, _V, _T),
    "ynt": (_Y, _N, _T),
    "ydnt": (SortPart.YEAR_DESC, _N, _T),
    "none": (),
    "debug": (),
}
# the default ``sorting=`` of biblatex's standard styles (by family) and of contributed
# styles that say so; biblatex's own default is nty
_STYLE_NONE = lazy_compile(
    r"^(?:ieee|nature|science|phys|chem-|musuos|trad-unsrt|gost-numeric|iso-numeric"
    r"|numeric-verb-none|vancouver|lncs|bwl-FU-none)"
)
_STYLE_NYT = lazy_compile(
    r"^(?:authoryear|apa|apa6|iso-authoryear|chicago-authordate|ext-authoryear)"
)
_STYLE_NTY = lazy_compile(
    r"^(?:numeric|authortitle|verbose|reading|draft|debug|mla|ext-numeric|ext-authortitle"
    r"|ext-verbose|alphabetic|ext-alphabetic)"
)
_OPTION = lazy_compile(r"([\w-]+)\s*=\s*\{?([\w.-]*)")
_BIBLATEX_OPTIONS = lazy_compile(
    r"\\(?:usepackage|RequirePackage)\s*\[([^\]]{0,2000})\]\s*\{biblatex\}"
    r"|\\ExecuteBibliographyOptions\s*(?:\[[^\]]{0,200}\])?\s*\{([^}]{0,2000})\}"
    r"|\\printbibliography\s*\[([^\]]{0,2000})\]"
)
_COMMENT = lazy_compile(r"(?<!\\)%[^\n]*")
_USES_BIBLATEX = lazy_compile(
    r"\\(?:usepackage|RequirePackage)\s*(?:\[[^\]]{0,2000}\])?\s*\{[^}]{0,200}\bbiblatex\b"
)


def biblatex_options(tex: str) -> dict[str, str] | None:
    """The biblatex options ``tex`` sets (package options, ``\\ExecuteBibliographyOptions``,
    a ``\\printbibliography`` option, later ones winning); None when it loads no biblatex."""
    text = _COMMENT.sub("", tex)
    if not _USES_BIBLATEX.search(text):
        return None
    options: dict[str, str] = {}
    for m in _BIBLATEX_OPTIONS.finditer(text):
        for name, value in _OPTION.findall(m.group(1) or m.group(2) or m.group(3) or ""):
            options[name.lower()] = value.strip().lower() or "true"
    return options


def biblatex_sort(options: Mapping[str, str]) -> ListSort | None:
    """The order of biblatex's list for its options; None for a style whose default is
    not known (a contributed style that does not say)."""
    use_prefix = options.get("useprefix", "false") == "true"
    sorting = options.get("sorting")
    if sorting is None:
        style = options.get("bibstyle") or options.get("style") or "numeric"
        if _STYLE_NONE.match(style):
            sorting = "none"
        elif _STYLE_NYT.match(style):
            sorting = "nyt"
        elif _STYLE_NTY.match(style):
            sorting = "nty"
        else:
            return None
    parts = _BIBLATEX_SCHEMES.get(sorting)
    return None if parts is None else ListSort(parts, use_prefix)


_BST = lazy_compile(r"\\bibliographystyle\s*\{\s*([^}\s]{1,100})\s*\}")


def tex_sort(tex: str) -> ListSort:
    """The order of the list a LaTeX document prints from its ``.bib``: biblatex's by its
    options when it loads biblatex, else BibTeX's by the last ``\\bibliographystyle``;
    citation order when neither is known."""
    options = biblatex_options(tex)
    if options is not None:
        return biblatex_sort(options) or CITED
    styles = _BST.findall(_COMMENT.sub("", tex))
    return (bst_sort(styles[-1]) or CITED) if styles else CITED


# --------------------------------------------------------------------------
# BibTeX styles
# --------------------------------------------------------------------------

# styles that keep citation order (unsorted)
_BST_CITED = lazy_compile(
    r"^(?:unsrt\w*|ieeetr|ieeetran|ieeetrann|elsarticle-num|vancouver\w*|naturemag|nature"
    r"|achemso|apsrev\w*|aipnum\w*|junsrt\w*|ugost\w*|gbt7714-(?:2005-)?numerical"
    r"|spmpsci|spphys|sageep|plos\w*|pnas\w*|bmc\w*|jama|ama|science|acs\w*|rsc)$",
    re.I,
)
# styles that sort by author, year, title
_BST_SORTED = lazy_compile(
    r"^(?:plain\w*|alpha\w*|abbrv\w*|apalike\w*|agsm|dcu|kluwer|harvard|aer|aea|chicago"
    r"|apa\w*|acm|acm-reference-format|amsplain|amsalpha|siam|jplain|jalpha|jabbrv"
    r"|gost\d+|gbt7714-(?:2005-)?author-year|elsarticle-harv|spbasic|ieeetrans|ieeetransn"
    r"|splncs04|jfm|ametsoc|authordate\d|named|mla)$",
    re.I,
)


# natbib's own sorted styles (natbst.mbs) and BibTeX's plain and abbrv: by the key their
# .bst builds (bstorder)
_BST_NATBIB = lazy_compile(r"^(?:plainnat|abbrvnat)$", re.I)
_NATBIB_ORDER = ListSort((SortPart.BST_NATBIB,), use_prefix=True)
_BST_PLAIN = lazy_compile(r"^(?:plain|abbrv)(?:url|doi)?$", re.I)
_PLAIN_ORDER = ListSort((SortPart.BST,), use_prefix=True, drop_articles=True)
# the astronomy journals' styles (aasjournal, aa, mnras ...): by the key they build
_ASTRONOMY_ORDER = ListSort((SortPart.BST_ASTRONOMY,), use_prefix=True, drop_articles=True)


def bst_sort(style: str) -> ListSort | None:
    """The order of a BibTeX style's list (``\\bibliographystyle{plain}``); None when the
    style is not known."""
    name = style.strip().removesuffix(".bst").rsplit("/", 1)[-1]
    if _BST_CITED.match(name):
        return CITED
    if _BST_NATBIB.match(name):
        return _NATBIB_ORDER
    if _BST_PLAIN.match(name):
        return _PLAIN_ORDER
    if astrobst.astronomy_style(name):
        return _ASTRONOMY_ORDER
    if _BST_SORTED.match(name):
        return ListSort((_N, _Y, _T), use_prefix=True, drop_articles=True)
    return None


# --------------------------------------------------------------------------
# CSL styles
# --------------------------------------------------------------------------

# Styles whose citations are numbers: CSL families by the start of the style's name, and
# names that say so anywhere ("-numeric", "vancouver", "-brackets", "-superscript").
_NUMERIC_FAMILY = lazy_compile(
    r"^(?:ieee|vancouver|nature|science|bmj|jama|lancet|the-lancet|plos|pnas|cell-numeric"
    r"|american-medical-association|ama\b|acm-|association-for-computing-machinery"
    r"|american-chemical-society|american-institute-of-physics|american-physics-society"
    r"|physical-review|elsevier-(?:with|without)-titles|elsevier-vancouver"
    r"|springer-(?:lecture-notes|vancouver|basic-brackets|physics|mathphys)"
    r"|national-library-of-medicine|nlm|royal-society-of-chemistry|angewandte-chemie"
    r"|multidisciplinary-digital-publishing-institute|mdpi|biomed-central"
    r"|new-england-journal-of-medicine|optica|optical-society-of-america"
    r"|institute-of-physics|iso690-numeric|gost-r-7-0-5-2008-numeric"
    # Typst's built-in styles by their full names (Typst and Hayagriva's style list)
    r"|institute-of-electrical-and-electronics-engineers|sist02$|spie$|annual-reviews$"
    r"|council-of-science-editors$|public-library-of-science|trends$|current-opinion"
    r"|karger$|thieme$|future-(?:medicine|science)$|british-medical-journal"
    r"|the-institution-of-engineering-and-technology|american-society-for-microbiology"
    r"|american-society-of-mechanical-engineers|american-physiological-society"
    r"|american-institute-of-aeronautics|mary-ann-liebert|sage-vancouver"
    r"|taylor-and-francis-national-library-of-medicine)"
    r"|numeric|vancouver|-brackets\b|-superscript\b"
)
# Styles whose citations are names and years, or notes: never numeric.
_NAMED_FAMILY = lazy_compile(
    r"^(?:apa|mla|modern-language-association|chicago|turabian|harvard|american-sociological"
    r"|american-political-science|american-anthropological|elsevier-harvard"
    r"|springer-basic-author-date|din-1505-2(?!-numeric)"
    # Typst's built-in styles by their full names: alphanumeric labels ([Knu84]) sort by
    # author; the others print names and years or notes
    r"|alphanumeric$|american-psychological-association|american-geophysical-union"
    r"|american-meteorological-society|american-society-of-civil-engineers|copernicus$"
    r"|frontiers$|cell$|associacao-brasileira-de-normas-tecnicas|deutsche-sprache$"
    r"|modern-humanities-research-association|mohr-siebeck-law|pensoft$"
    # linguistics: the LSA's Unified Style Sheet, Language Science Press's generic rules
    r"|unified-style-sheet-for-linguistics|generic-style-rules-for-linguistics)"
    r"|author-date|harvard|note-bibliography|-note$|-notes$|fullnote"
)


# Ids of the Zotero style repository that a document may name shortened ("unified-style-
# linguistics" for the first): a shortened name is read as the one id it abbreviates
KNOWN_CSL_IDS = (
    "unified-style-sheet-for-linguistics",
    "generic-style-rules-for-linguistics",
    "apa",
    "chicago-author-date",
    "chicago-note-bibliography",
    "chicago-fullnote-bibliography",
    "harvard-cite-them-right",
    "modern-language-association",
    "modern-humanities-research-association",
    "american-sociological-association",
    "american-political-science-association",
    "american-anthropological-association",
    "elsevier-harvard",
    "springer-basic-author-date",
    "cambridge-university-press-author-date",
    "taylor-and-francis-chicago-author-date",
    "ieee",
    "vancouver",
    "nature",
    "american-medical-association",
    "american-chemical-society",
    "elsevier-with-titles",
    "springer-basic-brackets",
    "royal-society-of-chemistry",
)


def _abbreviates(short: list[str], full: list[str]) -> bool:
    """Are the words ``short`` those of ``full`` in order, some left out, the first kept?"""
    if not short or short[0] != full[0] or len(short) >= len(full):
        return False
    rest = iter(full[1:])
    return all(word in rest for word in short[1:])


def csl_id(style: str) -> str:
    """The style id a document's ``csl:`` value names: its file's base name, lower case."""
    return style.strip().lower().removesuffix(".csl").rsplit("/", 1)[-1]


def known_csl_id(style: str) -> str | None:
    """The style repository's id that the name ``style`` is or shortens (the words of an id
    in order with some left out, "unified-style-linguistics"), when only one id fits."""
    name = csl_id(style)
    if name in KNOWN_CSL_IDS:
        return name
    words = [w for w in re.split(r"[-_\s]+", name) if w]
    fits = [i for i in KNOWN_CSL_IDS if _abbreviates(words, i.split("-"))]
    return fits[0] if len(fits) == 1 else None


def family_style(style: str) -> bool:
    """Does the name ``style`` start as the ids of a known CSL family do ("apa-6th-edition",
    "ieee-with-url"), not merely hold a word that says how it cites ("lab-numeric")?"""
    name = style.strip().lower().removesuffix(".csl").rsplit("/", 1)[-1]
    return bool(_NAMED_FAMILY.match(name) or _NUMERIC_FAMILY.match(name))


def numeric_style(style: str) -> bool | None:
    """Is the CSL style named ``style`` numeric (None: not known from its name)?"""
    name = style.strip().lower().removesuffix(".csl").rsplit("/", 1)[-1]
    if _NAMED_FAMILY.search(name):
        return False
    if _NUMERIC_FAMILY.search(name):
        return True
    known = known_csl_id(name)
    if known is not None and known != name:
        return numeric_style(known)
    return None


_BY_AUTHOR = ListSort((_N, _Y, _T))
BY_AUTHOR = _BY_AUTHOR  # the most common CSL bibliography sort: author, year, title
_CSL = "{http://purl.org/net/xbiblio/csl}"


def _csl_part(key: ET.Element) -> SortPart | None:
    """The part a CSL ``<key>`` sorts by (by its variable, or by its macro's name)."""
    what = (key.get("variable") or key.get("macro") or "").lower()
    if what == "citation-number":
        return None
    if re.search(r"author|contributor|creator|editor|name|responsib", what):
        return _N
    if re.search(r"issued|date|year", what):
        return SortPart.YEAR_DESC if key.get("sort") == "descending" else _Y
    if "title" in what:
        return _T
    if "volume" in what:
        return _V
    return None


def _csl_text_sort(text: str) -> ListSort | None:
    """The order of a CSL style's bibliography by its XML (None: not CSL)."""
    root = parse_xml(text.encode("utf-8")).root  # no DTD, no entities, capped
    if root is None:
        return None
    if root.tag not in (f"{_CSL}style", "style"):
        return None
    ns = _CSL if root.tag.startswith(_CSL) else ""
    use_prefix = root.get("demote-non-dropping-particle", "display-and-sort") == "never"
    bibliography = root.find(f"{ns}bibliography")
    sort = bibliography.find(f"{ns}sort") if bibliography is not None else None
    if sort is None:
        return CITED
    parts: list[SortPart] = []
    for key in sort.findall(f"{ns}key"):
        if (key.get("variable") or "") == "citation-number":
            return CITED if not parts else ListSort(tuple(parts), use_prefix)
        part = _csl_part(key)
        if part is not None and part not in parts:
            parts.append(part)
    return ListSort(tuple(parts), use_prefix)


def csl_sort(style: str | None, text: str | None = None) -> ListSort | None:
    """The order of a CSL style's bibliography: by its ``.csl`` ``text`` when given, else
    by its name (None: neither tells)."""
    if text:
        found = _csl_text_sort(text)
        if found is not None:
            return found
    numeric = numeric_style(style) if style else None
    if numeric is None:
        return None
    return CITED if numeric else _BY_AUTHOR


# --------------------------------------------------------------------------
# pybtex (sphinxcontrib-bibtex)
# --------------------------------------------------------------------------


def pybtex_sort(style: str) -> ListSort | None:
    """The order of a pybtex style's list (sphinxcontrib-bibtex's ``bibtex_default_style``
    or ``:style:``): ``alpha`` and ``plain`` sort by author (particle first), year and
    title; ``unsrt`` and ``unsrtalpha`` keep citation order; None when not known."""
    name = style.strip().lower()
    if name in ("unsrt", "unsrtalpha"):
        return CITED
    if name in ("alpha", "plain"):
        return ListSort((_N, _Y, _T), use_prefix=True)
    return None


_CSL_BYTES = 2 * 1024 * 1024


def csl_file_text(name: str, folders: Sequence[Path]) -> str | None:
    """The text of the ``.csl`` file ``name`` (as a document names it) in the first of
    ``folders`` that holds it; None when none does (a style of the tool's own store)."""
    if not name.strip() or "\x00" in name:
        return None
    file = name.strip()
    for folder in folders:
        for candidate in (folder / file, folder / f"{file}.csl"):
            try:
                if candidate.is_file():
                    return read_regular_file(candidate, _CSL_BYTES).decode("utf-8", "replace")
            except (OSError, InputError):
                continue
    return None
