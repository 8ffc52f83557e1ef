"""Citation forms of documentation and blog generators, rewritten as Pandoc's.

The Pandoc reader reads ``[@key]`` citations resolved in named bibliographies.  Other
tools cite by key with forms of their own; each is rewritten here into Pandoc's form of
the same length where it fits (columns stay put; a form wrapped over lines keeps its
line breaks), so one reader resolves them all:

* MyST Markdown (Jupyter Book, Sphinx with myst-parser): ``{cite}`a,b```, ``{cite:p}``,
  ``{cite:t}``, ``{footcite}`` roles;
* Distill (distill.pub's template; Jekyll al-folio's "distill" layout, the ICLR
  blog-post track's template): ``<d-cite key="a,b"></d-cite>`` and inline notes
  ``<d-footnote>...</d-footnote>``; the bibliography in the front matter, in
  ``<d-bibliography src=...>`` or inline in ``<script type="text/bibliography">``;
  the first template (``template.v1.js``, distill.pub's 2016-2017 articles) wrote
  ``<dt-cite key="a,b"></dt-cite>`` and ``<dt-fn>...</dt-fn>``, its bibliography inline;
* Jupyter (nbconvert's LaTeX export, nbsphinx, Jupyter Book): an HTML element with a
  ``data-cite`` attribute, ``<cite data-cite="a,b">(Doe, 2020)</cite>`` (nbconvert takes
  the attribute on any element; nbsphinx also ``data-cite-p``, ``data-cite-t``,
  ``data-footcite``, ``data-footcite-p``, ``data-footcite-t``); the element and the text
  it shows are the citation; the bibliography is named on the command line, in a Jupyter
  Book's ``_config.yml`` or in the Sphinx project's ``conf.py`` (``bibtex_bibfiles``);
* jekyll-scholar (Jekyll sites, the Galaxy Training Network's tutorials):
  ``{% cite a b --file refs -l 23 %}`` and ``{% reference a %}``; the bibliography
  named by ``--file``, by the site's ``_config.yml`` (``scholar: source/bibliography``,
  by default ``_bibliography/references.bib``), or the ``.bib`` files beside the page;
  the tags in a ``{% raw %}`` block are shown, not run: no citations
  (:mod:`~bibcheck.readers.liquidraw`);
* Hugo Cite (Hugo sites): ``{{< cite "a;b" "12" >}}``, its CSL-JSON bibliography named
  by the front matter's ``bibFile`` or found in the page bundle
  (:mod:`~bibcheck.readers.hugocite`).

On a page that cites with Distill's, jekyll-scholar's or Hugo's forms a bare ``@name`` is
a person's handle, not a Pandoc citation.
"""

from __future__ import annotations

import html
import os
import re
import shlex
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bibcheck.errors import InputError
from bibcheck.lazyre import lazy_compile
from bibcheck.readers import hugocite
from bibcheck.readers.bibsource import Bibliography, Source, add_bibtex, load
from bibcheck.readers.decode import read_regular_file
from bibcheck.readers.liquidraw import blank_raw, sub_outside_raw
from bibcheck.readers.sphinxconf import conf_setting

__all__ = [
    "Rewritten",
    "bibliography_folder",
    "cite_count",
    "cited_key",
    "myst_bibliography",
    "myst_key_prefixes",
    "names_bibliography",
    "nbconvert_sources",
    "page_title",
    "rewrite",
    "scholar_keys",
    "site_bibliographies",
    "sphinx_sources",
]

