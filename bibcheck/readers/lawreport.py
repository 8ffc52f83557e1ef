"""Law reports and neutral citations: a bracketed year that is no numeric citation.

OSCOLA, AGLC, McGill and the other Commonwealth styles cite a case by the year of its report
volume in square brackets, then the court or report abbreviation and a number:
``[2019] EWHC 2214 (Admin)``, ``[2020] JPL 112``, ``[1998] Env LR 233``, ``[2019] UKSC 5``,
``[1991] 3 SCR 77``, ``[2022] HCA 12``, ``[1999] ECR I-1234``. Readers that count bracketed
numbers as citation markers (``[12]``) must not count these years.
"""

from __future__ import annotations

# An optional volume ("3 SCR", "2 Lloyd's Rep"), one to four capitalised abbreviation words
# ("EWHC", "Env LR", "EWCA Civ", "Cr App R") and the number (or a lettered page: "I-1234").
_REPORT = (
    r"[ \t\u00a0]+(?:\d{1,4}[ \t\u00a0]+)?"
    r"(?:[A-Z][A-Za-z'’&]*\.?[ \t\u00a0]+){1,4}"
    r"(?:[A-Z]{1,3}[-‑–])?\d"
)
# A bracketed year and the report after it, read from just inside the "[" (so that a
# pattern of bracketed numbers can refuse it with a lookahead: "\[(?!LAW_REPORT_YEAR)\d+\]").
LAW_REPORT_YEAR = rf"(?:1[5-9]|20)\d\d\](?={_REPORT})"
