"""What in a text looks like citations, in any format: for messages, not for reading.

When no reader fits a document, or the chosen one read nothing, the user is told
what was seen ("12 ``[@key]`` citations from line 8, a list of 36 items under
'References' at line 140") and which ``--reader`` might read it.  Call
:func:`citation_evidence` on masked text (:func:`bibcheck.readers.mask.mask`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass

from bibcheck.lazyre import Regex, lazy_compile
from bibcheck.readers import pagecites
from bibcheck.readers.common import (
    CROSS_REF_PREFIXES,
    PROSE_INLINE_NOTE,
    front_matter_end,
    reference_lists,
    without_navigation,
)
from bibcheck.readers.intervals import zero_based_range
from bibcheck.readers.keylocator import key_locator
from bibcheck.readers.kramdownrfc import draft_front
from bibcheck.readers.lawreport import LAW_REPORT_YEAR
from bibcheck.readers.linknotes import is_back_link
from bibcheck.readers.listscope import is_further_reading_heading
from bibcheck.readers.notepars import note_paragraphs
from bibcheck.readers.zerobrackets import in_zero_padded_run
from bibcheck.text import ascii_digits, editor_lines

__all__ = [
    "Evidence",
    "IN_TEXT_WHAT",
    "JSX_WHAT",
    "PANDOC_CITATION",
    "citation_evidence",
    "command_option",
    "placeholder_only",
    "describe",
    "numeric_citations",
    "unread_jsx_components",
    "unread_note_bodies",
    "unread_numeric_citations",
    "unread_pandoc_citations",
]


@dataclass(frozen=True, slots=True)
class Evidence:
    """One kind of citation-like text: how often, from which line, read by which readers."""

    what: str
    count: int
    line: int  # first occurrence, 1-based
    readers: tuple[str, ...]  # reader names that read it (if registered)


# A numbered list's own label: "[3] W. Dai, ..." at a line's start is no citation [3]; nor
# at the start of a column (after a wide gap: two columns side by side, ``pdftotext
# -layout``), nor alone on its line (the converter sets a hanging label apart)
_LIST_LABEL = lazy_compile(r"(?:^[ \t]*|(?<= {3}))(?P<label>\[\d{1,4}\])(?:[ \t]+\S|[ \t]*$)", re.M)
_LABEL_REACH = 2  # labels of two columns interleave: a neighbour this many places away
_NUMERIC = "numeric citations [n]"
# (the numeric kind, as a set of kinds already told by another check)
NUMERIC_WHAT = frozenset({_NUMERIC})
# a number cited, with the place in the work after it in any language: "5", "5, с. 45",
# "9, p. 118", "2, S. 10–12" (the plain-text reader knows the words; here any short word),
# or the word after the page as Turkic languages write it: "4, 14–22-b.", "2, 8-бет"
_CITED = (
    r"\d{1,4}(?:,\s?(?:[^\W\d_]{1,8}\.?\s?\d{1,5}(?:\s?[-–]\s?\d{1,5})?"
    r"|\d{1,5}(?:\s?[-–]\s?\d{1,5})?-[^\W\d_]{1,6}\.?))?"
)
_REFERENCE_LINKS = "reference-style links [text][n] with [n]: url"
# a link reference definition: "[label]: destination" (up to three spaces indented)
_LINK_DEFINITION = lazy_compile(r"^ {0,3}\[([^\[\]\n^][^\[\]\n]*)\]:[ \t]*\S", re.M)

# a fediverse handle, "@user@host.tld" (a Mastodon account named in an APA entry): no
# citation key holds a second "@"
_NOT_HANDLE = r"(?![\w.-]{1,64}+@[\w-]{1,63}+\.[^\W\d_])"
# a Pandoc footnote's marker, "[^1]" (its label holds no bracket: a run of "[^" is
# scanned once, not again from each "[^")
_PANDOC_MARKER = re.compile(r"\[\^[^\[\]\s]++\](?!:)")


@dataclass(frozen=True, slots=True)
class _Signal:
    """One kind of citation-like text :func:`citation_evidence` looks for."""

    what: str  # its description, as the evidence says it
    pattern: Regex
    readers: tuple[str, ...]  # reader names that read it
    minimum: int  # fewest matches worth mentioning
    # a marker or a citation in running text (not a list, a definition, an entry or an
    # anchor a list holds)
    in_text: bool = False


_SIGNALS: tuple[_Signal, ...] = (
    _Signal("Pandoc footnote markers [^n]", _PANDOC_MARKER, ("pandoc-markdown",), 1, in_text=True),
    _Signal(
        "Pandoc footnote definitions [^n]:",
        re.compile(r"^\s{0,3}\[\^[^\]\s]+\]:", re.M),
        ("pandoc-markdown",),
        1,
    ),
    _Signal(
        "Pandoc inline notes ^[text]",
        PROSE_INLINE_NOTE,
        ("pandoc-markdown",),
        1,
        in_text=True,
    ),
    _Signal(
        "Pandoc citations [@key]",
        # (a cross-reference "[Appendix @sec-a]" is none)
        re.compile(
            rf"\[[^\[\]\n]*?-?@(?!(?:{CROSS_REF_PREFIXES})[-:]){_NOT_HANDLE}[\w{{][^\[\]\n]*\]",
            re.I,
        ),
        ("pandoc-markdown",),
        1,
        in_text=True,
    ),
    _Signal(
        "MyST citation roles {cite}`key`",
        # (the role's content follows in backticks; "\usepackage{cite}" is LaTeX's package)
        re.compile(r"(?<![\w\]])\{(?:foot)?cite(?::[a-z]+)*\}(?=`)"),
        ("pandoc-markdown",),
        1,
        in_text=True,
    ),
    _Signal(
        "Distill citations <d-cite key=...> (<dt-cite> in its first template)",
        re.compile(r"<dt?-cite\s+(?:bibtex-)?key\s*=", re.I),
        ("pandoc-markdown",),
        1,
        in_text=True,
    ),
    _Signal(
        "jekyll-scholar citations {% cite key %}",
        re.compile(r"\{\{?%-?\s*cite\s"),
        ("pandoc-markdown",),
        1,
        in_text=True,
    ),
    _Signal(
        "<sup>n</sup> markers",
        re.compile(r"<sup>\s*\[?\d{1,4}"),
        ("sup-markdown",),
        1,
        in_text=True,
    ),
    _Signal(
        "LaTeX \\cite/\\footnote commands",
        re.compile(r"\\(?:\w*cite\w*|footnote)\*?\s*[\[{]"),
        ("latex",),
        1,
        in_text=True,
    ),
    _Signal("BibTeX entries @type{", re.compile(r"^\s*@[A-Za-z]+\s*[{(]", re.M), ("bibtex",), 1),
    _Signal(
        "footnotes written as Markdown links [n](#fn-n)",
        re.compile(
            r"\[\[?\^?\d{1,4}\]?\]\(\S*#(?:footnote|fn|_?ftn|ftnt|endnote|cite_note)[-:_]?\d",
            re.I,
        ),
        ("pandoc-markdown", "markdown-links"),
        1,
        in_text=True,
    ),
    _Signal(
        _REFERENCE_LINKS,
        # (link text that is not a list of numbers: "[2][3]" are two numeric citations; not
        # an Org link "[[url][text]]")
        # (and only with its definition "[n]: url": listings options in a LaTeX argument,
        # "morecomment=[f][\color{red}]-", are no links, nor is any undefined [text][n])
        re.compile(
            r"(?<!\[)\[[^\[\]\n]*[^\d\s,;\[\]–-][^\[\]\n]*\]\[(?P<label>[^\[\]\n^]+)\](?!\])"
        ),
        ("markdown-links",),
        2,
    ),
    _Signal(
        _NUMERIC,
        # (not a LaTeX argument count or option: "\newcommand{\bi}[1]", "\\[2]{")
        # (nor a law report's year: "[2019] EWHC 2214", "[2020] JPL 112")
        # (as the plain-text reader reads them: "[3; 4]", "[5, с. 45]", "[2, p. 7; 9]")
        re.compile(
            rf"(?<!\.\. )(?<![}}\\])\[(?!{LAW_REPORT_YEAR}){_CITED}(?:\s*[-–,;]\s*{_CITED})*\]"
            r"(?![_{\[])"
        ),
        ("plain-text",),
        2,
        in_text=True,
    ),
    _Signal(
        "label citations [RFC2119], [I-D.name], [W3C.name]",
        # (the IETF's reference anchors, as xml2rfc writes them and documents copy them)
        re.compile(r"\[(?:(?:RFC|BCP|STD|FYI) ?\d{1,5}|(?:I-D|W3C|IEEE|ISO)\.[\w.+-]+)\]"),
        ("plain-text",),
        2,
        in_text=True,
    ),
    _Signal(
        "label citations [Knu84], [MDFK97]",
        # (BibTeX's alpha style: letters of the authors' names and two digits of the year)
        re.compile(r"\[(?:[A-Z][a-z]{2}|[A-Z]{2,6}\+?)\d{2}[a-z]?(?:[,;] ?[^\[\]\n]{1,40})?\]"),
        ("plain-text",),
        3,
        in_text=True,
    ),
    _Signal(
        "Org-mode citations (cite:key, [cite:@key])",
        # (not an in-page link "(#cite:1)" nor an anchor's quoted name "cite:1")
        re.compile(r"(?<![\w/{#\"])(?:[Cc]ite[a-z]*|[Cc]ite/[a-z/]+):[&@]?[\w:-]+|\[cite[/\w]*:"),
        ("org",),
        1,
        in_text=True,
    ),
    _Signal(
        "AsciiDoc cross references <<key>>",
        re.compile(r"<<[\w:.-]+(?:,[^>\n]*)?>>"),
        ("asciidoc",),
        1,
        in_text=True,
    ),
    _Signal(
        "Typst citations and footnotes (#cite(<key>), #footnote[...])",
        re.compile(r"#(?:cite\(\s*(?:<|label\()|footnote[\[(])"),
        ("typst",),
        1,
        in_text=True,
    ),
    _Signal(
        "AsciiDoc bibliography anchors [[[key]]]", re.compile(r"\[\[\[[\w:.-]+"), ("asciidoc",), 1
    ),
    _Signal(
        "wiki <ref> tags",
        re.compile(r"<ref[\s>/]", re.I),
        ("mediawiki", "wikitext"),
        1,
        in_text=True,
    ),
    _Signal(
        "wiki citation templates {{cite ...}}",
        re.compile(r"\{\{\s*(?:cite|citation|sfn)", re.I),
        ("mediawiki", "wikitext"),
        1,
    ),
    _Signal(
        "reStructuredText footnote references [n]_",
        re.compile(r"\[(?:\d+|#[\w-]*|\*|[A-Za-z][\w.-]*)\]_"),
        ("rst", "restructuredtext"),
        1,
        in_text=True,
    ),
    _Signal(
        "reStructuredText footnotes .. [n]",
        re.compile(r"^\.\. \[[^\]]+\]", re.M),
        ("rst", "restructuredtext"),
        1,
    ),
    _Signal(
        "Sphinx bibliography directives .. bibliography::",
        re.compile(r"^[ \t]*\.\.[ \t]+bibliography::", re.M),
        ("rst", "restructuredtext"),
        1,
    ),
    _Signal(
        "HTML footnote links",
        re.compile(r"<a\s[^>]*href=\"#(?:fn|cite|note|ref)", re.I),
        ("html",),
        1,
        in_text=True,
    ),
)
# (the kinds of citation in running text, as a set of descriptions: the citations a
# reader that read only a list left unread)
IN_TEXT_WHAT = frozenset(s.what for s in _SIGNALS if s.in_text)


# A Pandoc citation as Pandoc reads one: "@" opens the bracket or follows a space or ";"
# (an address "[write to me@x.org]" is none; nor a cross-reference "[@fig-a]", nor a
# link whose text is a handle, "[@octocat](https://github.com/octocat)")
PANDOC_CITATION = lazy_compile(
    rf"\[(?:[^\[\]\n]*?[\s;])?-?@(?!(?:{CROSS_REF_PREFIXES})[-:]){_NOT_HANDLE}[\w{{][^\[\]\n]*\]"
    r"(?![(\[])",
    re.I,
)
# Readers of Markdown that do not read Pandoc citations: one of them chosen for a file
# that has them (a "Links" section won the choice) must say what it left
_NOT_PANDOC = ("markdown-links", "sup-markdown")


# An IETF draft written for kramdown-rfc: its front matter names ``normative:`` /
# ``informative:`` references (or the draft's ``docname:``), its text cites them
# ``{{RFC2119}}``, ``{{?I-D.ietf-x}}``, ``{{!HTTP}}``, ``{{Section 8 of HTTP}}``: a form no
# reader reads yet, so it is said whichever Markdown reader is chosen.
_KRAMDOWN_RFC = lazy_compile(r"(?m)^(?:docname|normative|informative)\s*:")
KRAMDOWN_CITATION = lazy_compile(
    r"\{\{(?:(?:Section|Appendix)\s[\w.]{1,20}\s(?:of|in)\s)?[?!-]?[A-Z][\w.-]{0,80}"
    r"(?:,\s?(?:Section|Appendix)\s[\w.]{1,20})?\}\}"
)


def unread_kramdown_citations(text: str, source: str) -> Evidence | None:
    """kramdown-rfc ``{{REF}}`` citations in ``text`` (masked) of a draft whose front
    matter (in ``source``, the text as written) names its references or its docname."""
    if not _KRAMDOWN_RFC.search(draft_front(source)):
        return None
    matches = list(KRAMDOWN_CITATION.finditer(text))
    if not matches:
        return None
    first = _line(text, matches[0].start())
    return Evidence("kramdown-rfc citations {{REF}}", len(matches), first, ())


# A JSX component of an MDX page (Docusaurus, Astro, Next.js) that cites or holds a note:
# "<FootnoteRef n="1"/>", "<Footnote n="1">…</Footnote>", "<Cite bref="key"/>",
# "<Citation id=…>", "<Sidenote>": the site's own components, whose output only the site's
# build knows (names capitalised, as JSX requires of components; HTML's are lower case)
JSX_CITATION = lazy_compile(
    r"<(?P<name>(?:Footnote|FootNote|Fn|Cite|Citation|Sidenote|SideNote|Marginnote|MarginNote"
    r"|Reference|Ref|Bib)[A-Za-z]{0,20})(?=[\s/>])"
)
JSX_WHAT = "JSX citation or note components"  # (the evidence's description starts so)


def unread_jsx_components(text: str) -> Evidence | None:
    """JSX citation or note components in ``text`` (an MDX page), which no reader reads."""
    matches = list(JSX_CITATION.finditer(text))
    if not matches:
        return None
    names = ", ".join(f"<{n}>" for n in dict.fromkeys(m.group("name") for m in matches))
    first = _line(text, matches[0].start())
    return Evidence(f"{JSX_WHAT} ({names})", len(matches), first, ())


def unread_pandoc_citations(reader: str, text: str) -> Evidence | None:
    """Pandoc ``[@key]`` citations in ``text`` (masked) that ``reader`` does not read."""
    if reader not in _NOT_PANDOC:
        return None
    matches = list(PANDOC_CITATION.finditer(text))
    if not matches:
        return None
    first = _line(text, matches[0].start())
    return Evidence("Pandoc citations [@key]", len(matches), first, ("pandoc-markdown",))


# A note's body as note markup writes it, opening its line with its label: "<sup>3</sup> Text"
# (an HTML link in the superscript too), "[^3]: Text".
_NOTE_BODY = lazy_compile(
    r"^[ \t]*+(?:<sup>[ \t]*+(?:<a\b[^<>\n]*+>[ \t]*+)?\[?(?P<sup>\d{1,4})\]?[ \t]*+"
    r"(?:</a>[ \t]*+)?</sup>|\[\^(?P<caret>[^\]\s]{1,40})\]:)",
    re.M,
)


def unread_note_bodies(text: str, labels: Iterable[str]) -> Evidence | None:
    """The lines of ``text`` shaped as the bodies of notes with these marker ``labels``
    (a reader that read the markers and none of these read no note they point at)."""
    wanted = set(labels)
    found = [m for m in _NOTE_BODY.finditer(text) if (m.group("sup") or m.group("caret")) in wanted]
    if not found:
        return None
    return Evidence("lines shaped as note bodies", len(found), _line(text, found[0].start()), ())


def _line(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def citation_evidence(text: str) -> list[Evidence]:
    """Every kind of citation-like text found in ``text`` (masked), in a fixed order.

    A numbered list's labels (``[1] W. Dai, ...`` starting lines) are counted as the
    list items they are, not as numeric citations."""
    found: list[Evidence] = []
    labels = _list_labels(text)
    for signal in _SIGNALS:
        what, pattern, names, minimum = signal.what, signal.pattern, signal.readers, signal.minimum
        matches = list(pattern.finditer(text))
        items = []
        if what == _NUMERIC:
            items = [m for m in matches if m.start() in labels]
            matches = [m for m in matches if m.start() not in labels and not _no_numbers(text, m)]
        if what == _REFERENCE_LINKS and matches:
            defined = {_label(d.group(1)) for d in _LINK_DEFINITION.finditer(text)}
            matches = [m for m in matches if _label(m.group("label")) in defined]
        if len(matches) >= minimum:
            found.append(Evidence(what, len(matches), _line(text, matches[0].start()), names))
        if len(items) >= minimum:
            first = _line(text, items[0].start())
            found.append(Evidence("numbered list items [n] text", len(items), first, names))
    jsx = unread_jsx_components(text)
    if jsx is not None:
        found.append(jsx)
    lines = editor_lines(without_navigation(text))  # (numbered as an editor does)
    notes = note_paragraphs(lines)
    if notes is not None:  # a PDF's footnotes left as paragraphs: "1 Author, Title, …"
        found.append(
            Evidence(
                f"paragraphs numbered as notes 1–{notes.last} (a PDF's footnotes as text, "
                "which no reader pairs with their markers)",
                notes.count,
                notes.line,
                (),
            )
        )
    for region in reference_lists(lines):
        if region.items:
            found.append(
                Evidence(
                    f"a list under {region.heading!r} (heading at line {region.line})",
                    region.items,
                    region.first_item,
                    (),
                )
            )
            continue
        entries = _entry_starts(lines[region.line : region.end])
        starts = _paragraph_starts(lines[region.line : region.end])
        if len(entries) >= 2 and len(entries) > len(starts):
            # entries one under another with no blank line (PDF-to-text): counted as entries
            found.append(
                Evidence(
                    f"{_ENTRIES}a {region.heading!r} heading (line {region.line})",
                    len(entries),
                    region.line + 1 + entries[0],
                    (),
                )
            )
            continue
        if starts:
            # a list written as plain paragraphs (hanging entries, no list markup)
            found.append(
                Evidence(
                    f"{_PARAGRAPHS}a {region.heading!r} heading (line {region.line})",
                    len(starts),
                    region.line + 1 + starts[0],
                    (),
                )
            )
    found.extend(_reading_lists(lines, {e.line for e in found}))
    return found


def _reading_lists(lines: Sequence[str], seen: set[int]) -> Iterator[Evidence]:
    """Further-reading lists (``Further reading``, ``Lecturas recomendadas``) with list
    items or entries under them, not counted already: a document whose only list is one
    has a list all the same."""
    for region in reference_lists(lines, is_further_reading_heading):
        entries = _entry_starts(lines[region.line : region.end])
        count = region.items or len(entries)
        first = (
            region.first_item if region.items else region.line + 1 + entries[0] if entries else 0
        )
        if count and first not in seen:
            where = f"(further reading; heading at line {region.line})"
            what = f"a list under {region.heading!r} {where}"
            yield Evidence(what, count, first, ())


_PARAGRAPHS = "paragraphs under: "  # what such evidence says, before its heading
_ENTRIES = "entries under: "
# a line opening an author-date entry: "Okafor, N. C., & Lind, P. (2004).", "van Rijn, A. (1999)"
_ENTRY_START = lazy_compile(
    r"[ \t]*+[^\W\d_][\w'’-]*+(?:[ -][^\W\d_][\w'’-]*+){0,3},[ \t]++(?:[^\W\d_]{1,2}\.[ \t-]?)+"
    r"[^\n]*?\((?:1[5-9]|20)\d\d[a-z]?[),]"
)


def _entry_starts(lines: Sequence[str]) -> list[int]:
    """Where (0-based) lines of ``lines`` open an author-date entry (names, initials, the
    year in brackets)."""
    return [i for i, line in enumerate(lines) if _ENTRY_START.match(line)]


# two words of running text, the first not a command's name (``\\input{refs}`` and
# ``\\end{document}`` under a heading are markup, no paragraph of entries)
_PROSE = lazy_compile(r"(?<![\\\w])[^\W\d_]{2,}[ \t]+[^\W\d_]{2,}")


def _paragraph_starts(lines: Sequence[str]) -> list[int]:
    """Where (0-based) each paragraph of ``lines`` starts: a run of non-blank lines
    holding some running text (a paragraph of markup alone is none)."""
    starts: list[int] = []
    for i, line in enumerate(lines):
        if not line.strip() or (i > 0 and lines[i - 1].strip()):
            continue
        end = i
        while end < len(lines) and lines[end].strip():
            end += 1
        if any(_PROSE.search(part) for part in lines[i:end]):
            starts.append(i)
    return starts


# what an entry of a list holds somewhere: a year, a link or an identifier
_ENTRY_MARK = lazy_compile(r"\b(?:1[5-9]\d\d|20\d\d)\b|https?://|www\.|\b10\.\d{4,9}/", re.I)


def placeholder_only(text: str) -> bool:
    """Is all the citation-like text of ``text`` (masked) a few paragraphs under a
    reference-list heading that hold nothing an entry holds (no year, no link)?  A book's
    placeholder page: "# References" over "The works cited are listed at the end of each
    chapter." -- nothing to check, though its heading looks like a list's."""
    found = citation_evidence(text)
    if not found or any(not e.what.startswith(_PARAGRAPHS) for e in found):
        return False
    lines = editor_lines(without_navigation(text))
    return not any(
        _ENTRY_MARK.search(line)
        for region in reference_lists(lines)
        for line in lines[region.line : region.end]
    )