# MyST roles -- read as Pandoc's [@a;@b]
_MYST_ROLE = lazy_compile(
    r"\{(?:foot)?cite(?::(?:p|t|ps|ts|ct|cp|author|authorpar|year|yearpar|alp|label|empty))*\}"
    r"`(?P<keys>[^`\n]+)`"
)
# a MyST bibliography directive and its options: ```{bibliography} / :keyprefix: a-
_MYST_BIBLIOGRAPHY = lazy_compile(
    r"^[ \t]{0,3}(?:`{3,}|~{3,}|:{3,})[ \t]*\{bibliography\}[^\n]*\n"
    r"(?P<options>[ \t]*---[ \t]*\n(?:(?![ \t]*---)[^\n]*\n){0,40}|(?:[ \t]*:[\w-]+:[^\n]*\n)*)",
    re.M,
)
_KEYPREFIX = lazy_compile(r"^[ \t]*:?keyprefix:[ \t]*[\"']?(?P<prefix>[^\s\"']+)", re.M)
_MYST_ROLE_MASKED = lazy_compile(r"\{(?:foot)?cite(?::[a-z]+)*\}")  # (the mask blanks the keys)
# Distill: quoted or not, self-closing or not, wrapped over lines or not
_DISTILL_CITE = lazy_compile(
    r"<dt?-cite\s+(?:bibtex-)?key\s*=\s*(?:\"(?P<dq>[^\"<>]*)\"|'(?P<sq>[^'<>]*)'|(?P<bare>[^\s>/\"']+))"
    r"\s*/?>(?:[ \t]*</dt?-cite>)?",
    re.I,
)
_NOTE_TAG = r"(?:d-footnote|dt-fn)"  # (Distill's, and its first template's)
_DISTILL_NOTE = lazy_compile(rf"<{_NOTE_TAG}(?:\s[^<>]*)?>|</{_NOTE_TAG}>", re.I)
_DISTILL_NOTE_SPAN = lazy_compile(
    rf"<(?P<tag>{_NOTE_TAG})(?:\s[^<>]*)?>(?:(?!<{_NOTE_TAG}[\s>]).)*?</(?P=tag)>", re.I | re.S
)
_BLANK_LINE = lazy_compile(r"\n[ \t]*(?=\n)")
_COMMENT = lazy_compile(r"<!--.*?-->", re.S)
# (math in a note: its brackets, "E[x", are no note's end; Distill's elements and TeX's)
_NOTE_MATH = lazy_compile(r"<(dt?-math)\b[^<>]*>.*?</\1\s*>|\$\$.*?\$\$", re.S | re.I)
_DISTILL_BIB_FILE = lazy_compile(r"<d-bibliography\s+src\s*=\s*[\"']?(?P<name>[^\"'\s>]+)", re.I)
_DISTILL_BIB_INLINE = lazy_compile(
    r"<script\s+type\s*=\s*[\"']?text/bibliography[\"']?\s*>(?P<body>.*?)</script>", re.I | re.S
)
# Jupyter's data-cite elements: the start tag (its attributes read up to the next "<" or ">"
# only), and the text it shows up to its end tag (possessive, stopping at any start or end
# tag of the same name, bounded)
_DATA_CITE = lazy_compile(
    r"<(?P<tag>[a-z][a-z0-9]{0,20})\b[^<>]*?\sdata-(?:foot)?cite(?:-[pt])?\s*=\s*"
    r"(?:\"(?P<dq>[^\"<>]*)\"|'(?P<sq>[^'<>]*)')[^<>]*>"
    r"(?:(?:[^<]|<(?!/?(?P=tag)[\s>]))*+</(?P=tag)\s*>)?",
    re.I,
)
_DATA = lazy_compile(r"data-(?:foot)?cite", re.I)
# jekyll-scholar's tags ({%cite x%} with no spaces too; Hugo's {{% cite x %}} alike)
# (the body is the tag's text up to "%}" less the spaces and the "-" of "-%}" before it; every
# run of spaces is taken whole and kept only when more body follows, so that a tag of
# thousands of spaces is read once, not from each space again)
_SCHOLAR_CITE = lazy_compile(
    r"\{\{?%-?\s*(?P<tag>cite|citation|cite_details|reference)\s++"
    r"(?P<body>(?:[^%{}\s-]++|\s++(?!-?%)|-(?!%))*+)\s*+-?%\}\}?"
)
_SCHOLAR_FILE = lazy_compile(r"\{%-?\s*(?:cite|bibliography|nocite)\b[^%]*?(?:--file|-f)\s+(\S+)")
# options of a cite tag that take a value (the other words are keys)
_SCHOLAR_VALUED = frozenset(
    {"-f", "--file", "-l", "--locator", "-L", "--label", "-s", "--style", "-T", "--template"}
    | {"--prefix", "--suffix", "--text"}
)
_PLAIN_KEY = lazy_compile(r"[\w](?:[\w:.#$%&+?<>~/-]*[\w])?")
# Jekyll sites name a post's bibliography by its file name alone and keep the files in a
# folder of the site: al-folio's "distill" layout reads assets/bibliography/<name>;
# jekyll-scholar's default source is _bibliography/
_SITE_BIBLIOGRAPHY_FOLDERS = (Path("assets") / "bibliography", Path("_bibliography"))
_SITE_DEPTH = 6  # parent folders searched for a site's _config.yml


