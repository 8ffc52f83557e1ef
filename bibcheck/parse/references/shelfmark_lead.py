"""A manuscript's shelfmark before its title, after the library that holds it.

A digital library's viewer, a reading list or a library's newsletter cites a digitised
manuscript by its holder, its shelfmark and then its title after a colon::

    Cambridge University Library, T-S 13J20.17: Letter of a flax merchant, Fustat. …
    British Library, MS Add. 3335: Book of Hours of a Flemish workshop. …
    Stiftsbibliothek St. Gallen, Cod. Sang. 390: Antiphonarium Hartkeri. e-codices. …
    Bibliothèque nationale de France, Latin 9428: Sacramentaire de Drogon. Gallica. …

The holder and the shelfmark are no part of the title (the corpus conventions: a shelfmark
before a manuscript's title is none), and the work is the manuscript -- a library's file,
``unknown`` -- unless the entry names a place of publication.  The shelfmark's stops
(``Add.``, ``Cod. Sang.``) would end a sentence and the holder would read as an author, so
:func:`blanked_lead_shelfmark` blanks both (spaces of the same length, the lines stay) and the
entry is read from its title on.

The shelfmark is known by its shape -- at most four words, each an abbreviation, a capital's
word or a hyphenated initialism (``T-S``), then a number with its parts (``13J20.17``,
``A13.2``, ``390``) -- and by its place: after a holder whose name has a library's or an
archive's word in one of the languages of the field, or, with no holder, opening with a
manuscript word (``MS``, ``Cod.``, ``Hs.``) or a collection's abbreviation (``Clm``), or,
alone before a linked title (``[T-S 13J20.17: Letter …](https://…/MS-TS-00013-J-00020-00017/1)``),
named by the link's address: its numbers, in their order, among the address's.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.fonds import FONDS_ABBREVIATION
from bibcheck.parse.references.shelfmark_title import MANUSCRIPT_WORD
from bibcheck.parse.years import YEAR_LETTERED

__all__ = ["blanked_lead_shelfmark", "dated_file_title"]

# a word of the shelfmark before its number: "MS", "Add.", "Cod.", "Sang.", "lat.", "Latin",
# "T-S", "Or."
_WORD = r"(?:[A-Z][A-Za-z]{0,8}\.?|[a-z]{1,6}\.|[A-Z]{1,4}(?:-[A-Z]{1,4})+)"
# its number: "13J20.17", "A13.2", "390", "3335", "1 J 37"
# (a fonds' letter after its number: "Best. 19 b Nr. 771")
_NUMBER = (
    r"(?:[A-Z]{0,2}\d[\w./-]{0,14})(?:\s(?:[A-Za-z]|[ivxlc]{1,5}|\d[\w./-]{0,8})(?=[\s:])){0,2}"
)
# (a German archive's item after its fonds: "Hann. 47 I Nr. 1182", "Best. 1, Nr. 47", "A 202 Bü
# 1234", "I. HA Rep. 87 B Nr. 2012" -- the item's mark, then its number)
_ITEM = r"(?:,?\s(?:Nr\.|Bü|Fasz\.|Akte|Sign\.)\s?\d[\w./-]{0,14})?"
_MARK = rf"(?P<mark>(?:{_WORD}\s){{0,4}}{_NUMBER}{_ITEM}):\s+(?=[*_“\"«„]?[^\W\d_])"
# a library's or an archive's word in the holder's name
_HOLDER_WORD = (
    r"(?:Library|Libraries|Archives?|Record\sOffice|[^\W\d_]*[Bb]iblio[^\W\d_]*"
    r"|[^\W\d_]*[Aa]rchi[vw][^\W\d_]*|Bodleian|Genizah|Geniza)"
)
_NAME = r"[^,:;<>\[\]()]"
# (a German state archive's department after its name: "Landesarchiv Baden-Württemberg, Abt.
# Hauptstaatsarchiv Stuttgart", "Niedersächsisches Landesarchiv, Abteilung Wolfenbüttel")
_DEPARTMENT = rf"(?:,\s(?:Abt\.|Abteilung|Standort|Außenstelle)\s{_NAME}{{1,60}}?)?"
_HELD = lazy_compile(
    rf"^[\[*_]?(?P<holder>{_NAME}{{0,60}}?{_HOLDER_WORD}{_NAME}{{0,40}}{_DEPARTMENT}),\s{_MARK}"
)
_YEAR = lazy_compile(YEAR_LETTERED)
_BARE = lazy_compile(rf"^[\[*_]?(?=(?:{MANUSCRIPT_WORD}|{FONDS_ABBREVIATION})\.?\s){_MARK}")
# a shelfmark alone before a linked title, which the link's address names
_LINKED = lazy_compile(rf"^[\[*_]?{_MARK}")
_ADDRESS = lazy_compile(r"https?://\S+")
_DIGITS = lazy_compile(r"\d+")


def _named_by_link(mark: str, text: str) -> bool:
    """Does an address in ``text`` name the shelfmark -- its numbers, in their order, among
    the address's (``T-S 13J20.17`` in ``…/MS-TS-00013-J-00020-00017/1``)?"""
    wanted = [d.lstrip("0") or "0" for d in _DIGITS.findall(mark)]
    for address in _ADDRESS.findall(text):
        named = [d.lstrip("0") or "0" for d in _DIGITS.findall(address)]
        if any(named[i : i + len(wanted)] == wanted for i in range(len(named))):
            return True
    return False


