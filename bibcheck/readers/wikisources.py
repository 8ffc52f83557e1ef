"""MediaWiki templates in a note that are not citation templates.

Wikipedia cites many works through templates of their own rather than ``{{cite …}}``:
a dictionary's entry (``{{OEtymD|raster}}``, ``{{L&S|rastrum}}``, ``{{LSJ|…}}``), an
encyclopedia's article (``{{MathWorld|title=Circle|urlname=Circle}}``, ``{{Cite
EB1911|wstitle=…}}``), a database's page (``{{IMDb title|id=…|title=…}}``, ``{{Official
website|https://…}}``).  MediaWiki expands each to a full reference; bibcheck cannot, so a
note that holds such a **source template** keeps the template as its source: the work is
the template's (a known one by its name, any other by the name as written), the entry
its ``title=`` or first positional argument, its URL a ``url=`` or a positional URL; an
info anomaly says that the rest of the reference is not known.

Other templates are what they are, never a source: **formatting** ones (``{{lang}}``,
``{{nowrap}}``, ``{{convert}}``: their text is the note's text), **identifiers**
(``{{ISBN|…}}``, ``{{doi|…}}``: shown as MediaWiki prints them, ``ISBN 978-…``), archive
links (``{{Webarchive|url=}}``), page pins (``{{rp|12}}``), notes of their own
(``{{efn}}``), short citations (``{{harvnb}}``, ``{{sfn}}``) and notices (``{{dead
link}}``), which the reader handles before it asks here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode, Reference, RefKind
from bibcheck.parse.references.wikicite import STYLE

__all__ = [
    "IDENTIFIER_LABELS",
    "is_formatting",
    "is_known_source",
    "is_sister",
    "is_source_template",
    "lead_only",
    "names_entry",
    "source_reference",
]

# templates whose output is text of the note, no work (MediaWiki prints their arguments,
# styled): languages and scripts, spacing and typography, numbers, units and dates,
# quotations and glosses, lists
_FORMATTING = frozenset(
    [
        *"""lang transl translit transliteration nihongo ipa ipa-en ipac-en respell audio
        nowrap nobr small smaller big larger em strong sic abbr nbsp ' " '" ill ill-wd sc
        smallcaps uc lc noitalic sub sup sfrac frac math mvar var val convert cvt circa c.
        floruit fl. okina ndash mdash snd dash · middot bull dot hlist flatlist plainlist
        ubl date age inflation tooltip font color colored lit literally gloss quote qi
        cquote blockquote quotation languageicon paywall url""".split(),
        *("interlanguage link", "not a typo", "no italic", "spaced ndash", "unbulleted list"),
        *("bulleted list", "start date", "end date", "birth date", "death date", "as of"),
        *("format price", "poem quote", "in lang", "en icon", "language icon"),
        *("subscription required", "registration required", "free access", "closed access"),
        *("open access", "self-published source", "self-published inline", "page needed"),
        *("full citation needed", "year needed", "better source"),
    ]
)
# identifier templates, printed with their label: {{ISBN|978-0-…}} shows "ISBN 978-0-…"
IDENTIFIER_LABELS = {
    "isbn": "ISBN",
    "issn": "ISSN",
    "eissn": "eISSN",
    "oclc": "OCLC",
    "lccn": "LCCN",
    "doi": "doi:",
    "pmid": "PMID",
    "pmc": "PMC",
    "arxiv": "arXiv:",
    "jstor": "JSTOR",
    "bibcode": "Bibcode:",
    "hdl": "hdl:",
    "ssrn": "SSRN",
    "zbl": "Zbl",
    "mr": "MR",
    "asin": "ASIN",
    "ol": "OL",
    "citeseerx": "CiteSeerX",
    "s2cid": "S2CID",
}
# templates that add to a citation, never cite on their own: archive links, page pins
_HELPERS = frozenset(
    {"webarchive", "wayback", "webcite", "archive.is", "rp", "page", "pages", "r", "refn"}
)
# boxes linking the article's subject on the sister projects (Commons, Wiktionary …): no
# work cited, wherever they stand
_SISTER = frozenset(
    {"commons", "commonscat", "commons category", "commons category-inline", "commons-inline",
     "wiktionary", "wikiquote", "wikisource", "wikibooks", "wikiversity", "wikispecies",
     "wikinews", "wikivoyage", "sister project links", "wikisource author", "wikidata"}
)  # fmt: skip
# the works of widely used source templates, by the template's normalised name (any
# other is known by its name as written)
_WORKS = {
    **dict.fromkeys(("oetymd", "etymonline"), "Online Etymology Dictionary"),
    "l&s": "Lewis & Short, A Latin Dictionary",
    "lsj": "Liddell & Scott, A Greek–English Lexicon",
    **dict.fromkeys(("mathworld", "cite mathworld"), "MathWorld"),
    "planetmath": "PlanetMath",
    **dict.fromkeys(("cite merriam-webster", "merriam-webster", "mw"), "Merriam-Webster"),
    **dict.fromkeys(("imdb title", "imdb name", "imdb", "imdb episode"), "IMDb"),
    "allmusic": "AllMusic",
    **dict.fromkeys(("cite eb1911", "eb1911"), "Encyclopædia Britannica (1911)"),
    **dict.fromkeys(("catholic encyclopedia", "cathen", "cite ce1913"), "Catholic Encyclopedia"),
    **dict.fromkeys(
        ("jewishencyclopedia", "cite je", "jewish encyclopedia"), "Jewish Encyclopedia"
    ),
    **dict.fromkeys(("cite dnb", "dnb"), "Dictionary of National Biography"),
    **dict.fromkeys(("cite oed", "oed"), "Oxford English Dictionary"),
    **dict.fromkeys(("cite sep", "sep"), "Stanford Encyclopedia of Philosophy"),
    **dict.fromkeys(("cite iep", "iep"), "Internet Encyclopedia of Philosophy"),
    "cite americana": "Encyclopedia Americana",
    "cite nie": "New International Encyclopedia",
    "official website": "official website",
}
_TITLE_PARAMS = ("title", "wstitle", "article", "entry", "name", "word")
_URL_PARAMS = ("url",)
_URL = lazy_compile(r"(?:https?|ftp)://\S+|www\.\S+")
_WORD = lazy_compile(r"[^\W\d_]+|\d+")
_LEAD_WORDS = 3  # "See also", "Cf.", "Quoted in": a note's words around its source


def is_formatting(name: str) -> bool:
    """A template whose output is text (``{{lang|de|Raster}}``, ``{{nowrap|…}}``)."""
    return name in _FORMATTING or name.startswith(("lang-", "lang|", "ipa-", "nihongo"))


def is_sister(name: str) -> bool:
    """A box linking the subject on a sister project (``{{Commons category|…}}``,
    ``{{Wiktionary|…}}``): neither a work nor text of the article."""
    return name in _SISTER


def is_known_source(name: str) -> bool:
    """A widely used source template (``{{OEtymD}}``, ``{{MathWorld}}``): a work whatever
    its arguments (``{{L&S|occa|ref}}``'s short ones are no notice's flags)."""
    return name in _WORKS


def is_source_template(name: str) -> bool:
    """May a template of this normalised name stand for a work in a note?  Any but the
    formatting, identifier, helper and sister-project templates (the reader rules out
    citation, note, short-citation and notice templates before it asks)."""
    if name in _WORKS:
        return True
    return bool(name) and not (
        is_formatting(name) or name in IDENTIFIER_LABELS or name in _HELPERS or name in _SISTER
    )


def names_entry(named: Mapping[str, str], positional: Sequence[str]) -> bool:
    """Does a citation template that gives no title, URL nor author name its work's entry
    as a source template does (``{{Cite Merriam-Webster|harrow}}``, ``{{Cite
    EB1911|wstitle=Harrow}}``)?"""
    return any(v.strip() for v in positional) or any(
        named.get(k, "").strip() for k in _TITLE_PARAMS
    )


def lead_only(words: str) -> bool:
    """Is the note's text around its templates no more than a lead-in (``See``, ``Cf.``,
    ``Quoted in``), so that the template is the note's source?"""
    return len(_WORD.findall(words)) <= _LEAD_WORDS


