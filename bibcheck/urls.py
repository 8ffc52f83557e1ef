"""Find, repair and normalise the URLs written in a reference.

Manuscripts converted from PDF damage URLs in predictable ways; every repair
made here is recorded as an :class:`~bibcheck.model.Anomaly` with its line so
an editor can fix the source:

* Markdown links ``[text](target)``: the target is used; when the visible text
  is itself a URL that differs from the target, that is recorded.
* Markdown escapes (``\\_`` and the doubled ``\\\\_`` left by double
  conversion) are removed; in a ``.bib`` they are LaTeX's, and the note says so.
* URLs broken across lines are joined, including the converter pattern
  ``<https://host/path->`` followed by ``[rest-of-path/](#)`` (or by a link
  whose target is a bogus absolute URL).
* Trailing sentence punctuation after a bare URL is dropped.
* Non-ASCII characters are kept as written in ``display`` and
  percent-encoded in ``url``; a Cyrillic letter inside a Latin
  (transliterated) word is flagged as a likely typo.

``normalise_key`` gives the canonical form used to decide that two URLs name
the same resource (``www.``, scheme, trailing slash, tracking parameters and
percent-encoding case do not matter).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode, ParsedUrl
from bibcheck.urldecoded import SAME, encoded_difference
from bibcheck.urlparen import paren_open_before, sentence_owns

__all__ = [
    "UrlExtraction",
    "extract_urls",
    "clean_url",
    "encode_url",
    "normalise_key",
    "citing_fragment",
    "is_references_page",
    "host_key",
    "mixed_script_words",
    "shortened_display",
    "with_scheme",
]

SCHEMES = ("http", "https", "ftp")
_URL_START = r"(?:https?|ftp)://"
# A Markdown link: [label](target).  The label may hold escaped brackets and one level of
# balanced ones; the target one level of balanced parentheses (wiki/Foo_(bar)).  Neither
# runs over an unbalanced bracket, so a text full of "[" or "[a](" is read in linear time.
_LABEL = r"(?P<label>(?:\\.|[^\[\]\\]|\[(?:\\.|[^\[\]\\])*+\])*+)"
_TARGET = r"(?P<target>(?:[^()\[\]\s]|\([^()\[\]\s]*+\))*+)"
_MD_LINK = lazy_compile(r"\[" + _LABEL + r"\]\(" + _TARGET + r"\)")
# <url>, possibly cut by line breaks (with indentation) before its closing '>'.
_ANGLE = lazy_compile(
    r"<(?P<url>" + _URL_START + r"[^>\s]*+(?:[ \t]*+\n\s*+[^>\s<]++(?=>))*+)>?", re.I
)
# A bare URL ending in '-' or '_' at a line end, continued on the next line.
_BARE_CONT = lazy_compile(r"(?<=[-_])[ \t]*\n[ \t]*(?P<rest>[\w\-./%?=&#~+]+)")
# A bare URL ending in '/' at a line end whose last segment is the whole next line, as a
# PDF's text breaks an address after a slash ("https://a.org/objects/⏎B1234."): only a line
# with nothing else on it, so the prose or the date that goes on after an address stays out
# (a year alone, "…/⏎2023.", is the entry's date)
_SLASH_CONT = lazy_compile(
    r"(?<=/)[ \t]*\n[ \t]*(?!(?:1[5-9]|20)\d\d\.?[ \t]*(?:\n|$))"
    r"(?P<rest>[\w\-./%?=&#~+]*[\w\-/%?=&#~+])\.?[ \t]*(?=\n|$)"
)
# Full-width and CJK punctuation never belongs to an address: "https://a.org/docs，见于"
# ends at the comma ("、。「」『』【】《》〈〉", full-width "，；：！？（）", ideographic
# space).  The CJK iteration and zero marks (々〆〇) are letters and stay.
_CJK_STOPS = (
    "\u3000-\u3004\u3008-\u3011\u3014-\u301f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
)
# (CJK prose runs into an address without a space: "参见https://a.org/b")
_CJK_LETTER = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
# (a bracket pair inside the address is its own, as a SICI DOI writes it:
# "https://doi.org/10.1890/0012-9658(2003)084[0777:EAFRPA]2.0.CO;2"; a "]" with no "[" before
# it in the address ends it, as "[see https://a.org/x]" does)
_BARE_CHAR = r"[^\s<>\"\[\]" + _CJK_STOPS + r"]"
_BARE = lazy_compile(
    r"(?:(?<![\w/<])|(?<=[" + _CJK_LETTER + r"]))(?P<url>(?:" + _URL_START + r"|www\.)"
    r"(?:" + _BARE_CHAR + r"++|\[" + _BARE_CHAR + r"*+\](?=" + _BARE_CHAR + r")|\[)++)",
    re.I,
)
_CJK = lazy_compile("[" + _CJK_LETTER + "]")
_FRAGMENT_LINK = lazy_compile(r"[ \t]*\n\s*\[" + _LABEL + r"\]\(" + _TARGET + r"\)")
_ESCAPE = lazy_compile(r"\\+([!-/:-@\[-`{-~])")
_TRAILING = ".,;:!?'\""
_TRACKING = lazy_compile(r"^(utm_\w+|fbclid|gclid|yclid|_openstat|mc_cid|mc_eid|ref_src)$", re.I)
_CONTROL = lazy_compile(r"[\x00-\x20\x7f-\x9f]")
_LATIN = lazy_compile(r"[A-Za-z]")
_CYRILLIC = lazy_compile(r"[\u0400-\u04FF]")
_WORD = lazy_compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class UrlExtraction:
    """The URLs found in a reference, the repairs made, and the text left."""

    urls: tuple[ParsedUrl, ...]
    anomalies: tuple[Anomaly, ...]
    rest: str  # the text with each URL (and its wrapper) replaced by a space


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    raw: str  # verbatim span
    candidate: str  # the URL text before cleaning
    label: str | None = None  # visible text of a Markdown link
    split: bool = False
    bogus_target: str | None = None


def extract_urls(text: str, line_starts: Sequence[int], markup: str = "Markdown") -> UrlExtraction:
    """Find every URL in ``text`` (lines joined by ``\\n``).

    ``line_starts[i]`` is the source line of the i-th line of ``text``; ``markup``: the
    language whose escapes (``\\_``, ``\\#``) a repair note names (``"LaTeX"`` in a
    ``.bib``).
    """
    found = _scan(text)
    urls: list[ParsedUrl] = []
    anomalies: list[Anomaly] = []
    breaks = [i for i, c in enumerate(text) if c == "\n"] if "\n" in text else []
    for item in found:
        line = _line_of(breaks, item.start, line_starts)
        parsed, notes = _finish(item, line, markup)
        if item.label is None and not item.raw.startswith("<"):
            notes = _sentence_punctuation_kept_quiet(text, item, notes)
        urls.append(parsed)
        anomalies.extend(notes)
    rest = _blank_out(
        text,
        [(f.start, f.end) for f in found],
        [_kept_label(f, text, found[k - 1].end if k else -1) for k, f in enumerate(found)],
    )
    return UrlExtraction(tuple(urls), tuple(anomalies), rest)


_WORDS = lazy_compile(r"[^\W\d_]{2,}")


# a word of running prose linked on its own: "there are [several](…) [tools](…) for [this](…)"
_PROSE_WORD = lazy_compile(r"[a-z][a-z'’-]*+")
_AFTER_WORD = lazy_compile(r"[a-z]\s")
# a label in quotation marks: a title ('["CIFAR-10-C"](…)', '[“Ulysses”](…)')
_QUOTED_LABEL = lazy_compile(r"[\"“„«‘'][^\"“”„«»\n]*[^\W_][^\"“”„«»\n]*[\"”“»’']")


def _kept_label(item: _Found, text: str, before: int) -> str:
    """What stays of a link in the text around it: the title a Markdown link names
    (``[*Wetlands of Doñana, Spain*](https://doi.org/…)``: two words or more, not an
    address), a word of the sentence the link is in (a lower-case word after a lower-case
    word or another link: ``there are [several](…) tools``), else nothing."""
    label = (item.label or "").strip()
    # (``before``: where the link before it ends, -1 when none)
    after_link = before >= 0 and text[before : item.start] == " "
    if _PROSE_WORD.fullmatch(label) and (
        _AFTER_WORD.fullmatch(text, max(0, item.start - 2), item.start) or after_link
    ):
        return label
    if _QUOTED_LABEL.fullmatch(label) and _BARE.search(label) is None:
        return label  # '["CIFAR-10-C"](…)': a title in quotation marks, one word too
    if len(_WORDS.findall(label)) < 2 or _BARE.search(label) or "](" in label:
        return ""
    return label


# --------------------------------------------------------------------------
# scanning
# --------------------------------------------------------------------------


def _scan(text: str) -> list[_Found]:
    """Locate URL spans: Markdown links, then <...>, then bare URLs."""
    found: list[_Found] = []
    taken = _Spans()
    free = taken.free

    for m in _MD_LINK.finditer(text):
        target, label = m.group("target"), m.group("label")
        if _is_url(target):
            found.append(_Found(m.start(), m.end(), m.group(0), target, label=label))
            taken.add(m.start(), m.end())
    for m in _ANGLE.finditer(text):
        if free(m.start(), m.end()):
            url = m.group("url")
            found.append(_Found(m.start(), m.end(), m.group(0), url, split="\n" in url))
            taken.add(m.start(), m.end())
    for m in _BARE.finditer(text):
        if free(m.start(), m.end()):
            url, split = m.group("url"), False
            url = url[: _prose_after(url)]
            end = m.start() + len(url)
            cont = _BARE_CONT.match(text, end) or _SLASH_CONT.match(text, end)
            if cont:
                end, url, split = cont.end(), url + cont.group("rest"), True
            found.append(_Found(m.start(), end, text[m.start() : end], url, split=split))
            taken.add(m.start(), end)
    found.sort(key=lambda f: f.start)
    return _join_continuations(text, found)


_STRUCTURE = "/?#&="


def _is_cjk(char: str) -> bool:
    """A Han, kana or Hangul letter (the scripts written without spaces between words)."""
    return _CJK.fullmatch(char) is not None


def _prose_after(url: str) -> int:
    """Where a bare address written into CJK prose ends: at a CJK letter that follows an
    ASCII letter or digit in its last part (``https://a.org/docs见于`` ends before ``见于``).
    An IRI's CJK part stays: a segment that begins with CJK (``/wiki/北京``), CJK after a
    ``%``-escape (``/%E5%8C%97京``) or after ``=`` (``?q=北京``), CJK in the host, and a
    CJK run followed by more of the address (``/C语言/x``)."""
    start = url.find("//")
    start = url.find("/", start + 2) if start >= 0 else url.find("/")
    if start < 0:
        return len(url)
    tail = max(start, *(url.rfind(c) for c in _STRUCTURE))
    for i in range(tail + 1, len(url)):
        prev = url[i - 1]
        if (
            _is_cjk(url[i])
            and prev.isascii()
            and prev.isalnum()
            and not (i >= 3 and url[i - 3] == "%")
        ):
            return i
    return len(url)


class _Spans:
    """Non-overlapping spans already taken by a URL, sorted (overlap tests in O(log n))."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def free(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start)
        if i > 0 and self.ends[i - 1] > start:
            return False
        return i == len(self.starts) or self.starts[i] >= end

    def add(self, start: int, end: int) -> None:
        i = bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def _is_url(target: str) -> bool:
    return bool(re.match(_URL_START, _unescape(target), re.I))


def _join_continuations(text: str, found: list[_Found]) -> list[_Found]:
    """Join a URL cut at a line end with the fragment on the following line."""
    result: list[_Found] = []
    for item in found:
        if result and _continues(text, result[-1], item):
            result[-1] = _joined(text, result[-1], item.end, item.label or "", item.candidate)
        else:
            result.append(item)
    return [_absorb_fragment_link(text, item) for item in result]


def _continues(text: str, prev: _Found, item: _Found) -> bool:
    """Is the link ``item`` the rest of ``prev``, cut off by a line break?

    The converter writes the rest as a link whose text is a path fragment and
    whose target is a bogus absolute URL; the fragment is what was printed.
    """
    between = text[prev.end : item.start]
    if between.strip() or "\n" not in between or item.label is None:
        return False
    return not _is_url(item.label) and prev.candidate.endswith(("-", "/", "_", "."))


def _absorb_fragment_link(text: str, item: _Found) -> _Found:
    """``<https://a/b->`` followed on the next line by ``[rest](#)``."""
    if not item.candidate.endswith(("-", "/", "_")):
        return item
    m = _FRAGMENT_LINK.match(text, item.end)
    if not m or _is_url(m.group("target")) or _is_url(m.group("label")):
        return item
    return _joined(text, item, m.end(), m.group("label"), None)


def _joined(text: str, prev: _Found, end: int, fragment: str, target: str | None) -> _Found:
    bogus = target if target and _is_url(target) else None
    return _Found(
        prev.start,
        end,
        text[prev.start : end],
        prev.candidate + fragment,
        label=prev.label,
        split=True,
        bogus_target=bogus,
    )


# --------------------------------------------------------------------------
# cleaning
# --------------------------------------------------------------------------


def _finish(item: _Found, line: int, markup: str) -> tuple[ParsedUrl, list[Anomaly]]:
    notes: list[Anomaly] = []
    display, repairs = clean_url(item.candidate, markup, delimited=_delimited(item))
    for code, message in repairs:
        notes.append(Anomaly(code, message, line))
    if item.split:
        msg = f"URL split over lines joined: {display}"
        if item.bogus_target:
            msg += f" (the continuation linked to {item.bogus_target!r}, ignored)"
        notes.append(Anomaly(AnomalyCode.URL_SPLIT_OVER_LINES, msg, line))
    if item.label is not None and not item.split:
        label, _ = clean_url(item.label)
        # (the same address written out and percent-encoded is no difference:
        # ".../95-вр" shown for ".../95-%D0%B2%D1%80")
        if (
            _is_url(item.label)
            and label != display
            and clean_url(item.label, delimited=True)[0] != display  # ("a.": target "a.")
            and encode_url(label) != encode_url(display)
            and not shortened_display(label, display)
        ):
            notes.extend(_text_differs(label, display, line))
    url = encode_url(display)
    if url is None:
        notes.append(Anomaly(AnomalyCode.URL_INVALID, f"not a usable URL: {item.raw!r}", line))
        return ParsedUrl(raw=item.raw, url=None, display=display, line=line), notes
    notes.extend(_script_notes(display, line))
    return ParsedUrl(raw=item.raw, url=url, display=display, line=line), notes


def _text_differs(label: str, display: str, line: int) -> list[Anomaly]:
    """The finding for a link whose text shows another address than its target; none when
    they differ only in encoded unreserved characters, and "the same after decoding" when
    only in encoded reserved ones (:mod:`bibcheck.urldecoded`)."""
    escapes = encoded_difference(label, display)
    if escapes == SAME:
        return []
    if escapes is None:
        message = f"link text {label!r} differs from its target {display!r}; the target is used"
    else:
        message = (
            f"link text {label!r} and its target {display!r} are the same after decoding;"
            f" only the encoding of reserved characters ({escapes}) differs, which some"
            " servers read differently; the target is used"
        )
    return [Anomaly(AnomalyCode.URL_LINK_TEXT_DIFFERS, message, line)]


def _delimited(item: _Found) -> bool:
    """Is the address written between marks that end it (a Markdown link's target,
    ``<https://…>``)?  Then a full stop or comma at its end is the address's own, as in
    ``[D.C.](https://en.wikipedia.org/wiki/Washington,_D.C.)``: the writer put it inside."""
    return (item.label is not None and not item.split) or (
        item.raw.startswith("<") and item.raw.endswith(">")
    )


def _sentence_punctuation_kept_quiet(
    text: str, item: _Found, notes: list[Anomaly]
) -> list[Anomaly]:
    """``notes`` of a bare address less the trailing-punctuation one where the dropped
    ``)`` closes a parenthesis the writer opened before it (:mod:`bibcheck.urlparen`)."""
    url = _unescape(re.sub(r"\s+", "", item.candidate))
    dropped = url[len(_strip_trailing(url)) :]
    if not sentence_owns(dropped, paren_open_before(text, item.start)):
        return notes
    return [a for a in notes if a.code is not AnomalyCode.URL_TRAILING_PUNCTUATION]


# "//host.tld/path": an address without its scheme, read over the page's own (a wiki
# template's url=, an HTML href); the host is a dotted name, so "// comment" is none
_SCHEME_RELATIVE = lazy_compile(r"(?P<lead>\s*+)//(?=[\w-]++(?:\.[\w-]++)++(?:[/?#:]|\s*+$))")


def with_scheme(value: str) -> str:
    """``value`` with ``https:`` put before a scheme-relative address at its start
    (``//www.example.org/a`` -> ``https://www.example.org/a``); any other text as it is."""
    m = _SCHEME_RELATIVE.match(value)
    return value if m is None else m.group("lead") + "https:" + value[len(m.group("lead")) :]


def clean_url(
    candidate: str, markup: str = "Markdown", *, delimited: bool = False
) -> tuple[str, list[tuple[AnomalyCode, str]]]:
    """Repair a URL as written; return it with the repairs made.

    Non-ASCII characters are kept (see :func:`encode_url` for the usable form);
    ``markup`` names the escapes removed in the repair note.  Sentence punctuation after
    a bare address is the sentence's and dropped; a ``delimited`` address (a link target,
    ``<…>``) keeps what the writer put inside its marks, unless an unbalanced ``)`` is
    among it (``\\url{https://x.org/a).}``: a slip, dropped and noted as before).
    """
    repairs: list[tuple[AnomalyCode, str]] = []
    url = re.sub(r"\s+", "", candidate)
    unescaped = _unescape(url)
    if unescaped != url:
        repairs.append((AnomalyCode.URL_ESCAPE_REMOVED, f"{markup} escapes removed: {url!r}"))
        url = unescaped
    stripped = _strip_trailing(url)
    if delimited and ")" not in url[len(stripped) :]:  # (an unbalanced ")" is a slip even so)
        stripped = url
    if stripped != url:
        dropped = url[len(stripped) :]
        repairs.append(
            (AnomalyCode.URL_TRAILING_PUNCTUATION, f"trailing {dropped!r} dropped from {url!r}")
        )
        url = stripped
    if url.lower().startswith("www."):
        url = "http://" + url
    inner = _unwrapped(url)
    if inner is not None:
        repairs.append((AnomalyCode.URL_REDIRECT_UNWRAPPED, f"redirect {url!r} unwrapped"))
        url = inner
    return url, repairs


# Redirectors put around a link by the tool that exported the document: Google Docs
# ("google.com/url?q=<target>&sa=D&..."), Outlook safe links, Facebook, YouTube.
_REDIRECT = lazy_compile(
    r"^https?://(?:www\.)?(?:google\.[a-z.]+/url\?(?:.*&)?q=|[\w.-]*safelinks\.protection\."
    r"outlook\.com/\?(?:.*&)?url=|l\.facebook\.com/l\.php\?(?:.*&)?u=|(?:www\.)?youtube\.com/"
    r"redirect\?(?:.*&)?q=)(?P<target>[^&]+)",
    re.I,
)


def _unwrapped(url: str) -> str | None:
    """The address a known redirector wraps (``https%3A%2F%2F`` decoded), or None."""
    m = _REDIRECT.match(url)
    if m is None:
        return None
    target = unquote(m.group("target"))
    return target if re.match(r"(?:https?|ftp)://[^/\s]", target, re.I) else None


def _unescape(text: str) -> str:
    return _ESCAPE.sub(r"\1", text)


def _strip_trailing(url: str) -> str:
    """Sentence punctuation and unbalanced ``)`` after a URL, in any order, removed
    (so cleaning twice changes nothing), in one pass from the end."""
    end = len(url)
    opens, closes = url.count("("), url.count(")")
    while end:
        char = url[end - 1]
        if char in _TRAILING:
            end -= 1
        elif char == ")" and opens < closes:
            end -= 1
            closes -= 1
        else:
            break
    return url[:end]


def encode_url(display: str) -> str | None:
    """The usable form: IDNA host, percent-encoded path and query; None if invalid."""
    try:
        parts = urlsplit(display)
        host = parts.hostname
        port = parts.port
    except ValueError:
        return None
    if parts.scheme.lower() not in SCHEMES or not host or _CONTROL.search(display):
        return None
    try:
        ascii_host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        return None
    if _CONTROL.search(ascii_host):
        return None  # IDNA maps some symbols to spaces ("¯" -> " ̄"): no usable host
    netloc = f"[{ascii_host}]" if ":" in ascii_host else ascii_host  # IPv6 keeps its brackets
    if parts.username:
        return None  # credentials in a cited URL are never wanted
    if port is not None:
        netloc += f":{port}"
    path = quote(parts.path, safe="/%:@!$&'()*+,;=-._~")
    query = quote(parts.query, safe="/%:@!$&'()*+,;=-._~?")
    frag = quote(parts.fragment, safe="/%:@!$&'()*+,;=-._~?")
    return urlunsplit((parts.scheme.lower(), netloc, path, query, frag))


def mixed_script_words(text: str) -> list[str]:
    """Words that mix Latin and Cyrillic letters (likely typos in slugs)."""
    return [w for w in _WORD.findall(text) if _LATIN.search(w) and _CYRILLIC.search(w)]


def _script_notes(display: str, line: int) -> list[Anomaly]:
    if display.isascii():
        return []
    notes = []
    odd = sorted({c for c in display if not c.isascii()})
    names = ", ".join(f"{c!r} ({unicodedata.name(c, f'U+{ord(c):04X}')})" for c in odd)
    notes.append(
        Anomaly(
            AnomalyCode.URL_NON_ASCII,
            f"URL contains non-ASCII characters {names}; kept as written, percent-encoded for use",
            line,
        )
    )
    for word in mixed_script_words(urlsplit(display).path):
        notes.append(
            Anomaly(
                AnomalyCode.URL_MIXED_SCRIPT,
                f"Cyrillic letters inside the Latin word {word!r}: almost certainly a typo",
                line,
            )
        )
    return notes


def _line_of(breaks: Sequence[int], offset: int, line_starts: Sequence[int]) -> int:
    """The source line of ``offset``; ``breaks`` are the offsets of the newlines."""
    index = bisect_left(breaks, offset)
    if not line_starts:
        return 1
    return line_starts[min(index, len(line_starts) - 1)]


def _blank_out(text: str, spans: list[tuple[int, int]], kept: list[str] | None = None) -> str:
    out = []
    pos = 0
    labels = dict(zip(spans, kept or [""] * len(spans), strict=True))
    for start, end in sorted(spans):
        label = labels[(start, end)]
        if label:  # a link's title stays where the link was
            out.append(text[pos:start])
            out.append(label)
            pos = end
            continue
        # "(https://...)" and "[https://...]": the wrapper goes with the URL.
        if start > pos and text[start - 1] in "([":
            start -= 1
            if end < len(text) and text[end] in ")]":
                end += 1
        out.append(text[pos:start])
        out.append(" ")
        pos = end
    out.append(text[pos:])
    return "".join(out)


# --------------------------------------------------------------------------
# comparing
# --------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def shortened_display(label: str, target: str) -> bool:
    """Is the link text ``label`` a shortened display of ``target``, not another address?
    Its host alone (``www.example.org`` for ``https://www.example.org/files/…``, with or
    without the scheme and ``www.``), or its beginning cut with an ellipsis
    (``www.example.org/files/…``)."""
    shown = label.strip()
    cut = shown.endswith(("…", "..."))
    shown = shown.rstrip("….").strip() if cut else shown
    bare = re.sub(r"^(?:https?|ftp)://", "", shown, flags=re.I).rstrip("/")
    shown_host, _, shown_path = bare.partition("/")
    if not shown_host or any(c.isspace() for c in shown_host):
        return False
    try:
        parts = urlsplit(target if "://" in target else "http://" + target)
        host = (parts.hostname or "").lower()
    except ValueError:
        return False
    if not host or shown_host.lower().removeprefix("www.") != host.removeprefix("www."):
        return False
    if not shown_path:
        return True
    rest = unquote(parts.path.lstrip("/") + (f"?{parts.query}" if parts.query else ""))
    return cut and rest.startswith(unquote(shown_path))


# The DOI resolver's host names: a DOI's address through any of them is one address.
_DOI_RESOLVERS = frozenset({"doi.org", "dx.doi.org"})


def normalise_key(url: str) -> str:
    """Canonical form for deciding that two URLs cite the same resource.

    RFC 3986 syntax-based normalisation (case of host and escapes, unreserved
    characters decoded, dot segments, default ports), plus what does not
    change the resource for a citation: scheme (http/https), ``www.``, a
    trailing slash, the fragment and tracking parameters; query parameters
    are sorted.  A DOI's address is one whichever resolver host it names
    (``http://dx.doi.org/10.1/X`` is ``https://doi.org/10.1/x``).  Written
    here rather than with url-normalize because this runs for every reference
    and IDNA-encoding every ASCII host made ingest of 10,000 footnotes several
    times slower.
    """
    usable = encode_url(url) or url
    try:
        parts = urlsplit(usable)
        port = parts.port
    except ValueError:
        return url.strip().lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    netloc = host + (f":{port}" if port and port not in (80, 443) else "")
    path = _remove_dot_segments(_normalise_escapes(parts.path)).rstrip("/")
    if host in _DOI_RESOLVERS:
        # one DOI through any resolver host, in any case (DOIs are case-insensitive)
        netloc, path = "doi.org", path.lower()
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    query = urlencode(sorted((k, v) for k, v in pairs if not _TRACKING.match(k)))
    return netloc + path + (f"?{query}" if query else "")


# A page that lists works, each at an anchor: a book's or site's references page
# (Jupyter Book's ``zreferences.html``, Sphinx's ``bibliography.html``, Quarto's
# ``references.html``, a pkgdown ``articles/refs.html``), whose ``#id328``, ``#ref-smith2001``
# fragments each name one work.
_REFERENCES_PAGE = lazy_compile(
    r"(?:^|/)z?(?:references?|refs|bibliography|bibliographie|biblio|literature|literatur|"
    r"works[-_]cited|citations|sources)(?:\.[a-z]{2,5})?/?$",
    re.I,
)


def citing_fragment(url: str) -> str:
    """The fragment of ``url`` that may name one of several works on a page (``#id328``,
    ``#ref-smith2001``); '' when there is none, or it is only a highlighted passage
    (a text fragment ``#:~:text=``, which quotes the same page)."""
    fragment = url.strip().partition("#")[2].strip()
    return "" if fragment.startswith(":~:") else fragment


def is_references_page(url: str) -> bool:
    """Is ``url`` an anchor on a page that lists works (a references or bibliography
    page), so that its fragment names the work cited?"""
    if not citing_fragment(url):
        return False
    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        return False
    return bool(_REFERENCES_PAGE.search(path))


_UNRESERVED = lazy_compile(r"%(2[DdEe]|5[Ff]|7[Ee]|[46][1-9A-Fa-f]|[57][0-9Aa]|3[0-9])")


def _normalise_escapes(path: str) -> str:
    """Decode escaped unreserved characters; upper-case the other escapes."""
    path = _UNRESERVED.sub(lambda m: chr(int(m.group(1), 16)), path)
    return re.sub(r"%[0-9a-f]{2}", lambda m: m.group(0).upper(), path)


def _remove_dot_segments(path: str) -> str:
    out: list[str] = []
    for segment in path.split("/"):
        if segment == "..":
            if len(out) > 1:
                out.pop()
        elif segment != ".":
            out.append(segment)
    return "/".join(out)


# A URL of a plain form: lower-case http(s) scheme, a lower-case ASCII host name (no user
# info, no IP literal in brackets, no trailing dot), perhaps a port, then a path, query or
# fragment without spaces or control characters.  Nearly every cited URL is; for those
# :func:`split_plain` gives what ``urlsplit`` would, without its general parsing (a run
# split each URL three to four times: precheck, host keys, probe key; README,
# Benchmarks, round 18).
_PLAIN_URL_RE = lazy_compile(
    r"(https?)://([a-z0-9_.-]+)(?::([0-9]{1,5}))?"
    r"(/[^?#\s\x00-\x1f\x7f]*)?(?:[?#][^\s\x00-\x1f\x7f]*)?"
)
_HOST_LABEL_RE = lazy_compile(r"[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?")


@lru_cache(maxsize=4096)
def _plain_host(host: str) -> bool:
    """Is ``host`` (lower-case ASCII) a valid host name: labels of letters, digits,
    ``_`` and inner ``-``, at most 63 characters each and 253 in all?"""
    return len(host) <= 253 and all(
        _HOST_LABEL_RE.fullmatch(label) is not None for label in host.split(".")
    )


def split_plain(url: str) -> tuple[str, str, str, str] | None:
    """``(scheme, netloc, hostname, path)`` as ``urlsplit`` gives them, for a URL of
    the plain form above whose host name is valid and whose port is in range; None
    for any other URL (the caller splits it in full).  The host name is then already
    in :func:`normalize_host`'s form and passes every check of a host name."""
    m = _PLAIN_URL_RE.compiled.fullmatch(url)
    if m is None:
        return None
    scheme, host, port, path = m.groups()
    if not _plain_host(host) or (port is not None and int(port) > 65535):
        return None
    netloc = host if port is None else f"{host}:{port}"
    return scheme, netloc, host, path or ""


@lru_cache(maxsize=4096)
def normalize_host(host: str) -> str:
    """Lower-case, no brackets or trailing dot, IDNA (``xn--``) form for non-ASCII names.

    Remembered for the last few thousand names: a link check asks it of each
    request's host several times (DNS cache, address policy)."""
    host = host.strip().strip("[]").rstrip(".").lower()
    if host.isascii():
        return host
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


def host_name(url: str) -> str:
    """The host of ``url`` as written, lower-cased, for people (reports, site names)."""
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


@lru_cache(maxsize=8192)
def host_key(url: str) -> str:
    """The host of ``url`` in one comparable form ('' when there is none).

    Used everywhere a host is a key: per-host scheduling, archive rate limits,
    reports by host, the ``urls.host`` column.  Remembered for the last few
    thousand URLs: a link check asks it of each URL several times.
    """
    plain = split_plain(url)
    if plain is not None:
        return plain[2]
    try:
        return normalize_host(urlsplit(url).hostname or "")
    except ValueError:
        return ""
