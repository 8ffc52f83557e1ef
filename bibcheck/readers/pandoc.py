"""Reader for Pandoc Markdown, R Markdown (``.Rmd``) and Quarto (``.qmd``).

Two kinds of citation, often in one document:

* **Footnotes** ``[^label]`` with definitions ``[^label]: text`` anywhere in the
  document (indented continuation lines, and lazy unindented lines directly after the
  definition, belong to it), and inline notes ``^[text]``, which may run over several
  lines of their paragraph or list item.  Pandoc numbers notes in order, so labels are
  names: ``[^10]`` with no ``[^9]`` is no gap, and a marker followed by a colon in
  running text (``see[^10]: the``) is a marker.
* **Citations** ``[@key]``, ``[see @key, p. 3]``, ``[@a; @b]``, ``[-@key]`` and in-text
  ``@key`` / ``@key [p. 3]``, resolved against the bibliography: the ``.bib``,
  CSL-JSON or CSL-YAML files named by ``bibliography:`` in the YAML front matter (one
  or a list; for a Quarto or bookdown chapter that names none, ``_quarto.yml``,
  ``_metadata.yml`` or ``index.Rmd``/``index.qmd`` next to it), inline ``references:``
  items, and ``--bibliography`` files.  Each cited key is a note labelled with the key
  whose reference is the entry, as for LaTeX's ``\\cite``; the literature list is the
  cited entries (all of them with ``nocite: '@*'``).  A key with no entry is
  ``citation-key-missing``; citations in a document that names no bibliography at all
  are one ``bibliography-unreadable`` anomaly besides.  Cross references
  (``@fig:x``, ``@sec-intro``) are not citations.  A citation group before a colon
  (``[@a, 14--15]:``) is a citation; ``[@a]: https://...`` at a line's start is a link
  reference definition.  A citation inside a note is a citation of its own (its claim
  is the note's sentence); the note takes the first cited entry as its reference
  (commentary around it is kept as text).  Captions in code chunk options are rendered
  text: ``fig.cap="... [@key]"`` in a knitr chunk header, ``#| fig-cap:``,
  ``caption = "..."`` (``title``, ``subtitle``) arguments in the chunk's code,
  ``#| tbl-cap:`` and ``#| fig-subcap:`` items.

Not text: fenced code (```` ```{r} ```` chunks too), inline code, math, ``<!--
comments -->``.  Duplicate definitions of one label in output-conditional blocks
(``::: {.content-visible when-format="html"}``) are one note.  Without a bibliography,
the literature list is a numbered or bulleted list under a References / Bibliography /
Список литературы heading, or the paragraphs there (a Chicago or APA bibliography:
one paragraph, or one line ended by a hard break, per entry; such a list is parsed
with citation-style detection); the body's author-date citations of such a list
(``(Prak 2002, 112)``) beside the notes cite its entries as ``[n]``.  A document with
Pandoc's front matter and no note or key whose body cites a typed list by author and year
is read as the plain-text reader reads such text (:mod:`~bibcheck.readers.mdtyped`).
"""

from __future__ import annotations

import os
import re
import sys
from bisect import bisect_left, bisect_right, insort
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import accumulate
from pathlib import Path
from typing import Any

import yaml

from bibcheck.errors import InputError
from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode, BibliographyFile, RawDocument, RawNote
from bibcheck.readers import kramdownrfc, linknotes, manubot, mddestination, pagecites, refmanager
from bibcheck.readers.adocinclude import Spliced
from bibcheck.readers.bibsource import (
    Bibliography,
    Source,
    add_item,
    add_items,
    add_key_prefixes,
    load,
)
from bibcheck.readers.bracketlist import bracket_labelled
from bibcheck.readers.buildinputs import build_run
from bibcheck.readers.citenet import MYST_ROLE_START, Construct, unread_constructs
from bibcheck.readers.common import (
    CROSS_REF_PREFIXES,
    MARKUP_LINE,
    PROSE_INLINE_NOTE,
    BlockCollector,
    artifact_anomalies,
    find_artifacts,
    front_matter_end,
    heading_text,
    is_literature_heading,
    literature_heading_index,
    read_list,
    written_as_paragraphs,
)
from bibcheck.readers.criticmarkup import accept
from bibcheck.readers.decode import read_regular_file
from bibcheck.readers.draftcites import set_aside
from bibcheck.readers.keyed import (
    TOKEN,
    Cites,
    InlineNote,
    InlineNotes,
    NoteCites,
    Span,
    author_names,
    find_inline_notes,
    note_segments,
    resolve,
    transform,
)
from bibcheck.readers.keynet import bracket_tokens, unread_keys
from bibcheck.readers.leadwork import lead_work
from bibcheck.readers.lineblocks import joined_line_blocks
from bibcheck.readers.linkcites import with_link_cites
from bibcheck.readers.links import BodyLink, place_links
from bibcheck.readers.listorder import CITED, ListSort
from bibcheck.readers.listscope import is_appendix_heading, main_list_heading, open_heads
from bibcheck.readers.markuptables import aligned_table_lines
from bibcheck.readers.mask import mask, strip_comments
from bibcheck.readers.mdcaret import caret_anomaly
from bibcheck.readers.mdcode import blank_indented_code, indented_code, prose_lines
from bibcheck.readers.mdlistparts import goes_on
from bibcheck.readers.mdlistparts import run_start as list_run_start
from bibcheck.readers.mdmixednotes import sup_anomaly
from bibcheck.readers.mdtail import shaped_tail
from bibcheck.readers.mdtyped import dated_cites, read_typed, typed_author_date, wraps_list
from bibcheck.readers.mystfence import colon_argument, unfence
from bibcheck.readers.pandocgroups import unmarked_keys
from bibcheck.readers.pandocopen import Unclosed, unclosed_anomaly, unclosed_openings
from bibcheck.readers.pandocorder import pandoc_list_order
from bibcheck.readers.partlabels import went_on
from bibcheck.readers.projectmeta import project_bibliography, project_style_metadata
from bibcheck.readers.qmdinclude import has_includes, splice
from bibcheck.readers.quartoheader import header_bibliographies
from bibcheck.readers.rawinput import unread_includes
from bibcheck.readers.readinghead import reading_heading_index
from bibcheck.readers.reflinks import inline_references
from bibcheck.readers.registry import Reader, ReadOptions, register
from bibcheck.readers.relines import remap_lines
from bibcheck.readers.sitecite import (
    bibliography_folder,
    cite_count,
    myst_key_prefixes,
    names_bibliography,
    nbconvert_sources,
    page_title,
    rewrite,
    site_bibliographies,
    sphinx_sources,
)
from bibcheck.readers.sourceheads import emphasised_part, source_heads
from bibcheck.readers.sphinxbibpage import myst_directive, myst_page
from bibcheck.readers.srcbib import add_cited_blocks
from bibcheck.text import editor_lines

