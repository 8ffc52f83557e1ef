"""Reader for MediaWiki wikitext (Wikipedia articles, wiki pages).

What becomes what, as MediaWiki renders it:

* **Notes**: ``<ref>…</ref>`` and ``<ref name="x">…</ref>`` are footnotes
  numbered in order of first use; ``<ref name="x" />`` and ``{{r|x}}`` cite
  a named note again (one more marker).  ``group=`` keeps its own numbering
  (``note 1``; ``lower-alpha`` gives ``a``, ``b``…), as do ``{{efn}}``
  (``a``, ``b``…) and ``{{refn}}``/``{{#tag:ref}}``; the Hebrew ``{{הערה|…}}``
  (``שם=`` its name) is numbered with the ``<ref>`` notes, the Arabic, Persian and
  Russian ``{{ملاحظة}}``, ``{{یادداشت}}``, ``{{примечание}}`` are lettered like
  ``{{efn}}``.  Notes may be defined in
  the list (``{{reflist|refs=…}}``, ``<references>…</references>``).  A named
  note used but never defined, or defined twice with different text, is
  recorded.
* **Note content**: a citation template (``{{cite web|url=|title=|date=|
  access-date=|archive-url=|…}}``, ``cite news/book/journal/magazine``,
  ``{{citation}}``, ``{{книга}}``, ``{{статья}}``) is read field by field
  (:mod:`bibcheck.parse.references.wikicite`); free text written around a
  linked title (``Doe, Jane [https://… Title] ''Work''. Date``) is read by its
  parts (:mod:`bibcheck.readers.wikifree`), other free text is parsed like any
  note, with ``[https://… text]`` written ``text <https://…>``.
* **Short citations** ``{{sfn|Author|Year|p=}}`` (``sfnp``, ``sfnm``) are
  footnotes, identical ones sharing a number; ``{{harvnb}}`` inside a note
  and ``{{harvtxt}}`` in the text cite the same way.  Each is resolved
  against the citation templates of the page by their anchor (authors and
  year, ``ref=``, or French ``{{harvsp|…|id=}}`` and ``{{Ouvrage|…|id=}}``); one
  that points at nothing is a ``citation-key-missing`` anomaly.  A note may
  cite several works (``<ref>{{harvnb|A|1998}}, {{harvnb|B|2004|p=3}}.</ref>``,
  ``{{harvtxt|C|2001}}: "…"``, ``{{sfnm}}``'s numbered works, ``{{harvs}}``'
  ``year2=``): the first is the note's own reference, the others works it cites
  too (``RawNote.also``: each tied to its Sources entry, no marker of its own, as
  the page shows one); ``{{rp|12}}`` after one gives its page.
* **Literature**: list items and citation templates under a References /
  Bibliography / Sources / Works cited / Further reading / Литература
  heading.  Notes are not expected to be in that list (full citations in
  notes are normal on Wikipedia).
* **Not text**: comments, ``<nowiki>``, ``<math>``, ``<syntaxhighlight>``,
  ``<pre>``, ``<code>``; templates are text only through their positional
  parameters (``{{convert|2.5|km}}``), except maintenance templates.
* **Links**: ``[https://… text]`` and bare URLs in the text are link
  citations (:mod:`bibcheck.readers.links`) for pages without notes.

The source is parsed once into a tree (:mod:`bibcheck.readers.wikitext`)
and walked with an explicit stack, so nesting depth is never a problem.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Protocol

from bibcheck.errors import InputError
from bibcheck.lazyre import Regex, lazy_compile
from bibcheck.model import Anomaly, AnomalyCode, RawDocument, RawNote, Reference, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.wikicite import (
    STYLE,
    URL_PARAMS,
    CiteTemplate,
    anchor_keys,
    cite_reference,
    is_cite_template,
    is_notice,
    looks_like_citation,
    normalise_key,
    param_key,
    short_anchor,
)
from bibcheck.readers.apparatus import is_reading_heading, prose_section
from bibcheck.readers.body import BodyBuilder
from bibcheck.readers.common import is_literature_heading
from bibcheck.readers.headingkey import section_heading_key
from bibcheck.readers.registry import Reader, register
from bibcheck.readers.seealso import is_see_also_heading
from bibcheck.readers.wikifree import linked_reference
from bibcheck.readers.wikigroups import unshown_groups
from bibcheck.readers.wikilangmark import without_language_mark
from bibcheck.readers.wikireading import reading_sections
from bibcheck.readers.wikisources import (
    IDENTIFIER_LABELS,
    is_known_source,
    is_sister,
    is_source_template,
    lead_only,
    names_entry,
    source_reference,
)
from bibcheck.readers.wikitext import (
    MASK,
    Break,
    ExtLink,
    LineKind,
    Link,
    Node,
    Param,
    Ref,
    References,
    Template,
    Text,
    Url,
    Wikitext,
    decode_entities,
    parse,
)

NAME = "mediawiki"
# (and the other Wikipedias' own names for it: Polish {{Odn|Nazwisko|Rok|s=12}}; French,
# Russian, Ukrainian, Spanish and Portuguese Wikipedias write {{sfn}} itself)
_SFN = frozenset({"sfn", "sfnp", "sfnm", "sfn whole", "efn sfn", "odn"})
# (French Wikipedia's {{harvsp|Darwin|1864|p=12|id=Darwin1864}}: "harv sans parenthèses";
# Spanish Wikipedia's {{Harvnp}}, "no paréntesis")
_HARV_NOTE = frozenset(
    {"harvnb", "harv", "harvp", "harvcol", "harvcolnb", "harvcolp", "harvs", "harvsp", "harvnp"}
)
_HARV_TEXT = frozenset({"harvtxt", "harvcoltxt", "harvard citation text"})
# explanatory notes of the other Wikipedias, lettered like {{efn}}: Arabic {{ملاحظة}},
# Persian {{یادداشت}}, Russian and Ukrainian {{примечание}}/{{примітка}}
_LOCAL_EFN = ("ملاحظة", "یادداشت", "примечание", "примітка")
_EFN_GROUPS = {
    "efn": "lower-alpha",
    "efn-la": "lower-alpha",
    "efn-ua": "upper-alpha",
    "efn-lr": "lower-roman",
    "efn-ur": "upper-roman",
    "efn-lg": "lower-greek",
    "notetag": "note",
    "efn2": "注",  # Japanese Wikipedia: notes shown as "注 1", "注 2" by {{notelist2}}
    **dict.fromkeys(_LOCAL_EFN, "lower-alpha"),
}
# {{refn}}, its Japanese sibling {{refnest}} ({{Refnest|group="注"|…}}), {{#tag:ref}}, and
# the other Wikipedias' note templates numbered with the <ref> notes: Hebrew {{הערה|…}}
# ({{הערה|שם=כהן|…}}, reused as {{הערה|שם=כהן}}), Yiddish {{הערה}} too
_REF_TEMPLATES = frozenset({"refn", "refnest", "#tag:ref", "ref", "הערה"})
# the name= and group= parameters of a note template as the other Wikipedias write them
_NAME_PARAMS = ("name", "שם", "اسم", "نام", "имя", "назва")
_GROUP_PARAMS = ("group", "קבוצה", "مجموعة", "گروه", "группа", "група")
_NOTE_TEMPLATES = _SFN | _HARV_TEXT | frozenset(_EFN_GROUPS) | _REF_TEMPLATES
_SHORT_CITES = _SFN | _HARV_NOTE | _HARV_TEXT
# (and the reference-list templates of other Wikipedias: Ukrainian, Polish, Swedish,
# Turkish, Finnish, Hungarian, Serbian, Bulgarian, Greek, Korean, Japanese, Vietnamese ...)
_REFLISTS = frozenset(
    """reflist references refs notelist notelist2 notelist-ua notelist-lr notelist-ur notelist-lg
    notes примечания комментарии reflist-talk مراجع ملاحظات پانویس یادداشت‌ها
    примітки коментарі przypisy uwagi referenser
    kaynakça notlar viitteet lähteet jegyzetek референце напомене бележки източници
    παραπομπές σημειώσεις 각주 脚注ヘルプ 脚注 注釈 referensi catatan références referencias
    listaref referências referenties einzelnachweise anmerkungen poznámky""".split()
    + ["tham khảo", "הערות שוליים"]
)
_NOISE_WORDS = frozenset(
    """citation needed,cn,fact,clarify,when,who,which,by whom,dubious,verify source,
    better source needed,failed verification,use dmy dates,use mdy dates,short description,
    refbegin,refend,rp,dead link,webarchive,cbignore,main,see also,further,about,for,
    distinguish,redirect,good article,featured article,pp,pp-protected,authority control,
    portal,commons category,commons,coord,toc,clear,div col,div col end,col-begin,col-end,
    italic title,update,unreferenced,more citations needed,citation style,orphan,
    нет ати,нет источников,источник?,rq,sfnref,harvid,defaultsort,displaytitle,
    notelist,reflist,efn,sfn""".replace("\n", "").split(",")
)
_EXTRA_LITERATURE = frozenset(
    {"further reading", "works cited", "cited works", "general references", "sources cited"}
)
# (a short citation's page in the other Wikipedias' words: Russian {{sfn|…|с=12}}, Polish
# {{Odn|…|s=12}}, German "S=", French "page=" and "passage=")
_PAGE_PARAMS = (
    "p",
    "pp",
    "page",
    "pages",
    "loc",
    "at",
    "с",
    "страницы",
    "страница",
    "s",
    "S",
    "strony",
    "passage",
)
# Category and file links in the languages of the Wikipedias read here
_FILE_NAMESPACES = (
    "file:", "image:", "файл:", "изображение:", "datei:", "bild:", "fichier:", "archivo:",
    "imagen:", "ficheiro:", "imagem:", "plik:", "soubor:", "bestand:", "fil:", "dosya:",
    "resim:", "tiedosto:", "kuva:", "fájl:", "kép:", "датотека:", "слика:", "αρχείο:",
    "εικόνα:", "파일:", "ファイル:", "画像:", "文件:", "tập tin:", "hình:", "berkas:",
    "gambar:", "fișier:", "imagine:", "зображення:",
)  # fmt: skip
_CATEGORY_NAMESPACES = (
    "category:", "категория:", "категорія:", "kategorie:",
    "catégorie:", "categoría:", "categoria:", "kategoria:", "kategori:", "luokka:",
    "kategória:", "categorie:", "категорија:", "κατηγορία:", "분류:", "カテゴリ:", "分类:",
    "分類:", "thể loại:",
)  # fmt: skip
_NAMESPACES_SKIPPED = (*_FILE_NAMESPACES, "media:", *_CATEGORY_NAMESPACES)
_QUOTES = lazy_compile(r"'{2,5}")
# anomalies of a hand-written reference's text kept when its fields are read around its link
_KEPT = ("url-", "doi-", "access-date")
_BOLD_TITLE = lazy_compile(r"'''(.{1,120}?)'''")
_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip
_GREEK = "αβγδεζηθικλμνξοπρστυφχψω"
# (and the Hebrew, Arabic and Persian note and citation templates: {{הערה|…}}, {{ملاحظة|…}},
# {{استشهاد ويب|…}}, {{یادکرد کتاب|…}}, {{צ-ספר|…}}, {{קישור כללי|…}})
_STRONG = lazy_compile(
    r"<ref[\s>/]|&lt;ref[\s&/]|\{\{\s*(?:cite |citation\b|sfn|efn|reflist|книга|статья"
    r"|הערה\s*\||ملاحظة\s*\||یادداشت\s*\||استشهاد |یادکرد |צ-|קישור כללי)",
    re.I,
)
# (a link holds no "[": a line of 10,000 "[" is read once, not once per bracket)
# (an Org link, "[[./file.png]]", "[[https://…][text]]", "[[file:x]]", is no wiki link)
_WIKI_LINK = lazy_compile(r"\[\[(?![./~]|https?:|file:|id:|cite)[^\[\]\n]+\]\](?!\()")


# Wikitext's own marks: a "==Heading==", "'''bold'''", a "{{Template", an external link
# "[http://x text]" (a "[[Page]]" link alone is no evidence: GitHub's and Gollum's wiki
# pages are Markdown with such links between them; nor is a bracketed address that a PDF's
# line wrap or OCR cut with a space, "[https://perma.cc/V K4Q-F7RV]", "[https://per
# ma.cc/HQ2T]": a "text" of one token holding a slash, a period or a digit goes on the URL)
_WIKITEXT = lazy_compile(
    r"^={2,6}[^=\n]+={2,6}\s*$|'''[^'\n]+'''|\{\{[^\W\d_]"
    r"|\[https?://[^\s\[\]]+ (?![^\s\[\]/.\d]*+[/.\d][^\s\[\]]*+\])[^\[\]\n]+\]",
    re.M,
)
# Markdown's: a link "[text](url)", a "**strong**" inside a line (at a line's start
# wikitext has a nested list item "** item")
_MARKDOWN = lazy_compile(
    r"\[[^\[\]\n]+\]\((?:https?://|mailto:|[./#])[^()\s]*\)|(?<=[^\n*])\*\*\S[^*\n]*\*\*"
)
# ... and an ATX heading "## Title": wikitext's "#" starts a numbered list item, so only a
# "#" line with none above or below it is a heading (a run of them is a list)
_HASH_LINE = lazy_compile(r"^#{1,6}[ \t]+\S")
_EVIDENCE = 3  # marks of a kind counted, at most


def _count(pattern: Regex, text: str) -> int:
    return sum(1 for _ in zip(range(_EVIDENCE), pattern.finditer(text), strict=False))


def _markdown_marks(text: str) -> int:
    """Markdown's marks in ``text``, at most ``_EVIDENCE``: links, strong, headings."""
    found = _count(_MARKDOWN, text)
    hashed = [bool(_HASH_LINE.match(line)) for line in text.split("\n")]
    for k, is_hash in enumerate(hashed):
        if found >= _EVIDENCE:
            break
        if is_hash and not (k and hashed[k - 1]) and not (k + 1 < len(hashed) and hashed[k + 1]):
            found += 1
    return min(found, _EVIDENCE)


