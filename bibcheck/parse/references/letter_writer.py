"""A letter cited by its writer and addressee, the writer named with a title.

Notes in law, diplomatic and administrative history cite a letter (a memorandum, a
telegram) by who wrote it to whom, and often give the writer the title or honorific the
document gives them:

* English: ``Letter from Hon. Maria Cruz, Secretary of Justice, to the Commission (3 March
  2020).``, ``Letter from Atty. GVS to TLL``, ``Memorandum from Lt. Col. Reyes to the
  Chief of Staff``, ``Telegram from Sir Esme Howard to Austen Chamberlain, 23 June 1928``;
* French: ``Lettre de Me Dupont au garde des Sceaux, 12 mars 1896``, ``Lettre du général
  Weygand à …``, ``Lettre de M. Jules Ferry à …``;
* German: ``Schreiben von RA Müller an den Bundesminister der Justiz``, ``Schreiben des
  Staatssekretärs Dr. Hans Globke an …``, ``Brief von Prof. Dr. Carl Schmitt an …``;
* Italian, Spanish, Dutch: ``Lettera dell'avv. Rossi al ministro``, ``Carta de D. José
  García al gobernador``, ``Brief van mr. De Vries aan de minister``.

The title (``Hon.``, ``Me``, ``RA``, ``Atty.``) is no name, and its full stop no end of a
sentence: the writer is the author, by the family name (``Cruz``, ``Dupont``, ``Müller``,
``De Vries``), and the letter, unpublished, is a document of ``unknown`` kind (the corpus
files a letter in an archive so, tests/corpus/README.md), titled by its words up to the
first comma or bracket after the addressee.  A letter printed in an edition (``…, in
*Foreign Relations of the United States* …``, ``…, dans *Correspondance* …``) is the
edition's and left to the parse (:mod:`.letters`).
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.nameparticles import PARTICLES, particle_pattern
from bibcheck.parse.references.patterns import L, U

__all__ = ["LetterNote", "letter_note", "read_letter"]

# the document's word and "from": "Letter from", "Lettre de", "Lettre du", "Schreiben von",
# "Schreiben des", "Brief von", "Lettera di", "Lettera dell'", "Carta de", "Carta del", "Brief
# van", "Memorandum from", "Telegram from", "Télégramme de"
_DOCUMENT = (
    r"(?:Letter|Memorandum|Memo|Telegram|Cable|Lettre|Note|T[ée]l[ée]gramme|Schreiben|Brief"
    r"|Telegramm|Lettera|Telegramma|Carta|Oficio|Telegrama)"
)
_FROM = r"(?:from|de|du|d['’]|von|vom|des|der|di|del|dell['’]|della|dello|van)"
# the titles and honorifics written before a name, with their full stop or without
_TITLE = (
    r"(?:Rt\.?\sHon|Hon|Atty|Sen|Rep|Gov|Lt|Col|Gen|Capt|Maj|Adm|Cmdr|Prof|Dr|Rev|Msgr|Amb"
    r"|Sir|Lord|Lady|Dame|Mr|Mrs|Ms|Judge|Justice|President|Ambassador|Senator|Governor"
    r"|Secretary|Minister|General|Colonel"
    r"|Me|Ma[îi]tre|M|MM|Mme|Mlle|Mgr|Pr|g[ée]n[ée]ral|colonel|pr[ée]fet|ministre|[ée]v[êe]que"
    r"|le|la|l['’]"
    r"|RA|RAin|Rechtsanwalt|Rechtsanw[äa]ltin|Notar|Herrn?|Frau|Staatssekret[äa]rs?"
    r"|Bundesministers?|Ministerialrat|Ministerialrats|MdB|Oberst|Generals?|Pfarrer"
    r"|avv|on|dott|dr|prof|sen|mons|ing|gen|Avv|On|Dott|Sig|Mons|Ing|avvocato|onorevole"
    r"|D|Da|Sr|Sra|Lic|Excmo|Ilmo|Fr|licenciado|don|doña"
    r"|mr|dhr|mevr|ir)"
)
_PARTICLE = particle_pattern(PARTICLES | {"della", "zu", "vom"}, capitalised=False)
# a name's word: "Maria", "B.", "GVS", "Müller-Armack", "O'Neill"
_WORD = rf"[{U}][{L}{U}'’-]*\.?"
_NAME = rf"{_WORD}(?:\s(?:{_WORD}|{_PARTICLE}))*"
_TO = r"(?:to|à|au|aux|an|a|al|alla|all['’]|ai|aan)"
_LETTER = lazy_compile(
    rf"^(?P<word>{_DOCUMENT})\s{_FROM}\s?(?P<titles>(?:{_TITLE}\.?\s){{1,4}})"
    rf"(?P<name>{_NAME})(?P<office>,\s[^;()\n]{{2,160}}?,)?\s{_TO}\s"
)
# the addressee, up to a comma, a bracket or a full stop ending the clause
_ADDRESSEE = lazy_compile(r"[^,;()\[\]\n]{2,120}?(?=\s?[,;(\[]|\.(?:\s|$)|$)")
# the letter printed in an edition: "…, in *FRUS* …", "…, dans *Correspondance* …", "…, in: …"
_IN_EDITION = lazy_compile(r",\s(?:in:?|dans|en|em|w:?|abgedruckt\sin:?|printed\sin)\s")


@dataclasses.dataclass(frozen=True, slots=True)
class LetterNote:
    """A letter's reading: its writer's family name and its words up to the addressee's end."""

    writer: str
    title: str


_SPANISH = frozenset({"Carta", "Oficio", "Telegrama"})


def _family(name: str, *, spanish: bool = False) -> str:
    """The family name of ``name`` ("Frank B. Kellogg": Kellogg; "De Vries": De Vries;
    "Jean de La Fontaine": de La Fontaine; "GVS": GVS; in a Spanish letter, a given name and
    two family names, "José García Pérez": García Pérez)."""
    words = name.split()
    full = [w for w in words if not w.endswith(".")]
    if spanish and len(full) >= 3 and full == words:
        return " ".join(words[-2:])
    k = len(words) - 1
    while k > 0 and (words[k - 1] in PARTICLES or words[k - 1] in {"della", "zu", "vom"}):
        k -= 1
    if k > 0 and words[k - 1] in {"De", "Van", "Di", "Da", "Del", "Le", "La"}:
        k -= 1
    return " ".join(words[k:]).rstrip(".")


def read_letter(text: str) -> LetterNote | None:
    """The writer and title of a note citing a letter by a writer named with a title or
    honorific (see the module), else None."""
    m = _LETTER.match(text.strip())
    if m is None:
        return None
    name = m.group("name")
    if name.endswith(".") and len(name.split()[-1]) <= 2:
        return None  # (only initials: "Hon. J."; no family name)
    head = text.strip()
    if _IN_EDITION.search(head, m.end()):
        return None
    to = _ADDRESSEE.match(head, m.end())
    end = to.end() if to is not None else m.end()
    spanish = m.group("word") in _SPANISH
    return LetterNote(writer=_family(name, spanish=spanish), title=head[:end].rstrip(" .,"))


def letter_note(ref: Reference, text: str) -> Reference:
    """``ref`` read as the letter ``text`` cites, when it is one (see the module)."""
    letter = read_letter(text)
    if letter is None:
        return ref
    return dataclasses.replace(
        ref, authors=(letter.writer,), title=letter.title, kind=RefKind.UNKNOWN
    )