NAME = "pandoc-markdown"
# "\[^1]" is text; "[^1]:" a marker too; a label holds no "[" (so "[^[^[^..." is linear)
MARKER = lazy_compile(r"(?<!\\)\[\^(?P<label>[^\[\]\s]++)\]")
DEFINITION = lazy_compile(r"^\s{0,3}\[\^(?P<label>[^\]\s]+)\]:\s?(?P<text>.*)$")
_FENCE = lazy_compile(r"^\s*(```|~~~)")
# (attributes up to the last character that is neither space nor colon, read once: a lazy
# ".*?" before "\s*:*\s*$" was cubic in a run of spaces)
_DIV = lazy_compile(r"^\s*+:{3,}+\s*+(?P<attrs>(?:[^\s:]|[\s:]++(?=[^\s:]))*+)")
_CONDITIONAL = lazy_compile(r"content-(?:visible|hidden)|(?:when|unless)-(?:format|meta|profile)")
# A citation key: a letter, digit or _ first, internal punctuation allowed, or {any}.
# (a braced key may hold spaces between its words, "@{Lessig 2002}": Pandoc's own
# keys have none, but a site generator's CSL-JSON ids do, and its shortcodes are read as
# Pandoc's -- :mod:`hugocite`; such a key is reported when no entry has it, not dropped)
_KEY = r"(?:\{(?P<kb>[^{}\s]+(?:[ \t]+[^{}\s]+)*+)\}|(?P<k>[\w](?:[\w:.#$%&+?<>~/-]*[\w])?))"
_MYST_ROLES = Construct("MyST citation roles {cite}`key`", MYST_ROLE_START)
_CITE_IN_BRACKET = lazy_compile(r"(?<![\w@\\])-?@" + _KEY)
# (a "[" after it opens a reference link, "[@a][ref]", unless it is a note: "[@a][^1]",
# and "[@a]^[inline note]" once the note became its marker, or a citation of its own:
# "[@a][@b]" is two citations side by side, as Pandoc reads them, not a link to "@b")
# (balanced brackets inside a group are its text: "[@a, table [2]; @b]", one level deep)
_INNER = r"(?:[^\[\]\n]|\[[^\[\]\n@]*+\])"
_BRACKET = lazy_compile(
    r"(?<![!\\^])(?:(?<!\])|(?=\[-?@))"
    rf"\[(?P<body>{_INNER}*?(?<![\w@\\])-?@{_INNER}*+)\](?![(]|\[(?!\^|-?@))"
)
# "[label]: destination" at a line's start is a link reference definition, not a citation
# ("[@a, p. 3]:" ending a sentence before a display is one).
_LINK_DEFINITION = lazy_compile(r"[ \t]*:[ \t]*\S+[ \t]*(?:[\"'(].*)?$")
_IN_TEXT = lazy_compile(r"(?<![\w@\\\[\]])@" + _KEY + r"(?P<loc>\s*\[[^\[\]\n]*\])?")
_CROSS_REF = lazy_compile(rf"^(?:{CROSS_REF_PREFIXES})[-:]", re.I)
# (a superscript note number written by hand, "text.^[2]^", is no inline note: :mod:`mdcaret`)
_INLINE_NOTE = lazy_compile(r"(?<!\\)\^\[(?!\s*\d{1,3}(?:\s?[,–-]\s?\d{1,3}){0,8}\s*\]\^)")
_INLINE_TEXT = lazy_compile(r"(?<!\\)\^\[[^\]\n]{3,}")  # "^[See Smith", not "x^[2]"
_RUN_FILE_BYTES = 2 * 1024 * 1024  # an input file of the build run read for its notes
_ONE_NOTE = 0.5  # one inline note that reads as prose: a Pandoc document too
# Captions in code chunk options are text of the rendered document: knitr's
# ```{r label, fig.cap="..."}``` header, and Quarto/knitr "#| fig-cap: ..." lines.
_CHUNK = lazy_compile(r"^\s*(?:`{3,}|~{3,})\s*\{")
_HEADER_CAPTION = lazy_compile(
    r"\b(?:fig|tab|tbl)[.-](?:cap|subcap)\s*=\s*+(?:c\()?\s*+(?P<q>[\"'])(?P<text>(?:\\.|(?!(?P=q))[^\\\n])*+)(?P=q)"
)
_PIPE_CAPTION = lazy_compile(
    r"^\s*#\|\s*(?:(?:fig|tab|tbl|lst)[.-](?:cap|subcap)\s*:\s*|-\s+)"
    r"(?:(?P<q>[\"'])(?P<text>(?:\\.|(?!(?P=q))[^\\\n])*+)(?P=q)|(?P<bare>[^\s|>\[\"'].*?))\s*$"
)
_CALL_CAPTION = lazy_compile(
    r"\b(?:caption|fig\.cap|title|subtitle)\s*=\s*(?P<q>[\"'])(?P<text>(?:\\.|(?!(?P=q))[^\\\n])*+)(?P=q)"
)
_PIPE_OPTION = lazy_compile(r"^\s*#\|\s*(?P<name>[\w.-]+)\s*:")
_INLINE_SYNTAX = lazy_compile(
    r"\[@|(?<!\w)@\w|\*\*|__|<[A-Za-z/][^<>]*>|\]\(|\{%|%\}|<[A-Za-z]+\s*$|\w=[\"']|^\s*\$+\s*$"
    # ... nor one that ends a sentence or leads in ("Summary:", "Key takeaways:")
    r"|[:.!?]\s*$"
)
# Slide markup repeated by design (xaringan / remark.js): "--" shows the next part of a
# slide, "---" starts a slide, "???" its presenter notes; ".pull-left[" ... "]" a
# content class; "class: center", "background-image: url(...)" a slide's properties.
_SLIDE_MARKUP = lazy_compile(
    r"^\s*(?:-{2,3}|\?{3}|(?:\.[\w-]+)+\[|\]|(?:class|background-[\w-]+|layout|name|"
    r"template|count|exclude|seal)\s*:.*)\s*$"
)
_TEMPLATE_CODE_OPEN = lazy_compile(r"^\s*(?:\{%-?\s*highlight\b|\{\{<\s*highlight\b)")
_TEMPLATE_CODE_CLOSE = lazy_compile(r"\{%-?\s*endhighlight\b|\{\{<\s*/highlight\b")
_LINKED_NOTES = 0.85  # notes a converter wrote as links (not Pandoc's own syntax)
_LINKS_TOO = 0.5  # ... on a page that cites by links as well


# --------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------


def score(text: str) -> float:
    """Fits ``[^label]:`` definitions, or ``[@key]`` citations (more with a bibliography);
    notes a converter wrote as links (:mod:`~bibcheck.readers.linknotes`) fit less: the
    links reader reads them too, with the body's links."""
    lines = inline_references(text).split("\n")
    found = linknotes.find(lines)
    if found.notes:
        # (a page whose body cites by links too is the links reader's)
        cap = _LINKED_NOTES if linknotes.body_links(lines, found) < 2 else _LINKS_TOO
        return min(cap, _score(linknotes.to_pandoc(text)))
    return _score(text)


_OWN_EXTENSIONS = (".qmd", ".rmd", ".rmarkdown")


def score_at(text: str, path: str) -> float:
    """:func:`_score_text` on the text with the files its Quarto include shortcodes name
    (a manuscript's main file may hold only its front matter and one include a section)."""
    return _score_text(_with_includes(text, path)[0], path)


def _with_includes(text: str, path: str) -> tuple[str, Spliced | None]:
    """``text`` with its ``{{< include file >}}`` lines replaced by the files (and the
    splice, None when there is none)."""
    lines = editor_lines(text)
    if not has_includes(lines):
        return text, None
    spliced = splice(lines, Path(path) if path else None)
    return "\n".join(spliced.lines), spliced


def _score_text(text: str, path: str) -> float:
    """:func:`score`, and what the file's name and project say: a Quarto or R Markdown
    file (``.qmd``, ``.Rmd``) with front matter or a bibliography that cites by key is
    Pandoc's whatever else its text resembles; in-text ``@key`` citations (``@Ho2020
    Title``, ``![Source: @Ho2020](img.png)``) count once a bibliography is named, in the
    front matter or by the project (``_metadata.yml``, ``_quarto.yml``, ``_output.yml``).
    With none of these, a document with Pandoc's front matter that cites a typed list by
    author and year (:mod:`~bibcheck.readers.mdtyped`) fits as well."""
    found = _score_at(text, path)
    if found < _BIB_PAGE and myst_directive(text) is not None:
        return _BIB_PAGE  # a Sphinx project's MyST page of its bibliography directive
    return _TYPED if not found and typed_author_date(mask(text)) else found


_TYPED = 0.75  # clear of plain text (0.55), which reads such text too
_BIB_PAGE = 0.65  # clear of a links reader reading the page's few links (0.6)


def _typed(text: str, path: str) -> bool:
    """Does this reader read ``text`` as an essay citing a typed list by author and year
    (no note, key or other citation of Pandoc's own)?"""
    return not _score_at(text, path) and typed_author_date(mask(text))


def _score_at(text: str, path: str) -> float:
    text = refmanager.rewrite(text).text
    draft = kramdownrfc.rewrite(text)
    if draft is not None and "[@" in draft.text:
        return 0.95  # an IETF draft citing {{RFC2119}}: this reader's, as kramdown-rfc
    base = score(mask(text))
    if base < 0.9 and names_bibliography(text) and cite_count(mask(text)):
        base = 0.9  # a Distill page's bibliography inline in a <script> (masked as code)
    masked = without_urls(mask(text))
    if base >= 0.9 and Path(path).suffix.lower() not in _OWN_EXTENSIONS:
        return base
    front = _front_matter(text)
    named = bool(
        (front is not None and re.search(r"(?m)^bibliography\s*:", front[0]))
        or refmanager.bib_files(text)
        or (path and project_bibliography(path) is not None)
    )
    body = masked.split("\n")[front[1] + 1 :] if front is not None else masked.split("\n")
    prose = "\n".join("" if _RAW_HTML_LINE.match(line) else line for line in body)
    cites = sum(1 for m in _brackets(prose) if _keys(m.group("body")))
    # (MyST's {cite:p}`key` roles, a notebook's or a MyST page's, cite as plainly)
    cites += cite_count(prose)
    own = Path(path).suffix.lower() in _OWN_EXTENSIONS
    if named or (own and front is not None):  # (Quarto and R Markdown cite "@key" as such)
        cites += sum(1 for m in _IN_TEXT.finditer(prose) if _in_text_key(_key(m)))
    if not cites:
        return base
    if own and (front is not None or named):
        return 1.0
    if named and cites == 1:  # one key cited against the bibliography the file names
        return max(base, _ONE_NAMED_CITE)
    return max(base, 0.9) if named and cites >= 2 else base


_ONE_NAMED_CITE = 0.7  # clear of a links reader that reads the page's few links


