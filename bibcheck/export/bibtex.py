"""BibTeX/BibLaTeX out: ``bibcheck export bibtex`` (serialised by :mod:`bibcheck.bibfile`).

Writing (``bibcheck export bibtex``): one entry per distinct work
(:mod:`bibcheck.export.works`), sorted by key, serialised by
:func:`bibcheck.bibfile.write_bib`.  Two styles:

* ``biblatex`` (for biber): ``@online`` for web sources, ``date``, ``urldate``,
  ``location``, ``pagetotal``, ``langid`` and the archived copy in ``addendum``;
* ``bibtex`` (classic BibTeX styles such as plain/plainnat): ``@misc`` with
  ``howpublished = {\\url{...}}``, ``year``, ``address``, ``language`` and the
  access date and archived copy in ``note``.

Text fields have the LaTeX specials ``\\ { } % & # _ $ ~ ^`` escaped and
capitals that a sentence-casing style would lower-case protected in braces;
``url`` and ``doi`` are written verbatim (a URL holding ``{``, ``}``, ``\\``,
white space or control characters, which no ``url`` field can carry, has just
those characters percent-encoded; a DOI holding what no DOI can is left out --
ingest already refused it with ``doi-invalid``).  Control characters, terminal
escapes and bidi overrides never reach a text field, and every field is checked
to be brace-balanced before anything is written
(:func:`bibcheck.bibfile.write_bib`), so no value can close its field or open
another entry.  Unicode stays UTF-8 for biber; ``ascii=True`` turns every
non-ASCII character into a LaTeX escape (pylatexenc's table, ``{\\CYRZ}`` for
Cyrillic under T2A) for classic BibTeX.  The output is deterministic.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Literal

from pylatexenc.latexencode import UnicodeToLatexEncoder  # type: ignore[import-untyped]

from bibcheck.bibfile import FieldValue, write_bib
from bibcheck.export.works import (
    Work,
    corporate,
    export_kind,
    load_works,
    split_name,
    thesis_label,
)
from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind, ThesisType
from bibcheck.parse.references.fields import doi_problem
from bibcheck.store.base import Store
from bibcheck.text import strip_controls

Style = Literal["biblatex", "bibtex"]
STYLES: tuple[Style, ...] = ("biblatex", "bibtex")

__all__ = [
    "STYLES",
    "Style",
    "entry_fields",
    "export_bibtex",
    "latex_text",
    "works_to_bibtex",
]

# --------------------------------------------------------------------------
# escaping
# --------------------------------------------------------------------------

_SPECIAL = {
    "\\": r"\textbackslash{}",
    # BibTeX and biber count \{ and \} as braces: an unmatched one breaks the entry.
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "%": r"\%",
    "&": r"\&",
    "#": r"\#",
    "_": r"\_",
    "$": r"\$",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_SPECIAL_RE = lazy_compile(r"[\\{}%&#_$~^]")
_ENCODER = UnicodeToLatexEncoder(
    non_ascii_only=True, replacement_latex_protection="braces-all", unknown_char_policy="replace"
)
# What a url field cannot carry: braces, backslashes, white space, control characters and
# bidi overrides (percent-encoded, so the field stays balanced and the address readable).
_URL_UNSAFE = lazy_compile(r"[{}\\\s\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


# Emoji and pictographs ("Stochastic Parrots 🦜"), their variation selectors and joiners:
# no text font pdfLaTeX or biber's default setup has them, and one stops the compilation.
_PICTOGRAPHS = lazy_compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe00-\ufe0f\u200d\u20e3]+"
)


def latex_text(text: str, ascii: bool = False) -> str:
    """``text`` with LaTeX specials escaped (and non-ASCII encoded when ``ascii``).

    Control characters, terminal escapes and bidi overrides are dropped first:
    LaTeX cannot typeset them, and they have no place in a bibliography; so are emoji
    and pictographs (the stored reference keeps them).
    """
    clean = " ".join(_PICTOGRAPHS.sub(" ", strip_controls(text)).split())
    escaped = _SPECIAL_RE.sub(lambda m: _SPECIAL[m.group()], clean)
    escaped = _quotes(escaped)
    return _ENCODER.unicode_to_latex(escaped) if ascii else escaped


# A straight double quote is an active character under babel's Russian and German
# (a shorthand: '"{Об}' breaks the UTF-8 letter after it); written as TeX quotes instead.
_OPENING_QUOTE = lazy_compile(r'(?:(?<=^)|(?<=[\s(\[{«„“]))"')


def _quotes(text: str) -> str:
    """``"word"`` -> ````word''``: an opening quote after a space or an opening bracket."""
    if '"' not in text:
        return text
    return _OPENING_QUOTE.sub("``", text).replace('"', "''")


def verbatim_url(url: str) -> str:
    """The URL as a ``url`` field carries it: unchanged unless it holds ``{}\\`` or spaces."""
    return _URL_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), url)


_ARGUMENT_UNSAFE = lazy_compile(r"[%#\\{}~^]")


def url_macro(url: str, in_argument: bool = False) -> str:
    """A URL to print inside a text field.

    Classic BibTeX styles write ``howpublished`` and ``note`` at the top level
    of the ``.bbl``, where ``\\url`` reads its argument verbatim: the URL goes
    in unchanged.  biblatex passes a field to LaTeX as a macro argument, where
    url.sty cannot read ``%`` or ``#`` (escaping them prints the backslash), so
    there a URL holding such characters is written as escaped text instead.
    """
    url = verbatim_url(url)
    if in_argument and _ARGUMENT_UNSAFE.search(url):
        return latex_text(url)
    return r"\url{" + url + "}"


def _title_case(words: Sequence[str]) -> bool:
    """Are most longer words capitalised (a Title Case title)?"""
    long = [w for w in words if len(re.sub(r"\W", "", w)) >= 4]
    caps = [w for w in long if re.match(r"\W*[^\W\d_]", w) and re.sub(r"^\W+", "", w)[0].isupper()]
    return len(long) >= 3 and len(caps) >= 0.8 * len(long)


def _protect(word: str, first: bool, title_case: bool) -> bool:
    letters = [c for c in word if c.isalpha()]
    if not any(c.isupper() for c in letters):
        return False
    if any(c.isupper() for c in letters[1:]):
        return True  # acronyms and CamelCase: BUTB, ICT, iPhone, MDF-slabs
    return not first and not title_case  # a deliberate capital in sentence case: a name


_WORD_CORE = lazy_compile(r"^(\W*)(.*?)(\W*)$", re.S)


def latex_title(title: str, ascii: bool = False) -> str:
    """A title escaped, with words whose capitals must survive sentence casing in braces."""
    words = _quotes(title).split()  # quotes read in the whole title, not word by word
    title_case = _title_case(words)
    out = []
    for i, word in enumerate(words):
        if not _protect(word, i == 0, title_case):
            out.append(latex_text(word, ascii))
            continue
        lead, core, trail = _WORD_CORE.match(word).groups()  # type: ignore[union-attr]
        out.append(
            latex_text(lead, ascii) + "{" + latex_text(core, ascii) + "}" + latex_text(trail, ascii)
        )
    return " ".join(out)


_AND = lazy_compile(r"(?:^|\s)and(?:\s|$)", re.I)


def latex_name(name: str, ascii: bool = False) -> str:
    """An author as ``Family, Given``; an organisation protected in braces."""
    if corporate(name) or _AND.search(name) or name.count(",") > 1:
        # BibTeX would split at a bare "and"; more than two parts after commas is no
        # "Family, Jr, Given" and biber drops the whole entry: kept as one literal name
        return "{" + latex_text(name, ascii) + "}"
    family, given = split_name(name)
    family_tex = latex_text(family, ascii)
    return f"{family_tex}, {latex_text(given, ascii)}" if given else family_tex


# --------------------------------------------------------------------------
# entry types and fields
# --------------------------------------------------------------------------

_PROCEEDINGS = lazy_compile(
    r"proceedings|conference|symposium|workshop|congress|материал\w* .*конференц|конференц|"
    r"симпозиум|конгресс|сборник (научных )?(трудов|статей)",
    re.I,
)
_LANGID = {
    "ru": "russian",
    "en": "english",
    "be": "belarusian",
    "uk": "ukrainian",
    "de": "german",
    "fr": "french",
    "tr": "turkish",
    "zh": "chinese",
    "es": "spanish",
    "it": "italian",
    "pl": "polish",
    "pt": "portuguese",
    "cs": "czech",
    "sk": "slovak",
    "nl": "dutch",
    "sv": "swedish",
}


def entry_type(ref: Reference, style: Style) -> str:
    """The entry type for a reference's kind (and host) in ``style``."""
    kind = export_kind(ref)
    if kind is RefKind.BOOK:
        kind_type = "book"
    elif kind is RefKind.ARTICLE and ref.host:
        kind_type = "article"
    elif kind is RefKind.CHAPTER and ref.host:
        kind_type = "inproceedings" if _PROCEEDINGS.search(ref.host) else "incollection"
    elif kind is RefKind.REPORT:
        kind_type = "report"
    elif kind is RefKind.PATENT:
        kind_type = "patent"  # (biblatex's; BibTeX's standard styles have none)
    elif kind is RefKind.THESIS:
        kind_type = "thesis"
    else:
        kind_type = "online" if ref.url else "misc"
    if style == "bibtex" and kind_type == "thesis":
        return "mastersthesis" if ref.thesis_type is ThesisType.MASTERS else "phdthesis"
    if style == "bibtex":
        return {"online": "misc", "report": "techreport", "patent": "misc"}.get(
            kind_type, kind_type
        )
    return kind_type


