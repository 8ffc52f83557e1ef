"""A body's dated record cited as a source: the minutes, decision or resolution of a
committee, board or council, named by the body and the day of its meeting.

A note may cite what a body decided as its source, with no author, title or publisher of
a work: "Data Governance Committee, Harbourside Rugby Club, decision of 12 May 2026 (minute
7).", "Board of Trustees, Riverside Museum, resolution of 3 March 2021.", "Minutes of the
Finance Committee, Westfield Council, 14 June 2019, item 4."  It is a document the body
issued, a ``report``, titled by the whole designation up to its date (the body, the
organisation it belongs to, the record and its day); the item or minute cited after it is
no part of the title.  A sentence about such a decision ("The committee's decision of 12
May 2026 was later reversed.") is none: the note must open with the body or the record's
name and end with its date and locator.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["dated_record"]

# a body that minutes its meetings (its name ends in the noun: "Data Governance Committee",
# "Board of Trustees" ends in its "of" phrase, read below)
_BODY_NOUN = (
    r"(?:Sub-?committee|Committee|Board|Council|Commission|Panel|Senate|Assembly|Cabinet"
    r"|Executive|Trustees|Directors|Governors|Working\sGroup|Task\sForce|Steering\sGroup)"
)
_WORD = r"[A-Z][\w'’&-]*+"
_LINK = r"(?:of|and|for|on|the|&)"
# the body's name: capitalised words (linking words among them) ending in the noun, or the
# noun first and its "of" phrase after it ("Board of Trustees", "Council of the Faculty")
_BODY = (
    rf"(?:The\s)?(?:{_WORD}\s(?:{_LINK}\s)?){{0,6}}{_BODY_NOUN}"
    rf"(?:\s(?:of|for)\s(?:the\s)?{_WORD}(?:\s(?:{_LINK}\s)?{_WORD}){{0,4}})?"
)
# the organisation it belongs to, up to two ("Harbourside Rugby Club", "City of Westfield")
_ORGS = r"(?:,\s[A-Z][^,;:()\d]{1,80}?){0,2}"
_RECORD = r"(?:minutes|minute|decision|resolution|record|meeting)"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_DATE = (
    rf"(?:\d{{1,2}}\s{_MONTH}\s(?P<y1>\d{{4}})|{_MONTH}\s\d{{1,2}},\s(?P<y2>\d{{4}})"
    r"|(?P<y3>\d{4})-\d\d-\d\d)(?!\d)"
)
# the item cited after the date: "(minute 7)", ", item 4", ", para. 3"
_TAIL = (
    r"(?:,?\s\([^()]{1,60}\)|,\s(?:minute|item|para(?:graph)?\.?|§|point|agenda\sitem)"
    r"\s?[\w.]{1,10})?\.?\s*$"
)
# the body first: "Body, Organisation, decision of 12 May 2026"
_BODY_FIRST = lazy_compile(
    rf"^(?P<title>{_BODY}{_ORGS},\s(?i:{_RECORD})\s(?:of|dated|on)\s"
    rf"(?:the\s)?(?:meeting\s(?:of|on|held\son)\s)?{_DATE}){_TAIL}"
)
# the record first: "Minutes of the Finance Committee, Westfield Council, 14 June 2019"
_RECORD_FIRST = lazy_compile(
    rf"^(?P<title>(?:Minutes|Decision|Resolution|Record)(?:\s(?:No\.\s?)?\d[\w/.-]{{0,12}})?"
    rf"\sof\s(?:the\s)?(?:meeting\sof\s(?:the\s)?)?{_BODY}{_ORGS},?\s"
    rf"(?:(?:of|on|held\son|dated)\s)?{_DATE}){_TAIL}"
)


def dated_record(text: str) -> tuple[str, int] | None:
    """(the title, the year) of a note that cites a body's dated record (the module doc), or
    None."""
    stripped = text.strip()
    m = _BODY_FIRST.match(stripped) or _RECORD_FIRST.match(stripped)
    if m is None:
        return None
    year = m.group("y1") or m.group("y2") or m.group("y3")
    return m.group("title"), int(year)