def _score(text: str) -> float:
    definitions = sum(1 for line in editor_lines(text) if DEFINITION.match(line))
    front = _front_matter(text)
    named = front is not None and bool(re.search(r"(?m)^(?:bibliography|references)\s*:", front[0]))
    named = named or names_bibliography(text)
    cites = sum(1 for m in _brackets(text) if _keys(m.group("body")))
    cites += cite_count(text)  # MyST, Distill, jekyll-scholar
    if definitions:
        return 0.9 if MARKER.search(text) or cites else 0.4
    inline = len(_INLINE_TEXT.findall(text))  # ^[...] notes alone: a Pandoc document too
    if inline >= 2:
        return 0.9 if cites else 0.7
    if cites and named:
        return 0.9
    if cites >= 2:
        return 0.7
    if cites or (named and _IN_TEXT.search(text)):
        return 0.4
    return _ONE_NOTE if inline and PROSE_INLINE_NOTE.search(text) else 0.0


# --------------------------------------------------------------------------
# Front matter and the bibliography
# --------------------------------------------------------------------------


def _front_matter(text: str) -> tuple[str, int] | None:
    """The YAML front matter's text and the index of its closing line, if any.

    Only a block that :func:`opens_metadata` is metadata; a ``---`` rule is not.
    """
    lines = text.split("\n", 400)
    end = front_matter_end(lines)
    return ("\n".join(lines[1 : end - 1]), end - 1) if end else None


@dataclass(slots=True)
class _Meta:
    title: str | None = None
    sources: list[Source] = field(default_factory=list)
    inline: list[Any] = field(default_factory=list)
    inline_line: int = 0  # lines before the front matter's text
    nocite: list[str] = field(default_factory=list)
    named_in: str | None = None  # the project file that names the bibliography
    anomalies: list[Anomaly] = field(default_factory=list)
    # the order the list prints in (Pandoc's citeproc by the style; unknown: citation order)
    sort: ListSort = CITED


def _yaml(text: str) -> Mapping[str, Any] | None:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        return None
    return data if isinstance(data, Mapping) else None


def _named(value: object) -> list[str]:
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, list):
        return [str(v).strip() for v in value if isinstance(v, str | int) and str(v).strip()]
    return []


def _line_of_key(text: str, key: str) -> int:
    m = re.search(rf"(?m)^{re.escape(key)}\s*:", text)
    return text.count("\n", 0, m.start()) + 2 if m else 1  # +1 for the opening ---


def _meta(text: str, path: str) -> tuple[_Meta, int]:
    """Front matter (title, bibliography, references, nocite) and the first body line index."""
    meta = _Meta()
    front = _front_matter(text)
    if front is None:
        _project_metadata(meta, path)
        return meta, 0
    yaml_text, close = front
    data = _yaml(yaml_text)
    if data is None:
        meta.anomalies.append(
            Anomaly(
                AnomalyCode.DOCUMENT_DAMAGED,
                "the YAML front matter cannot be read (a syntax error): its title, "
                "bibliography and references are ignored",
                1,
            )
        )
        return meta, close + 1
    title = data.get("title")
    meta.title = " ".join(str(title).split()) if isinstance(title, str | int) else None
    base = Path(path).parent if path else Path(".")
    line = _line_of_key(yaml_text, "bibliography")
    meta.sources = [
        Source(name, bibliography_folder(name, base), line)
        for name in _named(data.get("bibliography"))
    ]
    if not meta.sources:  # Quarto with biblatex: \addbibresource in an included header
        line = _line_of_key(yaml_text, "format")
        meta.sources = [Source(name, base, line) for name in header_bibliographies(data, base)]
    refs = data.get("references")
    if isinstance(refs, list):
        meta.inline = refs
        meta.inline_line = 1  # the front matter starts after the opening "---"
    nocite = data.get("nocite")
    if isinstance(nocite, str | list):
        joined = " ".join(nocite) if isinstance(nocite, list) else nocite
        meta.nocite = re.findall(r"@(\*|[\w][\w:.#$%&+?<>~/-]*[\w]|\w)", joined)
    if not meta.sources and not meta.inline:
        _project_metadata(meta, path, data)
    else:
        meta.sort, assumed = pandoc_list_order(data, [base])
        _say_assumed(meta, assumed, _line_of_key(yaml_text, "csl"))
    return meta, close + 1


def _say_assumed(meta: _Meta, assumed: str | None, line: int | None) -> None:
    """Record that the list's order is assumed (its CSL style file is not at hand)."""
    if assumed is not None:
        meta.anomalies.append(Anomaly(AnomalyCode.CSL_STYLE_MISSING, assumed, line))


def _draft_references(bib: Bibliography, draft: kramdownrfc.Draft, meta: _Meta) -> None:
    """An IETF draft's references (its YAML's ``normative:``/``informative:``, and the RFCs
    and drafts its text cites by name) as the document's bibliography."""
    bib.sources += 1
    for ref in draft.references:
        add_item(bib, ref.key, ref.item, ref.line, ref.written)
    if draft.damaged:
        meta.anomalies.append(
            Anomaly(
                AnomalyCode.DOCUMENT_DAMAGED,
                "the draft's YAML front matter cannot be read (a syntax error): its "
                "normative and informative references are not read",
                1,
            )
        )


def _project_metadata(meta: _Meta, path: str, front: Mapping[str, Any] | None = None) -> None:
    """A chapter of a Quarto or bookdown book: the bibliography named by the project (and
    the order its list prints in, by the project's style and the chapter's own)."""
    found = project_bibliography(path)
    if found is not None:
        named_in = _shown_path(found.named_in, Path(path).parent)
        meta.sources = [Source(n, found.folder, None, named_in) for n in found.names]
        meta.named_in = named_in
        project = project_style_metadata(found.named_in)
        if project is not None:
            here = Path(path).parent if path else Path(".")
            meta.sort, assumed = pandoc_list_order(
                {**project, **(front or {})}, [here, found.folder]
            )
            _say_assumed(meta, assumed, None)


def _shown_path(file: Path, here: Path) -> str:
    """``file`` relative to the document's folder where it can be (``../_quarto.yml``)."""
    try:
        return os.path.relpath(file, here.resolve())
    except (OSError, ValueError):
        return str(file)


# --------------------------------------------------------------------------
# Citations
# --------------------------------------------------------------------------


def _key(m: re.Match[str]) -> str:
    return m.group("kb") or m.group("k")


def _in_text_key(key: str) -> bool:
    """An in-text ``@key`` that may cite: no cross reference, no handle before a closing
    tag (``@ITSLeeds</a>``)."""
    return not _CROSS_REF.match(key) and "</" not in key


# A link's destination, an autolink or a bare URL: an "@" in it (medium.com/@user) is
# part of an address, not a citation.
_LINK_DEST = lazy_compile(rf"(?<=\]\(){mddestination.BARE}(?=[)\s])")
_BARE_URL = lazy_compile(r"<?\b(?:https?|ftp)://[^\s<>\]\)\"']+>?|<mailto:[^\s<>]+>")
# A raw HTML block's line (an embedded tweet, a <div>): its "@handle"s are no citations.
# Manubot's keys that are addresses: "@https://...", "@url:https://...", "@{https://...}"
_URL_KEY_HEAD = lazy_compile(r"@\{?(?:url:)?$", re.I)
_DEFINED = lazy_compile(r"[ \t]{0,3}\[[^\[\]\n]+\]:[ \t]*$")
_RAW_HTML_LINE = lazy_compile(r"^\s{0,3}<(?:[A-Za-z][\w-]*|/[A-Za-z][\w-]*)[\s>/]")


def without_urls(masked: str) -> str:
    """``masked`` with link destinations and URLs blanked (same length, same lines)."""

    def blank(m: re.Match[str]) -> str:
        return " " * len(m.group(0))

    def url(m: re.Match[str]) -> str:
        # (a link reference definition keeps its destination's first character: it tells
        # the line apart from a citation before a colon)
        line_start = masked.rfind("\n", 0, m.start()) + 1
        if _URL_KEY_HEAD.search(masked, max(line_start, m.start() - 6), m.start()):
            return m.group(0)  # a citation key that is an address: "[@url:https://...]"
        if _DEFINED.match(masked, line_start, m.start()):
            return m.group(0)[0] + " " * (len(m.group(0)) - 1)
        return blank(m)

    return _wikilinks(_inner_links(_BARE_URL.sub(url, _LINK_DEST.sub(blank, masked))))


# An Obsidian (or Foam, Zettlr) link to a literature note named by its citation key:
# "[[@key]]", "[[@key#Heading]]", "[[@key#^block]]", "[[@key|alias]]"; the heading, block
# and alias are no part of the key.  (Possessive runs holding no bracket: linear.)
_WIKILINK = lazy_compile(r"\[\[@(?P<key>[^\[\]\n|#\s]++)(?P<rest>[#|][^\[\]\n]*+)?\]\]")


