"""Reader for web articles and HTML exports: notes, reference lists and links.

Parsed with BeautifulSoup (``html.parser``, which keeps each tag's source
line and column, so locations are real lines of the file).  Understood:

* **Note references**: links to a fragment that stand in ``<sup>`` or carry
  ``role="doc-noteref"`` or a footnote class, or whose fragment looks like a
  note (``#fn1``, ``#cite_note-3`` of Wikipedia, ``#_ftn1`` of Word's HTML,
  ``#endnote-2``).  The label is the link text without brackets (``[3]`` ->
  ``3``).  A note referenced again (Wikipedia's named references) gets one
  more marker.
* **Notes**: the element the reference points at (the enclosing ``li``,
  ``p``, ``div`` or ``aside`` when it is an inline anchor), and elements
  with ``role="doc-footnote"``/``doc-endnote`` nobody points at.  They are parsed
  as footnotes (a note may be commentary, or a citation after a lead-in), the
  items of a reference list as list entries.  Back links
  (``↩``, ``^``, ``role="doc-backlink"``, Wikipedia's ``mw-cite-backlink``, a link back
  to the empty anchor before the reference: Project Gutenberg's ``FNanchor_1_1``)
  are dropped.  Links inside a note are written ``text <target>`` (or
  ``[url](target)`` when the visible text is an address, so that a
  difference is recorded as ``url-link-text-differs``).
* **Citations of the reference list**: a link whose fragment points into an entry of
  the reference list (``<a class="xref-bibr" href="#B1">[1]</a>``,
  ``<sup><a href="#ref-CR1">1</a></sup>``, ``[<a href="#r1">1</a>–<a href="#r3">3</a>]``,
  ``<a href="#B2">[2]–[4]</a>``, an anchor inside the entry) cites that entry: the
  label is the entry's number, a range between two links or in one link's text cites
  every entry in it, and author-date link text (``Smith et al., 2012``) stays in the
  sentence.  Such a list is the literature, each cited entry a note, as for numbered
  plain text; a list known only by its class or id (``ref-list``, ``references``,
  ``ltx_biblist``, ``csl-bib-body``) when no heading names it.  Sphinx and Jupyter Book
  (docutils, sphinxcontrib-bibtex) name the ``div.citation`` around an entry's ``p``
  (``(<a href="#id16">Bastos, 2018</a>)``, ``Marsh [<a href="#id21">2020</a>]``: a year
  as link text stays in the sentence); an entry shown ``[CIT2002]`` keeps that label.
* **Pandoc citations** ``<span class="citation" data-cites="a b">`` cite the entries
  ``#ref-a``, in the text and in an end-of-document note alike (the note's sentence is
  then read for them; its own links are no link citations).
* **Plain markers** without links: ``<sup>1</sup>``, ``<sup>[12]</sup>``,
  ``<sup>2,3</sup>`` (and ``[12]`` in the text when a numbered list is there
  to cite: also beside the footnote links of a word processor's export, LibreOffice's
  ``sdfootnote`` or Word's ``_ftn``, where the typed ``[1, с. 45–52; 10]``, ``[2–4]``
  or ``[3], [5]`` cite the entries as ``[n]`` and the notes keep their numbers; a
  citation the exporter wrapped over two source lines counts where it starts).  A
  superscript after a digit, a unit or a one- or two-letter
  symbol (``m<sup>3</sup>``, ``y<sup>2</sup>``, ``2<sup>256</sup>``) is an
  exponent, and one in an author list or affiliations (an element whose class or id
  says author, affiliation, contributor, byline) a pointer to an address: neither is a
  marker.  Their notes are the items of the list under a
  Notes / Примечания heading, else of the reference list (each cited number
  then a note, the list the literature, as for plain text).
* **Reference lists**: the items of the ``ol``/``ul``/``dl`` lists (else the
  paragraphs) under a References / Bibliography / Sources / Further reading
  / Works cited / Литература heading, or in ``role="doc-bibliography"`` (Quarto's
  ``#quarto-appendix``: its ``role="listitem"`` entries).  A
  list whose items are the notes themselves (Wikipedia's "References") is
  the notes.  Such a section that yields nothing is an ``unread-region``.
  LaTeXML's ``li.ltx_bibitem`` entries are read by their ``ltx_bibblock``s (names, title,
  venue), an author-year label no part of the text (:mod:`bibcheck.readers.htmllatexml`).
* **Reports with lists of their own** (an open peer-review page: Reviewer #1, #2, the
  authors' response, each list restarting at 1): entries and citations labelled
  ``<part>.<n>``, each citation of its own report's list
  (:mod:`bibcheck.readers.htmlreports`).
* **Links in the body**: every external link (another site's page, not an API
  reference whose text is code: Sphinx's intersphinx links) in the article's text,
  outside navigation, header, footer and sidebars, is a possible citation of the
  sentence around it; whether it counts is the
  ``--link-citations`` policy (:mod:`bibcheck.readers.links`).
* **Claims**: the body is read block by block (``p``, ``li``, headings,
  table cells...) with markers removed, as for Markdown.

Pages that cite as Wikipedia does (``cite_note`` links) keep full citations
in their notes: a note missing from the bibliography is no defect there.
One walk indexes the page (ids, positions), notes are found through that
index, and every walk is iterative: 2,000 notes or 2,000 nested elements
cost linear time and no recursion.  A page with no note, note reference,
reference list or external link is refused with a clear message.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from itertools import islice
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning
from bs4.element import Tag

from bibcheck.errors import InputError
from bibcheck.lazyre import lazy_compile
from bibcheck.model import (
    Anomaly,
    AnomalyCode,
    BibliographyFile,
    RawDocument,
    RawMarker,
    RawNote,
    Reference,
)
from bibcheck.parse.numbering import numbering_gaps
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.archived import ARCHIVES
from bibcheck.parse.references.coins import coins_reference, parse_coins
from bibcheck.parse.references.italic_note import italic_reference
from bibcheck.parse.references.pybtex import pybtex_kind
from bibcheck.parse.references.several import work_spans
from bibcheck.readers.addedlists import continues_numbering, is_added_list_heading, printed_number
from bibcheck.readers.annotatedlist import comment_places
from bibcheck.readers.authoryear import (
    AuthorYears,
    author_years,
    listed_names,
    spans,
    spans_after,
    unlisted,
    unlisted_anomaly,
    with_defined,
)
from bibcheck.readers.body import BodyBuilder
from bibcheck.readers.common import NOTES_HEADINGS, expand_labels, is_literature_heading
from bibcheck.readers.csllists import SectionLists, by_part
from bibcheck.readers.formatsigns import HTML_HEAD, html_signs
from bibcheck.readers.frontmatter import AFFILIATION, is_prose
from bibcheck.readers.headingkey import section_heading_key
from bibcheck.readers.htmlchrome import in_embed, names_site
from bibcheck.readers.htmlcrosspage import (
    CrossLink,
    CrossPage,
    cross_page_citations,
    cross_page_links,
    link_labels,
    unread_entries,
)
from bibcheck.readers.htmlcslsections import bibliographies, entry_id, section_lists
from bibcheck.readers.htmlcustom import unread_custom_citations
from bibcheck.readers.htmldatalinks import is_data_source
from bibcheck.readers.htmlendnotes import (
    attach_endnotes,
    describe_elsewhere,
    epub_roles,
    notes_for_other_files,
)
from bibcheck.readers.htmlfurniture import furniture_links
from bibcheck.readers.htmlheads import paragraph_heading
from bibcheck.readers.htmlitalic import (
    CLOSE,
    LINK_CLOSE,
    LINK_OPEN,
    OPEN,
    finish,
    is_italic,
    italic_classes,
    linked_title,
)
from bibcheck.readers.htmllatexml import block_reference, shown_labels
from bibcheck.readers.htmllinkblock import (
    BUTTON,
    LOOKUP_URL,
    has_block,
    in_link_block,
    is_link_block,
    kept_addresses,
)
from bibcheck.readers.htmlnames import CHROME_ROLES, HEADINGS, NOTE_ROLES
from bibcheck.readers.htmlnumbered import (
    anchor_numbered_notes,
    drop_number,
    numbered_run,
    unread_run,
)
from bibcheck.readers.htmlpage import has_page_markup, markdown_signs
from bibcheck.readers.htmlparts import marked_reference
from bibcheck.readers.htmlquote import quote_attribution
from bibcheck.readers.htmlregistry import registry_address
from bibcheck.readers.htmlreports import ReportParts, part_label, report_parts
from bibcheck.readers.htmlresources import resource_sections
from bibcheck.readers.htmlrevisions import accept_revisions
from bibcheck.readers.htmlrows import CELLS, is_data_row
from bibcheck.readers.htmlself import own_fragment_links
from bibcheck.readers.htmlsite import cites_itself, in_page_chrome, page_identity
from bibcheck.readers.htmltree import Index, enclosing_note, text_of, walk
from bibcheck.readers.htmlunread import entry_items, unread_lists
from bibcheck.readers.lettered import LETTER, is_lettered
from bibcheck.readers.links import LinkCollector, is_external, redirect_target, relabelled
from bibcheck.readers.listafter import ends_list
from bibcheck.readers.listscope import is_further_reading_heading
from bibcheck.readers.mask import mask
from bibcheck.readers.mla import OPEN_PAREN, MlaIndex, mla_index, mla_shaped, uncited_anomaly
from bibcheck.readers.mla import scan_all as mla_scan_all
from bibcheck.readers.parennum import cites_in_parentheses, paren_citations
from bibcheck.readers.plaintext import numeric_citations, unlisted_numbers
from bibcheck.readers.proseentry import running_prose
from bibcheck.readers.registry import Reader, ReadOptions, register
from bibcheck.readers.shapedlist import shaped_list_heading
from bibcheck.urls import normalise_key

NAME = "html"
BLOCKS = frozenset(
    "p h1 h2 h3 h4 h5 h6 li dd dt td th blockquote figcaption pre caption div aside section "
    "article main header footer ol ul dl table tr tbody thead nav body html figure hr "
    "details summary address".split()
)
_SKIPPED = frozenset(
    "nav header footer aside form button select option textarea svg canvas iframe".split()
)
_CODE = frozenset({"code", "pre", "kbd", "samp", "tt", "var", "math"})
# (LibreOffice writes "#sdfootnote1sym" / "#sdendnote1sym")
_NOTE_FRAGMENT = lazy_compile(
    r"^#(?:fn|cite_note|_?ftn|_?edn|endnote|footnote|note|sdfootnote|sdendnote)[-_:]?\w*", re.I
)
_BACK_FRAGMENT = lazy_compile(r"^#(?:fnref|cite_ref|_?ftnref|_?ednref|ref)", re.I)
_NOTE_CLASS = lazy_compile(
    r"footnote-ref|noteref|footnote_ref|fnref|^reference$|sdfootnoteanc|sdendnoteanc", re.I
)
_BACK_CLASS = lazy_compile(r"footnote-back|backlink|mw-cite-backlink|fn-back", re.I)
_MORE_LITERATURE = frozenset(
    {
        "further reading",
        "works cited",
        "cited works",
        "sources cited",
        "citations",
        "references",
        "our sources",
        "sources used",
    }
)
# A box of some of the sources beside an article that attributes by linking (news pages,
# policy blogs): its body links to other sites cite, not only the ones that match an entry.
_SOURCES_BOX = frozenset({"sources", "our sources", "sources used"})
_FOOTNOTE_MARKUP = lazy_compile(
    r"doc-noteref|doc-footnote|doc-endnote|href=[\"']#(?:fn|cite_note|_ftn|_edn)"
    # (HTMLBook, O'Reilly's: <a data-type="noteref">, <p data-type="footnote">)
    r"|data-type=[\"'](?:noteref|footnote)[\"']"
    r"|<sup>\s*\[\d{1,4}\]\s*</sup>",
    re.I,
)
_URL = lazy_compile(r"(?:https?|ftp)://", re.I)
_NUMBERS = r"\d{1,4}(?:\s*[,–-]\s*\d{1,4})*"
_SUP_PLAIN = lazy_compile(_NUMBERS)
_SUP_BRACKETS = lazy_compile(rf"\[\s*{_NUMBERS}\s*\](?:\s*[,;–-]?\s*\[\s*{_NUMBERS}\s*\])*")
_LETTERED_NUMBERS = rf"\d{{1,4}}{LETTER}?(?:\s*[,–-]\s*\d{{1,4}}{LETTER}?)*"
_SUP_LETTERED = lazy_compile(_LETTERED_NUMBERS)
_SUP_LETTERED_BRACKETS = lazy_compile(
    rf"\[\s*{_LETTERED_NUMBERS}\s*\](?:\s*[,;–-]?\s*\[\s*{_LETTERED_NUMBERS}\s*\])*"
)
_UNITS = frozenset(
    "m km cm mm nm µm ft in mi yd sq kg g mg s ms h l dm m² sec min hr kwh mwh gw mw kw".split()
)
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_WIKIPEDIA = lazy_compile(r"cite_note|mw-parser-output|mw-cite-backlink", re.I)
_SPACE = lazy_compile(r"[ \t\xa0\r\n]+")
_DASHES = frozenset({"–", "-", "—", "−", "‒"})
# A note written where it is cited, its text hidden or set in the margin by CSS: LaTeXML
# (arXiv HTML) ``<span class="ltx_note ltx_role_footnote"><sup class="ltx_note_mark">1</sup>
# <span class="ltx_note_content">…</span></span>``, Tufte CSS ``<span class="sidenote">``,
# WordPress's Modern Footnotes (``<sup class="modern-footnotes-footnote" data-mfn="1"><a
# href="javascript:void(0)">1</a></sup><span class="modern-footnotes-footnote__note"
# data-mfn="1">…</span>``: the number stands in the ``sup`` just before the note); Tufte
# CSS's unnumbered ``<span class="marginnote">`` (a source cited beside a figure or a line).
_MARGIN_NOTE = "marginnote"
_INLINE_NOTE = frozenset(
    {"ltx_role_footnote", "ltx_role_endnote", "sidenote", _MARGIN_NOTE, "inline-footnote",
     "footnote-inline", "modern-footnotes-footnote__note"}
)  # fmt: skip
# inline runs a word processor splits a sentence into (a language, a font, italics)
_RUNS = frozenset({"span", "font", "i", "em", "b", "strong", "u", "small"})
# "[6, " or "[" at the end of a run: a bracketed citation going on in the next run
_OPEN_BRACKET = lazy_compile(r"\[\s*(?:\d{1,4}[^\[\]]{0,40})?$")
_TEXT_BLOCKS = frozenset({"p", "li", "td", "th", "dd", "blockquote", "figcaption", "caption"})


def score(text: str) -> float:
    """Fits an HTML page; best when it has footnote markup.  A Markdown document with
    HTML in it (``Author<sup>1</sup>``, Pandoc's ``<div custom-style="Caption"><p>``)
    fits little."""
    if not html_signs(text):  # (the registry asks the same before it loads this module)
        return 0.0
    head = text[:HTML_HEAD]
    if not has_page_markup(head) and markdown_signs(head) >= 3:
        return 0.3
    return 0.95 if _FOOTNOTE_MARKUP.search(text) else 0.6


def _classes(tag: Tag) -> str:
    return " ".join(tag.get_attribute_list("class") or [])


def _class_set(tag: Tag) -> set[str]:
    return set(tag.get_attribute_list("class") or [])


def _heading_key(tag: Tag) -> str:
    """The heading's key (:func:`~bibcheck.readers.headingkey.section_heading_key`: its
    section's number dropped, ``3. Notes`` is ``notes`` as in every other reader)."""
    # (a static-site generator's permalink beside the heading is no part of its name:
    # "Daftar Pustaka¶" (Python-Markdown's toc, Sphinx), "# References" (Hugo), "🔗")
    return section_heading_key(" ".join(text_of(tag).split()).strip(_PERMALINK_MARKS))


_PERMALINK_MARKS = " \u00b6#\u00a7\U0001f517\u221e\u2693\u200b"


def _is_literature_heading(tag: Tag) -> bool:
    """A reference list's heading, or a further-reading list's in any language
    (``Weiterführende Literatur``: read, and scoped as reading by :mod:`listscope`), or
    a list's added after it (``Additional references``, ``… (added in revision)``)."""
    key = _heading_key(tag)
    return (
        is_literature_heading("# " + key)
        or key in _MORE_LITERATURE
        or is_further_reading_heading(key)
        or is_added_list_heading(key)  # "Additional references", "… (added in revision)"
    )


def _typed_heading(tag: Tag) -> bool:
    """A word processor's heading paragraph of a reference or notes list ("Works Cited"
    centred)."""
    return (
        tag.name in ("p", "div")
        and (_is_literature_heading(tag) or _is_notes_heading(tag))
        and paragraph_heading(tag)
    )


def _unread_heading_lines(page: _Page) -> list[Anomaly]:
    """A paragraph that says "Works Cited" alone, not read as a heading: the list under
    it was not read (said, never silent)."""
    return [
        Anomaly(
            AnomalyCode.UNREAD_REGION,
            f"the paragraph {' '.join(text_of(tag).split())!r} looks like the heading of a "
            "reference list, but no entries under it were read",
            tag.sourceline,
        )
        for tag in page.index.tags
        if tag.name in ("p", "div")
        and tag.find(list(BLOCKS)) is None
        and _is_literature_heading(tag)
        and not _typed_heading(tag)
    ]


def _is_heading(tag: Tag) -> bool:
    """A section heading, or a part of one (MediaWiki's ``span.mw-headline`` in its ``h2``)."""
    return tag.name in HEADINGS or any(p.name in HEADINGS for p in islice(tag.parents, 3))


def _is_notes_heading(tag: Tag) -> bool:
    return _heading_key(tag) in NOTES_HEADINGS


# --------------------------------------------------------------------------
# Note references and notes
# --------------------------------------------------------------------------


@dataclass(slots=True)
class _Ref:
    tag: Tag  # the element to skip in the body (the <sup> around the link, or the link)
    labels: list[str]
    target: str | None
    cite: bool = False  # a link to a reference-list entry (not to a note)
    shown: str = ""  # visible text kept in the sentence ("Smith et al., 2012")
    numbers: str = ""  # numeric link text ("[9]–[11]": one link citing a range)
    inline: bool = False  # a note written where it is cited (its text is the note's)


def _strong_note_ref(a: Tag, href: str) -> bool:
    """A link that says it is a note reference (role, class or a note-like fragment)."""
    return bool(
        a.get("role") == "doc-noteref"
        or re.search(r"footnote|noteref|fnref", _classes(a), re.I)
        or _NOTE_FRAGMENT.match(href)
    )


# a button's or a link's words, not a marker: "See Footnotes", "Download", "Show notes" (a
# marker is a number, a symbol, a letter or a roman numeral, with a group name at most)
_WORD = lazy_compile(r"[^\W\d_]{4,}")
_ROMAN = lazy_compile(r"[ivxlcdm]+", re.I)


def _button_text(text: str) -> bool:
    return not any(ch.isdigit() for ch in text) and any(
        not _ROMAN.fullmatch(w) for w in _WORD.findall(text)
    )


def _is_note_ref(a: Tag, href: str) -> bool:
    if _BACK_FRAGMENT.match(href) or _button_text(text_of(a)):
        return False
    parent = a.parent
    in_sup = isinstance(parent, Tag) and parent.name == "sup"
    return bool(
        a.get("role") == "doc-noteref"
        or _NOTE_CLASS.search(_classes(a))
        or _NOTE_FRAGMENT.match(href)
        or (
            in_sup
            and re.fullmatch(r"\[?\w{1,6}\]?", text_of(a).strip())
            and not _BYLINE_FRAGMENT.match(href)
            and not _in_byline(a)
        )
    )


# (spaces possessive: a run of them about an optional bracket was split between the runs on
# either side every way)
_ONE_NUMBER = r"[\[(]?\s*+\d{1,4}\s*+[\])]?"
_NUMERIC_TEXT = lazy_compile(rf"{_ONE_NUMBER}(?:\s*+[,–-]\s*+{_ONE_NUMBER})*")
_YEAR_TEXT = lazy_compile(r"\(?(?:1[5-9]|20)\d\d[a-z]?\)?")


def _cite_ref(a: Tag, target: str) -> _Ref:
    """A link to a reference-list entry.  Numeric link text (``[3]``, ``3``) is the
    marker; other text (``Smith et al., 2012``) stays in the sentence."""
    shown = " ".join(text_of(a).split())
    parent = a.parent
    alone = (
        isinstance(parent, Tag)
        and parent.name == "sup"
        and " ".join(text_of(parent).split()) == shown
    )
    # (a year is no entry number: "Marsh [<a href="#id21">2020</a>]" of sphinxcontrib-bibtex)
    numeric = bool(_NUMERIC_TEXT.fullmatch(shown)) and not _YEAR_TEXT.fullmatch(shown)
    wrapper = parent if alone and isinstance(parent, Tag) else a
    return _Ref(wrapper, [], target, True, "" if numeric else shown, shown if numeric else "")


# the symbols of author and unnumbered notes ("Okafor<sup>*</sup>", "†", "‡‡"): a label as shown
_SYMBOL_LABEL = lazy_compile(r"[\[(^\s]*([*∗†‡§¶‖#]{1,4})[\])\s]*$")


# a grouped note's label, group name and number ("[n 1]", "[note 3]", "[Anm. 2]" of
# MediaWiki's <ref group=…>): the whole of it, not only the group shared by all its notes
_GROUP_LABEL = lazy_compile(r"\[\s*+([^\W\d_]{1,8}\.?[ \xa0]\d{1,4})\s*+\]")


def _label(a: Tag) -> str:
    shown = " ".join(text_of(a).split())
    grouped = _GROUP_LABEL.fullmatch(shown)
    if grouped:
        return " ".join(grouped.group(1).split())
    m = re.match(r"[\[(^\s]*(\w{1,8})", shown) or _SYMBOL_LABEL.match(shown)
    return m.group(1) if m else ""


def _coins(element: Tag, text: str, line: int) -> Reference | None:
    """The reference a COinS span in a note describes (Wikipedia, Zotero-aware sites)."""
    span = element.find("span", class_="Z3988", title=True)
    if not isinstance(span, Tag):
        return None
    fields = parse_coins(str(span.get("title", "")))
    if not fields:
        return None
    cite = span.find_previous_sibling("cite") or element.find("cite")
    css = _classes(cite) if isinstance(cite, Tag) else ""
    archive = None
    for a in element.find_all("a", href=True):
        href = str(a.get("href", ""))
        if ARCHIVES.match(href):
            archive = href
            break
    return coins_reference(fields, text=text, line=line, css_class=css, archive_url=archive)


def _inline_note(tag: Tag) -> bool:
    """A note element standing inside a paragraph, or beside a figure (Tufte CSS's
    ``<figure><label …><input …><span class="marginnote">From …</span><img …></figure>``:
    the figure's source in the margin) (see ``_INLINE_NOTE``)."""
    if not (_class_set(tag) & _INLINE_NOTE) or tag.name not in ("span", "aside", "small"):
        return False
    parent = tag.parent
    while isinstance(parent, Tag) and parent.name not in ("body", "[document]", "section"):
        if parent.name in _TEXT_BLOCKS or parent.name == "figure":
            return True
        parent = parent.parent
    return False


def _mark_beside(note: Tag) -> Tag | None:
    """The ``sup`` just before an inline note that shows its number (Modern Footnotes:
    both carry the same ``data-mfn``)."""
    before = note.find_previous_sibling(True)
    if not isinstance(before, Tag) or before.name != "sup":
        return None
    key = note.get("data-mfn")
    return before if key is not None and before.get("data-mfn") == key else None


def _leading_sup(note: Tag) -> Tag | None:
    """The ``sup`` a note starts with, that shows its number (LaTeXML's ``ltx_note_mark``);
    a superscript later in the text is part of it (``XVII<sup>e</sup>``, ``1<sup>er</sup>``)."""
    for child in note.descendants:
        if isinstance(child, Tag):
            if child.name == "sup":
                return child
            continue
        if str(child).strip():
            return None
    return None


def _is_back_link(tag: Tag) -> bool:
    if tag.name not in ("a", "span", "sup"):
        return False
    if tag.get("role") == "doc-backlink" or _BACK_CLASS.search(_classes(tag)):
        return True
    return tag.name == "a" and bool(_BACK_FRAGMENT.match(str(tag.get("href", ""))))


# what a back link's number leaves before the note's text: "1. Text", "1) Text", "1: Text"
_AFTER_BACK_NUMBER = lazy_compile(r"^[.:)]\s+(?=\S)")


def _tidy_note(text: str) -> str:
    """A note's text without the back links' arrows left around it, nor the stop or
    bracket that followed the number of a back link (``<a href="#r1">1</a>. Text``)."""
    text = text.lstrip("^↑↩ ").strip()
    text = _AFTER_BACK_NUMBER.sub("", text)
    text = re.sub(r"\s*↩︎?\s*$", "", text)
    return re.sub(r"\s*[\[(]\s*[\])]$", "", text)  # "… 9. [<a>↩</a>]" without its link


def _italic_references(
    page: _Page, notes: list[RawNote], literature: list[RawNote], markers: list[RawMarker]
) -> tuple[list[RawNote], list[RawNote]]:
    """Notes and entries with italics in them, parsed from their text with the italics
    marked (``*Title*``: where the title starts and ends); the plain text stays theirs.
    A note is parsed as a note (it may be commentary) when a marker points at it and it
    is not a list entry's text, as for the notes the parsers are given plain."""
    listed = {entry.text for entry in literature}
    cited = {m.label for m in markers}

    def parsed(note: RawNote, as_note: bool) -> RawNote:
        if note.reference is not None or page.marked_text(note) is None:
            return note
        return _parsed(page, note, as_note)

    return (
        [parsed(n, n.text not in listed and n.label in cited) for n in notes],
        [parsed(e, False) for e in literature],
    )


class _Page:
    """The page, indexed once."""

    def __init__(self, soup: BeautifulSoup) -> None:
        self.soup = soup
        self.index = Index.of(soup)
        self.back = {id(t) for t in self.index.tags if _is_back_link(t)}
        self.back |= self._answering_links()
        self.entry_targets: set[str] = set()  # notes that are bibliography entries (by key)
        self.marks: set[int] = set()  # the number an inline note repeats inside itself
        self.margin_notes = 0  # unnumbered margin notes read (m1, m2...)
        self.italic: frozenset[str] = frozenset()  # classes the style sheets set in italics
        self.marked: dict[int, list[tuple[str, str]]] = {}  # line -> (text, italics marked)
        self._climbed: dict[int, Tag] = {}

    def _answering_links(self) -> set[int]:
        """Back links known by their pair: a link ``B`` to ``#Y`` is the back link of the
        earlier link ``A`` (id ``Y``, or inside the element with id ``Y``) when ``A``
        points at ``B`` (or at an element ``B`` stands in).  So
        ``<a id="footnote-anchor-1" href="#footnote-1">`` in the text and
        ``<a id="footnote-1" href="#footnote-anchor-1">`` in the note make one marker,
        whatever the classes are called."""
        answering: set[int] = set()
        index = self.index
        for b in index.tags:
            href = str(b.get("href", "")) if b.name == "a" else ""
            if not href.startswith("#") or len(href) < 2:
                continue
            landing = index.target(href[1:])
            if landing is None or index.pos.get(id(landing), 0) >= index.pos.get(id(b), 0):
                continue
            a = landing if landing.name == "a" else landing.find("a", href=True)
            if a is landing and not a.get("href"):
                a = self._link_after(landing)
            if not isinstance(a, Tag):
                continue
            a_href = str(a.get("href", ""))
            back_to = index.target(a_href[1:]) if a_href.startswith("#") else None
            if back_to is not None and index.inside(b, enclosing_note(back_to)):
                answering.add(id(b))
        return answering

    def _link_after(self, anchor: Tag) -> Tag | None:
        """The link right after an empty named anchor in the same element (Project
        Gutenberg's ``<a id="FNanchor_1_1"></a><a href="#Footnote_1_1">[1]</a>``): the
        anchor names that link, so a link back to the anchor answers it."""
        if text_of(anchor).strip():
            return None
        at = self.index.pos[id(anchor)] + 1
        if at >= len(self.index.tags):
            return None
        link = self.index.tags[at]
        if link.name != "a" or not link.get("href") or link.parent is not anchor.parent:
            return None
        return link

    def note_element(self, target: str) -> Tag | None:
        """The note a fragment names (an inline anchor stands for its block)."""
        found = self.index.target(target)
        if found is None:
            return None
        key = id(found)
        if key in self._climbed:
            return self._climbed[key]
        element = enclosing_note(found)
        self._climbed[key] = element
        return element

    def references(
        self, entries: dict[str, Tag] | None = None
    ) -> tuple[list[_Ref], dict[str, Tag], dict[str, str], list[_Ref]]:
        """Note references in order, the note element each target names, the label of
        each target, and the links to reference-list entries (``entries``: fragment ->
        the entry it is in) that are citations, not note references."""
        refs: list[_Ref] = []
        cites: list[_Ref] = []
        notes: dict[str, Tag] = {}
        labels: dict[str, str] = {}
        last_inline: Tag | None = None
        for tag in self.index.tags:
            if tag.name == "span" and tag.get("data-cites") and "citation" in _classes(tag):
                refs.append(self._citation(tag, notes, labels))
                continue
            if _inline_note(tag) and not (last_inline and self.index.inside(tag, last_inline)):
                last_inline = tag
                refs.append(self._inline(tag, notes, labels))
                continue
            if tag.name != "a":
                continue
            href = str(tag.get("href", ""))
            if not href.startswith("#"):
                continue
            entry = (entries or {}).get(href[1:])
            if entry is not None and not _strong_note_ref(tag, href):
                if not self.index.inside(tag, entry):  # ("#ref-CR1" is no back link here)
                    cites.append(_cite_ref(tag, href[1:]))
                continue
            if id(tag) in self.back or not _is_note_ref(tag, href):
                continue
            target = href[1:]
            element = self.note_element(target)
            if element is not None and self.index.inside(tag, element):
                continue  # a link inside a note (a back link or a cross reference)
            if element is not None and _is_heading(element):
                continue  # the table of contents' link to a section ("9 Footnotes")
            if element is not None and not _strong_note_ref(tag, href) and _byline(element):
                continue  # a superscript pointing at an affiliation or correspondence note
            if element is not None:
                notes.setdefault(target, element)
            label = labels.setdefault(target, _label(tag) or str(len(labels) + 1))
            parent = tag.parent
            wrapper = parent if isinstance(parent, Tag) and parent.name == "sup" else tag
            last = refs[-1] if refs else None
            if last is not None and last.tag is wrapper and not (last.cite or last.inline):
                # one <sup> holding two links ("<sup><a>8</a>, <a>9</a></sup>"): the sup is
                # skipped once, and both are its markers
                last.labels.append(label)
                continue
            refs.append(_Ref(wrapper, [label], target))
        known = {id(e) for e in notes.values()}
        for element in self._unreferenced_notes():
            key = str(element.get("id") or f"note-{len(notes)}")
            if id(element) not in known:
                known.add(id(element))
                notes.setdefault(key, element)
        return refs, notes, labels, cites

    def _citation(self, span: Tag, notes: dict[str, Tag], labels: dict[str, str]) -> _Ref:
        """Pandoc's ``<span class="citation" data-cites="a b">``: one citation per key,
        each resolved to its bibliography entry (``id="ref-a"``)."""
        keys = str(span.get("data-cites", "")).split()
        for key in keys:
            target = f"ref-{key}"
            self.entry_targets.add(target)
            element = self.index.target(target)
            if element is not None:
                notes.setdefault(target, element)
            labels.setdefault(target, key)
        return _Ref(span, keys, f"ref-{keys[0]}" if keys else None)

    def _inline(self, note: Tag, notes: dict[str, Tag], labels: dict[str, str]) -> _Ref:
        """A note written where it is cited: one marker there (the number it shows, else
        the next number: Tufte's sidenotes are numbered by CSS; a margin note, unnumbered,
        is ``m1``, ``m2``...), its text the note."""
        beside = _mark_beside(note)
        mark = beside if beside is not None else _leading_sup(note)
        if beside is not None:
            self.back.add(id(beside))  # its number is the marker, not text of the sentence
        shown = " ".join(text_of(mark).split()) if isinstance(mark, Tag) else ""
        target = str(note.get("id") or f"inline-note-{len(labels) + 1}")
        label = labels.setdefault(target, shown if re.fullmatch(r"\w{1,6}", shown) else "")
        if not label and _MARGIN_NOTE in _class_set(note):
            # (Tufte's margin note shows no number, and CSS numbers the sidenotes only)
            self.margin_notes += 1
            label = labels[target] = _free_margin_label(self.margin_notes, set(labels.values()))
        if not label:
            numbered = len(labels) - self.margin_notes
            label = labels[target] = _free_label(f"n{numbered}", set(labels.values()))
        notes[target] = note
        for tag in note.find_all(True):
            if tag.name in ("sup", "label", "span") and " ".join(text_of(tag).split()) == label:
                self.marks.add(id(tag))  # "1" before the text, LaTeXML's tag "1" in it
        return _Ref(note, [label], target, inline=True)

    def _unreferenced_notes(self) -> Iterator[Tag]:
        """Notes by their markup: ``role=doc-footnote/doc-endnote``, items of a notes section."""
        for tag in self.index.tags:
            role = tag.get("role")
            if role in NOTE_ROLES:
                yield tag
            elif role in ("doc-endnotes", "doc-footnotes") or "footnotes" in _class_set(tag):
                yield from tag.find_all("li", id=True)
            elif "references" in _class_set(tag):
                # Wikipedia's notes list; a journal's reference list has the class too,
                # but its items are not named like notes.
                items = tag.find_all("li", id=True)
                if any(_NOTE_FRAGMENT.match("#" + str(li.get("id"))) for li in items):
                    yield from items

    # ---- text of a note -------------------------------------------------

    def marked_text(self, note: RawNote) -> str | None:
        """The note's text with its italics marked ``*run*``, if it had any (a number
        the item wrote before it, ``[3]``, taken off as from the text)."""
        for text, marked in self.marked.get(note.line, ()):
            if text.endswith(note.text):
                prefix = text[: len(text) - len(note.text)]
                if marked.startswith(prefix):
                    return marked[len(prefix) :].lstrip()
        return None

    def note(self, label: str, element: Tag, skip: set[int]) -> RawNote:
        writer = _NoteText(self.back, skip | self.marks | shown_labels(element), self.italic)
        walk(element, writer)
        text = _tidy_note(writer.value())
        line = element.sourceline or 1
        marked = _tidy_note(writer.marked())
        if marked != text:
            self.marked.setdefault(line, []).append((text, marked))
        end = max(line, writer.last_line(line))
        reference = (
            _coins(element, text, line)
            or marked_reference(element, text, line)
            or block_reference(element, text, line)
            or self._harvard(element, text, line)
        )
        return RawNote(label, text, line, end, (line,), reference=reference)

    def _harvard(self, element: Tag, text: str, line: int) -> Reference | None:
        """A short note whose author-year links to the full citation elsewhere on the page
        (Wikipedia's ``{{sfn}}``: ``<a href="#CITEREFLindqvist1998">Lindqvist 1998</a>, p.
        44``): the work is the one cited there, at the note's page."""
        link = element.find("a", href=re.compile(r"^#CITEREF"))
        if not isinstance(link, Tag) or len(text) > 120:
            return None
        target = self.index.target(str(link.get("href", ""))[1:])
        if target is None or self.index.inside(target, element):
            return None
        holder = target.parent if isinstance(target.parent, Tag) else target
        full = " ".join(text_of(target).split())
        cited = _coins(holder, full, target.sourceline or line) or parse_reference(
            full, (target.sourceline or line,), detect_styles=True
        )
        pages = re.search(r"\bpp?\.\s?([\w–-]+)", text)
        return replace(
            cited,
            raw=text,
            line=line,
            end_line=line,
            pages=pages.group(1) if pages else None,
            anomalies=(),
        )


# a DOI or URL the text so far ends with, and text that would go on with it
_ADDRESS_END = lazy_compile(r"(?:(?:https?|ftp)://|\b10\.\d{4,9}/)[^\s<>\"]*$", re.I)
_ADDRESS_GOES_ON = lazy_compile(r"[\w.-]*[/?#=&]")


@dataclass(slots=True)
class _NoteText:
    """The text of a note: links written ``text <target>``, back links dropped."""

    back: set[int]
    skip: set[int]
    italic: frozenset[str] = frozenset()  # classes the page sets in italics
    parts: list[str] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    _links: list[tuple[str, int]] = field(default_factory=list)  # href, start part
    _italics: list[int] = field(default_factory=list)  # ids of the open italic runs
    _boundary: bool = False  # an element started or ended since the last text

    def enter(self, tag: Tag) -> bool:
        if tag.sourceline is not None:
            self.lines.append(tag.sourceline)
        if id(tag) in self.back or id(tag) in self.skip:
            return False
        if tag.name in ("script", "style"):
            return False
        if is_link_block(tag):  # "Crossref | PubMed | PMC" under the entry
            for address in kept_addresses(tag, "".join(self.parts)):
                self.parts.append(f" <{address}>")
            return False
        self._end_address(tag)
        if is_italic(tag, self.italic):  # "*Title*", as the parsers read notes
            if not self._italics:
                self.parts.append(OPEN)
            self._italics.append(id(tag))
        if tag.name == "a":
            href = str(tag.get("href", ""))
            if _BACK_FRAGMENT.match(href) or _NOTE_FRAGMENT.match(href):
                return False
            self._links.append((href, len(self.parts)))
        elif tag.name == "br" or tag.name in BLOCKS:
            self.parts.append(" ")
        return True

    def _end_address(self, tag: Tag) -> None:
        """A DOI or URL written as text ends where its element ends: the words of the next
        element (a publisher's "Digital Library" button) are no part of it (a ``<wbr>``
        or a span that only breaks a long address, its text no word, is)."""
        if tag.name != "wbr":  # (a break opportunity inside a long address)
            self._boundary = True
            self._space_after_address(text_of(tag))

    def _space_after_address(self, following: str) -> None:
        if not self.parts or not self.parts[-1][-1:].isalnum():
            return
        if not _ADDRESS_END.search(self.parts[-1][-300:]):
            return
        if following[:1].isalpha() and not _ADDRESS_GOES_ON.match(following):
            self.parts.append(" ")

    def exit(self, tag: Tag) -> None:
        self._boundary = True
        if self._italics and self._italics[-1] == id(tag):
            self._italics.pop()
            if not self._italics:
                self.parts.append(CLOSE)
        if tag.name == "a" and self._links:
            href, start = self._links.pop()
            visible = "".join(self.parts[start:])
            shown = visible.strip()
            if not _URL.match(href):
                if BUTTON.fullmatch(shown) and start > 0:
                    del self.parts[start:]  # a button to the publisher's own record of the work
                    record = registry_address(href, shown)  # (PMC's own "/articles/PMC…/")
                    if record is not None:
                        self.parts.append(f" <{record}>")
                return
            del self.parts[start:]
            if BUTTON.fullmatch(shown):
                # a publisher's button after the entry ("Google Scholar", "Article"): its
                # words are no part of the reference, nor is a look-up in an index
                if not LOOKUP_URL.match(href):
                    self.parts.append(f" <{href}>")
                return
            if _URL.match(shown) or shown.lower().startswith("www."):
                self.parts.append(f"[{shown}]({href})")
            elif shown and not self._italics and OPEN not in visible:
                # (the link's text may be the entry's title: see :func:`linked_title`)
                self.parts.append(f"{LINK_OPEN}{visible}{LINK_CLOSE} <{href}>")
            else:
                self.parts.append(f"{visible} <{href}>" if shown else f"<{href}>")
        elif tag.name in BLOCKS:
            self.parts.append(" ")

    def text(self, text: str) -> None:
        if self._boundary:  # (text after an element holding an address: see _end_address)
            self._space_after_address(text)
            self._boundary = False
        self.parts.append(text)

    def value(self) -> str:
        text = "".join(self.parts)
        for mark in (OPEN, CLOSE, LINK_OPEN, LINK_CLOSE):
            text = text.replace(mark, "")
        return _SPACE.sub(" ", text).strip()

    def marked(self) -> str:
        """The text with its italic runs written ``*run*``, for the reference parsers."""
        return finish(_SPACE.sub(" ", linked_title("".join(self.parts)))).strip()

    def last_line(self, default: int) -> int:
        return max(self.lines, default=default)


# --------------------------------------------------------------------------
# Lists under headings
# --------------------------------------------------------------------------


def _section(heading: Tag) -> Iterator[Tag]:
    """Elements after ``heading`` up to the next heading, or to the page's footer,
    navigation or sidebar (a post's tag list is no reference list), in document order."""
    for element in heading.next_elements:
        if isinstance(element, Tag):
            if element.name in HEADINGS or element.name in _CHROME_SECTIONS:
                return
            yield element


_CHROME_SECTIONS = frozenset({"footer", "nav", "aside"})
# (a number lettered in revision too: "[3a] …", "3a. …" (:mod:`lettered`))
_NUMBERED_PARAGRAPH = lazy_compile(rf"^\s*(?:\[\d{{1,4}}{LETTER}?\]|\d{{1,4}}{LETTER}?[.)])\s+\S")


def _items(heading: Tag, index: Index, notes: set[int]) -> tuple[list[Tag], bool, bool]:
    """Items of the list(s) under a heading (else its paragraphs or leaf ``div``s);
    whether lists of notes were there; whether the section held any text."""
    lists: list[Tag] = []
    paragraphs: list[Tag] = []
    leaf_divs: list[Tag] = []
    texty = False
    of_notes = False
    taken: Tag | None = None
    for element in _section(heading):
        if taken is not None and index.inside(element, taken):
            continue
        if element.name in ("ol", "ul", "dl"):
            taken = element
            children = element.find_all(["li", "dd"], recursive=False)
            if any(id(child) in notes for child in children):
                of_notes = True  # the notes themselves, under a "References" heading
            else:
                lists.append(element)
        elif element.name == "p" and text_of(element).strip():
            if (paragraphs or lists) and ends_list(text_of(element)):
                break  # a caption after the list ("Table 2 – Studies included"), an appendix
            if id(element) not in notes:  # (Word's notes after the list: "[1] Text")
                paragraphs.append(element)
            taken = element
        elif element.name == "div" and not has_block(element, BLOCKS):
            if text_of(element).strip() and not is_link_block(element):
                leaf_divs.append(element)
            taken = element
        elif not texty and id(element) not in notes and element.string:
            texty = bool(element.string.strip())
    numbered = [p for p in paragraphs if _NUMBERED_PARAGRAPH.match(text_of(p))]
    cited_prose = [
        p
        for p in paragraphs
        if p not in numbered and (_cited_prose(p) or running_prose(text_of(p)))
    ]
    if not numbered:  # an annotated list: entry, comment, entry, comment
        comments = comment_places([p in cited_prose for p in paragraphs])
        cited_prose = [p for k, p in enumerate(paragraphs) if k in comments or p in cited_prose]
    if cited_prose and not lists and not numbered:
        paragraphs = [p for p in paragraphs if p not in cited_prose]
        if not paragraphs:
            # a section of the text about literature ("Literature" of a country's
            # article), its sentences citing notes: no list of works
            return [], of_notes, False
    if lists and len(numbered) < 2:
        items: list[Tag] = []
        for found in lists:
            tags = ["dd"] if found.name == "dl" else ["li"]
            items.extend(found.find_all(tags, recursive=False))
        return items, of_notes, True
    # ("<p>[1] Author. Title. 2017.</p>" one after another: the list, whatever else is there)
    chosen = numbered or paragraphs or leaf_divs
    return chosen, of_notes, texty or bool(chosen)


def _cited_prose(paragraph: Tag) -> bool:
    """A paragraph of the text: sentences that cite a note of the page (a link to a
    note in it), not a work of a list (an entry points at no note of its own page)."""
    refs = [
        text_of(a)
        for a in paragraph.find_all("a", href=True)
        if (href := str(a.get("href", ""))).startswith("#")
        and len(href) > 1
        and _is_note_ref(a, href)
    ]
    if not refs:
        return False
    text = text_of(paragraph)
    for shown in refs:  # (the sentence without its markers: "… stories.[n 2][2]")
        text = text.replace(shown, " ", 1)
    return is_prose(" ".join(text.split()))


def _item_label(item: Tag, number: int) -> str:
    shown = _docutils_label(item)
    if shown:
        return shown
    value = item.get("value")
    if item.name == "li" and isinstance(value, str) and value.isdigit():
        return value
    if item.name == "dd":
        term = item.find_previous_sibling("dt")
        if isinstance(term, Tag):
            m = re.search(r"\d{1,4}", text_of(term))
            if m:
                return m.group(0)
    return str(number)


def _docutils_label(item: Tag) -> str:
    """The label docutils shows before a citation (``<div class="citation"><span
    class="label">[BELL1991]</span><p>…``: ``BELL1991``; sphinxcontrib-bibtex's ``[1]``)."""
    term = _docutils_term(item)
    if term is not None:
        return re.sub(r"[\[\]\s]", "", text_of(term))
    holder = item if "citation" in _class_set(item) else item.parent
    if not isinstance(holder, Tag) or "citation" not in _class_set(holder):
        return ""
    label = holder.find("span", class_="label", recursive=False)
    if not isinstance(label, Tag):
        return ""
    return re.sub(r"[\[\]\s]", "", text_of(label))


def _docutils_term(item: Tag) -> Tag | None:
    """The ``<dt class="label">`` before a citation's ``<dd>`` in docutils' (< 0.18)
    ``<dl class="citation">``: ``<dt class="label" id="bran02"><span
    class="brackets">Bran02</span></dt><dd><p>Brand, R. (2002)…``."""
    parent = item.parent
    if item.name != "dd" or not isinstance(parent, Tag) or parent.name != "dl":
        return None
    if "citation" not in _class_set(parent):
        return None
    term = item.find_previous_sibling(["dt", "dd"])
    if isinstance(term, Tag) and term.name == "dt" and "label" in _class_set(term):
        return term
    return None


_GLUED_NUMBER = lazy_compile(r"^\s*(?:\[(\d{1,4})\]|(\d{1,4})[.)])(?=[^\W\d_])")


_OWN_NUMBER = lazy_compile(rf"^\s*(?:\[(\d{{1,4}}{LETTER}?)\]|(\d{{1,4}}{LETTER}?)[.)])\s+(?=\S)")


def _strip_number(note: RawNote) -> tuple[str | None, RawNote]:
    """``[12] Smith…`` / ``12. Smith…`` -> ("12", ``Smith…``) for items that number themselves."""
    m = _OWN_NUMBER.match(note.text)
    if m is None:
        # the printed number glued to the text ("<span>10.</span><cite>Holick MF…",
        # "[10]Holick"): the item's own number, before a letter (never a DOI's "10.1210/")
        m = _GLUED_NUMBER.match(note.text)
        if m is None or (m.group(1) or m.group(2)) != note.label:
            return None, note
    number = m.group(1) or m.group(2)
    text = note.text[m.end() :]
    return number, RawNote(
        number, text, note.line, note.end_line, note.line_starts, reference=note.reference
    )


def _citeproc_number_cut(note: RawNote, element: Tag) -> RawNote:
    """An entry a citation key resolves to, without the number a numeric citeproc style
    prints in its margin (``<div class="csl-left-margin">[3] </div><div
    class="csl-right-inline">Doe…``): the key is its label, the number no part of the work."""
    if element.find(class_="csl-left-margin") is None:
        return note
    number, cut = _strip_number(note)
    return note if number is None else replace(note, text=cut.text)


def _own_number_cut(note: RawNote) -> RawNote:
    """A note without the number it prints before its text when that is its label (a list
    item linked to by its number: ``<li id="CR10"><span>10.</span><cite>Holick MF…``)."""
    number, cut = _strip_number(note)
    return cut if number == note.label else note


# --------------------------------------------------------------------------
# Plain markers
# --------------------------------------------------------------------------


def _exponent(sup: Tag, text: str) -> bool:
    """Is an unbracketed numeric superscript an exponent (``m<sup>3</sup>``, ``2<sup>8</sup>``)?"""
    if text.startswith("["):
        return False
    before = sup.previous_sibling
    if isinstance(before, Tag) and before.name == "sup":
        return False  # "m<sup>2</sup><sup>3</sup>": exponents do not stack, a marker follows
    previous = str(before) if before is not None and not isinstance(before, Tag) else ""
    if isinstance(before, Tag):
        previous = text_of(before)
    if not previous or previous[-1:].isspace():
        return False
    if previous[-1].isdigit():
        return True
    word = re.search(r"([^\W\d_]+)$", previous)
    if word is None:
        return False
    return len(word.group(1)) <= 2 or word.group(1).lower() in _UNITS


def _plain_markers(page: _Page, lettered: bool = False) -> dict[int, list[str]]:
    """``<sup>`` elements that are note markers without links -> their labels (not the
    affiliation marks of a byline: :func:`_address_marks`); with ``lettered`` (the list
    letters an entry), ``<sup>3a</sup>`` too."""
    plain_sup, bracket_sup = (
        (_SUP_LETTERED, _SUP_LETTERED_BRACKETS) if lettered else (_SUP_PLAIN, _SUP_BRACKETS)
    )
    found: dict[int, list[str]] = {}
    addresses = _address_marks(page)
    for sup in page.index.tags:
        if sup.name != "sup" or sup.find("a") is not None:
            continue
        text = " ".join(text_of(sup).split())
        if bracket_sup.fullmatch(text):
            groups = [text]  # "[2][3]", "[2], [3]", "[2]–[4]"
        elif plain_sup.fullmatch(text) and not _exponent(sup, text):
            groups = [text]
        else:
            continue
        if not _in_code(sup) and not _in_byline(sup) and id(sup) not in addresses:
            found[id(sup)] = [label for g in groups for label in expand_labels(g)]
    return found


def _address_marks(page: _Page) -> set[int]:
    """The affiliation marks of a byline, whatever its classes are called: a numeric
    ``<sup>`` that starts an address (``<li><sup>1</sup> Department of …</li>``: a block
    naming an institution, no sentence), and those before the first address in lines of
    names (no sentence) whose numbers all are the addresses'."""
    sups = [t for t in page.index.tags if t.name == "sup" and t.find("a") is None]
    marks: set[int] = set()
    labels: set[str] = set()
    first: int | None = None
    for sup in sups:
        block = _block_of(sup)
        if block is None or not _leads(sup, block):
            continue
        text = " ".join(text_of(block).split())
        if AFFILIATION.search(text) and not is_prose(text):
            marks.add(id(sup))
            labels.update(expand_labels(" ".join(text_of(sup).split()).strip("*† ")))
            pos = page.index.pos[id(sup)]
            first = pos if first is None else min(first, pos)
    if first is None:
        return marks
    for sup in sups:
        if page.index.pos[id(sup)] >= first or id(sup) in marks:
            continue
        shown = " ".join(text_of(sup).split()).strip("*† ")
        block = _block_of(sup)
        if (
            _SUP_PLAIN.fullmatch(shown)
            and set(expand_labels(shown)) <= labels
            and block is not None
            and not is_prose(" ".join(text_of(block).split()))
        ):
            marks.add(id(sup))
    return marks


_ADDRESS_BLOCKS = frozenset({"p", "li", "dd", "div", "span", "td"})


def _block_of(tag: Tag) -> Tag | None:
    """The nearest ``p``/``li``/``dd``/``div``/``span``/``td`` around ``tag``."""
    return next((p for p in _around(tag, 10) if p.name in _ADDRESS_BLOCKS), None)


def _around(tag: Tag, most: int) -> Iterator[Tag]:
    """The elements around ``tag``, the nearest first, ``most`` of them at the most."""
    return islice(tag.parents, most)


def _leads(tag: Tag, block: Tag) -> bool:
    """Does ``tag`` start the text of ``block`` (nothing but white space before it)?"""
    node: Tag = tag
    while node is not block:
        for before in node.previous_siblings:
            if isinstance(before, Tag) and text_of(before).strip():
                return False
            if not isinstance(before, Tag) and str(before).strip():
                return False
        parent = node.parent
        if not isinstance(parent, Tag):
            return False
        node = parent
    return True


_BYLINE = lazy_compile(r"author|affil|contrib|byline|correspond", re.I)
# A superscript link to an address or a correspondence note (``#Aff1``, ``#aff-2``,
# ``#affiliation-3``, ``#corresp1``, ``#cor1``) is no note reference.
_BYLINE_FRAGMENT = lazy_compile(r"^#(?:aff|affil|affiliation|corresp|cor|author)[-_:]?\w*$", re.I)


def _byline(tag: Tag) -> bool:
    """Is ``tag`` itself, or what holds it, an author list or affiliations?"""
    names = " ".join([_classes(tag), str(tag.get("id") or ""), str(tag.get("itemprop") or "")])
    return bool(_BYLINE.search(names)) or _in_byline(tag)


def _in_byline(tag: Tag) -> bool:
    """Is ``tag`` in an author list or affiliations (``M. Example<sup>1,2</sup>``)?"""
    for parent in _around(tag, 20):
        if parent.name in ("body", "article"):
            return False
        names = " ".join(
            [_classes(parent), str(parent.get("id") or ""), str(parent.get("itemprop") or "")]
        )
        if _BYLINE.search(names):
            return True
    return False


def _in_code(tag: Tag) -> bool:
    return any(p.name in _CODE for p in _around(tag, 50))


# --------------------------------------------------------------------------
# The body
# --------------------------------------------------------------------------


@dataclass(slots=True)
class _Body:
    """Body blocks: markers where note references stand, external links recorded."""

    refs: dict[int, _Ref]
    skip: set[int]
    own_host: str
    brackets: bool  # "[12]" in the text is a marker
    # (family name, year) -> list entry label: "(Sutton & Barto, 2017)" cites that entry
    author_years: AuthorYears = field(default_factory=dict)
    # MLA's "(Shelley 112)" of an MLA-shaped list in a text with no author-date citation
    mla: MlaIndex = field(default_factory=MlaIndex)
    _mla_last: str | None = None  # the entry whose author the paragraph named last
    # "(Whitlock 45)" of an author no entry has, or of one heading several with no short
    # title: the name -> its first line
    uncited: dict[str, int] = field(default_factory=dict)
    # the names of the list (:func:`listed_names`), and "(Okafor et al., 2006)" of an
    # author none of them names: the name -> its first line
    listed: frozenset[str] = frozenset()
    unnamed: dict[str, int] = field(default_factory=dict)
    dated: int = 0  # the mentions of entries by author and year read
    boxed: bool = False  # entries cited by name and year are labelled "[n]"
    boxed_numbers: bool = False  # ... and typed "[3]" beside the page's own footnotes
    lettered: bool = False  # the list letters an entry added in revision: "[3a]" cites it
    builder: BodyBuilder = field(default_factory=BodyBuilder)
    line: int = 1
    cited: list[str] = field(default_factory=list)  # labels of reference-list citations
    named: list[str] = field(default_factory=list)  # entries cited by name and year
    _links: list[tuple[str, int, int, list[str]]] = field(default_factory=list)
    cited_notes: set[int] = field(default_factory=set)  # notes read for their citations
    # reports with lists of their own (:mod:`bibcheck.readers.htmlreports`): the report
    # each element is in, those citing by "(n)" (-> list size), each one's author-year index
    part_of: dict[int, int] = field(default_factory=dict)
    paren_parts: dict[int, int] = field(default_factory=dict)
    part_years: dict[int, AuthorYears] = field(default_factory=dict)
    part: int = 0  # the report being read (0: none)
    # the article's own DOI, its licence, its statements' links, the publisher's buttons
    furniture: set[int] = field(default_factory=set)
    _in_note: int = 0
    _code: int = 0
    _rows: list[int] = field(default_factory=list)  # the data row being read (htmlrows.py)
    _last_cite: str = ""  # the label of the last reference-list citation in this block
    _between: str = ""  # the text since that citation
    # the text of the block read so far (its last characters): the sentence a mention in
    # the next run may need ("… <i>Estudos Históricos</i> (1999, p. 136)")
    _block_text: str = ""
    # "[6, " held until "p. 112]" follows in another run ("<span lang=en-GB>p. 112</span>")
    _held: str = ""
    _held_line: int = 1

    def enter(self, tag: Tag) -> bool:
        if tag.name not in _RUNS or id(tag) in self.refs:
            self.flush()
        if self.part_of:
            part = self.part_of.get(id(tag), 0)
            if part != self.part:
                self.part = part
                self.author_years = self.part_years.get(part, {})
        if tag.sourceline is not None:
            self.line = tag.sourceline
        if id(tag) in self.refs:
            ref = self.refs[id(tag)]
            column = (tag.sourcepos or 0) + 1
            if ref.cite:
                self._cite(ref, column)
                return False
            for label in ref.labels:
                self.builder.marker(label, self.line, column)
            if ref.inline:  # a reference-list citation inside the note counts
                for inner in tag.find_all(True):
                    cite = self.refs.get(id(inner))
                    if cite is not None and cite.cite:
                        self.line = inner.sourceline or self.line
                        self._cite(cite, (inner.sourcepos or 0) + 1)
            return False
        if id(tag) in self.cited_notes:
            # a note at the end of the page holding a citation of the reference list
            # (Pandoc's "see also <span class=citation>" in ``li#fn1``): its sentence is
            # read for that citation, its own links are no link citations
            self._in_note += 1
        elif (
            id(tag) in self.skip
            or (tag.name in _SKIPPED and not quote_attribution(tag))
            or tag.get("role") in CHROME_ROLES
        ):
            return False
        if tag.name in ("script", "style", "template", "noscript"):
            return False
        if tag.name == "br":
            self.builder.text(self.line, " ")
            return False
        if tag.name == "sup" and (digits := text_of(tag).strip()).isdigit():
            self.builder.text(self.line, digits.translate(_SUPERSCRIPT))  # 10⁸, m³
            return False
        if tag.name in BLOCKS:
            if self._rows and tag.name in CELLS:
                self.builder.cell(self.line)  # a data row's cell: joined to its row
            elif is_data_row(tag):
                self.builder.row(self.line)
                self._rows.append(id(tag))
            else:
                self.builder.blank()
            self._last_cite = ""
            self._mla_last = None
            self._block_text = ""
        if tag.name in _CODE:
            self._code += 1
        if tag.name == "a" and not self._in_note and not _code_link(tag):
            href = str(tag.get("href", "")).strip()
            if (
                is_external(href)
                and _host(redirect_target(href)) != self.own_host
                and id(tag) not in self.furniture
                and not in_embed(tag)
                and not names_site(href, text_of(tag))
            ):
                self._links.append((href, self.line, (tag.sourcepos or 0) + 1, []))
        return True

    def exit(self, tag: Tag) -> None:
        if tag.name not in _RUNS:
            self.flush()
        if id(tag) in self.cited_notes:
            self._in_note -= 1
            self.builder.blank()
        if tag.name in BLOCKS:
            if self._rows and self._rows[-1] == id(tag):
                self._rows.pop()
                self.builder.blank()
            elif not (self._rows and tag.name in CELLS):
                self.builder.blank()
            self._block_text = ""
        if tag.name in _CODE:
            self._code -= 1
        if (
            tag.name == "a"
            and self._links
            and self._links[-1][0] == str(tag.get("href", "")).strip()
        ):
            href, line, column, shown = self._links.pop()
            text = " ".join("".join(shown).split())
            if text:
                self.builder.link(href, text, line, column)

    def _cite(self, ref: _Ref, column: int) -> None:
        """A link to a reference-list entry; ``[1]–[3]`` links cite 2 as well."""
        if ref.shown:
            self.builder.text(self.line, ref.shown)
        if not ref.labels:  # (a citation of another section's entry: an anomaly already)
            return
        first, label = self._last_cite, ref.labels[0]
        labels = list(ref.labels)
        if (
            first.isdigit()
            and label.isdigit()
            and self._between.strip(" \xa0[]()") in _DASHES
            and int(first) < int(label) <= int(first) + 50
        ):
            labels = [str(n) for n in range(int(first) + 1, int(label))] + labels
        for one in labels:
            self.builder.marker(one, self.line, column)
            self.cited.append(one)
        self._last_cite, self._between = labels[-1], ""

    def text(self, text: str) -> None:
        if self._last_cite and len(self._between) < 16:  # only "–" matters (a range)
            self._between += text
        for link in self._links:
            link[3].append(text)
        if self._held:
            text, self._held, self.line = self._held + text, "", self._held_line
        numbered = self.brackets and self._numbered_text(text)
        # (a link cites by its URL)
        named = bool(self.author_years or self.mla) and not self._links
        if not self._code and (
            (numbered and (opened := _OPEN_BRACKET.search(text)))
            or (named and self.mla and (opened := OPEN_PAREN.search(text)))
        ):
            # a citation whose "]" comes in the next run of text: read when it has come
            self._held, self._held_line = text[opened.start() :], self.line
            text = text[: opened.start()]
            self._held_line += text.count("\n")
        if (numbered or named) and not self._code:
            self._scan(text, numbered, named)
        else:
            self._emit(text)
        self._block_text = (self._block_text + text)[-_BLOCK_CONTEXT:]

    def _numbered_text(self, text: str) -> bool:
        """May ``text`` hold numeric citations (in a report: of its own list)?"""
        if not self.part_of:
            return "[" in text
        return bool(self.part) and ("(" if self.part in self.paren_parts else "[") in text

    def flush(self) -> None:
        """Read the text held for a citation's closing bracket, which never came."""
        if self._held:
            held, self._held, self.line = self._held, "", self._held_line
            named = bool(self.author_years or self.mla) and not self._links
            self._scan(held, self.brackets, named)
            self._block_text = (self._block_text + held)[-_BLOCK_CONTEXT:]

    def _emit(self, text: str) -> None:
        """Text of the sentence, its source lines counted."""
        for k, piece in enumerate(text.split("\n")):
            if k:
                self.line += 1
                piece = " " + piece
            self.builder.text(self.line, _SPACE.sub(" ", piece))

    def _scan(self, text: str, numbered: bool, named: bool) -> None:
        """Text with its citations as markers: ``[3]`` (taken out of the text) and
        author-date mentions of list entries (a marker after them).  The text is read
        whole, so a citation the converter wrapped over two source lines (``[4,⏎с.
        87–90]``) is one, counted on the line where it starts."""
        # (TeX math a page renders in the browser is no citation: "$\\mapsto [0, 1]$";
        # masked line by line, as a line is no Markdown block to fence)
        masked = "\n".join(mask(line, latex=False) for line in text.split("\n"))
        base = self.line
        # (where the text is cut, where the cut text ends, where the citation starts)
        found: list[tuple[int, int, int, list[str], bool]] = []
        if numbered:
            number = "[{}]" if self.boxed_numbers else "{}"
            if self.part:
                number = part_label(self.part, "{}")
            size = self.paren_parts.get(self.part)
            cites = (
                numeric_citations(masked, lettered=self.lettered)
                if size is None
                else paren_citations(masked, size)
            )
            found += [
                (start, end, start, [number.format(label) for label in labels], False)
                for start, end, labels in cites
            ]
        if named:
            box = "[{}]" if self.boxed else "{}"
            # (read after the block's text so far: a name or a sentence in another run)
            before = "\n".join(mask(line, latex=False) for line in self._block_text.split("\n"))
            dated = [
                (end, end, start, [box.format(lab)], True)
                for start, end, lab in spans_after(before, masked, self.author_years)
            ]
            self.dated += len(dated)
            found += dated
            mla, missing, self._mla_last = mla_scan_all(masked, self.mla, self._mla_last)
            for start, _, name in missing:
                self.uncited.setdefault(name, base + text.count("\n", 0, start))
            for start, _, name in unlisted(masked, self.listed) if self.listed else ():
                self.unnamed.setdefault(name, base + text.count("\n", 0, start))
            found += [(end, end, start, [box.format(lab)], True) for start, end, lab in mla]
        pos = 0
        for cut, end, start, labels, by_name in sorted(found, key=lambda f: f[:3]):
            if cut < pos:
                continue
            self._emit(text[pos:cut])
            line = base + text.count("\n", 0, start)
            for label in labels:
                self.builder.marker(label, line, 0)
                if by_name or label.startswith("[") or label in self.author_years.values():
                    self.named.append(label)
            self.line += text.count("\n", cut, end)
            pos = end
        self._emit(text[pos:])


# the characters of a block's text before a run that are read with it (a sentence's worth)
_BLOCK_CONTEXT = 300


def _code_link(a: Tag) -> bool:
    """A link whose text is code: a reference to an API's documentation
    (``<a class="reference external" href="…/scipy.stats.genextreme.html"><code
    class="xref py py-func">scipy.stats.genextreme()</code></a>`` of Sphinx's intersphinx,
    rustdoc, javadoc links), no citation of a source."""
    code = a.find(list(_CODE))
    return isinstance(code, Tag) and text_of(code).strip() == text_of(a).strip() != ""


def _host(url: str) -> str:
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.lower().removeprefix("www.")


def _own_host(soup: BeautifulSoup) -> str:
    """The page's own site, to tell internal links: the canonical link, og:url, <base>,
    else what the site's templates link to as the site itself (the home link of the
    header, the short link, the feed and the WordPress REST API, the first link of the
    page's ``header``: the site's name)."""
    for tag, attr in (
        (soup.find("link", rel="canonical"), "href"),
        (soup.find("meta", property="og:url"), "content"),
        (soup.find("meta", attrs={"name": "twitter:url"}), "content"),
        (soup.find("base"), "href"),
        (soup.find("link", rel="shortlink"), "href"),
        (soup.find("link", rel="https://api.w.org/"), "href"),
        (soup.find(["a", "link"], rel="home"), "href"),
        (soup.find("link", rel="alternate", type=re.compile(r"rss|atom", re.I)), "href"),
    ):
        if isinstance(tag, Tag) and isinstance(tag.get(attr), str):
            if host := _host(str(tag.get(attr))):
                return host
    # (a platform's page: the site's name in its header links to the site's home -- the
    # page's header, not an article's with its authors' links)
    header = next(
        (h for h in soup.find_all("header") if not h.find_parent(["article", "main"])), None
    )
    brand = header.find("a", href=True) if isinstance(header, Tag) else None
    return _host(str(brand.get("href", ""))) if isinstance(brand, Tag) else ""


# --------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------


def _title(soup: BeautifulSoup) -> str | None:
    for tag in (soup.find("title"), soup.find("h1")):
        if isinstance(tag, Tag) and text_of(tag).strip():
            return " ".join(text_of(tag).split())
    return None


@dataclass(slots=True)
class _Lists:
    """The reference and notes lists under headings."""

    literature: list[Tag] = field(default_factory=list)
    notes: list[Tag] = field(default_factory=list)
    anomalies: list[Anomaly] = field(default_factory=list)
    # every literature list is a box of sources (:data:`_SOURCES_BOX`)
    sources_box: bool = False
    # each literature heading with its items, in page order (lists per report: htmlreports)
    groups: list[tuple[Tag, list[Tag]]] = field(default_factory=list)


def _lists(page: _Page, note_elements: set[int]) -> _Lists:
    found = _Lists()
    bibliography = next((t for t in page.index.tags if t.get("role") == "doc-bibliography"), None)
    if bibliography is not None:
        # (Pandoc's entries are the targets of its citations, and still the literature)
        found.literature = _list_entries(page, bibliography, note_elements)
    boxes: list[bool] = []
    taken: set[int] = set()  # the items read (by identity)
    for heading in (t for t in page.index.tags if t.name in HEADINGS or _typed_heading(t)):
        literature = _is_literature_heading(heading)
        notes = _is_notes_heading(heading)
        if not (literature or notes):
            continue
        items, of_notes, texty = _items(heading, page.index, note_elements)
        if items and literature:
            boxes.append(_heading_key(heading) in _SOURCES_BOX)
        if not items:
            if texty and not of_notes:
                found.anomalies.append(
                    Anomaly(
                        AnomalyCode.UNREAD_REGION,
                        f"the section {' '.join(text_of(heading).split())!r} yielded no "
                        "list items or paragraphs bibcheck can read as references",
                        heading.sourceline,
                    )
                )
            continue
        if notes and not literature:
            found.notes.extend(items)
        elif bibliography is None:
            # (a part's heading paragraph inside a list's section, "<p><b>Further
            # reading</b></p>": its items are the section's already, read once)
            fresh = [t for t in items if id(t) not in taken]
            taken.update(id(t) for t in fresh)
            found.literature.extend(fresh)
            if fresh:
                found.groups.append((heading, fresh))
    if found.literature and bibliography is None:
        for heading, items in _continued_lists(page, note_elements, found.literature):
            found.literature.extend(items)
            found.groups.append((heading, items))
    if not found.literature and bibliography is None:
        found.literature = _named_list(page, note_elements)
        found.groups = _named_lists(page, note_elements)
    if not found.literature and bibliography is None:
        found.anomalies.extend(_unread_heading_lines(page))
    if not found.literature and bibliography is None:
        _shaped_list(page, note_elements, found)
    found.sources_box = bibliography is None and bool(boxes) and all(boxes)
    return found


def _shown_numbers(items: list[Tag]) -> list[int | None]:
    """The number each entry shows: printed before its text (``[15] …``), else its list
    item's (``value=``, its place in an ``<ol start="15">``)."""
    places: dict[int, int] = {}  # (each list's items seen so far)
    found: list[int | None] = []
    for item in items:
        parent = item.parent
        place = places.get(id(parent), 0)
        places[id(parent)] = place + 1
        printed = printed_number(text_of(item))
        value = item.get("value")
        if printed is not None or item.name != "li":
            found.append(printed)
        elif isinstance(value, str) and value.strip().isdigit():
            found.append(int(value))
        elif isinstance(parent, Tag) and parent.name == "ol" and not parent.has_attr("reversed"):
            start = str(parent.get("start") or "1").strip()
            found.append(int(start) + place if start.isdigit() else None)
        else:
            found.append(None)
    return found


def _continued_lists(
    page: _Page, note_elements: set[int], read: list[Tag]
) -> list[tuple[Tag, list[Tag]]]:
    """The lists after the reference list read that go on with its numbers ("[15]"
    after "[14]", ``<ol start="15">``) under a heading no table names, or in a container
    named like a reference list (:mod:`bibcheck.readers.addedlists`), each with the
    heading or container it stands under; the page's notes are none of them."""
    taken = {id(t) for t in read}
    last = max(t.sourceline or 0 for t in read)
    numbers = _shown_numbers(read)
    regions: list[tuple[Tag, list[Tag]]] = []
    for tag in page.index.tags:
        if (tag.sourceline or 0) <= last or in_page_chrome(tag):
            continue
        if tag.name in HEADINGS and not _is_notes_heading(tag):
            items, of_notes, _ = _items(tag, page.index, note_elements)
            if not of_notes:
                regions.append((tag, items))
        elif tag.name in ("ol", "ul", "div", "section") and _is_named_list(tag):
            regions.append((tag, _list_entries(page, tag, note_elements)))
    found: list[tuple[Tag, list[Tag]]] = []
    for holder, items in regions:
        if not items or any(id(t) in taken or id(t) in note_elements for t in items):
            continue
        shown = _shown_numbers(items)
        if continues_numbering(numbers, shown):
            found.append((holder, items))
            taken.update(id(t) for t in items)
            numbers.extend(shown)
    return found


@dataclass(frozen=True)
class _Block:
    """A heading or paragraph of the page, as :mod:`bibcheck.readers.shapedlist` reads them."""

    number: int
    text: str
    heading: bool


def _shaped_list(page: _Page, note_elements: set[int], found: _Lists) -> None:
    """The entries under the page's last heading when they are a reference list by their
    shape, whatever the heading's language (``<h2>Marejeo</h2>`` and paragraphs of
    ``Surname, I. (2012). Title…``: :func:`shaped_list_heading`).  (No anomaly for
    entry-shaped paragraphs not read: a blog's footnotes under its last heading are shaped
    so, and the notes are not told apart here.)"""
    tags = page.index.tags
    headings = [t for t in tags if t.name in HEADINGS]
    if not headings:
        return
    # the page's last heading, else the article's last one whose section is such a list
    # (a platform's page goes on after the article: downloads, "How to cite", licence)
    content = [t for t in headings[:-1] if not in_page_chrome(t)]
    for last in [headings[-1], *reversed(content)]:
        items, of_notes, _ = _items(last, page.index, note_elements)
        if of_notes or not items or (last is not headings[-1] and in_page_chrome(items[0])):
            continue
        at = next(i for i, t in enumerate(tags) if t is last)
        body = [t for t in tags[:at] if t.name in ("p", "li")]  # (in page order)
        paras = [
            *(_Block(t.sourceline or 0, text_of(t), heading=False) for t in body),
            _Block(last.sourceline or 0, text_of(last), heading=True),
            *(_Block(t.sourceline or 0, text_of(t), heading=False) for t in items),
        ]
        if shaped_list_heading(paras, "") is not None:
            found.literature.extend(items)
            found.groups.append((last, items))
            return


_REFERENCE_LIST_NAME = lazy_compile(
    r"^(?:ref-?list|references?|reference-list|references-list|bibliography|biblio|"
    r"citation-list|csl-bib-body|ltx_biblist)$",
    re.I,
)


def _is_named_list(tag: Tag) -> bool:
    """A reference list by its class or id; docutils before 0.18 writes a page's
    citations (``.. [Bran02] …``) as ``<dl class="citation">``, each ``dt.label`` the
    label and its ``dd`` the entry (a ``div.citation`` is one entry, no list)."""
    names = [*(tag.get_attribute_list("class") or []), str(tag.get("id") or "")]
    if any(_REFERENCE_LIST_NAME.match(n) for n in names):
        return True
    return tag.name == "dl" and "citation" in names


def _named_list(page: _Page, note_elements: set[int]) -> list[Tag]:
    """A reference list known by its class or id rather than a heading (publisher pages
    title it with a ``div``): its items, those that are notes left out."""
    for tag in page.index.tags:
        if tag.name not in ("ol", "ul", "dl", "div", "section"):
            continue
        if not _is_named_list(tag):
            continue
        items = _list_entries(page, tag, note_elements)
        if items and not _self_entries(page, items):
            return items
    return []


def _self_entries(page: _Page, items: list[Tag]) -> bool:
    """Are ``items`` the page's entries of its own article (a journal platform's "How to
    cite" box: ``div.csl-bib-body`` with the article's DOI or title), no reference list?"""
    dois, titles = page_identity(page.soup)
    return all(cites_itself(item, dois, titles) for item in items)


def _list_entries(page: _Page, container: Tag, note_elements: set[int]) -> list[Tag]:
    """The entries of a reference list, those that are notes left out -- but not an entry
    a Pandoc citation (``data-cites``) resolves to: it is a work of the list, whether the
    list says so by ``role="doc-bibliography"`` (Pandoc 2) or only by its class or id
    (Pandoc 3's ``div.csl-bib-body`` with ``role="list"``, citeproc-js, Zotero)."""
    return [
        item
        for item in _entries_in(container)
        if id(item) not in note_elements or item.get("id") in page.entry_targets
    ]


def _named_lists(page: _Page, note_elements: set[int]) -> list[tuple[Tag, list[Tag]]]:
    """Every reference list known by its class or id (each report's on a review page), a
    list inside another not counted apart."""
    found: list[tuple[Tag, list[Tag]]] = []
    for tag in page.index.tags:
        if tag.name not in ("ol", "ul", "dl", "div", "section"):
            continue
        if found and page.index.inside(tag, found[-1][0]):
            continue
        if not _is_named_list(tag):
            continue
        items = _list_entries(page, tag, note_elements)
        if items and not _self_entries(page, items):
            found.append((tag, items))
    return found


def _entries_in(container: Tag) -> list[Tag]:
    """The entries of a reference list: its ``li``/``dd`` items, else the elements marked
    as entries (``role="doc-biblioentry"``, ``role="listitem"`` of Pandoc and Quarto:
    ``div.csl-entry``; citeproc-el's ``div.csl-entry`` without a role), else its leaf
    ``div``/``p`` with an id.  An entry that is a docutils ``div.citation`` (a
    ``span.label`` ``[1]`` and one ``p``) is that ``p``."""
    items = container.find_all(["li", "dd"])
    if items:
        return list(items)
    marked = container.find_all(role=re.compile(r"^(?:doc-biblioentry|listitem)$"))
    if marked:
        return [_entry_body(item) for item in marked]
    # citeproc-el (org-cite, ox-hugo) writes no role and puts the id on an <a> inside:
    # <div class="csl-entry"><a id="citeproc_bib_item_1"></a>Doe, J. 2019. ...</div>
    classed = container.find_all("div", class_="csl-entry")
    if classed:
        return list(classed)
    leaves = [
        t
        for t in container.find_all(["div", "p"])
        if not has_block(t, BLOCKS) and not in_link_block(t, container)
    ]
    # (the text block of an entry that is it and its link block is no entry of its own)
    kept = {id(t) for t in leaves}
    leaves = [t for t in leaves if not (isinstance(t.parent, Tag) and id(t.parent) in kept)]
    with_ids = [t for t in leaves if t.get("id")]
    if with_ids:
        return with_ids
    # an OJS galley's or a CMS's <section id="references"> of plain paragraphs
    # ("<p>Dlamini, S. 2015. Title…</p>"): its entry-shaped paragraphs
    paragraphs = [t for t in leaves if t.name == "p" and text_of(t).strip()]
    return entry_items(paragraphs)


def _entry_body(entry: Tag) -> Tag:
    """The one paragraph of an entry that is a label and a paragraph, else the entry."""
    paragraphs = entry.find_all("p", recursive=False)
    blocks = [t for t in entry.find_all(True, recursive=False) if t.name in BLOCKS]
    return paragraphs[0] if len(paragraphs) == 1 and len(blocks) == 1 else entry


def read(text: str) -> RawDocument:
    """Read a page given as text alone (notes in other files are not looked for)."""
    return read_opts(text, "", ReadOptions())


def read_opts(text: str, path: str, options: ReadOptions) -> RawDocument:
    """Read the page at ``path``: its notes in other files of its book too (EPUB)."""
    with warnings.catch_warnings():  # XHTML (and XML forced with --reader html) is read as HTML
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(text, "html.parser")
    epub_roles(soup)
    own_fragment_links(soup, path)  # "/articles/x#ref-CR2" on page x is "#ref-CR2"
    attached = attach_endnotes(soup, path)
    elsewhere = notes_for_other_files(soup, path)
    custom = unread_custom_citations(soup)  # <dt-cite>, <d-footnote>...: said, not dropped
    # (a book's chapter citing works on its bibliography page: read as citations whose
    # entries were not read, said so; never "nothing found")
    crossed = cross_page_citations(soup, path)
    try:
        raw = _read(soup, text, cross_page_links(soup, path), options.bibliography)
    except InputError as exc:
        if custom:
            raise InputError(f"{exc}; it holds {custom[0].message}") from None
        if crossed is not None:
            raise InputError(_cross_page_refusal(crossed)) from None
        if not elsewhere:
            raise
        raise InputError(
            f"{exc}; it holds {describe_elsewhere(elsewhere)}: ingest those files, their "
            "notes are read from here"
        ) from None
    files = tuple(BibliographyFile(name, n, "the note links") for name, n in attached.files.items())
    return replace(
        raw,
        anomalies=(*custom, *attached.anomalies, *raw.anomalies),
        bibliographies=(*raw.bibliographies, *files),
    )


def _cross_page_refusal(crossed: CrossPage) -> str:
    pages = ", ".join(crossed.pages[:3]) + (", …" if len(crossed.pages) > 3 else "")
    return (
        f"this HTML page has no reference list of its own: its {crossed.count} citation "
        f"link(s) (from line {crossed.line}) point to works listed on another page "
        f"({pages}), which is not read with it, so none could be checked; ingest the "
        "page's source instead (the book's .md, .ipynb or .rst chapter with its .bib), or "
        f"the list page itself ({crossed.pages[0]}) to check its entries"
    )


def _read(
    soup: BeautifulSoup,
    text: str,
    crossed: list[CrossLink] | None = None,
    given: tuple[str, ...] = (),
) -> RawDocument:
    """Read the page; ``crossed``: its citation links to another page's list, read as
    citations when the page has no list of its own (``given``: the --bibliography files)."""
    italic = italic_classes(soup)
    for junk in soup(["script", "style", "template", "noscript"]):
        junk.decompose()
    accept_revisions(soup)  # deleted text holds no citation and no entry
    # (a pasted export's notes as numbered paragraphs, their anchors stripped: paired by number)
    anchor_numbered_notes(soup, lambda a: _is_note_ref(a, str(a.get("href", ""))))
    page = _Page(soup)
    page.italic = italic
    title = _title(soup)
    # (a citeproc bibliography per section: every list's entries are link targets)
    groups = bibliographies(page.index.tags, page.index.inside, _entries_in)
    first = _lists(page, set()).literature
    candidates = _entry_fragments(page, [item for items in groups for item in items] or first)
    if len(groups) < 2:
        candidates = _entry_fragments(page, first)
    refs, notes_by_target, labels, cites = page.references(candidates)
    note_elements = {id(e) for e in notes_by_target.values()}
    notes = _notes(page, labels, notes_by_target, note_elements)
    lists = _lists(page, note_elements)
    # an open peer-review page: each report cites a list of its own ("[1]" is its first)
    parts = None if refs or cites or lists.notes else report_parts(lists.groups, page.index)
    sectioned = _sectioned(groups, refs, cites) if parts is None and not lists.notes else None
    if sectioned is not None:
        # every list read, numbered as one; each citation numbered in its section's list
        lists.literature = [item for items in groups for item in items]
        literature = [
            replace(note, label=str(n))
            for n, note in enumerate(_numbered(page, lists.literature, note_elements), 1)
        ]
        listed = {entry_id(item) for item in lists.literature}
        kept = {t: e for t, e in notes_by_target.items() if t not in listed}
        notes = _notes(page, labels, kept, note_elements)
        _scope_refs(sectioned, refs, cites)
    elif parts is None:
        literature = _numbered(page, lists.literature, note_elements)
    else:
        lists.literature = [item for items in parts.lists for item in items]
        literature = _report_entries(page, parts, note_elements)
    if sectioned is None:
        cites = _label_cites(page, cites, lists.literature, literature)
    crossed = crossed if crossed and not literature and parts is None else []
    cites += _cross_refs(crossed)
    skip = page.back | note_elements | {id(t) for t in lists.literature}
    # ("Other Internet Resources", "External links": lists of links, not the text's)
    skip |= resource_sections(soup)
    plain: dict[int, list[str]] = {}
    # (a list that letters an entry added in revision, "[3a]", is cited so: "<sup>3a</sup>")
    lettered = any(is_lettered(entry.label) for entry in literature)
    if not refs and not cites and parts is None:
        plain = _plain_markers(page, lettered)
        if plain and not lists.notes and not literature:
            lists.notes = _run_after(page, plain)  # "<sup>12</sup>" / "<p>[12]. text</p>"
        skip |= {id(t) for t in lists.notes}
        refs = [_Ref(sup, found, None) for sup in page.index.tags if (found := plain.get(id(sup)))]
        if lists.notes:
            notes = _numbered(page, lists.notes, set(), notes=True)
    # "[1, с. 45–52; 10]" typed in the text cites a numbered list, also beside the page's
    # own footnotes (LibreOffice's, Word's): then the entries are "[n]", the notes n
    typed = bool(refs) and not plain and bool(notes) and _numbered_list(lists.literature)
    brackets = not cites and bool(literature) and (not refs or (typed and not lists.notes))
    body = _Body({id(r.tag): r for r in [*refs, *cites]}, skip, _own_host(soup), brackets)
    body.lettered = lettered
    body.cited_notes = _citing_notes(refs, note_elements)
    body.furniture = furniture_links(soup)
    root = soup.body if isinstance(soup.body, Tag) else soup
    if parts is not None:
        _report_body(body, page, parts, literature)
    elif literature and not lists.notes and all(map(_in_pandoc_citation, cites)):
        # (author-date text beside Pandoc's citations: their links are theirs, no page
        # citing by links only; a table's "Kumle et al. (2021)" typed as text cites too)
        page_text = text_of(root)
        body.author_years = with_defined(
            author_years((e.label, e.text) for e in literature), page_text
        )
        body.mla = _mla(literature, root, body.author_years)
        body.listed = (
            listed_names((e.text for e in literature), page_text)
            if body.author_years
            else frozenset()
        )
        body.boxed = bool(notes)
        body.boxed_numbers = brackets and bool(refs)
    walk(root, body)
    body.flush()
    blocks, markers = body.builder.finish()
    markers = [m if m.column else _bracket_column(m) for m in markers]
    linked: list[RawMarker] = []
    anomalies = list(lists.anomalies)
    told = {a.line for a in anomalies}
    read = skip | {id(t) for t in lists.notes} | {id(e) for e in notes_by_target.values()}
    dois, titles = page_identity(soup)
    unread_found = unread_lists(
        page.index,
        _REFERENCE_LIST_NAME,
        read,
        told.__contains__,
        lambda item: cites_itself(item, dois, titles),
    )
    anomalies += unread_found
    anomalies += [uncited_anomaly(name, line, body.mla) for name, line in body.uncited.items()]
    links_cite: LinkCollector | None = None
    if literature and not lists.notes:
        # "(<a href=arxiv.org/abs/1506.02438>Schulman et al., 2016</a>)": a body link to
        # the address of a list entry cites that entry
        linked, unmatched = _entry_links(body.builder.links, literature)
        if unmatched and lists.sources_box and not notes:
            # the box names some sources; the article's other links cite the rest
            links_cite = _only(body.builder.links, unmatched)
        elif unmatched:
            # (as the Markdown links reader says it: not silently dropped)
            anomalies.append(
                Anomaly(
                    AnomalyCode.LINK_NOT_CITED,
                    f"{len(unmatched)} link(s) to other sites in the body match no entry of "
                    f"the reference list ({_named_links(unmatched, body.builder.links)}); "
                    "they are not counted as citations (--link-citations always counts them)",
                    unmatched[0].line,
                )
            )
        if notes:  # the page's own footnotes keep their numbers; entries are "[n]"
            linked = [replace(m, label=f"[{m.label}]") for m in linked]
        markers = sorted([*markers, *linked], key=lambda m: (m.line, m.column))
        if notes:
            boxed = [replace(e, label=f"[{e.label}]") for e in literature]
            notes = notes + _cited_items([m for m in markers if m.label[:1] == "["], boxed)
            linked = []
    named = bool(body.named) and not body.boxed
    if named and body.dated and not body.mla:  # an author-date article citing a work its list lacks
        anomalies += [unlisted_anomaly(name, line) for name, line in body.unnamed.items()]
    numbered = brackets and not body.boxed_numbers
    if sectioned is not None:  # (the page's own footnotes kept beside its lists' entries)
        notes += _cited_items(markers, literature)
        anomalies += sectioned.anomalies
    elif (plain or numbered or linked or named) and not lists.notes and literature:
        notes = _cited_items(markers, literature)
        # "[12]" of an 11-entry list cites a work missing from it (there are no footnotes)
        anomalies.extend(unlisted_numbers(markers, literature))
    elif body.cited:
        taken = {n.label for n in notes}
        wanted = set(body.cited)
        cited = [m for m in markers if m.label in wanted and m.label not in taken]
        notes += _cited_items(cited, literature)
    notes, literature = _italic_references(page, notes, literature, markers)
    if notes_by_target and not literature:
        # a page's own footnotes, linked from their markers: "14 → 16" is a note lost (the
        # markers may repeat a note, so only the gaps are checked here)
        anomalies += numbering_gaps(markers, notes)
    anomalies += _unread_numbered(page, markers, notes, read)
    if crossed:  # cited works whose entries are on a page not read
        unread_notes, unread = unread_entries(crossed, markers, given)
        notes += unread_notes
        anomalies += unread
    links = body.builder.links
    if links_cite is None and notes_by_target and links.markers:
        # beside the page's own footnotes, links to a data source cite their sentence
        links_cite, left = _data_links(links)
        if left:
            anomalies.append(
                Anomaly(
                    AnomalyCode.LINK_NOT_CITED,
                    f"{len(left)} link(s) to other sites in the body ({_named_links(left, links)}) "
                    "are not counted as citations beside the page's own notes "
                    "(--link-citations always counts them)",
                    left[0].line,
                )
            )
    # "[4]" and "[9]" cited and nothing else read: no refusal here, so that the page is
    # refused with what it cites and which reader might read it (manuscript.nothing_read)
    bracketed = len({n for b in blocks for *_, ns in numeric_citations(b.text) for n in ns}) >= 2
    if not (markers or notes or literature or links.markers or bracketed):
        raise InputError(
            "no footnote links, notes or reference list found in this HTML page "
            "(looked for <sup>/role=doc-noteref links, notes, a References list and "
            "links to other sites in its text; links in navigation and page furniture cite "
            "nothing)" + "".join(f"; {a.message}" for a in unread_found)
        )
    doc = RawDocument(
        reader=NAME,
        title=title,
        blocks=tuple(blocks),
        markers=tuple(markers),
        footnotes=tuple(notes),
        literature=tuple(literature),
        anomalies=tuple(anomalies),
        literature_heading_line=None,
        markers_reusable=True,
        # Wikipedia keeps full citations in its notes; a page that cites its reference list
        # by number has notes for comments, sources besides the list among them.
        literature_partial=bool(_WIKIPEDIA.search(text[:2_000_000]))
        or bool(cites and any(t not in page.entry_targets for t in notes_by_target)),
        link_markers=tuple((links if links_cite is None else links_cite).markers),
        link_notes=tuple((links if links_cite is None else links_cite).notes),
        links_cite=links_cite is not None,
    )
    # (a bibliography per section: each list's numbers its own, ``2.3``)
    return by_part(doc, sectioned.offsets() if sectioned is not None else ())


def _sectioned(groups: list[list[Tag]], refs: list[_Ref], cites: list[_Ref]) -> SectionLists | None:
    """The lists of a page with a citeproc bibliography per section
    (:mod:`bibcheck.readers.htmlcslsections`), or None."""
    if len(groups) < 2:
        return None
    cited = [r.tag.sourceline or 0 for r in [*refs, *cites] if _pandoc_citation(r) or r.cite]
    lists = [[(item.sourceline or 0, entry_id(item)) for item in items] for items in groups]
    return section_lists(lists, cited)


def _pandoc_citation(ref: _Ref) -> bool:
    return ref.tag.name == "span" and bool(ref.tag.get("data-cites")) and not ref.inline


def _in_pandoc_citation(ref: _Ref) -> bool:
    """A link to an entry inside Pandoc's ``<span class="citation" data-cites>``: the
    citation's own link, no citation of its own."""
    return ref.cite and ref.tag.find_parent("span", attrs={"data-cites": True}) is not None


def _scope_refs(lists: SectionLists, refs: list[_Ref], cites: list[_Ref]) -> None:
    """Each citation of a page with a bibliography per section labelled with the number
    (in the lists numbered as one) of its entry in its own section's list; a citation of
    an entry another section lists only is an anomaly (kept by ``lists``) and no marker."""
    for ref in [*refs, *cites]:
        row = (ref.tag.sourceline or 1) - 1
        if _in_pandoc_citation(ref):
            continue  # (the link inside Pandoc's citation: the citation's, read once)
        if ref.cite:
            number, _ = lists.resolve(row, ref.target or "", None, ref.shown)
            ref.labels = [str(number)] if number is not None else []
        elif _pandoc_citation(ref):
            labels = []
            for key in ref.labels:
                number, foreign = lists.resolve(row, f"ref-{key}", None)
                if number is not None:
                    labels.append(str(number))
                elif not foreign:  # (a key no list holds: citeproc printed it unresolved)
                    labels.append(key)
            ref.labels = labels


def _unread_numbered(
    page: _Page, markers: list[RawMarker], notes: list[RawNote], read: set[int]
) -> list[Anomaly]:
    """Paragraphs numbered 1 ... K that no marker reached while markers lack their notes:
    notes the reader could not pair, said, never dropped in silence."""
    defined = {n.label for n in notes}
    if len({m.label for m in markers if m.label not in defined}) < 2:
        return []
    index = page.index
    taken = [index.pos[key] for key in read if key in index.pos]

    def was_read(paragraph: Tag) -> bool:
        at = index.pos.get(id(paragraph), -1)
        return any(at == t or (t < at <= index.end.get(id(index.tags[t]), t)) for t in taken)

    run = unread_run(page.soup, was_read)
    if run is None:
        return []
    count = len(run.paragraphs)
    return [
        Anomaly(
            AnomalyCode.UNREAD_REGION,
            f"{count} paragraphs numbered 1-{count} (from line {run.line}) look like the "
            "notes of the text's markers but are not read: no marker could be paired with them",
            run.line,
        )
    ]


def _run_after(page: _Page, plain: dict[int, list[str]]) -> list[Tag]:
    """The notes of plain superscript markers written as paragraphs numbered 1 ... K after
    the last marker (a pasted export's, see :mod:`~bibcheck.readers.htmlnumbered`)."""
    last = next((t for t in reversed(page.index.tags) if id(t) in plain), None)
    run = numbered_run(page.soup, after=last) if last is not None else None
    if run is None:
        return []
    paragraphs = [run.paragraphs[n] for n in sorted(run.paragraphs)]
    for paragraph in paragraphs:
        drop_number(paragraph)
    return paragraphs


def _cross_refs(crossed: list[CrossLink]) -> list[_Ref]:
    """Citation links to another page's list, each labelled by the entry it links to."""
    refs = []
    for link, label in zip(crossed, link_labels(crossed), strict=True):
        ref = _cite_ref(link.tag, link.target)
        ref.labels = [label]
        refs.append(ref)
    return refs


def _report_entries(page: _Page, parts: ReportParts, skip: set[int]) -> list[RawNote]:
    """The entries of each report's list, labelled ``<part>.<n>``."""
    return [
        replace(note, label=part_label(k, note.label))
        for k, items in enumerate(parts.lists, start=1)
        for note in _numbered(page, list(items), skip)
    ]


def _report_body(body: _Body, page: _Page, parts: ReportParts, literature: list[RawNote]) -> None:
    """Set ``body`` to read each report's citations of its own list: ``[n]``, or ``(n)``
    where the report cites that way (and not by brackets), or author and year."""
    body.part_of = parts.part_of
    listed = {id(item) for items in parts.lists for item in items}
    texts: dict[int, list[str]] = {}
    for tag in page.index.tags:
        k = parts.part_of.get(id(tag), 0)
        if k and tag.name in _TEXT_BLOCKS and id(tag) not in listed:
            if not any(id(p) in listed for p in tag.parents):
                texts.setdefault(k, []).append(text_of(tag))
    entries: dict[str, list[RawNote]] = {}
    for entry in literature:
        entries.setdefault(entry.label.split(".", 1)[0], []).append(entry)
    for k, items in enumerate(parts.lists, start=1):
        said = texts.get(k, [])
        part = author_years((e.label, e.text) for e in entries.get(str(k), []))
        body.part_years[k] = with_defined(part, "\n".join(said))
        if not any(numeric_citations(t) for t in said) and cites_in_parentheses(said, len(items)):
            body.paren_parts[k] = len(items)


def _mla(literature: list[RawNote], root: Tag, index: AuthorYears) -> MlaIndex:
    """The MLA index of an MLA-shaped list when the page cites nothing by author and
    year (then "(Shelley 112)" cites by author and page)."""
    entries = [(e.label, e.text) for e in literature]
    if not mla_shaped(entries) or next(spans(text_of(root), index), None) is not None:
        return MlaIndex()
    return mla_index(entries)


def _only(links: LinkCollector, kept: list[RawMarker]) -> LinkCollector:
    """``links`` reduced to the markers ``kept`` and their notes, labelled ``L1``, ``L2``…
    again in their order."""
    markers, notes = relabelled(kept, links.notes)
    return LinkCollector(markers=markers, notes=notes)


def _data_links(links: LinkCollector) -> tuple[LinkCollector | None, list[RawMarker]]:
    """(the body ``links`` that cite a data source (:func:`is_data_source`), relabelled, or
    None when none does; the others' markers when some does)."""
    sources = {
        n.label
        for n in links.notes
        if n.reference is not None
        and is_data_source(n.reference.url or "", n.reference.title or "")
    }
    if not sources:
        return None, []
    kept = [m for m in links.markers if m.label in sources]
    return _only(links, kept), [m for m in links.markers if m.label not in sources]


def _numbered_list(items: list[Tag]) -> bool:
    """Is the reference list numbered (the items of an ``ol``, or each starting with its
    number: ``[3] …``, ``3. …``), so that a typed ``[3]`` can cite its third entry?"""
    return bool(items) and all(
        (item.name == "li" and isinstance(item.parent, Tag) and item.parent.name == "ol")
        or _NUMBERED_PARAGRAPH.match(text_of(item))
        for item in items
    )


def _citing_notes(refs: list[_Ref], note_elements: set[int]) -> set[int]:
    """The notes (outside the text) that hold a citation of a bibliography entry by its key
    (Pandoc's ``<span class="citation" data-cites="k">``) or a reference to another note
    (Wikipedia's explanatory note "[n 1]" citing its source "[1]": a marker like those
    of the text).  (A link into the list in a note is not one: Wikipedia's ``{{sfn}}``
    note "Lindqvist 1998, p. 44" links to its entry, and the note itself is the
    citation; a note's link to itself, its number, was never a reference.)"""
    found: set[int] = set()
    for ref in refs:
        if ref.cite or ref.inline:
            continue
        parent = ref.tag.parent
        while isinstance(parent, Tag) and parent.name not in ("body", "[document]"):
            if id(parent) in note_elements:
                found.add(id(parent))
                break
            parent = parent.parent
    return found


def _entry_fragments(page: _Page, items: list[Tag]) -> dict[str, Tag]:
    """Fragment -> the reference-list entry it points into (the item's id, or an id or
    ``<a name>`` inside it, or the id of an element that holds this entry and no other:
    docutils and sphinxcontrib-bibtex name the ``div.citation`` around the entry's ``p``)."""
    found: dict[str, Tag] = {}
    for item in items:
        term = _docutils_term(item)  # (docutils' <dt class="label" id="bran02">)
        for tag in [item, *([term] if term is not None else []), *item.find_all(True)]:
            for name in (tag.get("id"), tag.get("name") if tag.name == "a" else None):
                if isinstance(name, str) and name:
                    found.setdefault(name, item)
    holders: dict[int, list[Tag]] = {}  # ancestor -> the entries inside it
    ancestors: dict[int, Tag] = {}
    for item in items:
        parent = item.parent
        while isinstance(parent, Tag) and parent.name not in ("body", "[document]"):
            holders.setdefault(id(parent), []).append(item)
            ancestors[id(parent)] = parent
            parent = parent.parent
    for key, held in holders.items():
        name = ancestors[key].get("id")
        if len(held) == 1 and isinstance(name, str) and name:
            found.setdefault(name, held[0])
    return found


def _label_cites(
    page: _Page, cites: list[_Ref], items: list[Tag], literature: list[RawNote]
) -> list[_Ref]:
    """Links to reference-list entries, each labelled with its entry's number; a link
    to what turned out to be no entry is dropped."""
    label_of = {id(item): note.label for item, note in zip(items, literature, strict=True)}
    fragments = _entry_fragments(page, items)
    found = []
    for ref in cites:
        item = fragments.get(ref.target or "")
        if item is not None and id(item) in label_of:
            label = label_of[id(item)]
            listed = expand_labels(re.sub(r"[\[\]()\s]", "", ref.numbers))
            ref.labels = listed if len(listed) > 1 and listed[0] == label else [label]
            found.append(ref)
    return found


def _numbered(
    page: _Page, items: list[Tag], skip: set[int], *, notes: bool = False
) -> list[RawNote]:
    """List items, labelled by their number (``value=``, ``<dt>``, ``[12] …``); with
    ``notes``, the items are footnotes (parsed as notes, see :func:`_as_note`)."""
    found = []
    for n, item in enumerate(items, start=1):
        note = _strip_number(page.note(_item_label(item, n), item, skip))[1]
        if _docutils_label(item) and not notes:
            note = _pybtex_entry(page, note)
        found.append(_as_note(page, note) if notes else note)
    return found


def _pybtex_entry(page: _Page, note: RawNote) -> RawNote:
    """A docutils citation entry (sphinxcontrib-bibtex formats them with pybtex): parsed,
    its kind the one pybtex's punctuation shows when it shows one."""
    if note.reference is not None:
        return note
    parsed = _parsed(page, note, False)
    kind = pybtex_kind(page.marked_text(note) or note.text)
    if parsed.reference is None or kind is None:
        return parsed
    return replace(parsed, reference=replace(parsed.reference, kind=kind))


def _as_note(page: _Page, note: RawNote) -> RawNote:
    """A footnote parsed as one: it may be commentary, or a citation after a lead-in
    (the items of a reference list cited by number are parsed as list entries)."""
    if note.reference is not None:
        return note
    return _parsed(page, note, True)


def _parsed(page: _Page, note: RawNote, as_note: bool) -> RawNote:
    """``note`` with its reference parsed (from its text with the italics marked, the
    plain text kept as the reference's own)."""
    if as_note and len(work_spans(note.text)) >= 2:
        # a note citing several works: each is parsed and looked up on its own when the
        # document is built (parsed whole, the second work's URL would tie it to that work)
        return note
    starts = note.line_starts or (note.line,)
    marked = page.marked_text(note) or ""
    ref = italic_reference(note.text, marked, starts, note=as_note)
    return replace(note, reference=ref)


def _bracket_column(marker: RawMarker) -> RawMarker:
    return RawMarker(marker.label, marker.line, 1, marker.block, marker.offset, row=marker.row)


def _notes(
    page: _Page, labels: dict[str, str], elements: dict[str, Tag], note_elements: set[int]
) -> list[RawNote]:
    notes: list[RawNote] = []
    used = set(labels.values())
    for target, element in elements.items():
        label = labels.get(target) or _free_label(target, used)
        used.add(label)
        note = _own_number_cut(page.note(label, element, note_elements))
        if target in page.entry_targets:
            notes.append(_citeproc_number_cut(note, element))
        else:
            notes.append(_as_note(page, note))
    order = {label: i for i, label in enumerate(labels.values())}
    return sorted(notes, key=lambda n: order.get(n.label, len(order)))


_ENTRY_URL = lazy_compile(r"https?://[^\s<>\"'\[\]]+")
_ARXIV = lazy_compile(
    r"^(?:export\.)?arxiv\.org/(?:abs|pdf)/(?P<id>[\w.\-/]+?)(?:v\d+)?(?:\.pdf)?$"
)


def _citable_key(url: str) -> str:
    """A URL's key for matching a body link to a list entry: the normalised address, one
    key for an arXiv paper's abstract and PDF pages."""
    key = normalise_key(url.strip().rstrip(".,;)"))
    bare = re.sub(r"^https?://(?:www\.)?", "", key).rstrip("/")
    arxiv = _ARXIV.match(bare)
    return f"arxiv:{arxiv.group('id')}" if arxiv else key


def _entry_links(
    links: LinkCollector, literature: list[RawNote]
) -> tuple[list[RawMarker], list[RawMarker]]:
    """(markers for body links whose address is a list entry's: one per link, labelled
    with the entry, entries sharing an address cite neither; the body links that match no
    entry)."""
    owners: dict[str, set[str]] = {}
    for entry in literature:
        for url in _ENTRY_URL.findall(entry.text):
            owners.setdefault(_citable_key(url), set()).add(entry.label)
    by_url = {key: next(iter(labels)) for key, labels in owners.items() if len(labels) == 1}
    targets = {
        note.label: by_url.get(_citable_key(note.reference.url or ""))
        for note in links.notes
        if note.reference is not None
    }
    linked = [
        replace(marker, label=label)
        for marker in links.markers
        if (label := targets.get(marker.label)) is not None
    ]
    return linked, [m for m in links.markers if targets.get(m.label) is None]


def _named_links(markers: list[RawMarker], links: LinkCollector, first: int = 3) -> str:
    """The first few of ``markers`` by line and address (``line 20 https://…``), the
    number of the others after them."""
    urls = {n.label: n.reference.url for n in links.notes if n.reference and n.reference.url}
    named = [f"line {m.line} {urls.get(m.label) or m.label}" for m in markers[:first]]
    rest = len(markers) - len(named)
    return ", ".join(named) + (f" and {rest} more" if rest > 0 else "")


def _cited_items(markers: list[RawMarker], literature: list[RawNote]) -> list[RawNote]:
    """Numeric citations of a reference list: each cited number is a note (its item's text)."""
    by_label: dict[str, RawNote] = {}
    for item in literature:
        by_label.setdefault(item.label, item)
    notes: list[RawNote] = []
    seen: set[str] = set()
    for marker in markers:
        if marker.label in by_label and marker.label not in seen:
            seen.add(marker.label)
            notes.append(replace(by_label[marker.label], label=marker.label))
    return notes


def _free_margin_label(n: int, used: set[str]) -> str:
    """``m<n>``, the label of the ``n``-th margin note (primed if the page shows it)."""
    label = f"m{n}"
    while label in used:
        label += "'"
    return label


def _free_label(target: str, used: set[str]) -> str:
    """The number at the end of a note's id (``fn7`` -> ``7``), else the next free number."""
    m = re.search(r"(\d+)$", target)
    if m and m.group(1) not in used:
        return m.group(1)
    n = len(used) + 1
    while str(n) in used:
        n += 1
    return str(n)


READER = register(
    Reader(NAME, (".html", ".htm", ".xhtml"), score, read, read_opts=read_opts, detect_styles=True)
)