def _structure(text: str) -> int:
    """Wiki structure, at most 3 marks: wikitext's own, and ``[[Page]]`` links unless the
    page has more of Markdown's marks than of wikitext's (a Markdown wiki page)."""
    own = _count(_WIKITEXT, text)
    links = _count(_WIKI_LINK, text)
    if links and _markdown_marks(text) > own:
        links = 0
    return min(own + links, _EVIDENCE)


def score(text: str) -> float:
    """Fits wikitext: ``<ref>`` tags or citation templates, with wiki structure (a page
    whose only wiki marks are ``[[Page]]`` links among Markdown's is a Markdown wiki page)."""
    structure = _structure(text)
    if _STRONG.search(text):
        return 0.96 if structure else 0.5
    return 0.5 if structure >= 3 else 0.0


# --------------------------------------------------------------------------
# Labels and notes
# --------------------------------------------------------------------------


def _unquote(value: str) -> str:
    """A template's ``group="x"`` as a tag attribute reads it: ``x``."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return value


def _alpha(n: int, upper: bool) -> str:
    letters = ""
    while n > 0:
        n, rest = divmod(n - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters.upper() if upper else letters


def _roman(n: int) -> str:
    out = ""
    for value, digits in _ROMAN:
        while n >= value:
            out += digits
            n -= value
    return out


def group_label(group: str, n: int) -> str:
    """The label MediaWiki shows for the n-th note of ``group``."""
    if not group:
        return str(n)
    if group == "lower-alpha":
        return _alpha(n, False)
    if group == "upper-alpha":
        return _alpha(n, True)
    if group == "lower-roman":
        return _roman(n)
    if group == "upper-roman":
        return _roman(n).upper()
    if group == "lower-greek":
        return _GREEK[(n - 1) % len(_GREEK)] * ((n - 1) // len(_GREEK) + 1)
    return f"{group} {n}"


@dataclass(frozen=True, slots=True)
class _Work:
    """One work a short citation names (``{{sfnm}}`` and ``{{harvs}}`` name several)."""

    short: tuple[str, ...]  # authors, then the year, as written
    pages: str | None = None
    target: str | None = None  # the anchor named outright: ``{{harvsp|…|id=Darwin1864}}``
    source: str = ""  # the template as written


class _Kind(Enum):
    REF = "ref"
    SHORT = "short"  # sfn / harv: resolved against the page's citation templates


@dataclass(slots=True)
class _Note:
    label: str
    kind: _Kind
    line: int
    end_line: int
    content: list[Node] | None = None
    content_key: str = ""  # normalised text, to tell a redefinition from a repetition
    short: list[str] = field(default_factory=list)  # sfn positional parameters
    pages: str | None = None
    target: str | None = None  # anchor named outright (``id=``), else from ``short``
    # the works its short citations name ({{harvnb}} in a <ref>, {{sfnm}}): the first is
    # the note's own unless it holds a full citation; the note cites the others too
    works: list[_Work] = field(default_factory=list)
    own_work: bool = True  # works[0] is the note's own reference
    source: str = ""
    explanatory: bool = False  # {{efn}}: a comment by definition, unless it cites
    # the pages each {{rp|…}} after one of its markers gives (``<ref>…</ref>{{rp|12}}``)
    pins: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Registry:
    notes: dict[str, _Note] = field(default_factory=dict)  # label -> note, in first-use order
    keys: dict[tuple[str, str], str] = field(default_factory=dict)  # (group, name) -> label
    counts: dict[str, int] = field(default_factory=dict)
    anomalies: list[Anomaly] = field(default_factory=list)

    def label(self, group: str, name: str | None) -> str:
        if name is not None and (group, name) in self.keys:
            return self.keys[(group, name)]
        self.counts[group] = self.counts.get(group, 0) + 1
        label = group_label(group, self.counts[group])
        if name is not None:
            self.keys[(group, name)] = label
        return label

    def note(self, label: str, kind: _Kind, line: int) -> _Note:
        if label not in self.notes:
            self.notes[label] = _Note(label, kind, line, line)
        return self.notes[label]


# --------------------------------------------------------------------------
# Sinks: where rendered text goes
# --------------------------------------------------------------------------


class _Sink(Protocol):
    def text(self, line: int, text: str) -> None: ...
    def newline(self, line: int) -> None: ...
    def blank(self) -> None: ...
    def marker(self, label: str, line: int, column: int) -> None: ...
    def link(self, url: str, text: str, line: int, column: int) -> None: ...


@dataclass(slots=True)
class _TextSink:
    """Plain text (note text, parameter values), one part per source line."""

    links: bool = False  # write external links as "text <url>"
    # write italic and bold quotes as *emphasis* (free-text notes and entries: the
    # reference parsers take an emphasised span for the title, as in Markdown and rst)
    emphasis: bool = False
    parts: list[str] = field(default_factory=lambda: [""])
    lines: list[int] = field(default_factory=list)

    def text(self, line: int, text: str) -> None:
        if not self.lines:
            self.lines.append(line)
        self.parts[-1] += text

    def newline(self, line: int) -> None:
        if self.parts[-1].strip():
            self.parts.append("")
            self.lines.append(line + 1)
        else:
            self.parts[-1] += " "

    def blank(self) -> None:
        self.parts[-1] += " "

    def marker(self, label: str, line: int, column: int) -> None:
        return None

    def link(self, url: str, text: str, line: int, column: int) -> None:
        if self.links and text.strip() and text.strip() != url:
            self.parts[-1] += f" <{url}>"

    def value(self) -> str:
        return " ".join(" ".join(self.parts).split())

    def note(self) -> tuple[str, tuple[int, ...]]:
        kept = [(" ".join(p.split()), ln) for p, ln in zip(self.parts, self.lines, strict=False)]
        kept = [(p, ln) for p, ln in kept if p]
        if self.emphasis:  # "*Title.*": the stop ends the sentence, not the title
            kept = [(re.sub(r"\*([^*\n]+?)([.,;:،])\*", r"*\1*\2", p), ln) for p, ln in kept]
        return "\n".join(p for p, _ in kept), tuple(ln for _, ln in kept) or (1,)


class _Mode(Enum):
    BODY = "body"  # text and markers
    CITES = "cites"  # markers only (inside maintenance templates, named parameters)
    DEFS = "defs"  # list-defined references: definitions only
    PLAIN = "plain"  # text only, no citations (parameter values, note text)


@dataclass(slots=True)
class _Frame:
    nodes: list[Node]
    index: int
    mode: _Mode
    sink: _Sink
    root: bool = False


# --------------------------------------------------------------------------
# The walk
# --------------------------------------------------------------------------


class _Reader:
    def __init__(self, wt: Wikitext) -> None:
        self.wt = wt
        self.body = BodyBuilder()
        self.inner = BodyBuilder()  # text of notes that hold citations ({{efn}} with {{sfn}})
        self.registry = _Registry()
        self.cites: dict[int, Reference] = {}  # id(template) -> reference
        self.anchors: dict[str, Reference] = {}
        self.skip_line = -1  # a table-markup line whose text is not body
        self.last_ref: tuple[Ref, str] | None = None  # the last <ref> marker met, its label
        self.heading_line = -1

    # ---- parameters ------------------------------------------------------

    def plain(self, nodes: list[Node], links: bool = False) -> str:
        sink = _TextSink(links=links)
        self.walk([_Frame(nodes, 0, _Mode.PLAIN, sink)])
        return sink.value()

    def params(self, template: Template) -> tuple[dict[str, Param], list[Param]]:
        named: dict[str, Param] = {}
        positional: list[Param] = []
        for param in template.params[1:]:
            if param.name is not None:
                named[param.name] = param
            else:
                positional.append(param)
        return named, positional

    def cite_template(self, template: Template) -> CiteTemplate:
        values: dict[str, str] = {}
        lines: dict[str, int] = {}
        repeated: list[tuple[str, int]] = []
        override: str | None = None
        for param in template.params[1:]:
            if param.name is None:
                continue
            line = self.wt.line(param.value_start)
            if param.name in values and self.plain(param.children).strip():
                repeated.append((param.name, line))
            value = self.plain(param.children, links=param_key(param.name) in URL_PARAMS)
            if value.strip() or param.name not in values:
                values[param.name] = value
                lines[param.name] = line
            if param.name == "ref":
                inner = next((c for c in param.children if isinstance(c, Template)), None)
                if inner is not None and inner.name in ("sfnref", "harvid"):
                    override = "".join(self.plain(p.children) for p in inner.params[1:])
        return CiteTemplate(
            template.name,
            values,
            lines,
            self.wt.slice(template.start, template.end),
            self.wt.line(template.start),
            self.wt.line(template.end - 1),
            tuple(repeated),
            override,
        )

    def citation(self, template: Template) -> bool:
        """A citation template by its name, or by its parameters (``{{Forrás|cím=|év=}}``):
        asked where citations are expected, in a note and in a reference-list entry."""
        if is_cite_template(template.name):
            return True
        named, _ = self.params(template)
        values = {key: self.plain(param.children) for key, param in named.items()}
        return looks_like_citation(template.name, values)

    def notice(self, template: Template) -> bool:
        """A maintenance or notice template, no work (see :func:`is_notice`): also one
        whose parameters pass for a citation's (``section=1`` as a chapter, ``date=``)."""
        named, positional = self.params(template)
        values = {key: self.plain(param.children) for key, param in named.items()}
        return is_notice(template.name, values, [self.plain(p.children) for p in positional])

    def reference(self, template: Template) -> Reference:
        key = id(template)
        if key not in self.cites:
            self.cites[key] = cite_reference(self.cite_template(template))
        return self.cites[key]

    def collect_anchors(self) -> None:
        """Every citation template of the page, by the anchor short citations use."""
        for template in _templates(self.wt.nodes):
            if is_cite_template(template.name):
                for found in anchor_keys(self.cite_template(template)):
                    self.anchors.setdefault(found, self.reference(template))

    # ---- notes -----------------------------------------------------------

    def ref_note(self, ref: Ref, sink: _Sink | None) -> None:
        """A ``<ref>``: a marker (when ``sink``), and its content registered."""
        group = ref.attrs.get("group", "")
        name = ref.attrs.get("name") or None
        if ref.children is None and name is None:
            return  # <ref/> with no name means nothing
        label = self.registry.label(group, name)
        line, column = self.wt.position(ref.start)
        if sink is not None:
            sink.marker(label, line, column)
            self.last_ref = (ref, label)
        if group:
            self.registry.note(label, _Kind.REF, line).explanatory = True
        if ref.children is not None:
            end = self.wt.line(max(ref.start, ref.end - 1))
            self.define(label, ref.children, line, end, ref.content_start, ref.content_end)
            note = self.registry.notes[label]
            if note.content is ref.children:  # (its first definition)
                self.ref_works(note, ref.children)
        else:
            self.registry.note(label, _Kind.REF, line)

    def define(
        self, label: str, content: list[Node], line: int, end: int, start: int, stop: int
    ) -> None:
        note = self.registry.note(label, _Kind.REF, line)
        key = " ".join(self.wt.slice(start, stop).split())
        if note.content is None:
            note.content, note.content_key, note.line, note.end_line = content, key, line, end
            note.source = self.wt.slice(start, stop)
        elif key and note.content_key != key:
            self.registry.anomalies.append(
                Anomaly(
                    AnomalyCode.DUPLICATE_DEFINITION,
                    f"note {label} is defined twice with different text "
                    f"(lines {note.line} and {line}); MediaWiki shows the first",
                    line,
                    footnote=label,
                )
            )

    def template_note(self, template: Template, group: str, sink: _Sink | None) -> None:
        """``{{efn|…}}``, ``{{refn|…}}``, ``{{#tag:ref|…}}``: a note with content."""
        named, positional = self.params(template)
        group_param = next((named[k] for k in _GROUP_PARAMS if k in named), None)
        if group_param is not None:  # group=注 and group="注" alike, as in a <ref> tag
            group = _unquote(self.plain(group_param.children))
        name_param = next((named[k] for k in _NAME_PARAMS if k in named), None)
        name = self.plain(name_param.children).strip() if name_param is not None else None
        label = self.registry.label(group, name or None)
        line, column = self.wt.position(template.start)
        if sink is not None:
            sink.marker(label, line, column)
        self.registry.note(label, _Kind.REF, line).explanatory = bool(group)
        # ({{הערה|1=…}}: a note whose text holds "=" is given as the first parameter by name)
        content_param = positional[0] if positional else named.get("1")
        if content_param is not None:
            content = content_param
            self.define(
                label,
                content.children,
                self.wt.line(content.start),
                self.wt.line(max(content.start, content.end - 1)),
                content.start,
                content.end,
            )
            # citations inside the note ({{efn|... {{sfn|X|2001}}}}) have the note as claim
            self.inner.blank()
            self.walk([_Frame(content.children, 0, _Mode.BODY, self.inner)])
            self.inner.blank()
        else:
            self.registry.note(label, _Kind.REF, line)

    def short_works(self, template: Template) -> list[_Work]:
        """The works a short citation names, each with its authors, year and pages.

        ``{{sfn|Smith|Jones|2010}}`` / ``{{harvnb|…}}``: positional (``id=`` names the
        anchor outright, as French Wikipedia's ``{{harvsp}}`` does); ``{{sfnm|1a1=…|1y=…|
        2a1=…|2y=…}}``: one work per number; ``{{harvs|nb|last=…|year=…|year2=…}}``: one
        work per year (``nb``, ``txt``, ``paren`` are flags, not names).
        """
        named, positional = self.params(template)
        source = self.wt.slice(template.start, template.end)

        def value(*keys: str) -> str:
            return next((self.plain(named[k].children).strip() for k in keys if k in named), "")

        def work(names: list[str], year: str, pages: str, target: str = "") -> _Work:
            short = tuple(x for x in [*names, year] if x)
            return _Work(short, pages or None, target or None, source)

        if template.name == "sfnm":
            works: list[_Work] = []
            for k in range(1, 10):
                names = [value(f"{k}a{n}") for n in range(1, 5)]
                year = value(f"{k}y")
                if not any(names) and not year:
                    break
                works.append(work(names, year, value(f"{k}p", f"{k}pp", f"{k}loc")))
            return works or [work([], "", "")]
        if template.name == "harvs":
            names = [value("last", "last1", "author", "author1")]
            names += [value(f"last{n}", f"author{n}") for n in range(2, 5)]
            pages = value(*_PAGE_PARAMS)
            years = [value("year", "year1"), *(value(f"year{n}") for n in range(2, 10))]
            return [work(names, y, pages) for y in years if y] or [work(names, "", pages)]
        names = [self.plain(p.children).strip() for p in positional]
        return [work(names, "", value(*_PAGE_PARAMS), value("id"))]

    def ref_works(self, note: _Note, content: list[Node]) -> None:
        """The short citations in a ``<ref>`` (``{{harvnb|A|1998}}, {{harvnb|B|2004}}``,
        ``{{harvtxt|C|2001}}: "…"``): each cites its work; the first is the note's own
        reference unless the note holds a full citation template (then none is).  The
        rendered page shows one marker: the others are works the note cites too
        (``RawNote.also``), no markers of their own."""
        templates = list(_outside_refs(content))
        shorts = sorted((t for t in templates if t.name in _SHORT_CITES), key=lambda t: t.start)
        if not shorts:
            return
        pinpoints = self.pinpoints(content)
        works = [
            w if w.pages or id(t) not in pinpoints else replace(w, pages=pinpoints[id(t)])
            for t in shorts
            for w in self.short_works(t)
        ]
        note.works = works
        note.own_work = not any(self.citation(t) for t in templates)

    def pinpoints(self, content: list[Node]) -> dict[int, str]:
        """``{{harvnb|X|1990}}{{rp|12}}``: the page an ``{{rp}}`` gives the short
        citation just before it (id of the short citation template -> pages)."""
        found: dict[int, str] = {}
        last: Template | None = None
        for node in content:
            if isinstance(node, Text) and not self.wt.slice(node.start, node.end).strip():
                continue
            if isinstance(node, Template) and node.name == "rp" and last is not None:
                _, positional = self.params(node)
                pages = self.plain(positional[0].children).strip() if positional else ""
                if pages:
                    found[id(last)] = pages
            last = node if isinstance(node, Template) and node.name in _SHORT_CITES else None
        return found

    def short_note(self, template: Template, sink: _Sink) -> None:
        """``{{sfn|Smith|2010|p=5}}``: identical ones share a note."""
        works = self.short_works(template)
        first = works[0]
        key = "sfn:" + "|".join(first.short) + "|" + (first.pages or "")
        label = self.registry.label("", key)
        line, column = self.wt.position(template.start)
        sink.marker(label, line, column)
        note = self.registry.note(label, _Kind.SHORT, line)
        if not note.short:
            note.kind, note.short, note.pages = _Kind.SHORT, list(first.short), first.pages
            note.target, note.source, note.works = first.target, first.source, works

    def in_text(self, template: Template) -> bool:
        """``{{harvs|txt|last=Smith|year=2010}}``: a ``{{harvs}}`` whose ``txt`` flag makes
        it render "Smith (2010)" in the text, as ``{{harvtxt}}`` does."""
        if template.name != "harvs":
            return False
        _, positional = self.params(template)
        return any(self.plain(p.children).strip().lower() == "txt" for p in positional)

    def harv_text(self, template: Template, sink: _Sink) -> None:
        """``{{harvtxt|Smith|2010}}`` in the text: "Smith (2010)", a citation by key."""
        works = self.short_works(template)
        first = works[0]
        names, year = first.short[:-1], first.short[-1] if first.short else ""
        shown = f"{' & '.join(names)} ({year})"
        line, column = self.wt.position(template.start)
        sink.text(line, shown)
        label = f"{' '.join(names)} {year}".strip()
        sink.marker(label, line, column)
        note = self.registry.note(label, _Kind.SHORT, line)
        if not note.short:
            note.short, note.target, note.source = list(first.short), first.target, first.source
            note.works = works

    # ---- walking ---------------------------------------------------------

    def walk(self, stack: list[_Frame]) -> None:
        """Process frames until the stack is empty (children before what follows them)."""
        while stack:
            frame = stack[-1]
            if frame.index >= len(frame.nodes):
                stack.pop()
                continue
            node = frame.nodes[frame.index]
            frame.index += 1
            self.visit(node, frame, stack)

    def push(self, stack: list[_Frame], nodes: list[Node], mode: _Mode, sink: _Sink) -> None:
        if nodes:
            stack.append(_Frame(nodes, 0, mode, sink))

    def visit(self, node: Node, frame: _Frame, stack: list[_Frame]) -> None:
        mode, sink = frame.mode, frame.sink
        if isinstance(node, Text):
            if mode in (_Mode.BODY, _Mode.PLAIN):
                self.text(node, frame)
        elif isinstance(node, Break):
            if mode in (_Mode.BODY, _Mode.PLAIN):
                sink.text(self.wt.line(node.start), " ")
        elif isinstance(node, Url | ExtLink):
            if mode in (_Mode.BODY, _Mode.PLAIN):
                line, column = self.wt.position(node.start)
                shown = decode_entities(node.text) if isinstance(node, ExtLink) else node.url
                url = node.url if "://" in node.url else "https:" + node.url
                sink.text(line, _QUOTES.sub("", shown))
                sink.link(url, _QUOTES.sub("", shown), line, column)
        elif isinstance(node, Link):
            self.wikilink(node, frame, stack)
        elif isinstance(node, Ref):
            if mode in (_Mode.BODY, _Mode.CITES):
                self.ref_note(node, sink)
            elif mode is _Mode.DEFS:
                self.ref_note(node, None)
        elif isinstance(node, References):
            if mode is not _Mode.PLAIN:
                self.push(stack, node.children, _Mode.DEFS, sink)
        else:
            self.template(node, frame, stack)

    def text(self, node: Text, frame: _Frame) -> None:
        wt, sink = self.wt, frame.sink
        pos = node.start
        while pos < node.end:
            nl = wt.text.find("\n", pos, node.end)
            stop = node.end if nl < 0 else nl
            line = wt.line(pos)
            chunk = wt.text[pos:stop].replace(MASK, "")
            if frame.root and line - 1 < len(wt.kinds) and line != self.skip_line:
                kind = wt.kinds[line - 1]
                if kind is LineKind.CELL:  # "| a || b" and "! x !! y": the bars are no text
                    chunk = chunk.replace("!!", " ").replace("|", " ")
                    if wt.line_starts[line - 1] >= pos:
                        chunk = chunk.lstrip("! ")
                elif kind is LineKind.TABLE:  # a caption ("|+ Nests by year"): its text alone
                    lead = wt.line_starts[line - 1] + 2 - pos
                    if lead > 0:
                        chunk = chunk[:lead].lstrip("|+") + chunk[lead:]
            if line != self.skip_line or not frame.root:
                mark = "*" if isinstance(sink, _TextSink) and sink.emphasis else ""
                sink.text(line, _QUOTES.sub(mark, decode_entities(chunk)))
            if nl < 0:
                break
            if frame.root and frame.mode is _Mode.BODY:
                self.line_break(line + 1)
            else:
                sink.newline(line)
            pos = nl + 1

    def line_break(self, line: int) -> None:
        """Body structure at the start of ``line``: paragraphs, headings, items, tables."""
        body = self.body
        if self.heading_line == line - 1:
            body.blank()
        if line - 1 >= len(self.wt.kinds):
            return
        kind = self.wt.kinds[line - 1]
        if kind is LineKind.TEXT:
            body.newline(line)
            return
        if kind is LineKind.CELL and body.in_row():
            body.cell(line)  # a row's next cell, on a line of its own: joined to the row
            return
        body.blank()
        if kind is LineKind.HEADING:
            self.heading_line = line
        elif kind is LineKind.TABLE:
            markup = self.wt.text[self.wt.line_starts[line - 1] :][:2]
            if markup != "|+":  # (a caption's text is read: its claim)
                self.skip_line = line
            if markup in ("{|", "|-"):
                body.row(line)  # the cells up to the next "|-" are one row

    def wikilink(self, node: Link, frame: _Frame, stack: list[_Frame]) -> None:
        target = self.plain(node.params[0].children).strip()
        lower = target.lower().lstrip(":")
        if lower.startswith(_NAMESPACES_SKIPPED):
            if lower.startswith(_FILE_NAMESPACES):
                caption = node.params[-1] if len(node.params) > 1 else None
                for param in node.params[1:-1]:
                    self.push(stack, param.children, _Mode.CITES, frame.sink)
                if caption is not None and frame.mode is not _Mode.CITES:
                    self.push(stack, caption.children, frame.mode, frame.sink)
            return
        if re.match(r"^[a-z]{2,3}(?:-[a-z]+)?:", lower) and frame.root:
            return  # an interlanguage link
        if frame.mode not in (_Mode.BODY, _Mode.PLAIN):
            return
        shown = node.params[-1] if len(node.params) > 1 else node.params[0]
        if len(node.params) > 1 and not self.plain(shown.children).strip():
            frame.sink.text(self.wt.line(node.start), re.sub(r"\s*\(.*\)$", "", target))
            return
        self.push(stack, shown.children, frame.mode, frame.sink)

    def template(self, node: Template, frame: _Frame, stack: list[_Frame]) -> None:
        name, mode, sink = node.name, frame.mode, frame.sink
        named, positional = self.params(node)
        citing = mode in (_Mode.BODY, _Mode.CITES)
        if mode is _Mode.DEFS:
            for param in node.params[1:]:
                self.push(stack, param.children, _Mode.DEFS, sink)
            return
        if name in _EFN_GROUPS or name in _REF_TEMPLATES:
            if citing:
                self.template_note(node, _EFN_GROUPS.get(name, ""), sink)
            return
        if (name in _SFN or name in _HARV_NOTE) and not self.in_text(node):
            if citing:
                self.short_note(node, sink)
            return
        if name in _HARV_TEXT or self.in_text(node):
            if citing:
                self.harv_text(node, sink)
            return
        if name == "r":
            if citing:
                group = _unquote(self.plain(named["group"].children)) if "group" in named else ""
                line, column = self.wt.position(node.start)
                for param in positional:
                    key = self.plain(param.children).strip()
                    if key:
                        label = self.registry.label(group, key)
                        self.registry.note(label, _Kind.REF, line)
                        sink.marker(label, line, column)
            return
        if name == "rp" and citing:
            self.pin(node)
            return
        if name in _REFLISTS:
            for param in node.params[1:]:
                self.push(stack, param.children, _Mode.DEFS, sink)
            return
        if is_cite_template(name) or _noise(name) or name.startswith(("#", "defaultsort")):
            if citing:
                for param in reversed(node.params[1:]):
                    self.push(stack, param.children, _Mode.CITES, sink)
            return
        if frame.root and mode is _Mode.BODY and self.block_template(node):
            # (an infobox: no body text, but a field holding a citation is the claim it
            # supports, "| birth_date = c. 965<ref>…</ref>": a paragraph of its own; a
            # field holding a note alone ("| nota = <ref name=a />") has its label as
            # claim, never the text of the block before it (the page's last, as these
            # paragraphs are kept after the body's)
            for param in node.params[1:]:
                if param.name is not None and _holds_note(param.children):
                    self.inner.blank()
                    if not self.has_text(param.children):
                        self.inner.text(self.wt.line(param.start), f"{self.field_label(param)}:")
                    self.walk([_Frame(param.children, 0, _Mode.BODY, self.inner)])
                    self.inner.blank()
                else:
                    self.walk([_Frame(param.children, 0, _Mode.CITES, sink)])
            return
        self.inline_template(node, frame, stack, named, positional)

    def pin(self, node: Template) -> None:
        """``<ref>…</ref>{{rp|12}}``: the page the citation just before it points at."""
        if self.last_ref is None:
            return
        ref = self.last_ref[0]
        if ref.end > node.start or self.wt.slice(ref.end, node.start).strip():
            return  # (not right after a note's marker)
        _, positional = self.params(node)
        pages = self.plain(positional[0].children).strip() if positional else ""
        note = self.registry.notes.get(self.last_ref[1])
        if pages and note is not None:
            note.pins.append(pages)

    def inline_template(
        self,
        node: Template,
        frame: _Frame,
        stack: list[_Frame],
        named: dict[str, Param],
        positional: list[Param],
    ) -> None:
        """Text through the positional parameters; citations in the named ones."""
        shown = positional
        if node.name == "lang" and positional:
            shown = positional[-1:]
        elif node.name in ("quote", "blockquote", "quotation") and "text" in named:
            shown = [named["text"]]
        elif node.name == "!":
            frame.sink.text(self.wt.line(node.start), "|")
            return
        label = IDENTIFIER_LABELS.get(node.name)
        if label is not None and positional and frame.mode in (_Mode.BODY, _Mode.PLAIN):
            # ({{ISBN|978-…}} prints "ISBN 978-…", {{doi|10.…}} "doi:10.…")
            frame.sink.text(self.wt.line(node.start), label if label[-1] == ":" else label + " ")
        frames: list[_Frame] = []
        for k, param in enumerate(shown):
            if k:
                space = Break(param.start, param.start)
                frames.append(_Frame([space], 0, frame.mode, frame.sink))
            frames.append(_Frame(param.children, 0, frame.mode, frame.sink))
        if frame.mode in (_Mode.BODY, _Mode.CITES):
            for param in named.values():
                if all(param is not p for p in shown):
                    frames.append(_Frame(param.children, 0, _Mode.CITES, frame.sink))
        stack.extend(reversed(frames))

    def has_text(self, nodes: list[Node]) -> bool:
        """Do ``nodes`` show text of their own (a word, a link), notes aside?"""
        for node in nodes:
            if isinstance(node, Link):
                return True
            if isinstance(node, Text):
                if self.wt.text[node.start : node.end].replace(MASK, "").strip():
                    return True
        return False

    def field_label(self, param: Param) -> str:
        """A template field's name as written (``| birth_date = …``: ``birth_date``)."""
        written = self.wt.text[param.start : param.value_start].replace(MASK, "")
        return written.strip().rstrip("=").strip() or (param.name or "")

    def block_template(self, node: Template) -> bool:
        """A template standing on its own lines (an infobox, a navbox)."""
        text, wt = self.wt.text, self.wt
        before = text[wt.line_starts[wt.line(node.start) - 1] : node.start]
        after_end = text.find("\n", node.end)
        after = text[node.end : len(text) if after_end < 0 else after_end]
        return not before.replace(MASK, "").strip() and not after.replace(MASK, "").strip()