def _wikilinks(masked: str) -> str:
    """Citation-key wikilinks turned into one bracketed citation of the key that spans the
    whole link (same length): ``[[@a#H|b]]`` reads as ``[@a      ]``."""

    def cite(m: re.Match[str]) -> str:
        return f"[@{m['key']}{' ' * (len(m.group(0)) - len(m['key']) - 3)}]"

    return _WIKILINK.sub(cite, masked) if "[[@" in masked else masked


# a link inside a citation's brackets: "[@xiao2016 see [the code](https://…) for more]"
_INNER_LINK = lazy_compile(
    r"(?P<outer>\[[^\[\]\n]*@[^\[\]\n]*)\[(?P<text>[^\[\]\n]*)\]\((?P<dest>[^()\n]*)\)"
)


def _inner_links(masked: str) -> str:
    """Links inside a citation's brackets turned into their text (same length): Pandoc
    reads ``[@key see [text](url)]`` as one citation with a suffix."""
    while True:
        done = _INNER_LINK.sub(
            lambda m: f"{m['outer']} {m['text']} {' ' * (len(m['dest']) + 2)}", masked
        )
        if done == masked:
            return done
        masked = done


def _brackets(text: str) -> list[re.Match[str]]:
    """Bracketed citations in ``text`` (link reference definitions left out)."""
    found = []
    for m in _BRACKET.finditer(text):
        before = text[max(0, m.start() - 4) : m.start()]
        head = before[before.rfind("\n") + 1 :] if "\n" in before or m.start() <= 3 else "x"
        if not head.strip():  # at a line's start (up to three spaces in)
            line_end = text.find("\n", m.end())
            if _LINK_DEFINITION.match(text, m.end(), len(text) if line_end < 0 else line_end):
                continue
        found.append(m)
    return found


def _bracket_key(m: re.Match[str]) -> str | None:
    """The key of an ``@key`` token in a bracket (None: a cross reference ``@fig-x``)."""
    key = _key(m)
    return None if _CROSS_REF.match(key) else key


def _keys(body: str) -> list[str]:
    """The citation keys of a bracketed citation's body (cross references left out)."""
    return [k for m in _CITE_IN_BRACKET.finditer(body) if not _CROSS_REF.match(k := _key(m))]


_CONTENT_CLASS = lazy_compile(r"(?:^|(?<=\s))(?:\.[\w-]+)+$")
_BRACKET_LINES = lazy_compile(r"(?<![!\\\]^])\[(?P<body>[^\[\]]*?\n[^\[\]]*?)\](?![(]|\[(?!\^))")


def _split_brackets(masked: str) -> dict[int, list[Span]]:
    """Bracketed citations that run over a line break, as one span per line (by line index).

    ``[@a, p. 3;`` / ``@b]``: a multi-line citation counts where it starts, so the first
    line's part cites every key of the group; the parts on later lines are taken out of
    the text.
    """
    found: dict[int, list[Span]] = {}
    for m in _BRACKET_LINES.finditer(masked):
        body = m.group("body")
        keys = _keys(body)
        if "\n\n" in body.replace(" ", "") or not keys:
            continue
        if _CONTENT_CLASS.search(masked, max(0, m.start() - 40), m.start()):
            continue  # xaringan's ".pull-left[" ... "]": a block of slide content
        first = masked.count("\n", 0, m.start())
        pos = m.start()
        for k, part in enumerate(masked[m.start() : m.end()].split("\n")):
            start = pos - (masked.rfind("\n", 0, pos) + 1)
            labels = tuple(keys) if k == 0 else ()
            found.setdefault(first + k, []).append(Span(start, start + len(part), labels))
            pos += len(part) + 1
    return found


class _Taken:
    """Spans of a line already taken, asked whether one covers a position or starts in a
    range: sorted starts with the furthest end so far, so a line of many citations is read
    in n log n, not n squared."""

    def __init__(self, spans: Sequence[tuple[int, int]] = ()) -> None:
        self._spans = sorted(spans)
        self._reach: list[int] | None = None

    def add(self, start: int, end: int) -> None:
        if not self._spans or (start, end) >= self._spans[-1]:
            self._spans.append((start, end))  # (in order, as a scan finds them: kept up)
            if self._reach is not None:
                self._reach.append(max(self._reach[-1], end) if self._reach else end)
            return
        insort(self._spans, (start, end))
        self._reach = None

    def _furthest(self) -> list[int]:
        if self._reach is None:
            self._reach = list(accumulate((end for _, end in self._spans), max))
        return self._reach

    def covers(self, at: int) -> bool:
        """Does a span hold ``at`` (start <= at < end)?"""
        k = bisect_right(self._spans, (at, sys.maxsize)) - 1
        return k >= 0 and self._furthest()[k] > at

    def starts_within(self, start: int, end: int) -> bool:
        """Does a span start in ``start:end``?"""
        k = bisect_left(self._spans, (start, -1))
        return k < len(self._spans) and self._spans[k][0] < end


def _spans(
    masked: str,
    in_text: bool,
    names: Mapping[str, str],
    split: Sequence[Span] = (),
    opened: Sequence[Unclosed] = (),
) -> list[Span]:
    """Footnote markers, bracketed citations and (if ``in_text``) in-text citations.

    ``split``: this line's parts of bracketed citations that run over line breaks;
    ``opened``: this line's citation groups never closed (pandocopen.py), read as groups.
    """
    spans: list[Span] = list(split)
    taken = _Taken([(s.start, s.end) for s in split])
    for m in MARKER.finditer(masked):
        spans.append(Span(m.start(), m.end(), (m.group("label"),), cite=False))
        taken.add(m.start(), m.end())
    for m in _brackets(masked):
        keys = _keys(m.group("body"))
        if keys and not taken.covers(m.start()):
            spans.append(Span(m.start(), m.end(), tuple(keys)))
            taken.add(m.start(), m.end())
    for group in opened:
        keys = _keys(masked[group.column + 1 : group.end])
        if keys and masked.startswith("[", group.column) and not taken.covers(group.column):
            spans.append(Span(group.column, group.end, tuple(keys)))
            taken.add(group.column, group.end)
    if in_text:
        for m in _IN_TEXT.finditer(masked):
            key = _key(m)
            if not _in_text_key(key) or taken.covers(m.start()):
                continue
            end = m.end()
            if m.group("loc") and taken.starts_within(m.start("loc"), m.end()):
                # "@a [see also @b]": the bracket is a citation of its own, no locator
                end = m.start("loc")
            spans.append(Span(m.start(), end, (key,), True, True, names.get(key, key)))
    return sorted(spans, key=lambda s: s.start)


def citation_spans(text: str, in_text: bool) -> list[Span]:
    """The citations by key in one line of text (``[@a; @b, p. 3]``; in-text ``@key``
    when ``in_text``), footnote markers left out: for other readers (Word) that find
    Pandoc citations typed in their text."""
    return [s for s in _spans(text, in_text, {}) if s.cite and s.labels]


# --------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------


def _definition_end(lines: Sequence[str], start: int) -> int:
    """Index after the last line of the definition starting at ``start``."""
    i = start + 1
    while i < len(lines):
        line = lines[i]
        if DEFINITION.match(line) or heading_text(line) is not None or _DIV.match(line):
            break
        if not line.strip():
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if nxt.startswith(("    ", "\t")) and nxt.strip():
                i += 1
                continue
            break
        if i > start + 1 and not lines[i - 1].strip() and not line.startswith(("    ", "\t")):
            break
        i += 1
    return i


@dataclass(slots=True)
class _State:
    bib: Bibliography
    names: Mapping[str, str] = field(default_factory=dict)  # key -> author, for "@key says"
    split: Mapping[int, Sequence[Span]] = field(default_factory=dict)  # brackets over lines
    cites: Cites = field(default_factory=Cites)
    footnotes: list[RawNote] = field(default_factory=list)
    note_cites: NoteCites = field(default_factory=NoteCites)
    conditions: dict[str, int | None] = field(default_factory=dict)  # label -> block defined in
    anomalies: list[Anomaly] = field(default_factory=list)
    inline_notes: int = 0
    in_text: bool = False  # "@key" outside brackets is a citation (the document cites by key)


# A note's text per line: (0-based line, text, masked text), columns as in the source.
_Segments = Sequence[tuple[int, str, str]]


def _within(spans: Sequence[Span], start: int, stop: int) -> list[Span]:
    return [s for s in spans if start <= s.start and s.end <= stop]


