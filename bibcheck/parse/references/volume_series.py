"""A volume of a work in several, and a report in an institution's numbered series, as
notes parted by commas write them (French, Spanish, Italian, Portuguese humanities).

The parts after a work's title (the comma-separated segments, as the note parser cut them):

* a volume with a title and editors of its own: ``Histoire de la France urbaine, t. IV,
  Maurice Agulhon (dir.), La Ville de l'âge industriel, Paris, Seuil, 1983`` (the set, the
  volume's number, its editors, its title, the imprint), ``Historia de España, vol. 3, Ana
  Ruiz (ed.), La España moderna, Madrid, Espasa, 1999``, or its title after a colon (``t.
  II : Les Temps modernes``): the work cited is the volume, by its title
  (:func:`volume_title`).  A volume with no title of its own (``Correspondance, t. IV,
  Paris, Gallimard, 1998``) is cited by the set's title, and so is one whose words follow
  its number with no editors between (``Istoria românilor, vol. VIII, România întregită,
  București, 2003``), which writers cite by the set's title as often.
* a report in a numbered series, the place and the institution after its number: ``Note
  rapide, n° 900, Paris, Institut Paris Région, 2021``, ``Document de travail, no 2022-03,
  Champs-sur-Marne, LATTS, 2022``, ``Texto para Discussão, n. 2.617, Brasília, Ipea, 2021``
  (:func:`series_report`).  A journal's numbering is never followed by a place and a
  publisher (``Revue, vol. 12, n° 3, 2020``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references import role_marks
from bibcheck.parse.references.volume_words import Reading, alternation, words

__all__ = ["series_report", "volume_title"]

# a volume's number: "t. IV", "tome 2", "vol. 3", "v. 3", "Bd. 2", "Band 4", "livre II" (the
# words as printed: :mod:`.volume_words`)
_WORD = alternation(words(Reading.SERIES), with_period=True)
_VOLUME = lazy_compile(rf"^{_WORD}\s?[\dIVXLC]{{1,6}}\b")
# ... with the volume's title after a colon: "t. IV : La Ville …", "vol. 2: The Age of …"
_TITLED_VOLUME = lazy_compile(rf"^{_WORD}\s?[\dIVXLC]{{1,6}}\s?:\s(?P<title>\S.*)$")
# the editors of the volume: "Maurice Agulhon (dir.)", "sous la direction de …", "ed. …"
_EDITORS = lazy_compile(
    rf"{role_marks.MARK}"  # (:mod:`.role_marks`)
    r"|^(?:sous\sla\sdirection\sde|édité\spar|a\scura\sdi|ed\.\sby|edited\sby|coord\.|org\.)\s"
)
# numbering in a series: "n° 900", "no 2022-03", "nº 12", "n. 2.617", "núm. 4", "No. 5"
_NUMBER = lazy_compile(r"^(?:n°|nº|no|n\.|núm\.|num\.|No\.|Nr\.|número|numéro)\s?\d[\w./-]*$")
# a year, or a date ending with one: "2021", "mai 2021", "14 juin 2023", "2009 [1968]"
_DATE = lazy_compile(
    r"^(?:(?:\d{1,2}(?:er|º)?\s)?[^\W\d_]{3,10}\.?\s)?(?:1[5-9]|20)\d\d[a-z]?"
    r"(?:\s[\[(](?:1[5-9]|20)\d\d[\])])?$"
)


def volume_title(parts: Sequence[str], placed: Callable[[str], bool]) -> tuple[str, list[str]]:
    """The title of the volume cited and the parts left (its number and the imprint), for
    the parts after a set's title that open with a volume's number; ``("", parts)`` when the
    volume has no title of its own.  ``placed`` says whether a part is a place of
    publication (where the volume's title ends)."""
    if not parts:
        return "", list(parts)
    titled = _TITLED_VOLUME.match(parts[0])
    if titled is not None:
        number = parts[0][: titled.start("title")].rstrip(" :")
        return titled.group("title").strip(), [number, *parts[1:]]
    if not _VOLUME.match(parts[0]):
        return "", list(parts)
    k = 1
    while k < len(parts) and _EDITORS.search(parts[k]):
        k += 1  # (the volume's own editors)
    if k == 1:
        # ("Istoria românilor, vol. VIII, România întregită, București, …": with no editors of
        # its own between, the words after the number may be the set's subtitle for the
        # volume; the set's title is kept)
        return "", list(parts)
    end = next((j for j in range(k, len(parts)) if placed(parts[j]) or _DATE.match(parts[j])), None)
    # (the title, then the place and what follows it: a publisher, a year)
    if end is None or end == k or end + 1 >= len(parts) or not placed(parts[end]):
        return "", list(parts)
    named = parts[k:end]
    if any(_NUMBER.match(p) or _VOLUME.match(p) or _EDITORS.search(p) for p in named):
        return "", list(parts)
    return ", ".join(named), [parts[0], *parts[end:]]


def series_report(parts: Sequence[str], placed: Callable[[str], bool]) -> bool:
    """Do the parts after a title name a series and a number in it, then a place and an
    institution (``Note rapide``, ``n° 900``, ``Paris``, ``Institut Paris Région``,
    ``2021``): a report in that institution's series?"""
    if len(parts) < 4 or _NUMBER.match(parts[0]) or _DATE.match(parts[0]) or placed(parts[0]):
        return False
    k = 1
    while k < len(parts) and _NUMBER.match(parts[k]):
        k += 1
    if k == 1 or k + 1 >= len(parts):
        return False
    place, issuer = parts[k], parts[k + 1]
    return placed(place) and not _DATE.match(issuer) and not _NUMBER.match(issuer)
