"""The language a document's body is written in, for the readers that re-join its lines.

Whether a hyphen at a line end is a compound's own (``cross-`` / ``sectional``) or a
typesetter's (``all-`` / ``gemeinen`` is German *allgemeinen*) depends on the language
(:func:`~bibcheck.readers.compoundhyphen.compound_hyphen`); an entry's own words are too
few to tell it, the body's many are.  The document's metadata says it when it has any (a
front matter's ``lang: de-AT``, ``language: fr``); otherwise the body's function words do:
the language whose own words (``the``/``and``; ``der``/``und``/``nicht``; ``les``/``et``/
``dans``) the text uses most, at least :data:`MIN_WORDS` times and at least
:data:`LEAD` times as often as any other language's -- else None (every language's shapes
are asked, as before).  Deterministic, offline, linear in the text's length.

A word-processor package (DOCX, OpenDocument) is told the same way, by its reader, from its
body's paragraphs as soon as it has them: the reader parses some of its notes while reading
them, inside :func:`bibcheck.parse.references.doclanguage.written_in` that language, and says
it (``RawDocument.language``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile

__all__ = ["declared_language", "document_language", "text_language"]

MIN_WORDS = 8  # the best language's words counted at least so often
LEAD = 2.0  # ... and this many times as often as the next language's
_SAMPLE = 60_000  # characters read: enough to tell, linear for any document

# words frequent in running text that (nearly) no other language of this table writes
_OWN_WORDS: dict[str, frozenset[str]] = {
    language: frozenset(words.split())
    for language, words in {
        "en": "the and of to is that with this from are was were which have has been "
        "not be it its these their also than",
        "de": "der die das und ist nicht mit den dem des sich auch auf für eine einer "
        "wird werden sind wurde nach bei oder aus zur zum",
        "fr": "le les et est une dans pour qui sur pas par du au aux ces cette sont être "
        "été avec ont leur",
        "es": "el los las del y una por es se como más pero sus fue está también entre",
        "pt": "os das dos em uma não é ao pela pelo são foi mais também seu sua entre",
        "it": "il della delle che gli è sono nella nel degli alla anche più dei",
        "nl": "het een van en zijn niet op voor met dat wordt ook bij naar",
        "pl": "w i się że na jest nie do oraz dla przez jak są było",
        "cs": "a v se že na je jako pro není byl jsou také nebo",
        "id": "yang dan di dari untuk dengan ini itu dalam pada adalah tidak",
        "fi": "ja ei että ovat oli olivat kuin mutta tai myös joka jonka jotka joiden "
        "sekä kanssa mukaan tämä tämän niiden vain kun jos vielä eikä joten ole olla",
    }.items()
}
# each word -> the languages whose own word it is
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _language, _own in _OWN_WORDS.items():
    for _word in _own:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _language)
_WORD = lazy_compile(r"[^\W\d_]+")
# a front matter's or a header's declared language: "lang: de-AT", "language: fr"
_DECLARED = lazy_compile(
    r"^(?:lang|language|langid|dc\.language)\s*[:=]\s*[\"']?(?P<code>[A-Za-z]{2})(?![A-Za-z])",
    re.IGNORECASE | re.MULTILINE,
)
_FRONT_MATTER = lazy_compile(
    r"\A\ufeff?(?:---|\+\+\+)\s*\n(?P<head>.*?)\n(?:---|\.\.\.|\+\+\+)\s*$", re.S | re.M
)


def declared_language(code: str | None) -> str | None:
    """``de-AT`` -> ``de``, ``FR`` -> ``fr``; None for no code or no two-letter one."""
    if not code:
        return None
    head = re.split(r"[-_\s]", code.strip(), maxsplit=1)[0].lower()
    return head if len(head) == 2 and head.isalpha() and head.isascii() else None


def text_language(text: str) -> str | None:
    """The language whose own words ``text`` uses most, clearly (see the module)."""
    counts = dict.fromkeys(_OWN_WORDS, 0)
    for word in _WORD.findall(text[:_SAMPLE].lower()):
        for language in _LANGUAGES_OF.get(word, ()):
            counts[language] += 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    best, score = ranked[0]
    if score < MIN_WORDS or score < LEAD * ranked[1][1]:
        return None
    return best


def document_language(lines: Sequence[str], declared: str | None = None) -> str | None:
    """The language of the document of ``lines``: ``declared`` (its metadata's, when the
    reader has it), its front matter's ``lang:``, else its body's words (see the module)."""
    if (code := declared_language(declared)) is not None:
        return code
    text = "\n".join(lines[:2000])
    front = _FRONT_MATTER.match(text)
    if front is not None:
        found = _DECLARED.search(front.group("head"))
        if found is not None:
            return found.group("code").lower()
    return text_language(text)