# the designations BibTeX's @phdthesis and @mastersthesis print by themselves
_DEFAULT_DESIGNATIONS = frozenset(
    {"phd thesis", "ph.d. thesis", "phdthesis", "master's thesis", "masters thesis",
     "master’s thesis", "mastersthesis"}
)  # fmt: skip


def _thesis_fields(
    ref: Reference, kind: str, put: _Put, text: Callable[[str | None], str | None]
) -> None:
    """A thesis's ``type`` and ``school`` (BibTeX) or ``type`` and ``institution`` (biblatex,
    ``type`` a localisation key ``phdthesis``/``mathesis`` or the designation as written)."""
    if kind == "thesis":  # biblatex
        if ref.thesis_type is ThesisType.DOCTORAL and not _own_words(ref):
            put("type", "phdthesis")
        elif ref.thesis_type is ThesisType.MASTERS and not _own_words(ref):
            put("type", "mathesis")
        else:
            put("type", text(thesis_label(ref)))
        put("institution", text(ref.institution))
    else:
        label = thesis_label(ref)
        default = ref.thesis_type in (ThesisType.DOCTORAL, ThesisType.MASTERS)
        if not (default and label.casefold() in _DEFAULT_DESIGNATIONS):
            put("type", text(label))
        put("school", text(ref.institution))
    put("publisher", text(ref.publisher))