@dataclass(frozen=True, slots=True)
class Rewritten:
    """A text with the forms found rewritten as Pandoc's."""

    text: str
    forms: frozenset[str]  # "myst", "distill", "scholar", "hugo", "jupyter"

    @property
    def handles_are_text(self) -> bool:
        """A bare ``@name`` is no citation (the page cites with Distill, jekyll-scholar or
        Hugo Cite)."""
        return bool(self.forms & {"distill", "scholar", "hugo"})


def cite_count(masked: str) -> int:
    """Citations in these forms, for reader choice."""
    return (
        len(_MYST_ROLE_MASKED.findall(masked))
        + len(_DISTILL_CITE.findall(masked))
        + len(_SCHOLAR_CITE.findall(blank_raw(masked)))
        + hugocite.cite_count(masked)
        + (len(_DATA_CITE.findall(masked)) if _DATA.search(masked) else 0)
    )


def names_bibliography(text: str) -> bool:
    """A Distill page naming or holding its bibliography."""
    return bool(_DISTILL_BIB_FILE.search(text) or _DISTILL_BIB_INLINE.search(text))


def cited_key(key: str) -> str:
    """A key as Pandoc cites it: ``@key``, or ``@{key}`` when it holds other characters
    (``d'oro2022``)."""
    return f"@{key}" if _PLAIN_KEY.fullmatch(key) or "}" in key or "{" in key else f"@{{{key}}}"


def _citation(keys: Iterable[str], written: str) -> str:
    """``[@a;@b]`` in place of ``written``: padded to its length, or on its first line
    with the other lines blanked when it was wrapped; ``written`` when it has no keys."""
    keys = list(keys)
    cited = "[" + ";".join(cited_key(k) for k in keys) + "]"
    if not keys:
        return written
    if "\n" in written:
        return cited + "\n" + re.sub(r"[^\n]", " ", written.split("\n", 1)[1])
    # (longer than what was written -- many short keys, "{cite}`a,b,c,d,e,f`": the rest of
    # the line moves right, rather than the keys going unread)
    return cited.ljust(len(written))


def rewrite(text: str) -> Rewritten:
    """``text`` with every form above rewritten as Pandoc's."""
    forms: set[str] = set()
    if re.search(r"<dt?-", text, re.I):
        rewritten = _DISTILL_CITE.sub(_distill_cite, text)
        rewritten = _DISTILL_NOTE_SPAN.sub(_joined_paragraphs, rewritten)
        rewritten = _DISTILL_NOTE.sub(_distill_note, rewritten)
        if rewritten != text:
            forms.add("distill")
            text = rewritten
    if "cite" in text or "reference" in text:
        rewritten = sub_outside_raw(_SCHOLAR_CITE, _scholar_cite, text)
        if rewritten != text:
            forms.add("scholar")
            text = rewritten
        rewritten = hugocite.rewrite(text, _citation)
        if rewritten != text:
            forms.add("hugo")
            text = rewritten
        rewritten = _MYST_ROLE.sub(_myst_role, text)
        if rewritten != text:
            forms.add("myst")
            text = rewritten
    if _DATA.search(text):
        rewritten = _DATA_CITE.sub(_data_cite, text)
        if rewritten != text:
            forms.add("jupyter")
            text = rewritten
    return Rewritten(text, frozenset(forms))


