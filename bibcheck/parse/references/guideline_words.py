"""The words that name what a body issues as guidance or a norm: one table.

A body's guidelines, standards, recommendations and codes of practice are cited under the
body's name in every language, and their titles say what they are::

    Codex Alimentarius Commission. *Guidelines on …*. CAC/GL 21-1997. Rome: FAO/WHO.
    Consejo Oleícola Internacional. 2022. *Norma comercial aplicable a …*. COI/T.15/NC …
    Zentrale Ethikkommission, *Empfehlungen zur …*, Berlin 2019, S. 4.
    Sosiaali- ja terveysministeriö. 2019. *Suositus …*. Helsinki: STM.

:data:`GUIDELINE_WORDS` holds each word as it is written, the languages that write it and
whether the word names the genre wherever it stands in a title or only opening it (the
norm words, ``Norm``, ``Norma``, ``Norme``, are everyday words too: "Norm und Abweichung",
"la norma giuridica").  :data:`OPENING` (a title opening with one, :mod:`.body_standard`)
and :data:`ANYWHERE` (one anywhere in a title, :mod:`.guideline_note`,
:mod:`.reportkind`, :mod:`.official_body`) are built from it, so a word known to one rule
is known to every one.  Matched without regard to case, whole words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["ANYWHERE", "GUIDELINE_WORDS", "GUIDELINES", "OPENING"]

# (the word as written, who writes it, named anywhere in a title: not only opening it)
GUIDELINE_WORDS: tuple[tuple[str, str, bool], ...] = (
    # guidelines, guidance
    ("Guideline", "English", True),
    ("Guidelines", "English", True),
    ("Guidance", "English", True),
    ("Leitlinie", "German", True),
    ("Leitlinien", "German", True),
    ("Richtlinie", "German", True),
    ("Richtlinien", "German", True),
    ("Leitfaden", "German", True),
    ("Handreichung", "German", True),
    ("Lignes directrices", "French", True),
    ("Directrices", "Spanish", True),
    ("Diretrizes", "Portuguese (Brazil)", True),
    ("Directrizes", "Portuguese (Portugal)", True),
    ("Linee guida", "Italian", True),
    ("Wytyczne", "Polish", True),
    ("Směrnice", "Czech", True),
    ("Smernice", "Slovak", True),
    ("Riktlinjer", "Swedish", True),
    ("Vägledning", "Swedish", True),
    ("Retningslinjer", "Norwegian, Danish", True),
    ("Richtlijn", "Dutch", True),
    ("Richtlijnen", "Dutch", True),
    ("Ohje", "Finnish", True),
    ("Ohjeet", "Finnish", True),
    # (Turkish: the genre's noun, bare or with its compound's suffix closing the title, as
    # Turkish heads close their phrase: "Tanı ve tedavi rehberi", "Klinik uygulama kılavuzu")
    ("Rehber", "Turkish", True),
    ("Rehberi", "Turkish", True),
    ("Kılavuz", "Turkish", True),
    ("Kılavuzu", "Turkish", True),
    ("Yönerge", "Turkish", True),
    ("Yönergesi", "Turkish", True),
    # (a government's food-based dietary guidelines, as the countries title them)
    ("Guia alimentar", "Portuguese", True),
    ("Guias alimentares", "Portuguese", True),
    ("Guía alimentaria", "Spanish", True),
    ("Guías alimentarias", "Spanish", True),
    ("Guide alimentaire", "French", True),
    # recommendations
    ("Recommendation", "English", True),
    ("Recommendations", "English", True),
    ("Empfehlung", "German", True),
    ("Empfehlungen", "German", True),
    ("Recommandation", "French", True),
    ("Recommandations", "French", True),
    ("Recomendación", "Spanish", True),
    ("Recomendacion", "Spanish (unaccented)", True),
    ("Recomendaciones", "Spanish", True),
    ("Raccomandazione", "Italian", True),
    ("Raccomandazioni", "Italian", True),
    ("Zalecenia", "Polish", True),
    ("Doporučení", "Czech", True),
    ("Suositus", "Finnish", True),
    ("Suositukset", "Finnish", True),
    ("Рекомендации", "Russian", True),
    # codes of practice or conduct
    ("Code of practice", "English", True),
    ("Code of hygienic practice", "English (Codex Alimentarius)", True),
    ("Code of conduct", "English", True),
    ("Code d'usages", "French", True),
    ("Code d’usages", "French", True),
    ("Código de prácticas", "Spanish", True),
    ("Codigo de prácticas", "Spanish (unaccented)", True),
    ("Código de práticas", "Portuguese", True),
    ("Codigo de práticas", "Portuguese (unaccented)", True),
    # standards: the English word names one anywhere; the norm words only opening a title
    ("Standard", "English", True),
    ("Standards", "English", True),
    ("Norm", "German, Dutch", False),
    ("Norma", "Spanish, Portuguese, Italian, Polish, Czech", False),
    ("Normas", "Spanish, Portuguese", False),
    ("Norme", "French, Italian", False),
    ("Normes", "French", False),
    # the norms a standard-setter or a regulator sets as a whole: "Basel III: a global
    # regulatory framework for …", "Core principles for effective banking supervision",
    # French "cadre réglementaire", Spanish "marco regulatorio", German "Regulierungsrahmen"
    ("Regulatory framework", "English", True),
    ("Supervisory framework", "English", True),
    ("Prudential framework", "English", True),
    ("Core principles", "English", True),
    ("Cadre réglementaire", "French", True),
    ("Cadre prudentiel", "French", True),
    ("Marco regulatorio", "Spanish", True),
    ("Regulierungsrahmen", "German", True),
    ("Aufsichtsrahmen", "German", True),
)

# the guidelines alone (no recommendation, code or standard), plural: what a church's or
# any official body's guidelines are called (:mod:`.official_body`)
GUIDELINES: tuple[str, ...] = (
    "Guidelines",
    "Leitlinien",
    "Richtlinien",
    "Lignes directrices",
    "Directrices",
    "Diretrizes",
    "Linee guida",
    "Richtlijnen",
    "Wytyczne",
)


def alternation(words: Iterable[str]) -> str:
    """``words`` as a regular expression's alternation, a space as any white space (the
    words longest first, then by their letters: a pattern with one source in every
    process)."""
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s") for w in sorted(set(words), key=lambda w: (-len(w), w))
    )


# every word (a title opening with it) and those named anywhere (whole words, any case)
OPENING = alternation(word for word, _, _ in GUIDELINE_WORDS)
ANYWHERE = alternation(word for word, _, anywhere in GUIDELINE_WORDS if anywhere)
