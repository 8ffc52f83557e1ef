"""Canonical locators after an author-date citation's year: the places of classics and
philosophy, which are no pages.

A classicist, a theologian or a philosopher cites a listed edition by author and year and
points into it with the work's own numbering, not the edition's page:

- Kant's first and second editions, "(Kant 1998, A 51/B 75)", "(Kant 1998, B 132)",
  "(Kant 1998, B xvi)";
- a collected edition's volume and page, "(Kant 1996, AA 4, 393)", "(Luther 1966, WA 7,
  21)", "(Descartes 1985, AT VII, 25)", "(Migne 1841, PL 32, 1089)";
- a work's siglum before its place, "(Kant 1998, KrV B 132)", "(Hume 2000, T 2.3.3.4)",
  "(Aristotle 1984, EN 1098a16)";
- Bekker's page, column and line, "(Aristotle 1984, 1098a16)", "(Aristotle 1984,
  1253a2–3)";
- book, chapter and section in dotted numbers, "(Augustine 1972, 19.13)",
  "(Augustine 1991, 10.27.38)".

``CANONICAL_LOCATOR`` matches such a locator's start after the comma (the author-date
pattern uses it as a lookahead). A dotted number is a place only if no slash or further
digits follow it, so a DOI's "10.1234/…" is none.
"""

from __future__ import annotations

# Kant's A/B pagination, arabic or roman, one edition or both ("A 51/B 75", "Bxvi")
_AB = r"[AB]\s?(?:\d{1,4}|[ivxlc]{1,7}\b)"
_KANT = rf"{_AB}(?:\s?[-–]\s?\d{{1,4}})?(?:\s?/\s?{_AB})?(?![\w./])"
# a collected edition's siglum, its volume, then the page after a comma or a colon
# ("AA 4, 393", "Ak 4:393", "WA 7, 21", "AT VII, 25", "PL 32, 1089", "CCSL 47, 120")
_EDITION = r"[A-Z][A-Za-z]{0,4}\.?\s?(?:\d{1,3}|[IVX]{1,6})(?:,\s?|:)\d{1,5}\b"
# Bekker's page, column and line ("1098a16", "1253a2-3")
_BEKKER = r"\d{2,4}[ab]\s?\d{1,2}\b"
# dotted book, chapter and section ("19.13", "10.27.38"), no DOI's "10.1234/"
_DOTTED = r"\d{1,4}(?:\.\d{1,4}){1,3}(?![./]?\d|/)"
# a work's siglum, then one of the places above or a plain number ("KrV B 132",
# "EN 1098a16", "T 2.3.3.4", "SBN 415"); the siglum has no small letter after its
# first two, so no word of prose is one
_PLACE = rf"(?:{_KANT}|{_BEKKER}|{_DOTTED})"
_SIGLUM = rf"[A-Z][A-Za-z]?[A-Z]{{0,3}}\.?\s(?:{_PLACE}|\d{{1,5}}\b)"

CANONICAL_LOCATOR = rf"(?:{_KANT}|{_EDITION}|{_BEKKER}|{_DOTTED}|{_SIGLUM})"