def _shown(ref: Reference) -> str:
    """A citation template's work as a reader of the page sees it: "Author, Title, 2007"."""
    year = str(ref.year) if ref.year is not None else ref.year_raw
    parts = [", ".join(ref.authors), ref.title, ref.publisher, year]
    return ", ".join(p for p in parts if p)


def _noise(name: str) -> bool:
    """A template that is neither text nor a citation: maintenance, navigation, a
    sister-project box."""
    return name in _NOISE_WORDS or is_sister(name)


def _templates(nodes: list[Node]) -> Iterator[Template]:
    """Every template in ``nodes``, at any depth (refs and links included)."""
    stack: list[list[Node]] = [nodes]
    while stack:
        for node in stack.pop():
            if isinstance(node, Template):
                yield node
                stack.extend(p.children for p in node.params)
            elif isinstance(node, Link):
                stack.extend(p.children for p in node.params)
            elif isinstance(node, Ref) and node.children is not None:
                stack.append(node.children)
            elif isinstance(node, References):
                stack.append(node.children)


def _holds_note(nodes: list[Node]) -> bool:
    """Is there a note or a citation in ``nodes``, at any depth?"""
    stack: list[list[Node]] = [nodes]
    while stack:
        for node in stack.pop():
            if isinstance(node, Ref):
                return True
            if isinstance(node, Template):
                if node.name in _NOTE_TEMPLATES or node.name in _HARV_NOTE or node.name == "r":
                    return True
                stack.extend(p.children for p in node.params)
            elif isinstance(node, Link):
                stack.extend(p.children for p in node.params)
    return False