def _note_from_text(state: _State, label: str, segments: _Segments) -> RawNote:
    """A note; each citation in it is a citation of its own, and the first cited key with
    an entry gives the note its reference."""
    keys: list[str] = []
    cited_lines: list[tuple[int, str, Sequence[Span]]] = []
    before: list[str] = []  # the note's text before its first citation
    for k, text, masked in segments:
        begin = len(masked) - len(masked.lstrip())
        split = _within(state.split.get(k, ()), begin, len(masked))
        spans = [s for s in _spans(masked, state.in_text, state.names, split) if s.cite]
        if not keys:
            before.append(text[: min((s.start for s in spans if s.labels), default=len(text))])
        for span in spans:
            for key in span.labels:
                keys.append(key)
                state.cites.add(key, k + 1, text[span.start : span.end])
        cited_lines.append((k + 1, text, spans))
    state.note_cites.add(label, cited_lines, _tidy)
    parts = [text.strip() for _, text, _ in segments]
    numbers = tuple(k + 1 for k, _, _ in segments)
    note_text = "\n".join(parts)
    line = numbers[0]
    own = lead_work(" ".join(before), numbers) if keys else None
    if own is not None:  # a work cited in words before the keys: the note's own
        return RawNote(label, note_text, line, numbers[-1], numbers, reference=own)
    for key in keys:
        cited = state.bib.cited_note(key, line, note_text)
        if cited is not None and cited.reference is not None:
            ref = cited.reference
            return RawNote(label, note_text, line, numbers[-1], numbers, reference=ref)
    return RawNote(label, note_text, line, numbers[-1], numbers)


_SPACES = lazy_compile(r"[ \t]{2,}")


# A block quote's markup at a line's start ("> ", "> > "): no words of the claim.
_QUOTE_PREFIX = lazy_compile(r"^(?:>[ \t]?)+")


def _tidy(text: str) -> str:
    """A line as body text: no indentation, no block quote's "> ", and no run of spaces
    (a note taken out)."""
    return _SPACES.sub(" ", _QUOTE_PREFIX.sub("", text.strip(" \t")).strip(" \t"))


def _tidy_aligned(text: str) -> str:
    """A line of a Pandoc simple or multiline table: its spaces kept (they are its columns,
    readers/markuptables.py), only a block quote's "> " taken out."""
    return _QUOTE_PREFIX.sub("", text).rstrip(" \t")


# Pandoc's example lists: "(@good) This is a good example." numbers an item, and "(@good)"
# elsewhere refers to it: neither is a citation of a key "good".
_EXAMPLE_ITEM = lazy_compile(r"(?m)^[ \t]{0,3}\(@(?P<label>[\w-]*)\)[ \t]")


def _without_examples(masked: str) -> str:
    """``masked`` with the labels of example-list items and references to them blanked."""
    labels = {m.group("label") for m in _EXAMPLE_ITEM.finditer(masked)}
    if not labels:
        return masked
    refs = re.compile(r"\(@(?:" + "|".join(re.escape(x) for x in labels if x) + r")?\)")
    return refs.sub(lambda m: " " * len(m.group(0)), masked)


_TEXT_FIELD = lazy_compile(
    r"^(?:abstract|description|summary|subtitle|thanks)\s*:\s*(?P<value>.*)$"
)


def _abstract_lines(lines: Sequence[str], closing: int) -> list[int]:
    """Indices of the front matter's text fields (``abstract: |`` and its indented block,
    or ``abstract: text`` on one line); ``closing``: the index of its closing ``---``."""
    found: list[int] = []
    k = 1
    while k < closing:
        m = _TEXT_FIELD.match(lines[k])
        if m is None:
            k += 1
            continue
        value = m.group("value").strip()
        if value and value[0] not in "|>":
            found.append(k)
            k += 1
            continue
        k += 1
        while k < closing and (not lines[k].strip() or lines[k][:1] in " \t"):
            if lines[k].strip():
                found.append(k)
            k += 1
    return found


def _template_code_end(lines: Sequence[str], start: int) -> int | None:
    """The closing line of a highlight block opened at ``start`` (None: not closed below)."""
    if _TEMPLATE_CODE_CLOSE.search(lines[start]):
        return None  # opened and closed on one line: an inline tag
    return next(
        (j for j in range(start + 1, len(lines)) if _TEMPLATE_CODE_CLOSE.search(lines[j])), None
    )


# A Quarto or Hugo shortcode on one line, {{< todo "cite [@x] here?" >}}: its arguments are
# strings handed to the shortcode, not Markdown that citeproc reads (highlight blocks aside:
# their opening and closing tags mark code).
# (the whitespace after "{{<" possessive, the tag read possessively: "\s*" then a repeat
# that takes spaces too split a run of spaces every way; a highlight tag after a space,
# tab or the like was blanked all the same, and still is)
_SHORTCODE = lazy_compile(
    r"""\{\{<\s*+(?:(?!/?highlight\b)|(?<=[^\S\n]))(?:"[^"\n]*"|'[^'\n]*'|[^"'\n>])*+>\}\}"""
)


def _without_shortcodes(text: str) -> str:
    """``text`` with each shortcode blanked (same length, same lines)."""
    return _SHORTCODE.sub(lambda m: " " * len(m.group(0)), text)


def read(text: str) -> RawDocument:
    """Read without a path or options (no bibliography files can be found)."""
    return read_opts(text, "", ReadOptions())


# a link in a body line that cites its sentence beside the document's own citations: an
# autolink in parentheses after the source it gives the address of ("the Committee's data
# (<https://…>) show …"); an address written out after "at", "see", "on" ("consult the
# documentation at <https://…>") tells where a resource is, and linked words are left to the
# links reader's policy (a page's links beside its key citations cite nothing)
_BODY_LINK = lazy_compile(r"(?<=\w\s\()<(?P<auto>(?:https?|ftp)://[^\s<>]++)>(?=\))")


def _as_written(written: str, text: str) -> str:
    """The text where indented code is looked for: as the author wrote it (the rewrites of
    Distill tags, MyST roles and shortcodes blank what they replace, and a tag's blanked
    lines would look like the blank line before an indented block), unless a rewrite changed
    the lines' count."""
    return written if written.count("\n") == text.count("\n") else text


def _body_links(body: str, line_no: int) -> list[BodyLink]:
    """The parenthesised autolinks of body line ``line_no``, each shown as its address."""
    return [
        BodyLink(line_no, m.start() + 1, m.group("auto"), m.group("auto"))
        for m in _BODY_LINK.finditer(body)
    ]


def read_opts(text: str, path: str, options: ReadOptions) -> RawDocument:
    """Read the document with the files its Quarto include shortcodes name (each line
    reported at its line in its own file), and the notes its markers point at that
    another input file of its Pandoc build command defines."""
    whole, spliced = _with_includes(text, path)
    if spliced is None:
        return _with_run_notes(_read_opts(text, path, options), path, options)
    raw = remap_lines(_read_opts(whole, path, options), spliced.where, spliced.file_of)
    raw = replace(raw, anomalies=(*spliced.anomalies, *raw.anomalies))
    return _with_run_notes(raw, path, options)


def _with_run_notes(raw: RawDocument, path: str, options: ReadOptions) -> RawDocument:
    """``raw`` with the definitions of its undefined ``[^label]`` markers that the other
    input files of the build script's Pandoc command hold (Pandoc joins its inputs into
    one document): each note at its line in its own file, and that file named in the
    coverage line.  A label no file of the run defines stays undefined."""
    defined = {n.label for n in raw.footnotes}
    missing = {m.label for m in raw.markers if m.label not in defined}
    if not missing or not path:
        return raw
    run = build_run(path)
    if run is None:
        return raw
    here = Path(path).parent
    found: list[RawNote] = []
    files: list[BibliographyFile] = []
    for other in run.others:
        text = _run_text(other, missing)
        if text is None:
            continue
        shown = _shown_path(other, here)
        notes = [
            replace(n, file=shown)
            for n in _read_opts(text, str(other), options).footnotes
            if n.label in missing and not n.key
        ]
        notes = [n for k, n in enumerate(notes) if n.label not in {x.label for x in notes[:k]}]
        if notes:
            found.extend(notes)
            missing -= {n.label for n in notes}
            named_in = f"{_shown_path(run.script, here)}: notes of the same Pandoc run"
            files.append(BibliographyFile(shown, len(notes), named_in))
        if not missing:
            break
    if not found:
        return raw
    return replace(
        raw,
        footnotes=(*raw.footnotes, *found),
        bibliographies=(*raw.bibliographies, *files),
    )


def _run_text(file: Path, labels: set[str]) -> str | None:
    """The text of an input file of the run that defines one of ``labels``, or None."""
    try:
        text = read_regular_file(file, _RUN_FILE_BYTES).decode("utf-8", "replace")
    except InputError:
        return None
    defines = {m.group("label") for m in map(DEFINITION.match, text.splitlines()) if m}
    return text if defines & labels else None


