"""Whether biblatex's ``\\autocite`` (and ``\\smartcite``) makes a footnote in a document.

biblatex maps ``\\autocite`` by the citation style: to ``\\footcite`` in the verbose and
authortitle families (``verbose``, ``verbose-ibid``, ``verbose-trad2``, ``authortitle-icomp``
...), in ``biblatex-chicago`` with ``notes`` and in note styles of other packages (OSCOLA,
``footnote-dw``, ``historische-zeitschrift``, ``geschichtsfrkl``), or wherever the option
``autocite=footnote`` is set (``\\usepackage[autocite=footnote]{biblatex}``,
``\\ExecuteBibliographyOptions{autocite=footnote}``).  Elsewhere (numeric, authoryear,
alphabetic, APA) it is ``\\parencite``: a citation in the text.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["autocite_is_footnote", "biblatex_options"]

_BIBLATEX = lazy_compile(
    r"\\(?:usepackage|RequirePackage)\s*\[(?P<options>[^\]]*)\]\s*\{\s*(?P<package>biblatex"
    r"(?:-chicago)?)\s*\}"
)
_EXECUTE = lazy_compile(r"\\ExecuteBibliographyOptions\s*(?:\[[^\]]*\])?\s*\{(?P<options>[^{}]*)\}")
_NOTE_STYLES = lazy_compile(
    r"^(?:verbose|authortitle|chicago-notes|oscola|footnote-dw|historische-zeitschrift"
    r"|geschichtsfrkl|jura2|biblatex-juradiss|german-legal-book|archaeologie|sbl|mla-footnotes"
    r"|musuos|windycity)\b"
)
_OPTION = lazy_compile(r"\s*(?P<key>[\w-]+)\s*(?:=\s*(?P<value>[^,]*))?")


def autocite_is_footnote(preamble: str) -> bool:
    """Does ``\\autocite`` make a footnote under this preamble (see the module doc)?"""
    verdict = False
    for package, options in biblatex_options(preamble):
        if package == "biblatex-chicago":
            verdict = "authordate" not in options and "authordate-trad" not in options
        style = options.get("citestyle") or options.get("style") or ""
        if _NOTE_STYLES.match(style.strip()):
            verdict = True
        if "autocite" in options:
            verdict = options["autocite"].strip() == "footnote"
    for m in _EXECUTE.finditer(preamble):
        options = _options(m.group("options"))
        if "autocite" in options:
            verdict = options["autocite"].strip() == "footnote"
    return verdict


def biblatex_options(preamble: str) -> list[tuple[str, dict[str, str]]]:
    """Each ``\\usepackage[options]{biblatex}`` (or ``biblatex-chicago``) of ``preamble``:
    the package's name and its options by name."""
    return [
        (m.group("package"), _options(m.group("options"))) for m in _BIBLATEX.finditer(preamble)
    ]


def _options(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for part in text.split(","):
        m = _OPTION.match(part)
        if m is not None and m.group("key"):
            found[m.group("key")] = (m.group("value") or "").strip()
    return found