def _label(label: str) -> str:
    """A link label as CommonMark matches it: case folded, inner spaces collapsed."""
    return " ".join(label.split()).casefold()


def _list_labels(text: str) -> set[int]:
    """Where the labels of numbered lists start: a line-start (or column-start) ``[n]``
    with ``[n-1]`` just before it or ``[n+1]`` just after it among those labels (two
    places away at most: the labels of two columns side by side interleave).  A wrapped
    body line that happens to start with a citation (``[7] and returned to it``, the list
    elsewhere) is in no such run: it is a citation."""
    found = [(m.start("label"), int(m.group("label")[1:-1])) for m in _LIST_LABEL.finditer(text)]
    return {
        start
        for k, (start, n) in enumerate(found)
        if any(
            found[j][1] == n + (1 if j > k else -1)
            for j in range(max(0, k - _LABEL_REACH), min(len(found), k + _LABEL_REACH + 1))
            if j != k
        )
    }


# a cited number: one that opens a part of the brackets, not a page after "p." in it
_NUMBER = lazy_compile(r"(?:^|[-–,;])\s*(\d{1,4})\b")


def numeric_citations(text: str) -> list[tuple[int, str]]:
    """Each number cited in brackets in ``text`` (masked) with its line, in order:
    ``[3]``, ``[5, 7]``, ``[2-4]`` (its ends), ``[9, p. 118]`` (9, not the page); a
    numbered list's own labels are none, nor is what :func:`_no_citation` rules out (a
    year, a Pandoc attribute's value: ``::: {tbl-colwidths="[45,55]"}``)."""
    return [
        (line, n)
        for m, line in _numeric_matches(text)
        if not _no_citation(text, m)
        for n in _numbers_of(m)
    ]