def myst_key_prefixes(text: str) -> list[str]:
    """The ``:keyprefix:`` of each MyST ``{bibliography}`` directive (sphinxcontrib-bibtex:
    its entries are cited ``{cite}`a-smith2020``` for ``smith2020`` of the .bib), written
    as an option line or in a ``---`` YAML block."""
    return [
        k.group("prefix")
        for m in _MYST_BIBLIOGRAPHY.finditer(text)
        for k in _KEYPREFIX.finditer(m.group("options"))
    ]


def myst_bibliography(text: str) -> tuple[int, list[str]] | None:
    """The first MyST ``{bibliography}`` directive's line (1-based) and option lines
    (``:all:``, or the lines of its ``---`` YAML block, ``all:``), or None."""
    m = _MYST_BIBLIOGRAPHY.search(text)
    if m is None:
        return None
    options = [line.strip().strip("-") for line in m.group("options").split("\n")]
    options = [o if o.startswith(":") or not o else _yaml_option(o) for o in options]
    return text.count("\n", 0, m.start()) + 1, [o for o in options if o]


def _yaml_option(line: str) -> str:
    """A line of a directive's YAML option block as an option line (``filter: cited``:
    ``:filter: cited``)."""
    key, _, value = line.partition(":")
    return f":{key.strip()}: {value.strip()}".rstrip()


def _distill_cite(m: re.Match[str]) -> str:
    value = m.group("dq") if m.group("dq") is not None else m.group("sq") or m.group("bare")
    return _citation((k.strip() for k in (value or "").split(",") if k.strip()), m.group(0))


def _data_cite(m: re.Match[str]) -> str:
    value = m.group("dq") if m.group("dq") is not None else m.group("sq")
    return _citation((k.strip() for k in (value or "").split(",") if k.strip()), m.group(0))


def _joined_paragraphs(m: re.Match[str]) -> str:
    """A note of several paragraphs is one note: its blank lines, and the comments and math
    that would leave blank lines or unmatched brackets, hold a no-break space (no paragraph
    end for Pandoc's inline notes; the line numbers stay)."""
    note = _COMMENT.sub(_held, m.group(0))
    note = _NOTE_MATH.sub(_held, note)
    return _BLANK_LINE.sub("\n\u00a0", note)


def _held(m: re.Match[str]) -> str:
    """``m`` blanked but for a no-break space where it starts (its lines kept)."""
    return "\u00a0" + re.sub(r"[^\n]", " ", m.group(0))[1:]


def _distill_note(m: re.Match[str]) -> str:
    return ("]" if m.group(0).startswith("</") else "^[").ljust(len(m.group(0)))


def _scholar_cite(m: re.Match[str]) -> str:
    return _citation(scholar_keys(m.group("body")), m.group(0))


def scholar_keys(body: str) -> list[str]:
    """The keys of a jekyll-scholar tag's arguments: ``a b --file refs -l 23`` -> a, b."""
    try:
        words = shlex.split(body)
    except ValueError:
        words = body.split()
    keys: list[str] = []
    skip = False
    for word in words:
        if skip:
            skip = False
        elif word in _SCHOLAR_VALUED:
            skip = True
        elif not word.startswith("-"):
            keys.append(word)
    return keys


