"""What follows a judgment's case name: no part of its title.

A judgment is cited by its case name (the parties joined by ``v``, ``v.``, ``vs``, ``c.``,
``contre``, ``contro``, ``gegen``, ``tegen`` …), then what designates it in a court's register or
a law report::

    Okafor and Lind v Norway, App nos 41233/17 and 41250/17 (ECtHR, 3 May 2022).
    Halvorsen v Denmark, Application no. 5512/20, 12 January 2023.
    Moreau c. Belgique, requête n° 7781/19, CEDH 2021.
    Albrecht gegen Österreich, Beschwerde-Nr. 30412/18, EGMR, 9. März 2021.
    Vella v. Attard, Rik. Kost. Nru 12/2019, Qorti Kostituzzjonali, 2020.
    R (Hale) v Chief Constable of Avonshire, [2019] EWCA Civ 118.
    Marsh v Gentry, ECLI:NL:HR:2020:1234.

The case name is the title (the corpus keys ``S and Marper v United Kingdom`` by its name);
the application, register or case number, the neutral citation and the ECLI after it are
not.  :func:`case_without_designation` cuts a title there, when the part before names both
parties; a designation in parentheses (HUDOC's own title "Case of X v. Y (Application no.
…)") is left, as is a title with no case name before it ("Applications no. 3 and 4 of the
model").
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["case_without_designation", "without_case_designation"]

# the word joining the parties of a case name, in the languages that print one
_PARTIES = lazy_compile(
    r"\S\s(?:v\.?|vs\.?|c\.|contre|contro|contra|gegen|tegen|against|\./\.)\s\S"
)
# the designation after the case name, at a comma or a space: an application's or a
# register's number by its word ("App no", "app. no.", "Application no.", "Applications nos.",
# "requête n°", "req. n°", "demanda n.º", "ricorso n.", "queixa n.º", "Beschwerde-Nr.",
# "Beschwerdenummer", "skarga nr", "verzoekschrift nr.", Maltese "Rik. Kost. Nru", "Rikors
# Nru"; the Strasbourg court's "no. 41233/17" alone after a comma), a neutral citation
# ("[2011] UKSC 21", "[2019] EWCA Civ 118") or an ECLI
_DESIGNATION = lazy_compile(
    r",?\s(?:"
    r"(?:[Aa]pp(?:lication)?s?\.?|[Rr]equêtes?|[Rr]eq\.|[Dd]emandas?|[Rr]icors[oi]|[Qq]ueixas?"
    r"|[Bb]eschwerden?|[Ss]karg[ai]|[Vv]erzoekschrift(?:en)?|[Rr]ik\.(?:\s[Kk]ost\.)?|[Rr]ikors)"
    r"[\s-]?(?:n(?:os?|r|ru|[°º])?\.?s?|N(?:os?|r|ru|[°º])\.?s?|núms?\.|n\.[°º]|numbers?|Nummer)"
    r"(?=\s?\d|$)"
    r"|Beschwerdenummer(?=\s?\d|$)"
    # (the Strasbourg court's own form, the number alone after a comma: "…, no. 41233/17")
    r"|(?<=,\s)[Nn]os?\.\s?\d{1,6}/\d{2}(?!\d)"
    r"|\[(?:1[89]|20)\d\d\]\s[A-Z][A-Za-z]{1,7}(?:\s[A-Z][a-z]{1,5})?\s\d"
    r"|ECLI:[A-Z]{2}:"
    r")"
)
# the designation's abbreviated word left at the title's end after a comma, the title cut at
# its stop by the sentences ("Vella v Attard, Rik. Kost. Nru 12/2019" read to "…, Rik")
_LEFT = lazy_compile(r",\s(?:[Aa]pps?|[Aa]ppl|[Rr]ik|[Rr]eq)\.?$")


def without_case_designation(title: str) -> str:
    """``title`` cut before the designation that follows its case name ("Okafor v Norway, App
    no 41233/17" → "Okafor v Norway"), else unchanged."""
    designation = _DESIGNATION.search(title) or _LEFT.search(title)
    if designation is None:
        return title
    name = title[: designation.start()].rstrip(" ,;")
    if _PARTIES.search(name) is None:
        return title
    return name


def case_without_designation(ref: Reference) -> Reference:
    """``ref`` with its case name alone as its title (:func:`without_case_designation`), a
    ``report`` (a court's decision, as the corpus files case law); an entry with authors
    (an article about a case) is left as read."""
    if not ref.title or ref.authors:
        return ref
    name = without_case_designation(ref.title)
    if name == ref.title:
        return ref
    return dataclasses.replace(ref, title=name, kind=RefKind.REPORT)
