"""The words a note opens with to say whose finding it reports, before a narrative citation.

A note often reports a finding in prose and names its source by author and date:
"According to Smith et al. (2010, p. 5), …", "Selon Dupont et al. (2010, p. 3), …",
"Laut Müller u. a. (2010, S. 5) …", "Secondo Rossi (2010), …", "Según García et al.
(2010), …", "Volgens De Vries e.a. (2010) …", "Według Kowalskiego i in. (2010, s. 5) …",
"Podle Nováka a kol. (2010) …", "По данным Ивановой и др. (2010, с. 12) …".  The words are
the note's, not the author's: they are a lead-in like "See" or "Cf." (the shared list,
:data:`bibcheck.parse.references.commentary._SEE`, takes :data:`ATTRIBUTION` in), and the
name after them is kept as written (declined: "Kowalskiego", "Ивановой").  A body named
with its article loses the article with the words: "According to the World Bank (2010)".

The words are read as a lead-in only before a name and its year ("Secondo Pia, *Title*"
names the photographer Secondo Pia; "Nach dem Krieg" is prose), and an article only in lower
case (a name's capitalised particle stays: "Selon La Fontaine (1668)", "Volgens De Vries").

:data:`PROSE_NOUN` is the lower-case noun a Russian, Ukrainian or Bulgarian note puts
between its "see" and the (declined) name: "См. работу Ивановой и др. (2010)", "См. статью
Петрова (2015)".
"""

from __future__ import annotations

from bibcheck.parse.years import YEAR as _YEAR

__all__ = ["ATTRIBUTION", "PROSE_NOUN"]

# a name (up to eighty characters from a letter: no digit, bracket, quotation mark, italics
# or colon; a comma only before the next capitalised name) and its year in parentheses
_NAME_YEAR = (
    r"(?=\s+[^\W\d_](?:[^\W\d_]|[\s.'’&-]|,\s(?=[^\W\d_]))"
    rf"{{0,80}}?\s\({_YEAR}[a-z]?[),;:\s])"
)
# the article of a body's name, in lower case: "the World Bank", "la Banque mondiale"
_ARTICLE = r"(?:\s+(?-i:the|la|le|les|il|lo|gli|der|die|das|des|dem|el|los|las|het))?"
ATTRIBUTION = (
    r"(?:(?:according\s+to"  # English
    r"|selon|d['’]après"  # French
    r"|laut|nach|gemäß"  # German
    r"|secondo|stando\s+a"  # Italian
    r"|según|de\s+acuerdo\s+con|segundo|de\s+acordo\s+com|conforme"  # Spanish, Portuguese
    r"|volgens"  # Dutch
    r"|według|wg\.?|za"  # Polish
    r"|podle|podľa|dle"  # Czech, Slovak
    r"|по\s+данным|по\s+мнению|согласно|за\s+даними|згідно\s+з|според)"  # Russian, ...
    rf"{_ARTICLE}{_NAME_YEAR})"
)
# ("работу", "статью", "исследование", "монографию": lower-case Cyrillic words, one to
# three, before a capitalised name and its year)
PROSE_NOUN = rf"(?:\s(?-i:[а-яёіїєґ]+(?:\s[а-яёіїєґ]+){{0,2}})(?=\s(?-i:[А-ЯЁІЇЄҐ])){_NAME_YEAR})"
