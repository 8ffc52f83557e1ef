"""A site's owner named before a page's title, as notes cite pages that have no author
(ISO 690 and the Polish, Spanish, Czech notes that follow it)::

    NASA Science, ʻOumuamua, https://science.nasa.gov/solar-system/comets/oumuamua/
    Museo del Prado, La maja desnuda, https://www.museodelprado.es/coleccion/…
    BBC News, Storm closes the coast road, https://www.bbc.co.uk/news/uk-12345678

The first part names the site when the page's own address says so: its words are the
labels of the address's host (``science.nasa.gov``: "NASA Science"), written run together
(``museodelprado.es``: "Museo del Prado"), or their initials (``esa.int``: "European Space
Agency"); a word the host leaves out may only be one a site calls itself by ("News",
"Online", "Magazine").  A person's name ("Jan Kowalski, Historia komet,
https://example.pl/…") matches no host but the person's own site, whose owner leads the
entry just the same.
"""

from __future__ import annotations

import unicodedata
from urllib.parse import urlsplit

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.outletwords import MAGAZINE_WORDS, NEWS_WORDS

__all__ = ["names_site"]

# the words a name of an organisation or a site joins its other words with, which its
# address leaves out ("Museo del Prado": museodelprado; "Bank of England": bankofengland)
_JOINING = frozenset(
    {"of", "the", "and", "for", "de", "del", "della", "di", "des", "du", "la", "le", "el",
     "los", "las", "y", "e", "et", "und", "der", "die", "das", "für", "i", "na", "w", "z",
     "do", "da", "dos", "van", "voor", "en", "och", "og", "&"}
)  # fmt: skip
_WORD = lazy_compile(r"[^\W_]+(?:['’][^\W_]+)?|&")
_ADDRESS = lazy_compile(r"https?://[^\s<>()\[\]]+")
# the labels of a host that name no one: "www", "m", the generic and country domains
_GENERIC_LABELS = frozenset({"www", "www2", "m", "web", "en", "com", "org", "net", "gov", "edu"})


def _folded(word: str) -> str:
    """``word`` in lower case without its accents (``Músée`` → ``musee``)."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if c.isalnum())


# the words a site calls itself by, which its host may leave out ("BBC News": bbc.co.uk):
# "news" and "magazine" (:mod:`.outletwords`), with what a site calls itself besides
# ("Online", "Portal", "Blog", "Wiki"), a news site's "current affairs" ("Aktuell",
# "Actualités", Serbian and Croatian "Novosti" written in Latin letters) and a science
# site's "Science" ("NASA Science", "ESA Ciencia")
_OWN_WORDS = frozenset(
    {"online", "web", "website", "site", "portal", "blog", "wiki", "novosti", "aktuell",
     "actualités", "actualidad", "science", "nauka", "wissenschaft", "ciencia", "scienza",
     "sciences"}
)  # fmt: skip
# (folded as the name's words are: "Wiadomości" is "wiadomosci", "Zprávy" "zpravy")
_SITE_WORDS = frozenset(map(_folded, NEWS_WORDS + MAGAZINE_WORDS + tuple(_OWN_WORDS)))


def _labels(url: str) -> list[str]:
    try:
        host = (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return []
    if host.startswith("xn--") or ".xn--" in host:
        try:
            host = host.encode("ascii").decode("idna")
        except UnicodeError:
            pass
    labels = host.split(".")
    return [_folded(label.replace("-", "")) for label in labels if label]


def names_site(name: str, text: str) -> bool:
    """Does ``name`` (the first part of an entry, before the title) name the owner of the
    site whose address ``text`` (the entry) gives first?"""
    words = [w for w in _WORD.findall(name)]
    if not words or len(words) > 8:
        return False
    address = _ADDRESS.search(text)
    if address is None:
        return False
    labels = _labels(address.group(0))
    # (the host's last label is its domain, the country or the kind: never the owner)
    owners = [label for label in labels[:-1] if label and label not in _GENERIC_LABELS]
    if not owners:
        return False
    folded = [_folded(w) for w in words]
    content = [w for w in folded if w and w not in _JOINING]
    if not content:
        return False
    whole = "".join(folded)
    if any(whole == label or "".join(content) == label for label in owners):
        return True  # "Museo del Prado": museodelprado.es; "Wikipedia": wikipedia.org
    initials = "".join(w[0] for w in content)
    if len(content) >= 2 and initials in owners:
        return True  # "European Space Agency": esa.int
    named = [w for w in content if w in owners]
    # every word a label of the host, or one the site calls itself by, and at least one
    # word the host's ("NASA Science": science.nasa.gov; "BBC News": bbc.co.uk)
    return bool(named) and all(w in owners or w in _SITE_WORDS for w in content)
