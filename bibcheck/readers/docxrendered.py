"""Which stored work an entry of a citation manager's rendered list prints.

Word's BIBLIOGRAPHY field (and a Zotero, Mendeley or EndNote list) prints the works its
citation fields cite; those works are read from the fields and the store, so an entry of
the rendered list that prints one of them is not read a second time.  An entry is tied to
its work by, in order:

* its label: a tag (``[Bar00]``, as alphanumeric styles print it) is the work with that
  tag; a number (``[12]``, as IEEE and ISO 690 numeric print it) is the work Word's store
  numbers so (``b:RefOrder``) or the citations printed with that number cite, when the
  entry shows that work's title;
* its text: the work whose title it prints (the longest such title; addresses are no part
  of the printed title: ``wordpress.org/plugins/hyperdb`` prints no work called
  "WordPress").  A short title (``VULTR``, ``nginx``) is in many entries' words, so it ties
  an entry only where the entry prints it as its title: first, or first in quotation marks
  (``„VULTR,” [Online]``, ``"nginx," [Online]``), or first after an author-date head
  (``Smith, J. (2020). nginx.``).

Pure functions over text; the store is the caller's.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.quote_pairs import DOUBLE, EN_SINGLE
from bibcheck.text import title_key

__all__ = [
    "SHORT_TITLE",
    "entry_label",
    "folded",
    "leads_with",
    "shows_title",
    "without_addresses",
]

SHORT_TITLE = 8  # folded characters: a shorter title is in many entries' words
_SHOWN = 0.75  # share of a title's words an entry must print to show it

# "[12] ", "12. ", "(12) ", "[Bar00] " at the start of an entry
_LABEL = lazy_compile(
    r"\s*(?:\[(?P<box>[^\W_][\w.+:-]{0,15})\]|(?P<num>\d{1,5})[.)]|\((?P<par>\d{1,3})\))\s"
)
_ADDRESS = lazy_compile(r"\b(?:https?://|www\.)\S{1,2000}|\bdoi:\s?\S{1,500}", re.I)
# the first quoted stretch: „…”, “…”, "…", «…», ‘…’
_QUOTED = lazy_compile(rf"[„“\"«‘‚]([^{DOUBLE}{EN_SINGLE}]{{1,300}})[”“\"»’‘]")
# an author-date head: "Smith, J. (2020). " / "Smith, J. (2020, March 3). "
_DATE_HEAD = lazy_compile(r"\((?:\d{4}[a-z]?|n\.\s?d\.|s\.\s?f\.|o\.\s?J\.)[^()]{0,30}\)\.?\s")


def entry_label(text: str) -> tuple[str | None, str]:
    """The label an entry starts with (its number or tag, without brackets) and the rest."""
    m = _LABEL.match(text)
    if m is None:
        return None, text
    return next(g for g in m.group("box", "num", "par") if g), text[m.end() :]


def without_addresses(text: str) -> str:
    """``text`` without its web addresses and DOIs (no title is printed in them)."""
    return _ADDRESS.sub(" ", text)


def folded(text: str) -> str:
    """A title or an entry as compared ("&" and "and" are one)."""
    return f" {title_key(text.replace('&', ' and '))} "


def shows_title(title: str, text: str) -> bool:
    """Does the entry ``text`` print most of ``title``'s words (a subtitle cut, a word
    abbreviated), outside its addresses?"""
    words = title_key(title.replace("&", " and ")).split()
    printed = set(folded(without_addresses(text)).split())
    return bool(words) and sum(w in printed for w in words) >= _SHOWN * len(words)


def leads_with(title: str, text: str) -> bool:
    """Does the entry ``text`` print ``title`` as its title: first, first in quotation
    marks, or first after an author-date head?"""
    want = folded(title)
    if not want.strip():
        return False
    body = entry_label(text)[1]
    places = [body]
    quoted = _QUOTED.search(body)
    if quoted is not None:
        places.append(quoted.group(1))
    head = _DATE_HEAD.search(body)
    if head is not None:
        places.append(body[head.end() :])
    return any(_starts(folded(place), want) for place in places)


def _starts(place: str, want: str) -> bool:
    return place.startswith(want) or place.strip() == want.strip()
