"""Notes whose prose compares two works: "Compárese la visión de Ortega Sanz, Título, pp.
20–31, con la de Pablo Ferrero Luque, Título, Valladolid, 2004.", "Compare the view of
Hartley, Granaries, 20–31, with that of John Moss, …", "Vgl. die Sicht von Weber, Mühlen,
S. 20, mit der von Hans Moser, …", "Cf. la vision de Dupont, Greniers, p. 20, et celle de
Jean Moreau, …".

The verb of comparing opens the note, a few words of prose name what is compared ("la
visión optimista de"), then the first work is cited up to the words that join the second
("con la de", "with that of", "mit der von", "et celle de"): the first work is the one the
note cites first, read on its own.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["first_compared"]

# the verb of comparing, in the languages of notes
_VERB = (
    r"(?:Compárese|Compárense|Compárence|Confróntese|Compare|Comparar|Compara|Comparez"
    r"|Confronta|Confrontare|Cf\.|Cfr\.|Vgl\.|Vergleiche|Porównaj|Srov\.)"
)
# the words of prose before the first work: in lower case, a few ("la visión optimista de",
# "the optimistic view of", "die Sicht von")
# (or up to the preposition before the name, German nouns capitalised: "die Sicht von")
_PROSE = (
    r"(?:(?:[^\s,;]++\s){0,6}?(?:de|of|von|di|del|bei|chez|van|od)\s"
    r"|(?:[a-zß-ÿ][\w'’-]*+\s){0,8}+)"
)
# the words joining the second work
_JOIN = (
    r"(?:con\s(?:la|las|el|los|lo)\sde|con\s(?:quella|quelle|quello)\sdi|con"
    r"|with\s(?:that|those)\sof|with"
    r"|mit\s(?:der|dem|denen)\svon|mit"
    r"|et\s(?:celle|celui|celles|ceux)\sde|à\s(?:celle|celui)\sde|avec\s(?:celle|celui)\sde|avec"
    r"|z|se)"
)
_COMPARED = lazy_compile(
    rf"^{_VERB}\s++{_PROSE}"
    # (the first work: a name, a comma, its title and what follows, no semicolon)
    rf"(?P<first>[A-ZÀ-Þ][^,;]{{1,80}},\s[^;]{{2,300}}?),\s{_JOIN}\s(?=[A-ZÀ-Þ])"
)


def first_compared(text: str) -> str | None:
    """The first work a note comparing two cites (its citation, as written), or None when
    ``text`` compares no two works."""
    found = _COMPARED.match(text.strip())
    return found.group("first").rstrip(" ,") if found is not None else None