def source_reference(
    written: str,
    name: str,
    named: Mapping[str, str],
    positional: Sequence[str],
    raw: str,
    lines: tuple[int, int],
) -> Reference:
    """The reference of a source template: ``written`` its name as written, ``name``
    normalised, its parameters rendered to text, ``raw`` its source at ``lines``."""
    work = _WORKS.get(name) or written.strip() or name
    url = next((_url(named[k]) for k in _URL_PARAMS if _url(named.get(k, ""))), None)
    url = url or next((_url(v) for v in positional if _url(v)), None)
    title = next((named[k].strip() for k in _TITLE_PARAMS if named.get(k, "").strip()), "")
    if not title:
        title = next((v.strip() for v in positional if v.strip() and not _url(v)), "")
    shown = f"{{{{{written.strip() or name}}}}}"
    unknown = "author, year" if url else "author, year and URL"
    anomaly = Anomaly(
        AnomalyCode.REFERENCE_UNPARSED,
        f"{shown} is a source template bibcheck cannot expand: the work is read as "
        f"{work!r}{f', entry {title!r}' if title else ''}; its {unknown} are not known "
        "and not checked",
        lines[0],
    )
    return Reference(
        raw=raw,
        line=lines[0],
        end_line=lines[1],
        kind=RefKind.WEB if url else RefKind.UNKNOWN,
        style=STYLE,
        title=title or work,
        host=work if title else None,
        url=url,
        url_raw=url,
        url_display=url,
        electronic=url is not None,
        anomalies=(anomaly,),
    )


def _url(value: str) -> str | None:
    m = _URL.fullmatch(value.strip())
    if m is None:
        return None
    found = m.group()
    return found if "://" in found else "https://" + found