def _no_numbers(text: str, m: re.Match[str]) -> bool:
    """Is the bracket group ``m`` no citation numbers at all: zero-padded (``[010]``,
    :mod:`~bibcheck.readers.zerobrackets`), a range from zero (``[0,1]``,
    :mod:`~bibcheck.readers.intervals`) or a TeX command's optional argument
    (``\\lipsum[1-2]``, :func:`command_option`)?"""
    return (
        in_zero_padded_run(text, m.start(), m.end())
        or zero_based_range(m.group()[1:-1])
        or command_option(text, m.start())
    )


def _numeric_matches(text: str) -> Iterator[tuple[re.Match[str], int]]:
    """The bracketed numeric citations of ``text`` with their lines (not a numbered
    list's own labels, nor crystal directions: ``[100], [010] and [001]``)."""
    pattern = next(s.pattern for s in _SIGNALS if s.what == _NUMERIC)
    labels = _list_labels(text)
    for m in pattern.finditer(text):
        if m.start() not in labels and not _no_numbers(text, m):
            yield m, _line(text, m.start())


# a TeX control word and the optional arguments before the bracket, which is one more
# ("\lipsum[1-2]", "\kant[3]", "\Blindtext[2][1]", "\lipsum*[4]", "\item[2]")
_COMMAND_BEFORE = lazy_compile(r"\\[A-Za-z@]++\*?(?:\[[^\[\]\n]{0,40}\])*$")
_COMMAND_REACH = 120  # characters looked back for the command


