"""The front matter of a manuscript: title block, byline and affiliations.

Above the first section of a paper stand its title (and a translated title, a section
label such as "Original Article"), the authors with their affiliation marks
(``Ana Souza(1), Rui Lima(2)``, ``Ji-Hoon Park¹,†``) and the affiliations themselves
(``(1) Department of …``, ``¹ Universidade …``).  Their numbers are no citations of the
reference list.  Prose above the first heading (an abstract or an introduction without a
heading of their own) is body text and keeps its citations.

:func:`front_matter` finds those paragraphs from their text and whether each is a
heading; :func:`is_prose` tells a sentence from a list of names and institutions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.nameparticles import ARABIC, PARTICLES

__all__ = ["AFFILIATION", "front_matter", "is_prose"]

_WORD = lazy_compile(r"[^\W\d_][^\W_]*(?:['’-][^\W\d_]+)*")
# lower-case words of names, institutions and addresses ("University of the Pacific",
# "Universidade Federal do Agreste", "Instituto de Salud", "Ludwig van Beethoven-Str.")
# (the shared particles, the Arabic ones, and the small words of institutions and
# addresses in several languages)
_PARTICLES = (
    PARTICLES
    | ARABIC
    | frozenset(
        "of the and for at in on to e-mail email by with "
        "do das della delle dei des les lo y e i em no na zu zur zum und für et ou".split()
    )
)
_PROSE_WORDS = 4  # fewer words: a label, a name
_PROSE_SHARE = 0.25  # of the words: lower-case words that are no particle of a name
_SENTENCE_END = lazy_compile(r"[.!?…:;][\"”’»)\]]*$")
_CITATION_TAIL = " \t0123456789,;–-()[]⁰¹²³⁴⁵⁶⁷⁸⁹"  # "… at home (2)", "… 2050.¹⁻³"
_LABEL_WORDS = 6  # a label above the title ("Original Article", "Research Paper")
_MOST = 20  # paragraphs a title block, byline and affiliations fill at most

# the words that name an institution in an address (an affiliation's line)
AFFILIATION = lazy_compile(
    r"\b(?:Universit|Institut|Department|Dept\.|School\s+of|College|Faculty|Laborator"
    r"|Centre|Center|Academy|Akademie|Hochschule|Fakultät|Университет|Институт|Кафедра"
    r"|Університет|e-?mail|Hospital|Clinic|Klinik|Ospedale|Hôpital|Nemocnic|Szpital"
    r"|Universidad|Università|Université|Universidade|Uniwersytet|Univerzit|Üniversite"
    r"|Больниц|Лікарн|Інститут|Νοσοκομείο|Πανεπιστήμιο|Κλινική|Ινστιτούτο|Μονάδα|Τμήμα"
    r"|Εργαστήριο|Σχολή|Κέντρο|Ερευνητικ"
    r"|Egyetem|Intézet|Kórház|Yliopisto|Sairaala|Universitatea|Spital|Universitas|Đại\shọc"
    r"|Bệnh\sviện|Болниц|Универзитет|Институт)"
    # (Chinese, Japanese and Korean write them inside the name: 서울대학교, 東京大学)
    r"|대학|병원|연구소|연구원|교실|大学|大學|研究所|研究院|病院|医院|醫院|学院|學院",
    re.I,
)


def is_prose(text: str) -> bool:
    """Is ``text`` written in sentences (ending as one, with many lower-case words that
    are not the ``of``, ``de``, ``van`` of names), rather than a title, names,
    institutions and addresses?"""
    words = _WORD.findall(text)
    if len(words) < _PROSE_WORDS or not _SENTENCE_END.search(text.rstrip(_CITATION_TAIL)):
        return False
    common = sum(1 for w in words if w[0].islower() and w.lower() not in _PARTICLES)
    return common >= _PROSE_SHARE * len(words)


def _label(text: str) -> bool:
    """A short line above the title: a section label ("ARTIGO ORIGINAL"), a running head."""
    return len(_WORD.findall(text)) <= _LABEL_WORDS and not text.rstrip().endswith(".")


def front_matter(paragraphs: Sequence[tuple[str, bool]]) -> set[int]:
    """The indexes of the front-matter paragraphs among ``paragraphs`` ((text, is it a
    heading), in order): those that are not prose, above the first heading of a section
    (the first heading is the title's when only labels stand above it and no prose right
    under it), or above the first prose when no section heading follows; among the first
    paragraphs only (a document without headings may hold no prose for long)."""
    filled = [(k, text, heading) for k, (text, heading) in enumerate(paragraphs) if text.strip()]
    filled = filled[:_MOST]
    headings = [k for k, _, heading in filled if heading]
    section: int | None = None
    if headings:
        first = headings[0]
        above = [text for k, text, heading in filled if k < first]
        below = next((text for k, text, heading in filled if k > first), "")
        # the title: only labels above it, and no prose right under it (a section's text)
        titled = all(_label(text) for text in above) and not is_prose(below)
        section = first if not titled else (headings[1] if len(headings) > 1 else None)
    if section is None:
        section = next(
            (k for k, text, heading in filled if not heading and is_prose(text)), len(paragraphs)
        )
    return {k for k, text, heading in filled if k < section and not heading and not is_prose(text)}