def _own_words(ref: Reference) -> bool:
    """Does the thesis's designation say more than the degree (``Dissertation``,
    ``Tesi di laurea``), so that biblatex should print it as written?"""
    written = ref.thesis_designation
    if written is None or written.casefold() in _DEFAULT_DESIGNATIONS:
        return False
    return _DEGREE_WORDS.fullmatch(written) is None


# "PhD dissertation", "Master's thesis", "MSc thesis": the degree, said in English
_DEGREE_WORDS = lazy_compile(
    r"(?:Ph\.?\s?D\.?|Doctoral|Master['’]?s?|M\.?\s?Sc?\.?|M\.?\s?A\.?)"
    r"\s(?:thesis|dissertation|diss\.)",
    re.IGNORECASE,
)


_Put = Callable[[str, FieldValue | None], None]


def entry_fields(work: Work, style: Style, ascii: bool = False) -> list[tuple[str, FieldValue]]:
    """The fields of a work's entry, in a fixed order, values ready to write."""
    ref = work.reference
    kind = entry_type(ref, style)
    biblatex = style == "biblatex"
    out: list[tuple[str, FieldValue]] = []

    def put(name: str, value: FieldValue | None) -> None:
        if value:
            out.append((name, value))

    def text(value: str | None) -> str | None:
        return latex_text(value, ascii) if value else None

    # (an edited volume whose names are its editors is cited by them: ``editor`` only, never
    # the same names as ``author`` too; a chapter's ``editor`` is its book's)
    if not (ref.editors and ref.authors == ref.editors):
        put("author", [latex_name(a, ascii) for a in ref.authors])
    put("editor", [latex_name(e, ascii) for e in ref.editors])
    put("title", latex_title(ref.title, ascii) if ref.title else None)
    if kind == "article":
        put("journaltitle" if biblatex else "journal", text(ref.host))
    elif kind in ("incollection", "inproceedings"):
        put("booktitle", latex_title(ref.host, ascii) if ref.host else None)
    elif kind == "online" and biblatex:
        put("organization", text(ref.host))
    if kind in ("report", "techreport"):
        institution = ref.publisher or next((a for a in ref.authors if corporate(a)), None)
        put("institution", text(institution))
        put("type", "techreport" if biblatex else None)
    elif kind in ("thesis", "phdthesis", "mastersthesis"):
        _thesis_fields(ref, kind, put, text)
    else:
        put("publisher", text(ref.publisher))
    put("location" if biblatex else "address", text(ref.place))
    put("edition", text(ref.edition))
    put("series", text(ref.series))
    put(*_date_field(ref, biblatex, ascii))
    put("volume", text(ref.volume))
    # (a report's, standard's or patent's own number; else the journal issue)
    put("number", text(ref.number or ref.issue))
    if biblatex and ref.number and ref.issue and ref.issue != ref.number:
        put("issue", text(ref.issue))
    put("pages", text(ref.pages))
    if biblatex and ref.page_count:
        put("pagetotal", str(ref.page_count))
    put("doi", ref.doi if ref.doi and doi_problem(ref.doi) is None else None)
    _put_identifiers(put, ref, biblatex)
    _put_url(put, work, kind, biblatex)
    put("langid" if biblatex else "language", _LANGID.get(ref.language or ""))
    put("addendum" if biblatex else "note", _note(work, ref, kind, biblatex, ascii))
    return out


