"""UK (and Irish, colonial) parliamentary papers as historians cite them.

``Title, H.C. 1846 (735), xxxvii.``, ``Title, HC 1852–53 (123), lv, 41``, ``Title, H.L.
1847 (12), vi``, ``Title, P.P. 1847–48 (956), xxix``: the title, the House (Commons, Lords)
or "Parliamentary Papers", the session's year, the paper's number in parentheses, the
volume of the session's set in Roman numerals and a page.  The number in parentheses is no
year (Harvard's ``(735)``) and the volume no title: the work is a report of the session's
first year.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind
from bibcheck.parse.references.quote_pairs import EN_FR_CLOSINGS
from bibcheck.parse.references.shared import Fields, year_of

__all__ = ["parse"]

# the House, or the set: "H.C.", "HL", "P.P.", "Parliamentary Papers", "Sessional Papers"
_HOUSE = (
    r"(?:H\.\s?C\.|HC|H\.\s?L\.|HL|P\.\s?P\.|PP|(?:British\s)?Parliamentary\sPapers"
    r"|Sessional\sPapers|House\sof\s(?:Commons|Lords)\s(?:Sessional\s|Parliamentary\s)?Papers)"
)
# a command paper's series: C. (1870-99), Cd. (1900-18), Cmd. (1919-56), Cmnd. (1956-86),
# Cm. (since 1986)
_SERIES = r"(?:C|Cd|Cmd|Cmnd|Cm)\.?\s?"
# the paper's number: "(735)", a command paper's in square brackets "[3197]", "(Cd. 4499)"
_NUMBER = rf"(?:\((?:{_SERIES})?\d+[\w.-]*\)|\[(?:{_SERIES})?\d+[\w.-]*\])"
_PAPER = lazy_compile(
    # (the title may be italic, and closed by a period in a bibliography: "*Title*.
    # Parliamentary Papers 1863 (3197), xxii.")
    # (a report's title goes on after a semicolon in small letters: "Report from the Select
    # Committee on …; with the Minutes of Evidence")
    r"^(?P<title>[*_]?[^\W\d_](?:[^;]|;\s(?=[a-z]))"
    r"{4,400}?)[,.]\s" + _HOUSE + r"\s"
    r"(?P<year>(?:1[6-9]|20)\d\d)(?:\s?[–/-]\s?\d{1,4})?\s?" + _NUMBER +
    # (the volume after a comma or a space: "(3197), xxii", "(3197) xxii, 1")
    r"(?:,?\s(?P<volume>[ivxlc]+|[IVXLC]+)\b)?"
    r"(?:,\s(?:pp?\.\s?)?(?P<pages>\d+(?:\s?[–-]\s?\d+)?))?"
    r"(?=[.,;]?(?:\s|$))"
)
# a command paper cited by its number alone, the year in the facts after it: "Title, Cd.
# 4499 (London: HMSO, 1909), 23.", "Title (Cmd. 6404, 1942)", "Title, Cmnd 3703, 1968."
_COMMAND = lazy_compile(
    r"^(?P<title>[*_]?[^\W\d_][^;]{4,400}?)(?:,\s|\s\()"
    # (the 1870-99 series is "C." with its period: "C 293" is the EU Official Journal's
    # C series, "ABl. C 293 vom 2.9.2014", "OJ C 293")
    r"(?P<number>(?:C\.|(?:Cd|Cmd|Cmnd|Cm)\.?)\s\d{1,5})\b"
    r"(?P<facts>[^;]{0,120}?)(?=[.;]?$)"
)
_FACTS_YEAR = lazy_compile(r"(?<![\d(\[])((?:1[6-9]|20)\d\d)(?!\d)")
# a lead-in before the italic title: "Figures from *Title*"
_ITALIC_END = lazy_compile(r"(?:^|\s)([*_])(?P<title>[^*_]{3,}?)\1$")


def _title(text: str) -> str:
    text = text.strip()
    italic = _ITALIC_END.search(text)
    return italic.group("title").strip() if italic else text


def parse(body: str) -> Fields | None:
    """Fields of a parliamentary paper, or None when ``body`` has not its shape."""
    m = _PAPER.match(body)
    if m is None:
        return _command_paper(body)
    return Fields(
        "parliamentary",
        (),
        _title(m.group("title")),
        year_of(m.group("year")),
        volume=m.group("volume"),
        pages=m.group("pages"),
        kind=RefKind.REPORT,
    )


# "Rautenbach, C. 2018. Title. Place: Publisher": a surname, an initial and the year of an
# author-date entry, no command paper "C. 2018" after a one-word title
_INITIAL_THEN_YEAR = lazy_compile(r"C\.\s(?:1[5-9]|20)\d\d$")
_SENTENCE_AFTER = lazy_compile(r"\.\s+[\w“\"'*_]")
# "Name, “Title of the Article”, Journal, C. 28, S. 2, 2018": a quoted title with the
# journal's name after it is an article, "C." a volume's (Turkish "Cilt"), no command paper
_QUOTED_THEN_HOST = lazy_compile(rf"[{EN_FR_CLOSINGS}],\s[^\W\d_]")


def _command_paper(body: str) -> Fields | None:
    m = _COMMAND.match(body)
    if m is None:
        return None
    if _QUOTED_THEN_HOST.search(m.group("title")):
        return None
    if (
        " " not in m.group("title").strip()
        and _INITIAL_THEN_YEAR.match(m.group("number"))
        and _SENTENCE_AFTER.match(m.group("facts"))
    ):
        return None
    year = _FACTS_YEAR.search(m.group("facts"))
    return Fields(
        "parliamentary",
        (),
        _title(m.group("title")),
        year_of(year.group(1) if year else None),
        kind=RefKind.REPORT,
    )