def command_option(text: str, at: int) -> bool:
    """Is the bracket at ``at`` an optional argument of a TeX command: a filler text's
    paragraphs (``\\lipsum[1-2]``, ``\\kant[3]``, ``\\Blindtext[2][1]``), an item's
    label, a macro's option -- no numeric citation?"""
    return _COMMAND_BEFORE.search(text, max(0, at - _COMMAND_REACH), at) is not None


def _numbers_of(m: re.Match[str]) -> list[str]:
    return [n.group(1) for n in _NUMBER.finditer(m.group()[1:-1])]


def _no_citation(text: str, m: re.Match[str]) -> bool:
    """Is the bracketed number ``m`` plainly none: a year or date (``[2019]``,
    ``[2023-05-10]``), a wiki link ``[[2024-09-14]]``, a link definition ``[3]: url``?"""
    first = _numbers_of(m)[:1]
    if first and 1500 <= int(ascii_digits(first[0])) <= 2100:
        return True
    if text.startswith("]", m.end()) and m.start() and text[m.start() - 1] == "[":
        return not text.startswith("(", m.end() + 1)  # "[[x]]", not "[[1]](#ref-1)"
    if _back_link_after(text, m.end()):
        return True  # "[1](https://…/p/post#footnote-anchor-1)": a note's own number
    if key_locator(text, m.start()):
        return True  # "@middleton2005 [204-228]": the pages of the work the key names
    start = text.rfind("\n", 0, m.start()) + 1
    if in_attributes(text, start, m.start()):
        return True
    return not text[start : m.start()].strip() and text.startswith(":", m.end())