def _date_field(ref: Reference, biblatex: bool, ascii: bool) -> tuple[str, str | None]:
    """``date`` (biblatex) or ``year``; a year written ``202-`` stays as written in ``year``."""
    if ref.year:
        return ("date" if biblatex else "year", str(ref.year))
    return ("year", latex_text(ref.year_raw, ascii) if ref.year_raw else None)


def _put_identifiers(put: _Put, ref: Reference, biblatex: bool) -> None:
    """The work's ISBN, PubMed ids and arXiv id: ``isbn``, ``pmid``, ``pmcid`` (as Zotero
    and JabRef write them) and ``eprint`` with ``eprinttype = {arxiv}`` (biblatex) or
    ``archiveprefix = {arXiv}`` (natbib's styles).  The values are digits, ``X``, ``PMC``
    and an arXiv id's ``[a-z.-/]``: nothing to escape."""
    put("isbn", ref.isbn)
    put("pmid", ref.pmid)
    put("pmcid", ref.pmcid)
    if ref.arxiv:
        put("eprint", ref.arxiv)
        put("eprinttype" if biblatex else "archiveprefix", "arxiv" if biblatex else "arXiv")


def _put_url(put: _Put, work: Work, kind: str, biblatex: bool) -> None:
    url = work.reference.url
    if not url:
        return
    if not biblatex and kind == "misc":
        put("howpublished", url_macro(url))
        return
    put("url", verbatim_url(url))
    if biblatex and work.urldate:
        put("urldate", work.urldate.isoformat())


def _note(work: Work, ref: Reference, kind: str, biblatex: bool, ascii: bool) -> str | None:
    parts = []
    if not biblatex:
        if kind == "misc" and ref.host:
            parts.append(latex_text(ref.host, ascii))
        if kind == "misc" and ref.kind is RefKind.PATENT and ref.issue:
            parts.append(latex_text(ref.issue, ascii))  # (no standard style prints number)
        if ref.url and work.urldate:
            parts.append(f"Accessed {work.urldate.isoformat()}")
    if work.snapshot:
        when = f" ({work.snapshot.taken.isoformat()})" if work.snapshot.taken else ""
        parts.append(f"Archived copy: {url_macro(work.snapshot.url, biblatex)}{when}")
    return ". ".join(parts) or None


# --------------------------------------------------------------------------
# writing
# --------------------------------------------------------------------------


def works_to_bibtex(works: Iterable[Work], style: Style = "biblatex", ascii: bool = False) -> str:
    """The ``.bib`` text for ``works``, sorted by key."""
    if style not in STYLES:
        raise ValueError(f"unknown style {style!r} (known: {', '.join(STYLES)})")
    return write_bib(
        [
            (entry_type(w.reference, style), w.key, entry_fields(w, style, ascii))
            for w in sorted(works, key=lambda w: w.key)
        ]
    )


def export_bibtex(db: Store, style: Style = "biblatex", ascii: bool = False) -> str:
    """Every distinct work cited by the stored documents as BibLaTeX or BibTeX."""
    return works_to_bibtex(load_works(db), style, ascii)