def blanked_lead_shelfmark(text: str) -> str:
    """``text`` with the holder and the shelfmark before a manuscript's title blanked
    (``Cambridge University Library, T-S 13J20.17: Letter …`` -> spaces, then ``Letter
    …``); ``text`` as it is when it opens with no such shelfmark (see the module)."""
    m = _HELD.match(text) or _BARE.match(text)
    if m is None:
        m = _LINKED.match(text)
        if m is None or not _named_by_link(m.group("mark"), text[m.end() :]):
            return text
    mark = m.group("mark")
    # (a year after a name is a date, no shelfmark: "National Archives, 2019: Title")
    if not any(c.isdigit() for c in mark) or _YEAR.fullmatch(mark) is not None:
        return text
    start = 1 if text[:1] in "[*_" else 0
    end = m.end()
    blank = "".join(" " if c != "\n" else c for c in text[start:end])
    return text[:start] + blank + text[end:]


# a month's name, written out or cut short, in German, English, French and Dutch
_MONTH = (
    r"(?:Jan|Feb|Febr|Mär|Mar|Apr|Mai|May|Jun|Jul|Aug|Sep|Sept|Okt|Oct|Nov|Dez|Dec|janv|févr"
    r"|mars|avr|juin|juil|août|sept|déc|mei|okt)(?:[^\W\d_]{0,7}|\.)"
)
# The date or span closing a file's or a document's title in a finding aid's form, then
# the end: ", 1796–1797.", ", 12. März 1802.", ", 3 June 1802", ", März 1802"
_CLOSING_DATE = lazy_compile(
    rf",\s(?:(?:\d{{1,2}}\.?\s)?{_MONTH}\s)?\d{{4}}(?:\s?[–-]\s?\d{{2,4}})?\.?\s*$"
)


def dated_file_title(title: str | None, text: str) -> str | None:
    """The title of a file or document after its holder and shelfmark (``text`` as read,
    the lead blanked), with the date or span that closes it, as the finding aid names the
    file: ``Berichte über die Viehseuche im Amt Celle, 1796–1797``, ``Brief des Amtmanns an
    die Kammer, 12. März 1802`` (``title`` read without the date).  ``title`` as it is when
    no date alone follows it to the end."""
    if not title:
        return title
    at = text.find(title)
    if at < 0:
        return title
    after = text[at + len(title) :]
    if _CLOSING_DATE.match(after) is None:
        return title
    return (title + after).strip().rstrip(".").rstrip()