# a Pandoc fenced div's fence ("::: {layout=…}", ":::: {.columns}") and a quoted attribute
# value open before the bracket ('{.column width="50%" layout="[[1,1],[1]]"}')
_DIV_FENCE = lazy_compile(r"[ \t]*+:{3,}")
_OPEN_VALUE = lazy_compile(r"=[ \t]*+[\"'][^\"'\n]*+$")
_ATTRIBUTE_REACH = 300  # characters looked back for the attribute's opening quote


def in_attributes(text: str, line_start: int, at: int) -> bool:
    """Does the bracket at ``at`` stand in attributes, no text: on a fenced div's fence
    line (Pandoc, Quarto: ``::: {layout="[60,40]"}``) or inside a quoted attribute value
    (``{layout-ncol=2 layout="[[1,1],[1]]"}``)?"""
    if _DIV_FENCE.match(text, line_start, at) is not None:
        return True
    return _OPEN_VALUE.search(text, max(line_start, at - _ATTRIBUTE_REACH), at) is not None


_LINK_TARGET = lazy_compile(r"\(\s*<?(?P<url>[^\s()<>]{1,2000})")


def _back_link_after(text: str, end: int) -> bool:
    """Is the bracketed number ending at ``end`` a link back from a note to its marker?"""
    target = _LINK_TARGET.match(text, end)
    return target is not None and is_back_link(target.group("url"))


