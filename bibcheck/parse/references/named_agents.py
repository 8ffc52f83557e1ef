"""A virus's, disease's or gene's name in parentheses after or inside a title is part of the
title, no report code: ``(COVID-19)``, ``(SARS-CoV-2)``, ``(H1N1)``, ``(HIV-1)``,
``(BRCA1)``, ``(HPV-16/18)``, ``(BRCA1/BRCA2)``.

Such a name is one word (hyphens and slashes join its parts) whose numbers are short -- one
or two digits.  A body's report code has the shape of its series: words apart
(``NIST SP 800-53``, ``Tech 3285``), a serial number or year of three digits or more
(``OECD-DEV-2019-04``, ``EPA/600/R-20/001``, ``GAO-21-104``) or a dotted number
(``WHO/NUT/98.1``).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["named_agent"]

# one word of letters and digits, its parts joined by hyphens or slashes, with a digit;
# no run of three digits
_AGENT = lazy_compile(r"(?=[^\d]*\d)(?![\w/-]*\d{3})[A-Za-z][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+){0,5}")


def named_agent(text: str) -> bool:
    """``text`` (with or without its parentheses) is a virus's, disease's or gene's name
    with its short number -- part of a title -- rather than a report code (see the
    module)."""
    inner = text.strip()
    if inner.startswith("(") and inner.endswith(")"):
        inner = inner[1:-1].strip()
    return _AGENT.fullmatch(inner) is not None
