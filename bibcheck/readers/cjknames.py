"""The people an East Asian author list names: where one name ends and the next begins.

Chinese joins two full names with ``和`` or ``与`` ("and": ``王明和李华``, ``张三与李四``), but
the same letters are common inside Japanese names (``村井美和``, ``佐藤和夫``, ``和田誠``,
``与謝野晶子``), and Japanese joins names with ``・`` or ``、`` instead.  So ``和``/``与``
parts names only where the text is not Japanese (no kana in it) and each side has the shape
of a Chinese full name (two to four ideographs).

A middle dot parts two names written in kanji or Hangul (``山田・鈴木``, ``김철수·이영희``),
but inside a name written in katakana it parts the given name from the family name
(``ジョン・スミス``, ``マックス・ウェーバー``): one person, cited by the family name, the last
part.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.interpunct import one_person, surname
from bibcheck.parse.references.patterns import CJK_HAN

__all__ = ["ET_AL", "family_name", "is_japanese", "split_people"]

# "et al.": Chinese 等, Japanese ほか / 他, Korean 외
ET_AL = r"(?:等人|等|ほか|他|외)"
_ET_AL_END = lazy_compile(rf"\s*{ET_AL}\s*$")
# hiragana and katakana letters (not the middle dot ・ nor the iteration marks alone)
_KANA = lazy_compile(r"[\u3041-\u3096\u309d\u309e\u30a1-\u30fa\u30fc-\u30fe]")
# a name written in katakana (full- or half-width), its parts joined by a middle dot
_KATAKANA = lazy_compile(r"[\u30a1-\u30fa\u30fc-\u30fe\uff66-\uff9f]+")
_KATAKANA_NAME = lazy_compile(
    r"[\u30a1-\u30fa\u30fc-\u30fe\uff66-\uff9f]+(?:・[\u30a1-\u30fa\u30fc-\u30fe\uff66-\uff9f]+)+"
)
# what parts names whatever the script: commas, "、", semicolons, "&", "and", Korean "및"
_SEPARATOR = lazy_compile(r"\s*(?:[,，、;；&]|\band\b|(?<=[^\W\d_])및(?=[^\W\d_]))\s*")
_DOT = lazy_compile(r"\s*([・·･‧•])\s*")
# a Chinese full name: two to four ideographs
_CHINESE_NAME = lazy_compile(rf"[{CJK_HAN}]{{2,4}}")
_AND = "和与與"


def is_japanese(text: str) -> bool:
    """Does ``text`` hold kana, the evidence of Japanese (Chinese and Korean have none)?"""
    return _KANA.search(text) is not None


def split_people(text: str, *, japanese: bool = False) -> list[str]:
    """The names of an author list, in order (``王明和李华`` -> ``王明``, ``李华``;
    ``佐藤和夫`` -> itself; ``ジョン・スミス・山田`` -> ``ジョン・スミス``, ``山田``), an
    "et al." left on the last; ``japanese``: the text around is Japanese (``和`` no "and")."""
    people: list[str] = []
    for part in _SEPARATOR.split(text):
        for piece in _dot_split(part, japanese=japanese):
            people += [piece] if japanese else _and_split(piece)
    return [p for p in (p.strip() for p in people) if p]


def family_name(name: str) -> str | None:
    """The family name of a name in katakana, its last part (``マックス・ウェーバー`` ->
    ``ウェーバー``), or of a foreign name transliterated in Han characters (``马克斯·韦伯`` ->
    ``韦伯``), else None."""
    name = _ET_AL_END.sub("", name)
    return name.rsplit("・", 1)[1] if _KATAKANA_NAME.fullmatch(name) else surname(name)


def _dot_split(part: str, *, japanese: bool) -> list[str]:
    """``part`` parted at its middle dots, except between katakana (one person's names) and,
    outside Japanese, between Han characters at a Chinese dot (``马克斯·韦伯``: one foreign
    name transliterated, :func:`~bibcheck.parse.interpunct.one_person`)."""
    out: list[str] = []
    pieces = _DOT.split(part)
    for i in range(0, len(pieces), 2):
        piece = pieces[i]
        bare = _ET_AL_END.sub("", piece)
        dot = pieces[i - 1].strip() if i else ""
        if out and _KATAKANA.fullmatch(bare) and _KATAKANA.fullmatch(out[-1].replace("・", "")):
            out[-1] += f"・{piece}"
        elif out and not japanese and one_person(_DOT.split(out[-1])[-1], dot, bare):
            out[-1] += f"{dot}{piece}"
        else:
            out.append(piece)
    return out


def _and_split(piece: str) -> list[str]:
    """``piece`` parted at a Chinese "and" (``和``, ``与``) with a full name each side
    (``张三和李四``, ``张和平和李四`` -> ``张和平``, ``李四``), else whole (``李和平``,
    ``村井美和``, ``佐藤和夫``)."""
    bare = _ET_AL_END.sub("", piece)
    tail = piece[len(bare) :]
    found = _names_joined(bare)
    if found is None:
        return [piece]
    return [*found[:-1], found[-1] + tail]


def _names_joined(text: str) -> list[str] | None:
    """Two or more Chinese full names joined by "and" that make up ``text``, else None."""
    for i, c in enumerate(text):
        if c not in _AND or not _CHINESE_NAME.fullmatch(text[:i]):
            continue
        rest = text[i + 1 :]
        if _CHINESE_NAME.fullmatch(rest):
            return [text[:i], rest]
        more = _names_joined(rest)
        if more is not None:
            return [text[:i], *more]
    return None