def myst_keys(body: str) -> list[str]:
    """The keys of a MyST citation role's text: separated by ``,`` (Sphinx's
    sphinxcontrib-bibtex, Jupyter Book 1) or ``;`` (mystmd, Jupyter Book 2)."""
    return [k.strip() for k in re.split(r"[,;]", body) if k.strip()]


def _myst_role(m: re.Match[str]) -> str:
    keys = myst_keys(m.group("keys"))
    return _citation(keys, m.group(0))


# --------------------------------------------------------------------------
# Bibliographies
# --------------------------------------------------------------------------


def bibliography_folder(name: str, base: Path) -> Path:
    """The folder a named bibliography is relative to: the document's own, or (for a
    bare file name missing there) a site's bibliography folder in the nearest of the
    document's three parent folders that has the file."""
    if Path(name).is_absolute() or len(Path(name).parts) != 1 or (base / name).exists():
        return base
    for folder in [base, *list(base.resolve().parents)[:3]]:
        for site in _SITE_BIBLIOGRAPHY_FOLDERS:
            if (folder / site / name).is_file():
                return folder / site
    return base


def site_bibliographies(bib: Bibliography, text: str, path: str, forms: frozenset[str]) -> None:
    """The bibliographies a Distill, jekyll-scholar or Hugo Cite page names, into ``bib``."""
    base = Path(path).parent if path else Path(".")
    if "distill" in forms:
        files = [
            Source(m.group("name"), bibliography_folder(m.group("name"), base), _line(text, m))
            for m in _DISTILL_BIB_FILE.finditer(text)
        ]
        load(files, bib)
        for m in _DISTILL_BIB_INLINE.finditer(text):
            first = text.count("\n", 0, m.start("body"))
            add_bibtex(bib, m.group("body"), first, "the inline bibliography")
            bib.sources += 1
    if "scholar" in forms and path and not bib.sources:
        load(_scholar_sources(text, base), bib)
    if "hugo" in forms and path and not bib.sources:
        load(hugocite.hugo_sources(text, path), bib)


def sphinx_sources(path: str, forms: frozenset[str]) -> list[Source]:
    """The ``bibtex_bibfiles`` of the Sphinx project (nbsphinx, myst-parser) a page citing
    with Jupyter's or MyST's forms belongs to: its ``conf.py`` beside the page or up to
    three folders above, or a file that ``conf.py`` runs."""
    if not path or not forms & {"jupyter", "myst"}:
        return []
    folder = Path(path).parent.resolve()
    for candidate in [folder, *list(folder.parents)[:3]]:
        conf = candidate / "conf.py"
        found = conf_setting(conf, "bibtex_bibfiles") if conf.is_file() else None
        if found is not None:
            where = os.path.relpath(found.where, folder)
            return [Source(name, candidate, None, where) for name in found.values]
    return []


# nbconvert's LaTeX templates (IPython's .tplx, Jinja .tex.j2) name the .bib a notebook's
# data-cite keys are looked up in: \bibliography{refs}
_TEMPLATE_SUFFIXES = (".tplx", ".tex.j2", ".latex.j2")
_TEMPLATE_BIBLIOGRAPHY = lazy_compile(r"\\bibliography\s*\{([^{}\n]{1,200})\}")
_MAX_TEMPLATES = 20


def nbconvert_sources(path: str, forms: frozenset[str]) -> list[Source]:
    """The ``.bib`` files the nbconvert LaTeX templates beside a notebook citing with
    ``data-cite`` name (``\\bibliography{refs,more}``), as nbconvert's citation export
    finds them (at most :data:`_MAX_TEMPLATES` templates, each size-checked)."""
    if not path or "jupyter" not in forms:
        return []
    folder = Path(path).parent
    try:
        templates = sorted(
            p for p in folder.iterdir() if p.name.endswith(_TEMPLATE_SUFFIXES) and p.is_file()
        )[:_MAX_TEMPLATES]
    except OSError:
        return []
    found: list[Source] = []
    for template in templates:
        try:
            text = read_regular_file(template, 1024 * 1024).decode("utf-8", "replace")
        except InputError:
            continue
        for m in _TEMPLATE_BIBLIOGRAPHY.finditer(text):
            for name in (n.strip() for n in m.group(1).split(",")):
                if name:
                    named = name if name.endswith(".bib") else name + ".bib"
                    found.append(Source(named, folder, None, template.name))
    return found


