"""A page cited with the parallel page of another edition in parentheses (pure function).

Patristic and classical scholarship cites a text by the page (or chapter and section) of one
edition and adds the page of the standard edition in parentheses, most often in a repeat
note: ``Ebd. 16 (229).``, ``Ebd., S. 36 (241 f.).``, ``Ibid., 12,3 (88-89).``, ``Ivi, p. 40
(112 ss.).``  The number in parentheses is a page, never a year: :func:`parallel_pages` says
whether a locator is written so, so that no "malformed year" is read out of it.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["parallel_pages"]

# a page, a range, or a chapter and section ("55,6", "3.2"), with its mark and "f."/"ff."/"ss."
_PAGE = (
    r"(?:(?:S|s|p|pp|P|Pp|col|coll|Sp|Col|c|cc|f|fol)\.\s?)?"
    r"\d{1,4}[a-z]?(?:[,.:]\d{1,4})?(?:\s?[-–]\s?\d{1,4}[a-z]?)?"
    r"(?:\s?(?:ff?|ss|sgg|sq|sqq)\.?)?"
)
_PARALLEL = lazy_compile(rf"^\s*{_PAGE}\s?\(\s?{_PAGE}\s?\)\s*\.?\s*$")


def parallel_pages(locator: str) -> bool:
    """Is ``locator`` a page with the parallel page in parentheses (``16 (229)``, ``S. 36
    (241 f.)``, ``55,6 (262-263)``)?"""
    return _PARALLEL.match(locator) is not None