def unread_numeric_citations(
    text: str, read: Collection[tuple[int, str]], skip: Collection[int] = ()
) -> tuple[Evidence, tuple[int, ...]] | None:
    """The numeric citations of ``text`` (masked) that a reader left unread, counted as the
    refusal path counts them (:func:`numeric_citations`), with in-page link citations
    (``[[1, p. 41]](#cite:1)``, :mod:`~bibcheck.readers.pagecites`) beside them: each
    ``(line, number)`` not in ``read`` (the markers read, by line and number), on no line
    of ``skip`` (the list's own lines) nor in the YAML front matter (``- [2021]`` is a
    date there), and no year (``[2019]``).  None for fewer than two (a lone "[1]" may be
    anything), else the evidence and every line."""
    lines = text.split("\n")
    found = dict.fromkeys(
        (line, ascii_digits(n))
        for m, line in _numeric_matches(text)
        if not _no_citation(text, m)
        for n in _numbers_of(m)
    )
    for cite in pagecites.find(lines):
        found.update(dict.fromkeys((cite.line + 1, n) for n in cite.numbers))
    front = front_matter_end(lines)
    unread = [
        (line, n)
        for line, n in found
        if line > front and line not in skip and (line, n) not in read and not _year(n)
    ]
    if len(unread) < 2:
        return None
    where = tuple(sorted({line for line, _ in unread}))
    return Evidence(_NUMERIC, len(unread), where[0], ("plain-text", "markdown-links")), where