def _outside_refs(nodes: list[Node]) -> Iterator[Template]:
    """Templates in ``nodes`` at any depth, not looking inside notes of their own
    (``<ref>`` tags, ``{{efn}}``, ``{{refn}}``, ``{{sfn}}``)."""
    stack: list[list[Node]] = [nodes]
    while stack:
        for node in stack.pop():
            if isinstance(node, Template):
                yield node
                if node.name not in _NOTE_TEMPLATES:
                    stack.extend(p.children for p in node.params)
            elif isinstance(node, Link):
                stack.extend(p.children for p in node.params)


def _lines_split(wt: Wikitext) -> Iterator[Node]:
    """Root nodes, text cut after each line break (each piece on one line)."""
    for node in wt.nodes:
        if not isinstance(node, Text):
            yield node
            continue
        pos = node.start
        while pos < node.end:
            nl = wt.text.find("\n", pos, node.end)
            stop = node.end if nl < 0 else nl + 1
            yield Text(pos, stop)
            pos = stop


def _category_link(wt: Wikitext, node: Node) -> bool:
    """Is ``node`` a category link (``[[Category:…]]``), which files the page and shows
    nothing where it stands?"""
    if not isinstance(node, Link):
        return False
    target = wt.slice(node.start, node.end).lstrip("[ ").lower()
    return target.startswith(_CATEGORY_NAMESPACES)