def _line(text: str, m: re.Match[str]) -> int:
    return text.count("\n", 0, m.start()) + 1


_FRONT_SCRIPT = lazy_compile(
    r"<script\s+type\s*=\s*[\"']?text/front-matter[\"']?\s*>(?P<body>.*?)</script>", re.I | re.S
)
_TITLE_ELEMENTS = (
    re.compile(r"<title(?:\s[^<>]*)?>(?P<title>.*?)</title\s*>", re.I | re.S),
    re.compile(r"<h1(?:\s[^<>]*)?>(?P<title>.*?)</h1\s*>", re.I | re.S),
)


def page_title(text: str) -> str | None:
    """A Distill HTML page's title: its front matter's (``<script type="text/front-matter">``
    of the first template), its ``<title>``, else its first ``<h1>`` (``<d-title><h1>``)."""
    text = _COMMENT.sub("", text)
    m = _FRONT_SCRIPT.search(text)
    if m:
        try:
            data = yaml.safe_load(m.group("body"))
        except yaml.YAMLError:
            data = None
        title = data.get("title") if isinstance(data, Mapping) else None
        if isinstance(title, str) and title.strip():
            return " ".join(title.split())
    for element in _TITLE_ELEMENTS:
        m = element.search(text)
        if m:
            title = html.unescape(re.sub(r"<[^<>]*>", " ", m.group("title")))
            if title.strip():
                return " ".join(title.split())
    return None


def _scholar_sources(text: str, base: Path) -> list[Source]:
    """jekyll-scholar's files for a page: those ``--file`` names (in the site's source
    folder), else the site's configured bibliography, and the ``.bib`` files beside the
    page (a tutorial's own, as the Galaxy Training Network keeps them)."""
    root, source, default = _scholar_site(base)
    found: list[Source] = []
    for m in _SCHOLAR_FILE.finditer(text):
        name = m.group(1).strip("\"'")
        name = name if Path(name).suffix else name + ".bib"
        folder = next(
            (f for f in (source, base, root) if f is not None and (f / name).is_file()), None
        )
        found.append(Source(name, folder or source or base, _line(text, m)))
    if not found and source is not None and (source / default).is_file():
        found.append(Source(default, source, None))
    beside = sorted(base.glob("*.bib")) if base.is_dir() else []
    found += [Source(p.name, base, None) for p in beside if p.parent != source]
    if not found:  # nothing anywhere: the default, reported as missing where it should be
        found.append(Source(default, source or base, None))
    return found


def _scholar_site(base: Path) -> tuple[Path | None, Path | None, str]:
    """The site root (the folder of the nearest ``_config.yml``), jekyll-scholar's source
    folder there and its bibliography file name."""
    for folder in [base, *list(base.resolve().parents)[:_SITE_DEPTH]]:
        config = folder / "_config.yml"
        if not config.is_file():
            continue
        settings = _scholar_settings(config)
        source = folder / str(settings.get("source", "_bibliography")).strip("./")
        name = str(settings.get("bibliography", "references.bib"))
        name = name if Path(name).suffix else name + ".bib"
        return folder, source, name
    return None, None, "references.bib"


def _scholar_settings(config: Path) -> Mapping[str, Any]:
    try:  # a regular file only, size checked while reading
        data = yaml.safe_load(read_regular_file(config).decode("utf-8", "replace"))
    except (InputError, yaml.YAMLError):
        return {}
    scholar = data.get("scholar") if isinstance(data, Mapping) else None
    return scholar if isinstance(scholar, Mapping) else {}
