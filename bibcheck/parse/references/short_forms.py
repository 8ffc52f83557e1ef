"""Short forms a note defines for the work it cites, and the later notes that use them.

A note that cites a work in full may say how later notes will cite it:
``..., H.C. 1847–48 (956), xxix, 27. Hereafter Relief Commissioners, Last Report.``,
``... (hereafter cited as *Papers*)``, ``... Im Folgenden zitiert als: Stadtbuch.``,
``... (ci-après *Registre*)``.  A later note that starts with that short form
(``Relief Commissioners, Last Report, 28.``) repeats the work of the defining note.
(A one-word abbreviation of an archive, ``(hereafter WYAS)``, is
:func:`bibcheck.parse.references.repeat.abbreviations`.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references import siglum_clause
from bibcheck.parse.references.archival import repository

_HEREAFTER = (
    r"(?:hereafter|henceforth|hereinafter|cited\s(?:hereafter\s)?as|im\sFolgenden"
    r"|künftig|fortan|ci-après|désormais|en\sadelante|d['’]ora\sin\spoi|hierna|dále\sjen)"
    r"(?:\s(?:cited|zitiert|cité|citado|citato|geciteerd)(?:\sas|\sals|\scomme|\scomo)?)?"
)
# "... xxix, 27. Hereafter Relief Commissioners, Last Report." (the note's last sentence)
_SENTENCE = lazy_compile(
    rf"(?:^|[.;]\s+)(?i:{_HEREAFTER})[:\s]\s*(?P<short>[^;()]{{3,100}}?)\.?\s*$"
)
# "..., vii–xii; hereafter NHS. Letters are cited by their number ...": an abbreviation
# defined in a sentence that is not the note's last
_SENTENCE_ON = lazy_compile(
    rf"(?:^|[.;]\s+)(?i:{_HEREAFTER})[:\s]\s*(?P<short>[A-ZÀ-Þ][A-ZÀ-Þa-z]{{0,6}}[A-ZÀ-Þ])\.\s+(?=[A-ZÀ-Þ])"
)
# "... (hereafter cited as *Papers*)", "(im Folgenden: Stadtbuch)"
_BRACKETED = lazy_compile(rf"\(\s*+(?i:{_HEREAFTER})[:\s]\s*+(?P<short>[^()]{{3,100}}?)\s*+\)")
_MARKS = "*_“”\"'‘’«»„ "
# the short form, then its locator or the end: "Relief Commissioners, Last Report, 28."
_AFTER = lazy_compile(r"\s*(?:[,.:;]|$)")


def defined_short_forms(texts: Sequence[str]) -> dict[str, int]:
    """Each short form a note defines (of more than one word, or an abbreviation), and the
    index of that note (the first to define it)."""
    forms: dict[str, int] = {}
    for i, text in enumerate(texts):
        text = text.strip()
        # (an abbreviation the next sentence follows: that sentence is no part of it)
        on = list(_SENTENCE_ON.finditer(text))
        ends = [m for m in _SENTENCE.finditer(text) if all(m.start() != o.start() for o in on)]
        for m in (*_BRACKETED.finditer(text), *ends, *on):
            # ("Stadtarchiv Lüneburg (im Folgenden: StadtA LG)" names an archive, whose
            # several fonds later notes cite, not a work)
            if repository(re.split(r"[;:]\s|\.\s", text[: m.start()])[-1]):
                continue
            short = m.group("short").strip(_MARKS + ".,:")
            if len(short.split()) >= 2 or _ABBREVIATION.fullmatch(short):
                forms.setdefault(short, i)
        # ("(Discours ; désormais OD, suivi du tome et de la page)": a siglum in a clause)
        for start, short in siglum_clause.clause_sigla(text):
            if not repository(re.split(r"[;:]\s|\.\s", text[:start])[-1]):
                forms.setdefault(short, i)
    return forms


# A one-word short form is an abbreviation ("CT", "UB", "MGH", "AHR"), which later notes
# cite with a volume and page ("CT 5:31", "UB, Nr. 12") or printed in it ("Letter ..., in CT
# 10:398"); a word ("Papers") could open any note.
_ABBREVIATION = lazy_compile(r"[A-ZÀ-Þ][A-ZÀ-Þa-z]{0,6}[A-ZÀ-Þ]")
_CITED_WITH_LOCATOR = lazy_compile(
    # (a page range: "NHS, 170–73.")
    # (a volume's part: "OD IV-1, 21")
    r"\s?,?\s(?:(?:vol|Bd|t|no|Nr|S|p|pp)\.\s?)?(?:[IVXL]+(?:-\d)?|\d+(?:/\d+)?(?:\s?[-–]\s?\d+)?)"
    r"(?:[:,.\s]|$)"
)
# where a document printed in the abbreviated work follows the document: "..., 1546, in CT"
_PRINTED_IN = lazy_compile(r",\s(?:in|printed\sin|gedr\.\sin|gedruckt\sin:?|dans|en)\s")


def short_form_used(text: str, forms: dict[str, int], before: int) -> tuple[int, str] | None:
    """(index of the defining note, the text after the form) when ``text`` starts with a
    short form a note before index ``before`` defines."""
    plain = text.lstrip(_MARKS)
    for short, index in forms.items():
        if index >= before:
            continue
        if " " not in short:
            at = _abbreviation_at(plain, short)
            if at is not None:
                return index, plain[at:]
            continue
        if not plain.startswith(short):
            continue
        rest = plain[len(short) :].lstrip(_MARKS)
        if _AFTER.match(rest):
            return index, rest
    return None


def _abbreviation_at(text: str, short: str) -> int | None:
    """Where the locator after a one-word short form starts, when ``text`` cites it: at its
    start ("CT 5:31–33.") or as what a document is printed in ("Cervini to Farnese, 1 March
    1546, in CT 10:398")."""
    starts = [0] if text.startswith(short) else []
    first = re.split(r";\s|\.\s(?=[A-Z])", text, maxsplit=1)[0]
    starts += [m.end() for m in _PRINTED_IN.finditer(first) if first.startswith(short, m.end())]
    # ("Le texte ne reprend pas la formule : OD IV-1, 21.": after a lead of prose)
    lead = siglum_clause.prose_lead_end(text)
    if lead is not None and text.startswith(short, lead):
        starts.append(lead)
    for start in starts:
        end = start + len(short)
        if _CITED_WITH_LOCATOR.match(text, end):
            part = _VOLUME_PART.match(text, end)  # "CT 7/1:245": page 245 of part 1 of vol. 7
            return part.end() if part else end
    return None


_VOLUME_PART = lazy_compile(r"\s?\d+/\d+:(?=\d)")