def _heading_text(heading: str) -> str:
    return re.sub(r"\[\[(?:[^|\]]*\|)?([^\]]*)\]\]|'{2,5}|<[^>]*>", r"\1", heading).strip()


def _is_literature(heading: str) -> bool:
    text = _heading_text(heading)
    return is_literature_heading("# " + text) or section_heading_key(text) in _EXTRA_LITERATURE


@dataclass(slots=True)
class _Section:
    heading_line: int
    entries: int = 0
    content: bool = False  # something besides reference-list templates was written
    reading: bool = False  # further reading: works the text need not cite


class _Document(_Reader):
    """The whole page: body, notes, literature."""

    def __init__(self, wt: Wikitext) -> None:
        super().__init__(wt)
        self.literature: list[RawNote] = []
        # the entries of each literature section, by its heading's line
        self.section_entries: dict[int, list[RawNote]] = {}
        self.anomalies: list[Anomaly] = []
        # last line of a template that began an entry -> the entry's line: the text after
        # the closing braces (``}}.``) ends that entry, it is no entry of its own
        self.closing: dict[int, int] = {}

    def sections(self) -> dict[int, _Section]:
        """1-based line -> the literature section it lies in: under a heading named so
        (:func:`_is_literature`), or, whatever its heading's language, a list of citation
        templates the page's short citations point at (:meth:`sources_list`)."""
        found: dict[int, _Section] = {}
        current: _Section | None = None
        headings = self.wt.headings
        targets: set[str] | None = None
        # the literature section whose subsections are literature too ("== Sources ==" with
        # "=== Editions and translations ===" and "=== Studies ==="): its level, reading
        parent: tuple[int, bool] | None = None
        for index in range(len(self.wt.kinds)):
            if index in headings:
                level = self.wt.levels.get(index, 2)
                if parent is not None and level <= parent[0]:
                    parent = None
                if is_see_also_heading(_heading_text(headings[index])):
                    current = None  # "== See also ==" links the wiki's pages: no list of works
                    continue
                # (a content section named so, "===Literature===" on a country's writers,
                # is prose: no list)
                literature = _is_literature(headings[index]) and not self.prose_under(index)
                if not literature:
                    targets = self.short_targets() if targets is None else targets
                    literature = bool(targets) and self.sources_list(index, targets)
                reading = is_reading_heading(_heading_text(headings[index]))
                if not literature and parent is not None and not self.prose_under(index):
                    literature, reading = True, reading or parent[1]
                if literature and parent is None:
                    parent = (level, reading)
                current = _Section(index + 1, reading=reading) if literature else None
                continue
            if current is not None:
                found[index + 1] = current
        return found

    def prose_under(self, heading: int) -> bool:
        """Is the section under the heading at 0-based line ``heading`` running prose
        (:func:`bibcheck.readers.apparatus.prose_section`)?"""
        wt = self.wt
        end = next((i for i in sorted(wt.headings) if i > heading), len(wt.kinds))
        stops = [*wt.line_starts, len(wt.text)]
        lines = (
            (wt.kinds[i] is LineKind.ITEM, wt.slice(stops[i], stops[i + 1]))
            for i in range(heading + 1, end)
            if wt.kinds[i] is not LineKind.BLANK
        )
        return prose_section(lines)

    def short_targets(self) -> set[str]:
        """The anchors the page's short citations (``{{sfn}}``, ``{{harvnb}}``) name."""
        found: set[str] = set()
        for template in _templates(self.wt.nodes):
            if template.name in _SHORT_CITES:
                for work in self.short_works(template):
                    key = normalise_key(work.target) if work.target else short_anchor(work.short)
                    if key:
                        found.add(key)
        return found

    def sources_list(self, heading: int, targets: set[str]) -> bool:
        """Is the section under the heading at 0-based line ``heading`` a list of
        citation templates (one at the start of every item; nothing else but blank lines
        and layout templates such as ``{{refbegin}}``), one of which a short citation
        names? Such a "Sources" list is the page's literature in any language."""
        wt = self.wt
        end = next((i for i in sorted(wt.headings) if i > heading), len(wt.kinds))
        roots: dict[int, list[Node]] = {}
        for node in _lines_split(wt):  # (text cut at line ends: no heading after a list)
            line = wt.line(node.start) - 1
            if heading < line < end and not _category_link(wt, node):
                roots.setdefault(line, []).append(node)
        items = 0
        named = False
        for index in range(heading + 1, end):
            kind = wt.kinds[index]
            nodes = [
                n
                for n in roots.get(index, [])
                if not (isinstance(n, Text) and not wt.slice(n.start, n.end).strip(" *#:;\n"))
            ]
            cites = [n for n in nodes if isinstance(n, Template) and self.citation(n)]
            if kind is LineKind.ITEM and cites and nodes[0] is cites[0]:
                items += 1
                named = named or any(
                    not targets.isdisjoint(anchor_keys(self.cite_template(t))) for t in cites
                )
            elif kind is not LineKind.BLANK and any(
                not isinstance(n, Template) or self.citation(n) for n in nodes
            ):
                return False  # prose, a table, a list of links: no sources list
        return items >= 2 and named

    def prose_lines(self) -> set[int]:
        """1-based lines of running text that cite: a paragraph holding a ``<ref>`` (or
        ``{{efn}}``, ``{{sfn}}``, ``{{r}}``) is body text even under a heading named like
        a reference list ("== Fuentes ==", "== Sources =="); its notes are numbered where
        they stand, not after the body."""
        wt = self.wt
        found: set[int] = set()
        for node in wt.nodes:
            noted = isinstance(node, Ref) or (
                isinstance(node, Template) and (node.name in _NOTE_TEMPLATES or node.name == "r")
            )
            line = wt.line(node.start)
            if noted and wt.kinds[line - 1] is LineKind.TEXT:
                found.update(range(line, wt.line(max(node.start, node.end - 1)) + 1))
        return found

    def run(self) -> None:
        wt = self.wt
        self.collect_anchors()
        sections = self.sections()
        for line in self.prose_lines():
            sections.pop(line, None)
        items: dict[int, list[Node]] = {}
        self.line_break(1)
        for node in _lines_split(wt):
            line = wt.line(node.start)
            section = sections.get(line)
            if section is not None and self.route(node, line, section, items):
                if isinstance(node, Text) and wt.text.endswith("\n", node.start, node.end):
                    self.line_break(line + 1)
                continue
            self.walk([_Frame([node], 0, _Mode.BODY, self.body, root=True)])
        for line, nodes in items.items():
            self.entries(nodes, sections[line])
        for section in {id(s): s for s in sections.values()}.values():
            if section.content and not section.entries:
                self.anomalies.append(
                    Anomaly(
                        AnomalyCode.UNREAD_REGION,
                        "the reference section under this heading yielded no entries "
                        "(no list items or citation templates bibcheck can read)",
                        section.heading_line,
                    )
                )

    def route(self, node: Node, line: int, section: _Section, items: dict[int, list[Node]]) -> bool:
        """Is ``node`` part of a literature entry? (Collected in ``items`` if so.)

        In a reference section every list item and every line of text is an entry
        (a citation template, or free text as in ``"Title," New York Times, 1996``);
        reference-list and navigation templates standing alone are not.
        """
        kind = self.wt.kinds[line - 1]
        if isinstance(node, References):
            return False
        if isinstance(node, Template):
            if node.name in _REFLISTS or _noise(node.name) or self.notice(node):
                return False  # (a maintenance notice: {{参照方法|date=…}}, {{Belege fehlen}})
            if not self.citation(node) and line not in items:
                nested = [t for t in _outside_refs([node]) if self.citation(t)]
                for template in nested:
                    items.setdefault(self.wt.line(template.start), []).append(template)
                if nested:
                    self.walk([_Frame([node], 0, _Mode.CITES, self.body)])
                    return True
                if kind is not LineKind.ITEM:
                    return False  # a navigation box, {{refbegin}}...
        if kind in (LineKind.ITEM, LineKind.TEXT):
            # (text and links after the braces: "}} [https://… Vol. 2 online]")
            tail = isinstance(node, Text | ExtLink | Url | Link | Break)
            owner = self.closing.get(line, line) if tail else line
            items.setdefault(owner, []).append(node)
            if isinstance(node, Template):
                end = self.wt.line(max(node.start, node.end - 1))
                if end > line:
                    self.closing[end] = line
            return True
        if kind is LineKind.CELL and self.wt.slice(node.start, node.end).strip(" |!\n"):
            section.content = True  # a table of references: not read
        return False

    def entries(self, nodes: list[Node], section: _Section) -> None:
        """Literature entries of one list item (one per citation template in it)."""
        cites = [t for t in _outside_refs(nodes) if self.citation(t)]
        found: list[RawNote] = []
        sources = [] if cites else self.sources(nodes)
        noted = "<ref" in self.wt.slice(nodes[0].start, nodes[-1].end).lower()
        if noted:  # a note on the entry's line: the entry is the claim it supports
            self.body.blank()
            shown = "; ".join(_shown(self.cited(t)) for t in cites) or self.render(nodes)
            self.body.text(self.wt.line(nodes[0].start), shown)
        self.walk([_Frame(nodes, 0, _Mode.CITES, self.body)])
        if noted:
            self.body.blank()
        for template in cites or sources:
            ref = self.cited(template) if cites else self.source(template)
            starts = tuple(range(ref.line, ref.end_line + 1))
            label = str(len(self.literature) + len(found) + 1)
            found.append(
                RawNote(
                    label,
                    ref.raw,
                    ref.line,
                    ref.end_line,
                    starts,
                    reference=ref,
                    nocite=section.reading,
                )
            )
        if not cites and not sources:
            sink = _TextSink(links=True, emphasis=True)
            self.walk([_Frame(nodes, 0, _Mode.PLAIN, sink)])
            text, starts = sink.note()
            if text:
                label = str(len(self.literature) + 1)
                read = self.linked(nodes, text, starts, note=False)
                found.append(
                    RawNote(
                        label,
                        text,
                        starts[0],
                        starts[-1],
                        starts,
                        reference=read,
                        nocite=section.reading,
                    )
                )
        section.entries += len(found)
        self.section_entries.setdefault(section.heading_line, []).extend(found)
        self.literature.extend(found)

    # ---- notes -----------------------------------------------------------

    def footnotes(self) -> list[RawNote]:
        notes: list[RawNote] = []
        for note in self.registry.notes.values():
            if note.kind is _Kind.SHORT:
                raw = self.short(note, note.short, note.pages, note.target)
            elif note.content is not None:
                raw = self.content_note(note, note.content)
            else:
                continue
            if len(set(note.pins)) == 1 and raw.reference and not raw.reference.pages:
                # (one page for every citation of the note: the reference's; several
                # differ by citation, which the note cannot hold)
                raw = replace(raw, reference=replace(raw.reference, pages=note.pins[0]))
            further = note.works[1:] if note.own_work else note.works
            if further:
                raw = replace(raw, also=tuple(self.also(note, work) for work in further))
            notes.append(raw)
        return notes

    def also(self, note: _Note, work: _Work) -> Reference:
        """The reference of a further work a note cites; one no citation template of the
        page holds is a ``citation-key-missing`` anomaly of the note."""
        key = normalise_key(work.target) if work.target else short_anchor(work.short)
        target = self.anchors.get(key) if key else None
        names, year = work.short[:-1], work.short[-1] if work.short else ""
        shown = f"{' & '.join(names)} {year}".strip()
        if target is not None:
            return replace(target, pages=work.pages or target.pages)
        self.registry.anomalies.append(
            Anomaly(
                AnomalyCode.CITATION_KEY_MISSING,
                f"short citation {shown!r} in note {note.label} points at no citation on the "
                "page (no citation template with these authors and year, or ref=)",
                note.line,
                footnote=note.label,
            )
        )
        return _unresolved(work.source or shown, note.line, names, year, work.pages)

    def content_note(self, note: _Note, content: list[Node]) -> RawNote:
        templates = list(_outside_refs(content))
        cites = [t for t in templates if self.citation(t)]
        archive = self.archive(templates)
        if cites:
            ref = self.cited(cites[0])
            if archive is not None and ref.archive_url is None:  # {{Webarchive|url=}}
                ref = replace(ref, archive_url=archive)
            return RawNote(
                note.label, ref.raw, note.line, note.end_line, (ref.line,), reference=ref
            )
        if note.works:  # short citations only: the first is the note's own
            own = note.works[0]
            return self.short(note, list(own.short), own.pages, own.target)
        sources = [] if note.explanatory else self.sources(content)
        if sources:
            ref = self.source(sources[0])
            if archive is not None:
                ref = replace(ref, archive_url=archive)
            also = tuple(self.source(t) for t in sources[1:])
            return RawNote(
                note.label,
                ref.raw,
                note.line,
                note.end_line,
                (ref.line,),
                reference=ref,
                also=also,
            )
        sink = _TextSink(links=True, emphasis=True)
        self.walk([_Frame(content, 0, _Mode.PLAIN, sink)])
        text, starts = sink.note()
        text = without_language_mark(text)  # "(en) Title": as {{en}} before it, no text
        if not text:  # (a note of templates that show no text: at its own line)
            starts = (note.line,)
        parsed: Reference | None = None
        if note.explanatory and not re.search(r"(?:https?|ftp)://|\b10\.\d{4,9}/", text):
            parsed = Reference(
                raw=text, line=starts[0], end_line=starts[-1], kind=RefKind.COMMENTARY, style=STYLE
            )
        if parsed is None:
            parsed = self.linked(content, text, starts)
        if archive is not None:
            parsed = parsed or parse_reference(text or " ", starts, detect_styles=True)
            parsed = replace(parsed, archive_url=archive)
        return RawNote(note.label, text, starts[0], starts[-1], starts, reference=parsed)

    def cited(self, template: Template) -> Reference:
        """A citation template's reference; one that names its work's entry as a source
        template does, with no title, URL nor author (``{{Cite Merriam-Webster|raster}}``,
        ``{{Cite EB1911|wstitle=Harrow}}``), is read as one."""
        ref = self.reference(template)
        if ref.title or ref.url or ref.authors:
            return ref
        named, positional = self.params(template)
        values = {key: self.plain(p.children) for key, p in named.items()}
        if names_entry(values, [self.plain(p.children) for p in positional]):
            return self.source(template)
        return ref

    def sources(self, content: list[Node]) -> list[Template]:
        """The source templates a note holds as its content (``<ref>{{OEtymD|raster}}</ref>``,
        ``<ref>See {{MathWorld|title=Circle|urlname=Circle}}.</ref>``): templates of the
        note's own text that are no citation, note, short-citation, list, notice,
        formatting, identifier or helper template, the note's other text a lead-in at most
        (see :mod:`bibcheck.readers.wikisources`)."""
        found = [n for n in content if isinstance(n, Template) and self.source_like(n)]
        if not found:
            return []
        rest = [n for n in content if all(n is not t for t in found)]
        return found if lead_only(self.render(rest)) else []

    def source_like(self, template: Template) -> bool:
        name = template.name
        if (
            name in _NOTE_TEMPLATES
            or name in _SHORT_CITES
            or name in _REFLISTS
            or _noise(name)
            or name.startswith(("#", "defaultsort"))
        ):
            return False
        return is_known_source(name) or (is_source_template(name) and not self.notice(template))

    def source(self, template: Template) -> Reference:
        """The reference of a source template (:func:`source_reference`)."""
        named, positional = self.params(template)
        written = self.wt.slice(template.params[0].start, template.params[0].end).lstrip("{")
        return source_reference(
            " ".join(written.split()),
            template.name,
            {key: self.plain(p.children).strip() for key, p in named.items()},
            [self.plain(p.children).strip() for p in positional],
            self.wt.slice(template.start, template.end),
            (self.wt.line(template.start), self.wt.line(template.end - 1)),
        )

    def linked(
        self, nodes: list[Node], text: str, starts: tuple[int, ...], note: bool = True
    ) -> Reference | None:
        """A note or entry written by hand around a linked title (``Doe, Jane [https://…
        Title] ''Work''. 4 January 2016``): the names before the link are the authors, the
        link text the title, the italic work after it the host (see
        :mod:`bibcheck.readers.wikifree`); None for any other shape."""
        at = next((i for i, n in enumerate(nodes) if isinstance(n, ExtLink) and n.text), -1)
        if at < 0:
            return None
        link = nodes[at]
        assert isinstance(link, ExtLink)
        found = linked_reference(
            self.render(nodes[:at]),
            _QUOTES.sub("", decode_entities(link.text)),
            self.render(nodes[at + 1 :]),
        )
        if found is None:
            return None
        parsed = parse_reference(text or " ", starts, detect_styles=True, note=note)
        kind = parsed.kind if parsed.kind in (RefKind.WEB, RefKind.ARTICLE) else RefKind.WEB
        return replace(
            parsed,
            kind=kind,
            style=STYLE,
            authors=found.authors,
            title=found.title,
            host=found.host,
            year=found.year,
            year_raw=found.year_raw,
            access_date=found.access_date or parsed.access_date,
            publisher=None,
            place=None,
            # (what the text's reading said about the fields read here no longer holds)
            anomalies=tuple(a for a in parsed.anomalies if a.code.value.startswith(_KEPT)),
        )

    def render(self, nodes: list[Node]) -> str:
        """Nodes as one line of text, italics as ``*emphasis*``, links as their text."""
        sink = _TextSink(emphasis=True)
        self.walk([_Frame(nodes, 0, _Mode.PLAIN, sink)])
        return sink.note()[0].replace("\n", " ")

    def archive(self, templates: list[Template]) -> str | None:
        for template in templates:
            if template.name in ("webarchive", "wayback", "webcite"):
                named, _ = self.params(template)
                if "url" in named:
                    return self.plain(named["url"].children).strip() or None
        return None

    def short(
        self, note: _Note, short: list[str], pages: str | None, anchor_id: str | None = None
    ) -> RawNote:
        """A short citation resolved against the page's citation templates."""
        names, year = short[:-1], short[-1] if short else ""
        shown = f"{' & '.join(names)} {year}".strip() + (f", p. {pages}" if pages else "")
        key = normalise_key(anchor_id) if anchor_id else short_anchor(short)
        target = self.anchors.get(key) if key else None
        if target is not None:
            ref = replace(target, pages=pages or target.pages)
            return RawNote(note.label, shown, note.line, note.line, (note.line,), reference=ref)
        missing = Anomaly(
            AnomalyCode.CITATION_KEY_MISSING,
            f"short citation {shown!r} points at no citation on the page "
            "(no citation template with these authors and year, or ref=)",
            note.line,
            footnote=note.label,
        )
        ref = _unresolved(note.source or shown, note.line, names, year, pages, (missing,))
        return RawNote(note.label, shown, note.line, note.line, (note.line,), reference=ref)


