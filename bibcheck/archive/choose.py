"""Choosing the snapshot to offer: pure functions, no I/O.

The right snapshot is the capture closest **at or before** the citation
date - what the author saw, or the nearest earlier state - and only when no
usable capture exists before it, the closest one after.  The citation date
is the reference's access date, else the end of the reference's year, else
the date the document was ingested.

Only 2xx captures are candidates: a capture of an error page or of a
redirect is never offered.  A 2xx capture can still be a soft 404 (the site
answered "page not found" with 200, or served its home page), so each
candidate is judged on its content after it has been fetched
(:func:`capture_problem`, :func:`is_home_copy`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import urlsplit, urlunsplit

from rapidfuzz import fuzz

from bibcheck.lazyre import lazy_compile
from bibcheck.net import soft404

TS_RE = lazy_compile(r"^\d{14}$")
TITLE_MATCH = 60.0  # rapidfuzz token_set_ratio of capture title and cited title
HOME_SIMILARITY = 90.0  # a capture this close to the home page capture is the home page


@dataclass(frozen=True, slots=True)
class Capture:
    """One archived copy of a URL, as an index (CDX, availability, TimeMap) lists it."""

    timestamp: str  # 14 digits, YYYYMMDDhhmmss (UTC)
    original: str  # the URL as the archive captured it
    status: int | None = None  # HTTP status of the capture; None when the index does not say
    mimetype: str = ""
    uri: str | None = None  # the memento's own URI when the index gives one (Memento)
    archive: str = "wayback"


# --------------------------------------------------------------------------
# dates and timestamps
# --------------------------------------------------------------------------


def target_date(access: date | None, year: int | None, document: date | None) -> date | None:
    """The date the choice aims at: access date, else the end of the year, else the document's."""
    if access is not None:
        return access
    if year is not None and 1 <= year <= 9999:
        return date(year, 12, 31)
    return document


def end_of_day(day: date) -> str:
    """The last 14-digit timestamp of ``day``."""
    return day.strftime("%Y%m%d") + "235959"


def start_of_day(day: date) -> str:
    return day.strftime("%Y%m%d") + "000000"


def normalize_timestamp(value: str) -> str | None:
    """A 14-digit timestamp from 4..14 digits (padded like the CDX server), else None."""
    digits = value.strip()
    if not digits.isdigit() or not 4 <= len(digits) <= 14:
        return None
    padded = digits + "0101000000"[len(digits) - 4 :] if len(digits) < 14 else digits
    return padded if parse_timestamp(padded) is not None else None


def parse_timestamp(ts: str) -> datetime | None:
    if not TS_RE.match(ts):
        return None
    try:
        return datetime.strptime(ts, "%Y%m%d%H%M%S")
    except ValueError:
        return None


def timestamp_of(moment: datetime) -> str:
    return moment.strftime("%Y%m%d%H%M%S")


# --------------------------------------------------------------------------
# ordering candidates
# --------------------------------------------------------------------------


def successful(capture: Capture) -> bool:
    """A 2xx capture (an unknown status - Memento - is judged when fetched)."""
    if parse_timestamp(capture.timestamp) is None:
        return False
    return capture.status is None or 200 <= capture.status < 300


def split_by_target(
    captures: Iterable[Capture], target: date | None
) -> tuple[list[Capture], list[Capture]]:
    """(usable captures at or before the target, closest first; those after, closest first).

    Without a target every capture counts as "before" (latest first).
    Duplicates (same timestamp) are dropped.
    """
    seen: set[str] = set()
    usable: list[Capture] = []
    for c in captures:
        if successful(c) and c.timestamp not in seen:
            seen.add(c.timestamp)
            usable.append(c)
    limit = end_of_day(target) if target is not None else "99999999999999"
    before = sorted((c for c in usable if c.timestamp <= limit), key=lambda c: c.timestamp)
    after = sorted((c for c in usable if c.timestamp > limit), key=lambda c: c.timestamp)
    return list(reversed(before)), after


def order_candidates(captures: Iterable[Capture], target: date | None) -> list[Capture]:
    """Every usable capture in the order to try them: before (closest first), then after."""
    before, after = split_by_target(captures, target)
    return before + after


def near(ts: str, target: date | None, window: timedelta) -> bool:
    """Is the capture within ``window`` of the target date?"""
    moment = parse_timestamp(ts)
    if moment is None or target is None:
        return False
    return abs(moment.date() - target) <= window


# --------------------------------------------------------------------------
# judging a fetched capture
# --------------------------------------------------------------------------


def title_matches(page_title: str | None, cited_title: str | None) -> bool | None:
    """Does the capture's title match the cited title?  None when either is unknown."""
    if not page_title or not cited_title:
        return None
    score = fuzz.token_set_ratio(page_title.lower(), cited_title.lower())
    return bool(score >= TITLE_MATCH)


def capture_problem(url: str, title: str | None, text: str | None) -> str | None:
    """Why a fetched 2xx capture is not the cited page (a soft 404), or None."""
    evidence = soft404.not_found_text(title, text) or soft404.parking_page(title, text, url)
    if evidence is not None:
        return f"the capture is a soft 404: {evidence.detail}"
    if not (title or "").strip() and not (text or "").strip():
        return "the capture is empty"
    return None


def home_url(url: str) -> str | None:
    """The home page of ``url``'s site, or None when ``url`` is a home page itself."""
    parts = urlsplit(url)
    if soft404.page_kind(url) == "home" or not parts.netloc:
        return None
    return urlunsplit((parts.scheme, parts.netloc, "/", "", ""))


def is_home_copy(
    title: str | None, text: str | None, home_title: str | None, home_text: str | None
) -> bool:
    """Is the capture the site's home page served at the cited URL?"""
    page = soft404.PageSample(200, title, text)
    home = soft404.PageSample(200, home_title, home_text)
    if len((text or "").strip()) < soft404.MIN_TEXT_CHARS:
        return (title or "").strip().lower() == (home_title or "").strip().lower() != ""
    return soft404.similarity(page, home) >= HOME_SIMILARITY


def in_doubt(title: str | None, cited_title: str | None) -> bool:
    """The capture's title does not confirm the cited work: compare with the home page."""
    return title_matches(title, cited_title) is not True