def _year(number: str) -> bool:
    return 1500 <= int(number) <= 2100


def describe(evidence: Sequence[Evidence]) -> str:
    """``"3 Pandoc citations [@key] (from line 8); ..."`` ('' for none)."""
    parts = []
    for e in evidence:
        if e.what.startswith("a list"):
            parts.append(f"{e.what} with {e.count} item{'s' if e.count != 1 else ''}")
        elif e.what.startswith(_ENTRIES):
            # "a 'References' heading (line 12) with 23 entries under it"
            plural = "entries" if e.count != 1 else "entry"
            parts.append(f"{e.what.removeprefix(_ENTRIES)} with {e.count} {plural} under it")
        elif e.what.startswith(_PARAGRAPHS):
            # "a 'References' heading (line 12) with 4 paragraphs under it"
            plural = "paragraphs" if e.count != 1 else "paragraph"
            parts.append(f"{e.what.removeprefix(_PARAGRAPHS)} with {e.count} {plural} under it")
        else:
            parts.append(f"{e.count} {e.what} (from line {e.line})")
    return "; ".join(parts)


def suggested(evidence: Iterable[Evidence], known: Iterable[str]) -> list[str]:
    """Registered reader names the evidence points to, most evidence first."""
    counts: dict[str, int] = {}
    registered = set(known)
    for e in evidence:
        for name in e.readers:
            if name in registered:
                counts[name] = counts.get(name, 0) + e.count
    return sorted(counts, key=lambda n: (-counts[n], n))