def _read_opts(text: str, path: str, options: ReadOptions) -> RawDocument:
    if _typed(text, path):  # an essay citing a typed list by author and year
        return read_typed(mask(text, latex=False), NAME)
    text = accept(text)  # CriticMarkup: the manuscript with every change accepted
    text = linknotes.to_pandoc(text)  # mammoth's and clippers' link notes as [^n] notes
    page = pagecites.rewrite(text)  # "[[1, p. 4]](#cite:1)" as the page shows it, "[1, p. 4]"
    text = page.text
    cited_in_r = refmanager.rewrite(text)  # RefManageR's `r Citep(bib, "key")` as [@key]
    text = cited_in_r.text
    written = text
    rewritten = rewrite(text)  # MyST roles, Distill and jekyll-scholar tags as [@key]
    text = _without_shortcodes(rewritten.text)
    draft = kramdownrfc.rewrite(text)  # an IETF draft's {{RFC2119}} as [@RFC2119]
    text = draft.text if draft is not None else text
    meta, body_start = _meta(text, path)
    extra = [Source(name, Path("."), None) for name in options.bibliography]
    meta.nocite += cited_in_r.nocite
    named = _distinct([*meta.sources, *_read_bib_sources(text, path), *extra])
    # a MyST page holding only a bibliography directive (a Sphinx project's references page)
    directive = myst_directive(written) if not rewritten.forms - {"myst"} else None
    forms = rewritten.forms | {"myst"} if directive is not None else rewritten.forms
    if not meta.sources and not extra:
        # nbsphinx, myst-parser: Sphinx's conf.py names it; nbconvert: its LaTeX template
        found = sphinx_sources(path, forms) or nbconvert_sources(path, forms)
        named = _distinct([*named, *found])
    bib = load(named)
    # (a .bib keyed "doi:10.1/x" manages such keys itself: they are not Manubot's there)
    own_keys = any(manubot.is_self_identifying(key) for key in bib.entries)
    manual = _manual_sources(path, named)
    load(manual, bib)
    front = _front_matter(text)
    if meta.inline and front is not None:
        add_items(bib, meta.inline, front[0], meta.inline_line, "references")
        bib.sources += 1
    if draft is not None:
        _draft_references(bib, draft, meta)
    site_bibliographies(bib, written, path, rewritten.forms)
    add_key_prefixes(bib, myst_key_prefixes(written))  # ```{bibliography} :keyprefix: a-
    live = strip_comments(text)
    lines = unfence(editor_lines(live))  # MyST ```{figure} / ```{note}: their bodies are text
    as_written = _as_written(written, text)
    masked = editor_lines(
        without_urls(
            _without_examples(blank_indented_code(mask(text, latex=False), source=as_written))
        )
    )
    code = indented_code(as_written.split("\n"))  # (a note's examples are no text of it)
    masked += [""] * (len(lines) - len(masked))
    # fenced ```bibtex blocks holding the keys the document cites (not a README's example)
    add_cited_blocks(bib, editor_lines(live), "\n".join(masked), markdown=True)
    state = _State(bib, author_names(bib), _split_brackets("\n".join(masked)))
    unclosed: dict[int, list[Unclosed]] = {}
    for group in unclosed_openings("\n".join(masked)):
        unclosed.setdefault(group.line, []).append(group)
    # (a Distill or jekyll-scholar page cites with its tags only: "@ben" is a handle there)
    # (a Quarto or R Markdown source with its front matter cites "@key" in its prose
    # whether or not it names a bibliography: Pandoc renders a key with no entry as "?@key")
    state.in_text = not rewritten.handles_are_text and (
        bib.sources > 0
        or any(_keys(m.group("body")) for line in masked for m in _brackets(line))
        or (Path(path).suffix.lower() in _OWN_EXTENSIONS and front is not None)
    )
    inline = InlineNotes(find_inline_notes(masked, _INLINE_NOTE))
    # (a fenced div's ":::" lines repeat, but are no page artifacts)
    # (nor are the YAML front matter's repeated keys: "affiliations:" once per author)
    # (a converted page's running lines are plain text: a line with Markdown's inline
    # syntax -- a citation, emphasis, a tag or template tag, a math delimiter -- was
    # written, "**Key takeaways**:" x 6, as was a sentence or lead-in)
    # (and an R Markdown or Quarto source is written, never converted from pages: its
    # repeated short lines, "That is," in mathematical prose, are text)
    # (repeats are counted on the written lines: masking makes different lines alike,
    # "[`amsfonts`]: …" and "[`bookmark`]: …" both mask to "[          ]: …")
    # (and only a text converted from pages, with its page breaks, has running heads: a
    # Markdown source repeats its short lines by nature -- a definition list's ": apple",
    # a manual's "or" between two command lines)
    source = Path(path).suffix.lower() in _OWN_EXTENSIONS or draft is not None or "\f" not in text
    artifacts = find_artifacts(
        [
            lines[k]
            if not source
            and ml.strip()
            and not _DIV.match(ml)
            and not _INLINE_SYNTAX.search(ml)
            and not _SLIDE_MARKUP.match(ml)
            and k >= body_start
            else ""
            for k, ml in enumerate(masked)
        ]
    )
    # (code shows examples: a fenced "## References" or BibTeX entry is no list of the text)
    kept = set(prose_lines(lines, 0, len(lines), code))
    prose = [line if k in kept else "" for k, line in enumerate(lines)]
    lit_index = literature_heading_index(prose)
    # (an appendix's own "References" is read beside the document's list, not for it)
    part_lists: list[int] = []
    if lit_index is not None:
        lit_index, part_lists = _main_list(prose, lit_index)
    if lit_index is not None:  # "## Works Cited" then "## Works Consulted": from the first
        lit_index = list_run_start(prose, lit_index)
    if lit_index is None and bib.sources == 0:  # a further-reading list alone: the list
        lit_index = reading_heading_index(prose)
    if lit_index is None and bib.sources == 0:  # a list by its shape, whatever its heading
        lit_index = shaped_tail(prose)
    collector = BlockCollector(TOKEN, keys=True, list_items=True, tables=True)
    body_links: list[BodyLink] = []
    literature: list[RawNote] = []
    paragraph_list = False
    anomalies: list[Anomaly] = [*meta.anomalies, *bib.anomalies]
    colmap: dict[tuple[int, int], int] = {}
    title: str | None = meta.title
    if title is None and "distill" in rewritten.forms and not front:
        title = page_title(written)  # an HTML page's <title> (no Markdown heading there)
    chunk: _Chunk | None = None  # the code block (fence) we are in
    divs: list[int | None] = []  # open fenced divs: a condition id, or None
    div_ids = 0
    for k in _abstract_lines(lines, front[1] if front is not None else 0):
        # "abstract: | ... [@key]": Pandoc renders the abstract, citations and all
        spans = _spans(masked[k], state.in_text, state.names)
        for span in spans:
            for label in span.labels if span.cite else ():
                state.cites.add(label, k + 1, lines[k][span.start : span.end])
        collector.line(k + 1, transform(lines[k], spans, k + 1, colmap, _tidy))
    collector.blank()
    aligned = aligned_table_lines(lines)  # Pandoc simple and multiline tables' lines
    i = body_start
    while i < len(lines):
        line, line_no = lines[i], i + 1
        if inline.hidden(i):
            i += 1  # inside an inline note begun on an earlier line
            continue
        if _FENCE.match(line) and not inline.continued(i):
            if chunk is None:
                chunk = _Chunk(executable=bool(_CHUNK.match(line)))
                captions = _header_captions(line) if chunk.executable else []
            else:
                chunk, captions = None, []
            _captions(state, collector, line, captions, line_no, colmap)
            i += 1
            continue
        if chunk is not None:
            if chunk.executable:
                _captions(state, collector, line, chunk.captions(line), line_no, colmap)
            i += 1
            continue
        if chunk is None and _TEMPLATE_CODE_OPEN.match(line):
            end = _template_code_end(lines, i)
            if end is not None:  # a Jekyll/Hugo highlight block: code, as a fence's
                collector.blank()
                i = end + 1
                continue
        if i in artifacts:
            collector.interrupt()
            i += 1
            continue
        if MARKUP_LINE.match(line) and "[@" not in line and not inline.continued(i):
            collector.blank()  # a raw HTML tag line or a template tag (citing no work): no text
            i += 1
            continue
        div = _DIV.match(line)
        if div and not inline.continued(i):
            if div.group("attrs"):
                div_ids += 1
                divs.append(div_ids if _CONDITIONAL.search(div.group("attrs")) else None)
            elif divs:
                divs.pop()
            collector.blank()
            argument = colon_argument(line)  # ":::{table} Ages after [@smith1990]"
            if argument is not None:
                _captions(state, collector, line, [argument], line_no, colmap)
            i += 1
            continue
        condition = next((d for d in reversed(divs) if d is not None), None)
        m = DEFINITION.match(line)
        if m and not inline.continued(i):
            end = _definition_end(lines, i)
            at = m.start("text")
            segments = [(i, " " * at + line[at:], " " * at + masked[i][at:])]
            segments += [(j, lines[j], masked[j]) for j in prose_lines(lines, i + 1, end, code)]
            _define(state, m.group("label"), segments, condition)
            collector.note()
            i = end
            continue
        if (i == lit_index or i in part_lists) and bib.sources == 0:
            collector.blank()
            # (an entry's reference-style link, "[Page][label]", with its address)
            listed = inline_references("\n".join(prose)).split("\n")
            # (a div around the list's paragraphs, "::: {.hanging-indent}", holds no entry)
            listed = [*listed[: i + 1], *("" if wraps_list(x) else x for x in listed[i + 1 :])]
            bounds = [*prose[: i + 1], *("" if wraps_list(x) else x for x in prose[i + 1 :])]
            # (an entry going on in line blocks, "|     *Journal* 3: 4-5.", is one entry)
            listed, bounds = joined_line_blocks(listed, i + 1), joined_line_blocks(bounds, i + 1)
            start = i + 1
            while True:  # each part of the list ("## Primary sources" under the heading)
                stop = _list_end(bounds, start)
                items, notes, end = read_list(listed, start, artifacts, stop, paragraphs=True)
                paragraph_list = paragraph_list or written_as_paragraphs(items, prose)
                literature.extend(
                    went_on(literature, bracket_labelled(items) if paragraph_list else items)
                )
                anomalies.extend(notes)
                part = _part_line(prose, end, stop)
                if part is not None:  # "**Further reading**": a part of the list goes on
                    start = part + 1
                    continue
                if end < stop or stop >= len(prose) or not goes_on(prose, i, stop):
                    break
                start = stop + 1
            i = max(end, i + 1)
            continue
        heading = heading_text(line) if not inline.continued(i) else None
        if heading is not None:
            heading = re.sub(r"\s*\{[^}]*\}\s*$", "", heading)
            title = title or heading
            collector.heading(line_no, _heading(state, line, masked[i], line_no, colmap) or heading)
        elif not line.strip():
            collector.blank()
        else:
            body, body_masked = inline.body(
                i, line, masked[i], lambda note: _inline_note(state, note, lines, masked)
            )
            split = [
                s
                for s in state.split.get(i, ())
                if body_masked[s.start : s.end] == masked[i][s.start : s.end]
            ]
            # (a raw HTML block's line, an embedded tweet: its "@handle"s are no citations)
            in_text = state.in_text and not _RAW_HTML_LINE.match(line)
            opened = unclosed.get(i, ())
            spans = _spans(body_masked, in_text, state.names, split, opened)
            for span in spans:
                for label in span.labels if span.cite else ():
                    state.cites.add(label, line_no, body[span.start : span.end])
            starts = {group.column for group in opened}
            state.anomalies += [
                unclosed_anomaly(line_no, body[s.start : s.end], s.labels)
                for s in spans
                if s.cite and s.start in starts
            ]
            if not _RAW_HTML_LINE.match(line):
                body_links += _body_links(body, line_no)
            tidy = _tidy_aligned if i in aligned else _tidy
            collector.line(line_no, transform(body, spans, line_no, colmap, tidy))
        i += 1
    blocks, raw_markers, body_notes = collector.finish()
    markers = [replace(m, column=colmap.get((m.line, m.column), m.column)) for m in raw_markers]
    blocks, markers = state.note_cites.merge(blocks, markers)
    anomalies.extend(body_notes)
    anomalies.extend(state.note_cites.anomalies)
    anomalies.extend(state.anomalies)
    anomalies.extend(artifact_anomalies(lines, artifacts))
    anomalies.extend(styled_references(lines))
    anomalies.extend(caret_anomaly(masked, NAME))  # notes numbered "text.^1^": not read here
    anomalies.extend(sup_anomaly(masked, NAME))  # and "text.<sup>1</sup>" ones
    anomalies.extend(unread_includes("\n".join(masked), path))  # raw \input{x}, no x here
    # ({cite:p}`a; b` roles were rewritten as [@a;@b]: one left is a form not read)
    anomalies.extend(unread_constructs("\n".join(masked), _MYST_ROLES, ()))
    # (and each @key in a bracket of the body is counted: one not read is reported)
    listed_from = lit_index if lit_index is not None and bib.sources == 0 else len(masked)
    counted = ["" if k < body_start or k >= listed_from else ml for k, ml in enumerate(masked)]
    tokens = bracket_tokens("\n".join(counted), _CITE_IN_BRACKET, _bracket_key)
    anomalies.extend(unread_keys(tokens, state.cites.lines, "Pandoc [@key; @key]"))
    footnote_labels = {n.label for n in state.footnotes}
    aliases = {**manubot.alias_definitions(lines), **manubot.tags_file_aliases(path)}
    if manual or aliases or not own_keys:
        _self_identified(bib, state.cites, aliases)
    # ("[@TODO: find the paper]": a draft's placeholder, no citation of a missing work)
    markers, placeholders = set_aside(state.cites, markers, {*bib.entries, *footnote_labels})
    anomalies.extend(placeholders)
    # (the directive prints the project's entries: every entry, as "nocite: '@*'" does)
    page_only = directive is not None and not (state.cites.first or state.footnotes)
    cite_notes, cite_literature, missing = resolve(
        bib,
        state.cites,
        footnote_labels,
        markers,
        nocite=[*meta.nocite, "*"] if page_only else meta.nocite,
        sort=meta.sort,
        how_to_name="YAML 'bibliography:' or 'references:', Jupyter Book's _config.yml "
        "'bibtex_bibfiles:', MyST's myst.yml 'project: bibliography:', bibtex_bibfiles in "
        "a Sphinx conf.py, an nbconvert template's \\bibliography{...}, or --bibliography FILE",
    )
    anomalies.extend(missing)
    if directive is not None and page_only:
        names = [f.name for f in bib.files]
        unread = [a.message for a in bib.anomalies if a.code is AnomalyCode.BIBLIOGRAPHY_UNREADABLE]
        anomalies.extend(myst_page(directive, path, len(cite_literature), names, unread))
    # "[@a; b; @c]": a key without its "@" is printed as text, citing nothing
    groups = ((k + 1, m.group("body")) for k, ml in enumerate(masked) for m in _brackets(ml))
    anomalies.extend(unmarked_keys(groups, set(bib.entries)))
    footnotes = [*state.footnotes, *cite_notes]
    if not bib.sources and not cite_notes and not page.cites and lit_index is not None:
        # (an essay with notes that cites its typed list by author and year in its body)
        dated = dated_cites(masked, range(body_start, lit_index), literature)
        dated_markers, dated_notes = pagecites.cited(dated, blocks, literature)
        markers = sorted([*markers, *dated_markers], key=lambda m: (m.line, m.column))
        footnotes += dated_notes
    if page.cites and not bib.sources:  # numbered in-page link citations of the list
        page_markers, page_notes = pagecites.cited(page.cites, blocks, literature)
        markers = sorted([*markers, *page_markers], key=lambda m: (m.line, m.column))
        footnotes += page_notes
    if markers or footnotes:
        # a link citing its sentence beside the document's citations (not its own material)
        markers, footnotes = with_link_cites(
            markers, footnotes, place_links(body_links, blocks), blocks
        )
    return RawDocument(
        reader=NAME,
        title=title,
        blocks=tuple(blocks),
        markers=tuple(markers),
        footnotes=tuple(footnotes),
        literature=tuple(cite_literature if bib.sources else literature),
        anomalies=tuple(anomalies),
        literature_heading_line=None if lit_index is None else lit_index + 1,
        labels_are_names=True,
        # A bibliography made from keys holds only what is cited by key: a note citing a
        # work in words need not be in it (as in LaTeX).
        literature_partial=bool(bib.sources),
        # A bibliography of paragraphs is written in a citation style (Chicago, APA ...).
        detect_styles=paragraph_list and not bib.sources,
        bibliographies=tuple(bib.files),
    )