def _unresolved(
    raw: str,
    line: int,
    names: Sequence[str],
    year: str,
    pages: str | None,
    anomalies: tuple[Anomaly, ...] = (),
) -> Reference:
    """The reference of a short citation no citation template of the page holds: its
    names, year and pages as written."""
    m = re.search(r"\d{4}", year)
    return Reference(
        raw=raw,
        line=line,
        end_line=line,
        kind=RefKind.UNKNOWN,
        style=STYLE,
        authors=tuple(names),
        year=int(m.group(0)) if m else None,
        year_raw=year or None,
        pages=pages,
        anomalies=anomalies,
    )


def _title(wt: Wikitext) -> str | None:
    m = _BOLD_TITLE.search(wt.text[:5000])
    if m is None:
        return None
    title = re.sub(r"\[\[(?:[^|\]]*\|)?([^\]]*)\]\]|'{2,5}", r"\1", m.group(1)).replace(MASK, "")
    return title.strip() or None


def read(text: str) -> RawDocument:
    if "&lt;ref" in text and "<ref" not in text:
        text = decode_entities(text)  # wikitext copied from an XML dump: entities escaped
    wt = parse(text)
    doc = _Document(wt)
    doc.run()
    footnotes = doc.footnotes()
    literature = _with_reading(doc, footnotes)
    blocks, markers = doc.body.finish()
    inner_blocks, inner_markers = doc.inner.finish()
    shift = len(blocks)
    markers = markers + [replace(m, block=m.block + shift) for m in inner_markers]
    markers.sort(key=lambda m: (m.line, m.column))
    anomalies = [*doc.anomalies, *doc.registry.anomalies, *unshown_groups(wt.text)]
    for what, offset in wt.unclosed:
        anomalies.append(
            Anomaly(
                AnomalyCode.DOCUMENT_DAMAGED,
                f"{what} opened here is never closed; MediaWiki shows the rest as text",
                wt.line(offset),
            )
        )
    links = doc.body.links
    if not (footnotes or markers or doc.literature or links.markers):
        raise InputError(
            "no <ref> notes, citation templates, reference list or external links found "
            "in this wikitext"
        )
    return RawDocument(
        reader=NAME,
        title=_title(wt),
        blocks=tuple(blocks + inner_blocks),
        markers=tuple(markers),
        footnotes=tuple(footnotes),
        literature=tuple(literature),
        anomalies=tuple(anomalies),
        markers_reusable=True,
        literature_partial=True,
        link_markers=tuple(links.markers),
        link_notes=tuple(links.notes),
    )


def _with_reading(doc: _Document, notes: Sequence[RawNote]) -> list[RawNote]:
    """The page's literature, the entries of a section that is further reading beside the
    notes (``== Literatur ==`` no note cites: :mod:`bibcheck.readers.wikireading`) listed
    on purpose."""
    headings = {k + 1: _heading_text(h) for k, h in doc.wt.headings.items()}
    reading = reading_sections(doc.section_entries, headings, notes)
    if not reading:
        return doc.literature
    ids = {id(e) for line in reading for e in doc.section_entries[line]}
    return [replace(e, nocite=True) if id(e) in ids else e for e in doc.literature]


READER = register(
    Reader(NAME, (".wiki", ".mediawiki", ".wikitext"), score, read, detect_styles=True)
)
