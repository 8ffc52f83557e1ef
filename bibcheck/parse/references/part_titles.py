"""A title in numbered parts: scientific series number the papers of a study with a roman
numeral between the series title and the part's own title ("Microbes of the bread process.
II. Isolation of the bacteria", "Studies on yeasts. Part III. Growth in acid media", German
"Teil II", French "Partie II"), so the numeral alone is no sentence that ends the title.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["with_numbered_part"]

# the part's number alone: two or more roman letters ("II.", "XIV."), or any after a word for
# "part" ("Part I.", "Pt. IV.", "Teil I.", "Partie II.", "Parte I.", "Deel II.", "Del I.",
# "Część II.", "Часть II.")
_PART = lazy_compile(
    r"(?:(?:Part|Pt\.?|Teil|Partie|Parte|Deel|Del|Część|Часть)\s[IVXLC]{1,6}|[IVX]{2,5})\."
)
# the part's own title: a capital, no year (a year says it is the entry's facts: "History of
# England. II. London: Longman, 1850.")
_PART_TITLE = lazy_compile(r"[^\W\d_][^\d]{2,}")
_YEAR = lazy_compile(r"\b(?:1[5-9]|20)\d\d\b")


def with_numbered_part(sentences: list[str]) -> list[str]:
    """``sentences`` with a series title, a part's number and the part's title joined into
    one sentence, when the part's title is not the entry's last sentence; else unchanged."""
    if len(sentences) < 4 or not _PART.fullmatch(sentences[1].strip()):
        return sentences
    part_title = sentences[2].strip()
    if not part_title[:1].isupper() or _YEAR.search(part_title):
        return sentences
    if not _PART_TITLE.fullmatch(part_title):
        return sentences
    return [" ".join(s.strip() for s in sentences[:3]), *sentences[3:]]
