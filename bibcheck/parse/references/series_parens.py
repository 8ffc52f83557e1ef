"""A monograph series and its number in parentheses after a title (pure functions).

German and Italian humanities notes set the series a book appeared in, with its number, in
parentheses between the title and the imprint, by its name or its siglum::

    Hans Maier, Die Bußdisziplin der alten Kirche (Studia Patristica Monacensia 4), München 1961.
    Karl Bauer, Die Beichte im Mittelalter (HDG IV/3b), Freiburg 1971.
    G. Rossi, La penitenza antica (Studi e Testi 12), Roma 1950.
    Anna Klein, Kirche und Staat (FKDG 88), Göttingen 2005.

The series is no part of the title: :func:`without_series_number` cuts it, when the
parenthesis closes the title, names a series (capitalised words or a siglum) and gives a
number (arabic, or roman with a part: ``IV/3``) that is no year; a part or volume of the
work itself (``(Teil 2)``, ``(Part 1)``) stays, and so does a cross-reference to a note
(``Salzhandel (Anm. 12)``): a series' one-word name is a siglum, never a word cut short
with a full stop.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["without_series_number"]

_SERIES = lazy_compile(
    r"\s\((?P<series>[A-ZÀ-Þ][\w.'’&-]*(?:\s[\w.'’&-]+){0,6})\s"
    r"(?P<number>\d{1,4}[a-z]?|[IVXLC]{1,6}(?:/\d{1,3}[a-z]?)?)\)$"
)
# the work's own part or volume, or a place and year: no series
_OWN_PART = lazy_compile(
    r"^(?:Teil|Part|Parte|Partie|Band|Bd\.|Vol\.|Volume|Volumen|Tome|Tomo|Tom|Heft|Buch|Book"
    r"|Libro|Livre|Nr\.|No\.|Nº|n\.|Chapter|Kapitel|Capitolo|Episode|Season|Staffel|Act"
    r"|Akt|Psalm|Ps|Version|Release|Edition|Ed\.|Aufl\.|Anm|Fn|Note|Nota)$"
    # a standard's or a request's designation, part of the title ("HTTP Caching (RFC
    # 9111)", "Qualitätsmanagement (DIN EN ISO 9001)")
    r"|^(?:RFC|BCP|STD|FYI|ISO|DIN|EN|IEC|ANSI|BS|NIST|IEEE|ECMA|ETSI|ITU|CEN|ASTM|SAE|JIS"
    r"|GOST|ГОСТ|GB|NF|ÖNORM|SN|UNE|CSA|AS|NZS|W3C|IETF)\b"
)
# the imprint or the rest of the entry after the series: ", Bonn 1940", ". Berlin: …"
_IMPRINT_AFTER = lazy_compile(r"[,.]\s[A-ZÀ-Þ\d]")
_YEARLIKE = lazy_compile(r"^(?:1[5-9]|20)\d\d$")


def without_series_number(title: str, text: str) -> str:
    """``title`` without the numbered series in parentheses closing it (the imprint after it
    in ``text``, the entry's words), else as it is."""
    m = _SERIES.search(title)
    if m is None or m.start() < 3:
        return title
    at = text.find(m.group(0).lstrip())
    if at < 0 or not _IMPRINT_AFTER.match(text, at + len(m.group(0).lstrip())):
        return title
    series, number = m.group("series"), m.group("number")
    if _OWN_PART.match(series) or _YEARLIKE.match(number):
        return title
    if " " not in series and series.endswith("."):
        return title  # ("(Anm. 12)", "(Fn. 3)": a note referred to, no series)
    return title[: m.start()].rstrip(" ,.")
