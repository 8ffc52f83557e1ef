"""Words hyphenated at the line ends of a typed (not typeset) list joined again.

A typed text is wrapped at a compound's own hyphen (``self-`` / ``organizing``,
``дерново-`` / ``подзолистых``, ``Nord-`` / ``Deutschland``): there the hyphen is kept
and the parts join with no space.  A writer who breaks a long word by hand does so as a
typesetter would (``Ueberlieferungs-`` / ``geschichtliche``): a capitalised word (a
noun, a name) that goes on in lower case is no compound of its own -- where a compound
goes on in lower case its first element is written in lower case too, but for a title's
first word -- so that hyphen is dropped, unless the document prints the word with it
elsewhere (:func:`printed_hyphens`) or the part before it is a compound's first element
(``Self-``, ``Well-``, ``Non-``).  A hyphen before a conjunction is suspended
(``Kartographie-`` / ``und Ueberlieferungsgeschichte``): left as written.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.compoundhyphen import compound_heads
from bibcheck.readers.linewrap import Hyphen, Printed, line_end_hyphen, url_continues

__all__ = ["join_typed_hyphens"]

# first elements written with their hyphen ("self-organizing", "well-known", "non-linear"),
# the loose ones too ("Co-" / "operation"): a capitalised word's break after one is kept
_COMPOUND_HEADS = compound_heads("en", loose=True)
_HEAD = lazy_compile(r"(?P<word>[^\W\d_]+)-$")
_TAIL = lazy_compile(r"^(?P<word>[^\W\d_]+)")


# the conjunctions after a suspended hyphen ("Kartographie- und", "pre- and post-war")
_CONJUNCTIONS = frozenset(
    """and or nor to und oder bzw sowie bis et ou e y o i u en of och og eller и или""".split()
)


def _kept(line: str, following: str, printed: Printed) -> bool:
    """Does the soft-looking hyphen ending ``line`` belong to the word (a compound)?"""
    head, tail = _HEAD.search(line), _TAIL.match(following)
    if head is None or tail is None:
        return True
    before = head.group("word")
    if before.lower() in _COMPOUND_HEADS or not (before[0].isupper() and before[1:].islower()):
        return True
    return ((before + tail.group("word")).lower(), len(before)) in printed


def join_typed_hyphens(
    parts: Sequence[tuple[str, int]], printed: Printed, language: str | None = None
) -> list[tuple[str, int]]:
    """``parts`` (an entry's lines: text, line number) with the words hyphenated at their
    ends joined again; ``printed``: the words the document prints with a hyphen;
    ``language``: the document's, when known."""
    out = [(text.strip(), line) for text, line in parts]
    for j in range(len(out) - 1):
        text, line = out[j]
        following, after = out[j + 1]
        kind = line_end_hyphen(text, following, language)
        if kind is Hyphen.NONE or url_continues(text, following):
            continue
        word, _, rest = following.partition(" ")
        if word.lower() in _CONJUNCTIONS:
            continue  # a suspended hyphen: "Fifteenth- and"
        soft = kind is Hyphen.SOFT and not _kept(text, following, printed)
        out[j] = ((text[:-1] if soft else text) + word, line)
        out[j + 1] = (rest.strip(), after)
    return [(text, line) for text, line in out if text]
