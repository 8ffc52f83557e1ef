"""Chinese names in pinyin as GB/T 7714 lists write them: family name first, no comma.

``Wang Li, Zhang Wei, Chen Ming. Title[J].`` -- the family name first and the given name
written out (one or two syllables, joined or hyphenated: ``Ouyang Xiaoming``, ``Li
Xiao-ming``), or the family name in capitals (``WANG Li``, ``SMITH John``, the standard's
own form), or initials after it (``Wang L``): :func:`family_first_gbt` gives the full
forms as ``Wang, Li`` (the family name before a comma, as BibTeX and library catalogues
write it).  A list written ``Wang, L., Zhang, W., Chen, M.`` is three people, not six
(:func:`paired_initials`).
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.nameparticles import PARTICLES, particle_pattern
from bibcheck.parse.references.patterns import U

# the common Chinese family names in pinyin (and the compound ones), lower case
_FAMILIES = frozenset(
    """
    wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo
    zheng liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang
    yu du ye cheng wei su lu ding ren yao shen zhong cui tan fan liao shi jin jia xia fu
    fang zou xiong bai meng qin qiu hou yin xue yan duan lei long shao qian tao mao hao
    gu gong kong wan lai mo qiao chang kang ni hong wen niu yi zhuang geng guan bao ke
    gan rao jiao qi zhan ruan xing an ou tong lian ji mu che nie ling zhai bian hua dai
    ouyang sima zhuge shangguan situ dongfang huangfu
    """.split()
)
_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|in|un"
    r"|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u|ü|v)"
)
# a given name of one or two syllables: "Li", "Xiaoming", "Xiao-ming", "Xiao Ming"
_GIVEN = lazy_compile(rf"{_SYLLABLE}(?:[-\s]?{_SYLLABLE})?")
# a family name in capitals, then a given name in small letters: "WANG Li", "OUYANG Xiu"
_CAPITALS_FIRST = lazy_compile(
    r"(?P<family>[A-Z]{2,10})\s(?P<given>[A-Z][a-z]+(?:[-\s][A-Za-z][a-z]+)?)"
)
# a family name in capitals, then initials with no full stops, as GB/T 7714 writes every
# foreign name: "MORIASI D N", "VAN LIEW M W", "O'NEIL P", "SMITH-JONES A"
# (and the particle in small letters after the initials, where a Dutch, German or French
# name files it: "VEEN P H van der", "BEAUVOIR S de", "HUMBOLDT W von")
_PARTICLE = particle_pattern(PARTICLES | {"vom", "zu", "des", "della"})
_CAPITALS_INITIALS = lazy_compile(
    r"(?P<family>[A-Z][A-Z'’-]+(?:\s[A-Z][A-Z'’-]+){0,2})\s(?P<initials>[A-Z](?:\s[A-Z]){0,2})"
    rf"(?:\s(?P<particle>{_PARTICLE}(?:\s{_PARTICLE})?))?"
)
# ... and the lists that write names out of capitals ("姓名不大写"): "Veen P H van der", the
# particle telling the family name first (without one, "Jenkins S D" is left as written)
_CASED_INITIALS_PARTICLE = lazy_compile(
    rf"(?P<family>[{U}][a-z'’-]+(?:-[{U}][a-z'’-]+)?)\s(?P<initials>[A-Z](?:\s[A-Z]){{0,2}})"
    rf"\s(?P<particle>{_PARTICLE}(?:\s{_PARTICLE})?)"
)
_PINYIN_FIRST = lazy_compile(
    r"(?P<family>[A-Z][a-z]{1,9})\s(?P<given>[A-Z][a-z]+(?:[-\s][A-Za-z][a-z]+)?)"
)
# initials after a family name: "L.", "L", "X.M.", "X-M"
_INITIALS = lazy_compile(rf"[{U}]\.?(?:-?[{U}]\.?){{0,2}}")
_NAME = lazy_compile(rf"[{U}][\w'’-]+")


def pinyin_given(word: str) -> bool:
    """Is ``word`` a Chinese given name in pinyin, one or two syllables (``Li``,
    ``Xiaoming``, ``Xiao-ming``)?"""
    return _GIVEN.fullmatch(word.casefold()) is not None


def family_first_gbt(author: str) -> str:
    """``Wang Li`` -> ``Wang, Li``, ``WANG Li`` -> ``WANG, Li``: a name of a GB/T 7714 list
    written family name first with its given name in full, the family name before a
    comma; ``MORIASI D N`` -> ``Moriasi, D N`` (the standard's own form of every name: the
    family name in capitals, the initials with no stops), ``VEEN P H van der`` -> ``van der
    Veen, P H`` (a particle after the initials opens the family name); any other name (``Wang L``,
    ``John Smith``, ``王丽``) as written."""
    name = " ".join(author.split())
    if "," in name:
        return author
    capitals = _CAPITALS_FIRST.fullmatch(name)
    if capitals is not None and pinyin_given(capitals["given"]):
        return f"{capitals['family']}, {capitals['given']}"
    initialled = _CAPITALS_INITIALS.fullmatch(name)
    if initialled is not None:
        # (the particle opens the family name: "VEEN P H van der" -> "van der Veen, P H")
        particle = f"{initialled['particle']} " if initialled["particle"] else ""
        return f"{particle}{_name_cased(initialled['family'])}, {initialled['initials']}"
    cased = _CASED_INITIALS_PARTICLE.fullmatch(name)
    if cased is not None:
        return f"{cased['particle']} {cased['family']}, {cased['initials']}"
    pinyin = _PINYIN_FIRST.fullmatch(name)
    if (
        pinyin is not None
        and pinyin["family"].casefold() in _FAMILIES
        and pinyin_given(pinyin["given"])
    ):
        return f"{pinyin['family']}, {pinyin['given']}"
    return author


def _name_cased(capitals: str) -> str:
    """``VAN LIEW`` -> ``Van Liew``, ``O'NEIL`` -> ``O'Neil``, ``SMITH-JONES`` ->
    ``Smith-Jones``: a family name in capitals as a name is written."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0)[:1] + m.group(0)[1:].lower(), capitals)


def paired_initials(parts: tuple[str, ...]) -> tuple[str, ...]:
    """``("Wang", "L.", "Zhang", "W.")`` -> ``("Wang, L.", "Zhang, W.")``: names split at
    every comma whose family names and initials alternate are rejoined; any other parts
    as they are."""
    if len(parts) < 2 or len(parts) % 2:  # noqa: PLR2004 (a family name and its initials)
        return parts
    families, initials = parts[0::2], parts[1::2]
    if all(_NAME.fullmatch(f) for f in families) and all(_INITIALS.fullmatch(i) for i in initials):
        return tuple(f"{f}, {i}" for f, i in zip(families, initials, strict=True))
    return parts