# Pandoc's Word styles: a block set in the bibliography's own style by hand
# (``<div custom-style="Bibliography"><p>Smith J. "Title" …</p></div>``, ``::: {custom-style=
# "Bibliography"}``) holds a reference written in the text, not one made from a key
_STYLED_REFERENCE = lazy_compile(
    r"""^\s*(?:<div\b[^>]*|:{3,}\s*\{[^}]*)\bcustom-style\s*=\s*["']?(?:Bibliography|References?)\b""",
    re.I,
)


# the div citeproc fills with the list it makes: ``::: {#refs …}``, ``<div id="refs" …>``
_REFS_ID = lazy_compile(r"""\{[^}]*#refs[\s}]|\bid\s*=\s*["']?refs\b""")
_FENCE_CLOSE = lazy_compile(r"^\s*:{3,}\s*$")
_DIV_CLOSE = lazy_compile(r"^\s*</div>\s*$", re.I)


def _citeproc_placeholder(lines: Sequence[str], k: int) -> bool:
    """Is the block opened at ``lines[k]`` the empty ``#refs`` div citeproc fills
    (``::: {#refs custom-style="Bibliography"}`` then ``:::``, ``<div id="refs"
    custom-style="Bibliography"></div>``), which holds no reference written by hand?"""
    line = lines[k]
    if not _REFS_ID.search(line):
        return False
    fenced = line.lstrip().startswith(":")
    if not fenced and re.search(r">\s*</div>\s*$", line, re.I):
        return True
    after = next((s for s in lines[k + 1 :] if s.strip()), "")
    return bool((_FENCE_CLOSE if fenced else _DIV_CLOSE).match(after))


