"""Editors' role marks after the names that head an entry: one table and one convention.

An edited volume is headed by its editors' names with their role in parentheses before
the year, in the list's language::

    Hansen, P. (red.) 2001. Title. …            Müller, K. (Hg.) 1999: Title. …
    Smith, J. and Lee, K. (eds) (2010) Title.    Rossi, A. (a cura di) (1998). Title. …
    Virtanen, M. (toim.) 2005. Title. …         Kovács, J. (szerk.) 1999: Title. …

:data:`EDITOR_MARKS` holds the marks (each with the languages that write it) and
:data:`MARK` is the pattern of one of them in parentheses; every reader of such heads
(:mod:`.bare_year`, :mod:`.colon_year`, :mod:`.role_head`) takes them from here, so a head
reads the same whichever of them parses it.

Notes and entries naming a chapter's host by its editors (``in: K. Müller (Hg.): Buch``,
``in A. Rossi (a cura di), Libro``, ``dans M. Dupont (dir.), Livre``, ``en L. García
(coord.), Libro``, ``w: J. Nowak (red.), Księga``) take :data:`MARK` too (:mod:`.german`,
:mod:`.german_law`, :mod:`.italian_notes`, :mod:`.french_notes`, :mod:`.caps_colon`,
:mod:`.polish_notes`, :mod:`.polish_plain`): a mark known anywhere is known everywhere.

Every other reader of editors' marks builds its pattern from the same table: :data:`MARKS`
(the alternation, for a reader that sets the parentheses itself), :data:`COMMA_MARK` (a
mark bare after the names and a comma, ``A. Berg and H. Berg, eds.``, ``Nowak, J., red.``:
the lower-case abbreviations and German's nouns only, :data:`ABBREVIATED`) and
:data:`COLON_MARK` (DIN ISO 690's ``BUNDESAMT FÜR X (Hrsg.): Title``); no module under
``bibcheck/parse/`` keeps a list of its own (``tests/test_fix77b_role_marks_everywhere.py``).

The convention (:func:`names_of`): the mark is no part of the names and says the names
edited the work; the editors are kept as the entry's names, as the corpora's keys read an
edited volume headed by its editors (where they name its people at all, they name the
editors), and the work is the volume itself (a book where nothing names a host).
:func:`editors_of` gives the same names as the entry's ``editors`` (the field BibTeX and CSL
call ``editor``), so an export writes them as editors, not authors.
:func:`apa_head` writes such a head in APA's order (``Family, I., & Family, I. (Eds.).
(Year).``), the order the style parsers read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

__all__ = [
    "ABBREVIATED",
    "COLON_MARK",
    "COMMA_MARK",
    "EDITOR_MARKS",
    "INDIC_ABBREVIATED",
    "INDIC_EDITOR_MARKS",
    "INDIC_EDITOR_NOUNS",
    "INDIC_MARK",
    "INDIC_NOUNS",
    "GERMAN_NOUNS",
    "MARK",
    "MARKS",
    "alternation",
    "apa_head",
    "editors_of",
    "head_editors",
    "host_editors",
    "names_of",
    "past_editors",
]

# the marks, without their full stop, and who writes them
EDITOR_MARKS: tuple[tuple[str, str], ...] = (
    ("ed", "English, Czech, Slovak, Catalan, Galician, Turkish"),
    ("ed. a kol", "Czech, Slovak (editor a kolektiv: the editor and others)"),
    ("ed. by", "English (in parentheses after the names)"),
    ("edited by", "English (in parentheses after the names)"),
    ("ed. lit", "Spanish, Portuguese (edición literaria)"),
    ("eds", "English"),
    ("Ed", "English (APA)"),
    ("Eds", "English (APA)"),
    ("edd", "Latin, Italian"),
    ("Hrsg", "German"),
    ("hrsg", "German"),
    ("Hg", "German"),
    ("hg", "German"),
    ("Hgg", "German (plural: Herausgeber)"),
    ("hgg", "German"),
    ("Bearb", "German (Bearbeiter, the compiler of an edition)"),
    ("bearb", "German"),
    ("réd", "French (rédacteur)"),
    ("red", "Dutch, Danish, Norwegian, Swedish, Polish, Albanian"),
    ("red. nauk", "Polish (redaktor naukowy)"),
    ("oprac", "Polish (opracował)"),
    ("Red", "Dutch, Scandinavian"),
    ("reds", "Dutch, Afrikaans"),
    ("uitg", "Dutch"),
    ("utg", "Norwegian, Swedish"),
    ("udg", "Danish"),
    ("éd", "French"),
    ("éds", "French"),
    ("Éd", "French"),
    ("Éds", "French"),
    ("dir", "French, Spanish, Catalan (sous la direction de, director)"),
    ("dirs", "French, Spanish"),
    ("Dir", "French, Spanish (capitalised, as ABNT and APA write it)"),
    ("sous la dir", "French (sous la direction de)"),
    ("coord", "Spanish, Portuguese, Italian, French, Romanian"),
    ("coords", "Spanish, Portuguese"),
    ("Coord", "Portuguese, Spanish (capitalised, ABNT)"),
    ("Coords", "Portuguese, Spanish (capitalised, ABNT)"),
    ("îngr", "Romanian (îngrijitor)"),
    ("org", "Portuguese"),
    ("orgs", "Portuguese"),
    ("Org", "Portuguese"),
    ("Orgs", "Portuguese (ABNT)"),
    ("comp", "Spanish (compilador)"),
    ("comps", "Spanish"),
    ("Comp", "Spanish (capitalised)"),
    ("ur", "Croatian, Slovene (urednik)"),
    ("уред", "Bulgarian, Macedonian (уредник)"),
    ("urs", "Croatian"),
    ("Ur", "Croatian, Slovene (capitalised)"),
    ("prir", "Croatian, Serbian, Slovene (priredio)"),
    ("ур", "Serbian, Macedonian (уредник)"),
    ("zost", "Slovak (zostavovateľ)"),
    ("toim", "Finnish (toimittaja)"),
    ("szerk", "Hungarian (szerkesztő)"),
    ("főszerk", "Hungarian (főszerkesztő, the chief editor)"),
    ("ред", "Russian, Bulgarian, Serbian, Ukrainian"),
    ("Ред", "Russian, Bulgarian (capitalised)"),
    ("сост", "Russian (составитель)"),
    ("съст", "Bulgarian (съставител)"),
    ("упоряд", "Ukrainian (упорядник)"),
    ("peny", "Indonesian, Malay (penyunting)"),
    ("a cura di", "Italian"),
    ("a c. di", "Italian"),
    ("cur", "Latin, Italian (curavit, curatore)"),
    ("επιμ", "Greek (επιμέλεια)"),
    ("gol", "Welsh (golygydd)"),
    ("gols", "Welsh"),
    ("Gol", "Welsh"),
    ("ritst", "Icelandic"),
    ("Ritst", "Icelandic"),
    ("ritstj", "Icelandic"),
    ("Ritstj", "Icelandic"),
    ("útg", "Icelandic, Faroese"),
    ("Útg", "Icelandic, Faroese"),
)

# the marks of the Indic scripts: abbreviations written with their stop ("संपा. अ. ब. क",
# "എഡി. ടി. കെ. റാവു", "(সম্পা.)"); some are words of prose or a volume's mark without it
# (Tamil "பதி" is a word, Kannada "ಸಂ. 3" a volume), so a reader after a comma takes them
# only with their stop (:data:`INDIC_ABBREVIATED`) and the full nouns at a word's end
INDIC_EDITOR_MARKS: tuple[tuple[str, str], ...] = (
    ("संपा", "Hindi, Marathi (संपादक)"),
    ("सम्पा", "Hindi (सम्पादक)"),
    ("सं", "Hindi, Marathi"),
    ("সম্পা", "Bengali (সম্পাদক)"),
    ("સંપા", "Gujarati (સંપાદક)"),
    ("എഡി", "Malayalam (എഡിറ്റർ)"),
    ("സമ്പാ", "Malayalam (സമ്പാദകൻ)"),
    ("பதி", "Tamil (பதிப்பாசிரியர்)"),
    ("సంపా", "Telugu (సంపాదకుడు)"),
    ("సం", "Telugu"),
    ("ಸಂಪಾ", "Kannada (ಸಂಪಾದಕ)"),
    ("ಸಂ", "Kannada"),
    ("ਸੰਪਾ", "Punjabi (ਸੰਪਾਦਕ)"),
    ("ସମ୍ପା", "Odia (ସମ୍ପାଦକ)"),
    ("සංස්", "Sinhala (සංස්කාරක)"),
)
# ... and the nouns written out: "संपादक", "എഡിറ്റർ", "பதிப்பாசிரியர்", "ಸಂಪಾದಕ"
INDIC_EDITOR_NOUNS: tuple[tuple[str, str], ...] = (
    ("संपादक", "Hindi, Marathi"),
    ("सम्पादक", "Hindi"),
    ("সম্পাদক", "Bengali"),
    ("સંપાદક", "Gujarati"),
    ("എഡിറ്റർ", "Malayalam"),
    ("സമ്പാദകൻ", "Malayalam"),
    ("பதிப்பாசிரியர்", "Tamil"),
    ("సంపాదకుడు", "Telugu"),
    ("ಸಂಪಾದಕ", "Kannada"),
    ("ਸੰਪਾਦਕ", "Punjabi"),
    ("ସମ୍ପାଦକ", "Odia"),
    ("සංස්කාරක", "Sinhala"),
)
EDITOR_MARKS = EDITOR_MARKS + INDIC_EDITOR_MARKS + INDIC_EDITOR_NOUNS


def alternation(marks: Iterable[str]) -> str:
    """``marks`` as one alternation with no group of its own (the marks longest first, then
    by their letters: a pattern with one source in every process; a mark's own full stops
    literal, its spaces ``\\s``): ``a\\sc\\.\\sdi|Hrsg|red``."""
    return "|".join(
        re.escape(m).replace(r"\ ", r"\s") for m in sorted(set(marks), key=lambda w: (-len(w), w))
    )


# every mark, as one alternation (for a module that sets the parentheses itself)
MARKS = alternation(mark for mark, _ in EDITOR_MARKS)

# one mark in parentheses, its full stop optional: "(red.)", "(eds)", "(a cura di)"
MARK = rf"\((?:{MARKS})\.?\)"

# an Indic mark bare after a comma or before the names: the abbreviations with their stop
# (which the pattern leaves to the reader: "संपा" before "."), the nouns at a word's end
INDIC_ABBREVIATED = alternation(m for m, _ in INDIC_EDITOR_MARKS)
INDIC_NOUNS = alternation(m for m, _ in INDIC_EDITOR_NOUNS)
INDIC_MARK = rf"(?:{INDIC_ABBREVIATED})(?=\.)|(?:{INDIC_NOUNS})(?!\w)"

# the marks that are one abbreviation (no space in them) in lower case, and German's nouns:
# the ones written bare, with no parentheses, after the names and a comma ("A. K. Berg and
# H. W. Berg, eds.", "Müller, K., Hrsg.", "Nowak, J., red."); a phrase ("a cura di", "sous
# la dir") is only ever in parentheses, and a capitalised mark bare after a comma is a given
# name as often as a mark ("Smith, Ed.", "Tan, Ur.", "Berg, Red."), so APA's capitals stay
# in parentheses
GERMAN_NOUNS = frozenset({"Hrsg", "Hg", "Bearb"})
ABBREVIATED: frozenset[str] = frozenset(
    m for m, _ in EDITOR_MARKS if " " not in m and (m[0].islower() or m in GERMAN_NOUNS)
)

# one of them bare after a comma, its full stop required (without it ", ed" and ", red"
# are words of a title): ", eds.", ", Hrsg.", ", toim."
COMMA_MARK = rf",\s(?:{alternation(ABBREVIATED)})\."

# one mark in parentheses and the colon a German (DIN ISO 690) or Hungarian list sets
# after the names: "BUNDESAMT FÜR X (Hrsg.): Title", "Kovács, T. (szerk.): Cím"
COLON_MARK = rf"{MARK}\s?:\s"

# one mark in parentheses or two joined by a slash: "(ed./coord.)", "(Hrsg.)"
_MARK_PAIR = rf"\((?:{MARKS})\.?(?:\s?/\s?(?:{MARKS})\.?)?\)"
# a host's editors before its title: "J. Nowak (red.), ", "Torin Alter, Sven Walter (eds.), "
# (names with no parenthesis, italics or quotes of their own, then one mark and a comma)
_EDITORS_FIRST = re.compile(rf"^[^()*_«»„“”\"]{{2,150}}?\s{_MARK_PAIR},\s")


def past_editors(host: str) -> str:
    """``host`` (what follows a chapter's ``in``/``w:``/``en``) without the editors who open
    it: ``J. Nowak (red.), Księga, …`` -> ``Księga, …``; ``host`` when none do."""
    return _EDITORS_FIRST.sub("", host, count=1)


# the same editors before a host's title, their mark closed by a comma, a colon or a full
# stop, one mark or two joined by a slash: "Peter Schmidt/Anna Weber (Hrsg.): ", "P. Martin
# (dir.), ", "DVOŘÁK, Petr (ed.). ", "Pedro López (ed./coord.), "
_HOST_EDITORS = re.compile(rf"^(?P<names>[^()*_«»„“”\"]{{2,150}}?)\s?{_MARK_PAIR}[,:.]?\s")
# between two editors' names: a slash, a semicolon, a dash or a word for "and"
_NAMES_JOIN = re.compile(r"\s?[/;–]\s?|\s(?:and|und|et|e|i|y|a|&|u\.|og|och|en)\s")
_OTHERS = re.compile(r",?\s(?:et\sal\.|u\.\s?a\.|a\skol\.|i\sin\.)$")
# a name written inverted: one surname (hyphened perhaps), a comma, the given names or
# initials ("Schmidt, Peter", "DVOŘÁK, P.", "Nowak-Kowalska, Anna Maria")
_INVERTED = re.compile(r"^[^\W\d_][\w'’-]+,\s[^\W\d_][\w.'’-]*(?:\s[^\W\d_][\w.'’-]*){0,2}$")


def host_editors(host: str) -> tuple[str, ...]:
    """The editors who open ``host`` (what follows a chapter's ``in``/``dans``/``w:``/``en``),
    each as written: ``Peter Schmidt/Anna Weber (Hrsg.): Buch`` -> ``("Peter Schmidt",
    "Anna Weber")``, ``DVOŘÁK, Petr (ed.). Kniha`` -> ``("DVOŘÁK, Petr",)``; none when no
    names and mark open it."""
    m = _HOST_EDITORS.match(host)
    if m is None:
        return ()
    names: list[str] = []
    for part in _NAMES_JOIN.split(_OTHERS.sub("", m.group("names").strip(" ,"))):
        part = part.strip(" ,")
        if not part:
            continue
        if _INVERTED.match(part) is not None:
            names.append(part)  # ("Schmidt, Peter": one name)
            continue
        pieces = [p.strip() for p in part.split(",") if p.strip()]
        if len(pieces) % 2 == 0 and " " not in pieces[0]:
            # ("DVOŘÁK, Petr, NOVÁK, Jan": inverted names listed with commas, in pairs)
            names.extend(f"{s}, {g}" for s, g in zip(pieces[::2], pieces[1::2], strict=True))
        else:
            # ("Paolo Bianchi, Luca Verdi": names in their natural order, listed with commas)
            names.extend(pieces)
    if any(not n[0].isupper() or len(n) > 60 for n in names):
        return ()  # (no names: a phrase before the mark)
    return tuple(names)


# the names heading an entry, then their mark: "Paolo Bianchi (a cura di), ", "Schmidt,
# Peter (Hg.): ", "DVOŘÁK, Petr (ed.). " (names with no parenthesis of their own, bounded)
_HEAD_EDITORS = re.compile(rf"^(?P<names>[^()*_«»„“”\"]{{2,200}}?)\s?{_MARK_PAIR}[,:.]?\s")


def head_editors(text: str, names: tuple[str, ...]) -> tuple[str, ...]:
    """``names`` (the entry's names, read from ``text``'s head) as its editors when a role
    mark closes that head (``Paolo Bianchi (a cura di), Titolo, …``, ``Schmidt, Peter (Hg.):
    Titel, …``): they edited the work; none when no mark closes them or a name is not in
    the head."""
    if not names or "(" not in text[:210]:
        return ()
    m = _HEAD_EDITORS.match(text)
    if m is None or not all(n.strip(" .,") in m.group("names") for n in names):
        return ()
    return names


def names_of(names: tuple[str, ...], editing: bool) -> tuple[str, ...]:
    """The entry's names when its head names ``names``, ``editing`` when a role mark said
    they edited it: the editors are kept as the entry's names (the convention above)."""
    del editing  # (an editor's mark changes no name: the editors head the entry)
    return names


def editors_of(names: tuple[str, ...], editing: bool) -> tuple[str, ...]:
    """The entry's editors when its head names ``names``: the same names when a role mark
    said they edited it (they are its names too, :func:`names_of`), else none."""
    return names if editing else ()


def apa_head(names: Sequence[str], *, others: bool, editing: bool, date: str) -> str:
    """``names`` (each ``Family, I.``) in APA's order with the editors' role and the date:
    ``Family, I., & Family, I. (Eds.). (Year).`` (``et al.`` when ``others``)."""
    listed = [n if n.endswith(".") else n + "." for n in names]
    if others:
        lead = ", ".join(listed) + ", et al."
    elif len(listed) > 1:
        lead = ", ".join(listed[:-1]) + ", & " + listed[-1]
    else:
        lead = listed[0]
    role = (" (Eds.)." if len(listed) > 1 or others else " (Ed.).") if editing else ""
    return f"{lead}{role} ({date})."
