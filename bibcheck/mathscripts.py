"""Sub- and superscripts in inline math written as text: ``CO$_2$`` -> CO2, ``{$^{133}$Cs}``
-> 133Cs, ``$\\mathrm{H_2O}$`` -> H2O.

Titles name molecules, isotopes and ions this way; registries (Crossref, DataCite, PubMed)
give the same titles as plain text, where the script is a digit on the line ("CO2",
"133Cs") or marked up (``CO<sub>2</sub>``, which their plain form reads as CO2).  So a
script is written as the plain characters it holds, which compare equal with either.
Unicode sub/superscript digits (CO₂) would not: no registry title is matched after NFKC.

Only math that is nothing but scripts (its base is the text outside: ``CO$_2$``) or upright
text with scripts (``$\\mathrm{CO}_2$``, ``$\\text{H}_2$``) is rewritten, and ordinals
(``$5^{th}$`` -> 5th); ``$x_1$`` and
``$10^{-8}$`` are mathematics and stay as written in running text.  In a reference's text
(a title) a one-letter symbol with scripts is written as its plain characters too
(:func:`symbol_scripts`: ``high $T_c$ superconductivity`` -> "high Tc superconductivity",
``$H_{c2}$`` -> Hc2), as registries print such a title, and so is math that is Greek
letters (``\\alpha``, ``\\Sigma``, upgreek's ``\\upalpha``) with letters, digits, signs
and scripts (:func:`greek_text`: ``1$\\Sigma$g+`` -> 1Σg+, ``a 3$\\Pi$u state`` -> a 3Πu
state, ``$\\alpha$-helix`` -> α-helix, ``$\\Sigma_g^+$`` -> Σg+), the dollars dropped.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile

_UPRIGHT = lazy_compile(r"\\(?:mathrm|text|textrm|rm|mathsf|textsf)\s*\{([^{}$\\]*)\}")
_SCRIPT = r"[_^](?:\{\s*[A-Za-z0-9+\-−]{1,8}\s*\}|[A-Za-z0-9+\-])"
_SCRIPTS_ONLY = lazy_compile(rf"\s*(?:{_SCRIPT})+\s*")
_UPRIGHT_WITH_SCRIPTS = lazy_compile(rf"\s*(?:[A-Za-z0-9]+(?:{_SCRIPT})*)+\s*")
_SCRIPT_MARK = lazy_compile(r"[_^{}\s]")
_INLINE = lazy_compile(r"(?<!\\)\$([^$]{1,80})(?<!\\)\$")
# an ordinal with its suffix raised: "$5^{th}$", "$21^{st}$", "$2^\text{nd}$", French
# "$1^{er}$", "$2^{e}$", Italian/Spanish "$3^{o}$": the text "5th", as registries write it
_ORDINAL = lazy_compile(
    r"\s*(\d{1,4})\s*\^\s*(?:\{\s*(?:\\(?:text|mathrm|textrm)\s*\{)?\s*"
    r"(st|nd|rd|th|er|re|e|ème|eme|o|a)\s*\}?\s*\}|\\(?:text|mathrm)\s*\{(st|nd|rd|th|er|e)\}"
    r"|(st|nd|rd|th))\s*"
)


def plain_scripts(math: str) -> str | None:
    """The text of inline math ``math`` (between the dollars) when it is scripts only, or
    upright text with scripts; None for any other math."""
    if _SCRIPTS_ONLY.fullmatch(math):
        return _SCRIPT_MARK.sub("", math)
    ordinal = _ORDINAL.fullmatch(math)
    if ordinal is not None:
        return ordinal.group(1) + next(g for g in ordinal.groups()[1:] if g)
    upright = _UPRIGHT.sub(lambda m: m.group(1), math)
    if upright != math and "\\" not in upright and _UPRIGHT_WITH_SCRIPTS.fullmatch(upright):
        if _SCRIPT_MARK.search(upright.strip()):
            return _SCRIPT_MARK.sub("", upright)
    return None


# a symbol of one letter with sub- or superscripts of letters and digits: "T_c", "H_{c2}"
_SYMBOL_SCRIPTS = lazy_compile(r"\s*[A-Za-z](?:[_^](?:\{\s*[A-Za-z0-9]{1,4}\s*\}|[A-Za-z0-9]))+\s*")


_GREEK_LETTERS = dict(
    zip(
        (
            "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron"
            " pi rho sigma tau upsilon phi chi psi omega"
        ).split(),
        "αβγδεζηθικλμνξοπρστυφχψω",
        strict=True,
    )
)
_GREEK = {
    **_GREEK_LETTERS,
    **{name.capitalize(): letter.upper() for name, letter in _GREEK_LETTERS.items()},
    **{"varepsilon": "ε", "vartheta": "ϑ", "varpi": "ϖ", "varrho": "ϱ", "varsigma": "ς"},
    "varphi": "φ",
}
_GREEK_MACRO = lazy_compile(r"\\(?:up|Up)?([A-Za-z]+)(?![A-Za-z])\s*")
# what is left of Greek math read as text: letters, digits, signs, primes and scripts
_GREEK_TEXT = lazy_compile(r"[\sA-Za-z0-9\u0370-\u03ff\u03d1\u03d5\u03d6\u03f1+\-−'′_^{}]+")


def greek_text(math: str) -> str | None:
    """The text of inline math ``math`` that is Greek letters with letters, digits, signs
    and scripts (``\\Pi``, ``\\Sigma_g^+``, ``\\Delta G``): the letters, scripts flattened;
    None for any other math (``\\alpha = 0.05``, ``\\log n``)."""
    if "\\" not in math:
        return None

    def letter(m: re.Match[str]) -> str:
        name = m.group(1)
        if m.group(0).startswith("\\Up"):
            name = name.capitalize()
        return _GREEK.get(name, m.group(0))

    text = _GREEK_MACRO.sub(letter, math)
    if "\\" in text or not _GREEK_TEXT.fullmatch(text) or not text.strip():
        return None
    return _SCRIPT_MARK.sub("", text)


def symbol_scripts(math: str) -> str | None:
    """The text of inline math ``math`` in a reference (a title): what :func:`plain_scripts`
    reads, or a one-letter symbol with scripts (``T_c`` -> Tc); None for any other math."""
    plain = plain_scripts(math)
    if plain is not None:
        return plain
    if _SYMBOL_SCRIPTS.fullmatch(math):
        return _SCRIPT_MARK.sub("", math)
    return greek_text(math)


def scripts_as_text(value: str, *, symbols: bool = False) -> str:
    """``value`` with each inline math that :func:`plain_scripts` reads (with ``symbols``,
    a reference's text: :func:`symbol_scripts`) replaced by its text (other math kept as
    written)."""
    if "$" not in value:
        return value

    def one(m: re.Match[str]) -> str:
        plain = symbol_scripts(m.group(1)) if symbols else plain_scripts(m.group(1))
        return m.group(0) if plain is None else plain

    return _INLINE.sub(one, value)