def styled_references(lines: Sequence[str]) -> list[Anomaly]:
    """One anomaly naming the blocks set in the bibliography's style by hand: their
    references are not read as entries of the list (which holds the works cited by key).
    The empty ``#refs`` div citeproc fills is none of them."""
    at = [
        k + 1
        for k, line in enumerate(lines)
        if _STYLED_REFERENCE.match(line) and not _citeproc_placeholder(lines, k)
    ]
    if not at:
        return []
    shown = ", ".join(str(n) for n in at[:5]) + (f" and {len(at) - 5} more" if len(at) > 5 else "")
    return [
        Anomaly(
            AnomalyCode.UNREAD_REGION,
            f'{len(at)} reference(s) written by hand in blocks styled "Bibliography" (line(s) '
            f"{shown}) are not read as literature entries and no key cites them: give each "
            "an entry in the bibliography file and cite it by key",
            at[0],
        )
    ]


def _heading(
    state: _State, line: str, masked: str, line_no: int, colmap: dict[tuple[int, int], int]
) -> str | None:
    """An ATX heading that cites (``# V model [@forsberg1991]``): its text with the
    citations' markers, each citation read; None if it cites nothing."""
    spans = [s for s in _spans(masked, state.in_text, state.names) if s.cite and s.labels]
    if not spans:
        return None
    for span in spans:
        for label in span.labels:
            state.cites.add(label, line_no, line[span.start : span.end])

    def text_of(written: str) -> str:
        text = heading_text(written) or written
        return _tidy(re.sub(r"\s*\{[^}]*\}\s*$", "", text))

    return transform(line, spans, line_no, colmap, text_of)


def _distinct(sources: Sequence[Source]) -> list[Source]:
    """``sources`` without a second naming of one file (front matter and ``ReadBib``)."""
    seen: set[Path] = set()
    kept = []
    for source in sources:
        where = (source.base / source.name).resolve()
        if where not in seen:
            seen.add(where)
            kept.append(source)
    return kept


def _manual_sources(path: str, named: Sequence[Source]) -> list[Source]:
    """Manubot's manual references (``content/manual-references.json``) not named already."""
    if not path:
        return []
    here = Path(path).parent
    seen = {(s.base / s.name).resolve() for s in named}
    return [
        Source(str(file.relative_to(here)), here, None, named_in="Manubot's content folder")
        for file in manubot.manual_reference_files(path)
        if file.resolve() not in seen
    ]


def _self_identified(bib: Bibliography, cites: Cites, aliases: Mapping[str, str]) -> None:
    """Entries for the cited keys that name their work (Manubot's ``@doi:10.1/x``,
    ``@pmc:PMC1``, ``@https://...``) or are tags of such a key or of an entry; an entry
    of the bibliography under the same key comes first."""
    added = False
    for key, (line, _source) in cites.first.items():
        if key in bib.entries:
            continue
        target = manubot.alias_target(key, aliases, list(bib.entries))
        if target is not None and target in bib.entries:
            bib.entries[key] = replace(bib.entries[target], label=key)
            continue
        ident = manubot.identify(target or key)
        if ident is None:
            continue
        bib.add(key, manubot.reference(ident, target or key, line), target or key)
        added = True
    if added and not bib.sources:
        bib.sources = 1  # the keys are their own bibliography


def _read_bib_sources(text: str, path: str) -> list[Source]:
    """The ``.bib`` files RefManageR's ``ReadBib("...")`` reads in the document's code."""
    base = Path(path).parent if path else Path(".")
    return [Source(name, base, line) for name, line in refmanager.bib_files(text)]


def _part_line(prose: Sequence[str], end: int, stop: int) -> int | None:
    """The index of the line in bold or italics that names a part of the list where its
    items stopped (``end``, before ``stop``), or None."""
    at = next((k for k in range(end, stop) if prose[k].strip()), None)
    return at if at is not None and emphasised_part(prose[at]) is not None else None


def _main_list(prose: Sequence[str], last: int) -> tuple[int, list[int]]:
    """The document's list heading (index) and its appendices' own list headings, when
    the last list heading (``last``) is one of an appendix
    (:func:`bibcheck.readers.listscope.main_list_heading`); a line in bold that names a
    part of a list headed above it (``**Works consulted**`` under ``## References``) is
    no list of its own."""
    heads = source_heads(NAME, prose)
    if emphasised_part(prose[last]) is not None:
        outer = [h for h in open_heads(last + 1, heads) if h.line <= last and h.level <= 6]
        if outer and is_literature_heading(prose[outer[-1].line - 1]):
            last = outer[-1].line - 1
    if not any(h.appendix or is_appendix_heading(h.text) for h in heads):
        return last, []
    candidates = [
        k + 1
        for k, line in enumerate(prose)
        if is_literature_heading(line) and emphasised_part(line) is None
    ]
    main, parts = main_list_heading(candidates, heads)
    return (last if main is None else main - 1), [k - 1 for k in parts]


def _list_end(lines: Sequence[str], start: int) -> int:
    """Where the literature list's region ends: a heading, a note definition or a div."""
    for k in range(start, len(lines)):
        if heading_text(lines[k]) is not None or DEFINITION.match(lines[k]) or _DIV.match(lines[k]):
            return k
    return len(lines)


def _define(state: _State, label: str, segments: _Segments, condition: int | None) -> None:
    """Add a definition; a repeat in another output-conditional block is the same note."""
    if label in state.conditions:
        earlier = state.conditions[label]
        if (condition is not None or earlier is not None) and condition != earlier:
            return
    state.conditions.setdefault(label, condition)
    state.footnotes.append(_note_from_text(state, label, segments))


def _inline_note(
    state: _State, note: InlineNote, lines: Sequence[str], masked: Sequence[str]
) -> str:
    """``^[note text]`` -> a footnote labelled ``^1``, ``^2`` ... and its marker."""
    state.inline_notes += 1
    label = f"^{state.inline_notes}"
    segments = note_segments(note, lines, masked) or [(note.line, "", "")]
    state.footnotes.append(_note_from_text(state, label, segments))
    state.conditions.setdefault(label, None)
    return f"[^{label}]"


# --------------------------------------------------------------------------
# Captions in code chunk options
# --------------------------------------------------------------------------


@dataclass(slots=True)
class _Chunk:
    """A fenced code block; an executable chunk (```` ```{r} ````) may carry captions."""

    executable: bool
    in_caption: bool = False  # the last "#|" option was a caption (list items follow)

    def captions(self, line: str) -> list[tuple[int, int]]:
        """The (start, end) of a caption on a ``#| fig-cap: "..."`` option line."""
        option = _PIPE_OPTION.match(line)
        item = re.match(r"^\s*#\|\s*-\s", line)
        if option is None and not (item and self.in_caption):
            self.in_caption = False
            # knitr::kable(x, caption = "... [@key]"): a table caption set in the code
            return [(m.start("text"), m.end("text")) for m in _CALL_CAPTION.finditer(line)]
        if option is not None:
            self.in_caption = bool(re.search(r"(?:cap|subcap)$", option.group("name")))
            if not self.in_caption:
                return []
        m = _PIPE_CAPTION.match(line)
        if m is None:
            return []
        group = "text" if m.group("text") is not None else "bare"
        return [(m.start(group), m.end(group))] if m.group(group) else []


def _header_captions(line: str) -> list[tuple[int, int]]:
    return [(m.start("text"), m.end("text")) for m in _HEADER_CAPTION.finditer(line)]


def _captions(
    state: _State,
    collector: BlockCollector,
    line: str,
    where: list[tuple[int, int]],
    line_no: int,
    colmap: dict[tuple[int, int], int],
) -> None:
    """Each caption of a chunk option: a paragraph of its own, its citations read."""
    for start, end in where:
        text = " " * start + line[start:end].replace('\\"', ' "').replace("\\'", " '")
        masked = mask(text, latex=False)
        spans = [s for s in _spans(masked, state.in_text, state.names) if s.cite]
        for span in spans:
            for key in span.labels:
                state.cites.add(key, line_no, text[span.start : span.end])
        collector.blank()
        collector.line(line_no, transform(text, spans, line_no, colmap, _tidy))
        collector.blank()


READER = register(
    Reader(
        NAME,
        (".md", ".markdown", ".txt", ".rmd", ".qmd", ".rmarkdown", ".pmd"),
        score,
        read,
        read_opts=read_opts,
        score_at=score_at,
    )
)
