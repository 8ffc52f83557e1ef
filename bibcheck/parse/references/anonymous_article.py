"""An article cited without author: "Title. Journal Name, 12(3), 45–67."

An editorial, an unsigned news item or a journal's own notice opens with its title; the
sentence after it, right before the volume, is the journal's name: capitalised words joined
by the small words a periodical's name uses in its language ("Zeitschrift für Geographie",
"Revue de Géographie", "Journal of Urban Studies"), no verb. Read as a name in natural
order ("Neue Wege der Stadtforschung": given names and a particle), the title would become
the author and the journal the title; an entry of one sentence before its journal names no
author.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

# the small words inside a periodical's name, in the languages whose lists cite journals
_CONNECTIVES = frozenset(
    {
        "of", "the", "and", "for", "in", "on", "&",  # English
        "für", "und", "der", "die", "das", "des", "zur", "zum",  # German
        "de", "du", "la", "le", "les", "et", "en", "d'", "l'",  # French, Spanish
        "di", "del", "della", "delle", "e", "y", "da", "do", "dos", "em",  # Romance
        "van", "voor", "het", "i", "för", "och", "og", "ja", "a", "w",  # others
    }
)  # fmt: skip
# one sentence (no ". " inside), then a name and a volume with its pages:
# "Title. Journal Name, 12(3), 45–67", "Title. Journal Name 12(3):45–67"
_SHAPE = lazy_compile(
    r"^(?P<title>[^.!?]{8,300}?[^\s.A-Z])[.?!]\s"
    r"(?P<journal>[^\W\d_][^.,;:()\d]{2,120}?),?\s(?P<volume>\d{1,4})(?:\s?\(\d{1,4}\))?"
    r"(?:,\s|:\s?)(?:pp?\.\s?)?\d{1,6}(?:[–-]\d{1,6})?(?:[.,;\s]|$)"
)


def journal_named(name: str) -> bool:
    """Is ``name`` shaped as a periodical's name: two words or more, each capitalised or
    one of the small words a name joins them with ("Zeitschrift für Geographie")?"""
    words = name.split()
    if len(words) < 2 or not words[0][0].isupper():
        return False
    return all(w[0].isupper() or w.lower() in _CONNECTIVES for w in words)


def anonymous_article(text: str) -> tuple[str, str] | None:
    """The title and the journal of an article cited without author, or None.

    >>> anonymous_article("Neue Wege der Stadtforschung. Zeitschrift für Geographie, 12(3), 45–67.")
    ('Neue Wege der Stadtforschung', 'Zeitschrift für Geographie')
    >>> anonymous_article("Smith J. Title of work. Journal, 12(3), 45–67.") is None
    True
    """
    m = _SHAPE.match(text.strip())
    if m is None or not journal_named(m.group("journal").strip()):
        return None
    return m.group("title").strip(), m.group("journal").strip()


# Vancouver's dated form: "Title. Journal Name. 2019;12(3):45–67."
_DATED = lazy_compile(
    r"^(?P<title>[^.!?;]{8,300}?[^\s.A-Z])[.?!]\s(?P<journal>[^\W\d_][^.,;:()\d]{2,120}?)\.\s"
    r"(?P<year>(?:1[5-9]|20)\d\d)(?:\s[A-Z][a-z]{2})?;\s?(?P<volume>\d{1,4})"
    r"(?:\((?P<issue>[^()]{1,12})\))?:\s?(?P<pages>[\w–-]{1,20})\.?$"
)


def _worded(title: str) -> bool:
    """Does ``title`` read as a title, not as a body's name: a word in lower case of four
    letters or more that no name of a body joins with ("Climate change and cities")?"""
    return any(w[0].islower() and len(w) > 3 and w not in _CONNECTIVES for w in title.split())


def dated_anonymous(text: str) -> tuple[str, str, str, str, str | None, str] | None:
    """Title, journal, year, volume, issue and pages of an article cited without author the
    Vancouver way ("Climate change and cities. Nature Climate Change. 2019;12(3):45–67."),
    or None; a first sentence that may be a body's name ("World Health Organization")
    is left to the readers of a body as author."""
    m = _DATED.match(text.strip())
    if m is None or not journal_named(m.group("journal")) or not _worded(m.group("title")):
        return None
    return (
        m.group("title"),
        m.group("journal"),
        m.group("year"),
        m.group("volume"),
        m.group("issue"),
        m.group("pages"),
    )
