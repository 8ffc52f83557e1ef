"""Files of the TeX distribution a manuscript may ``\\input``, known without a TeX installation.

``\\input{glyphtounicode}`` (pdfTeX's glyph-to-Unicode table, boilerplate in preambles
that want searchable, accessible PDF) names a file TeX Live and MiKTeX ship, not a
file of the project: its absence from the project folder is no gap.  A file is taken
for the distribution's when its name (folder and ``.tex`` aside) is one of a few that
documents input by hand, or when its extension is one of TeX's machinery
(``t2aenc.def``, ``amssym.def``, ``mythesis.cls``): those hold definitions, never text.
"""

from __future__ import annotations

from pathlib import PurePosixPath

# names (lower case, no .tex) of distribution files that documents \input themselves
_NAMES = frozenset(
    {
        "amssym",  # plain TeX AMS symbols
        "btxmac",  # eplain's BibTeX macros
        "docstrip",
        "eplain",
        "epsf",
        "hyphen",
        "miniltx",
        "pictex",
        "pictexwd",
        "psfig",
        "pstricks",
        "tikz",  # plain TeX's TikZ
        "pgf",
        "texinfo",
        "ushyphex",
        "xy",
        "xypic",
    }
)
# name prefixes: pdfTeX's glyphtounicode.tex and its font-specific companions
# (glyphtounicode-cmr.tex, newtx's glyphtounicode-ntx.tex)
_PREFIXES = ("glyphtounicode",)
# extensions of files that hold definitions only (packages, classes, encodings, fonts,
# configuration, language definitions; lhs2TeX's formatting directives, polycode.fmt)
_SUFFIXES = frozenset({".sty", ".cls", ".def", ".cfg", ".fd", ".clo", ".ldf", ".dfu", ".fmt"})


def is_distribution_file(name: str) -> bool:
    """Whether ``name`` (as ``\\input`` gives it) is a file the TeX distribution ships."""
    base = PurePosixPath(name.strip().replace("\\", "/")).name.lower()
    if not base:
        return False
    suffix = PurePosixPath(base).suffix
    if suffix in _SUFFIXES:
        return True
    stem = base.removesuffix(".tex")
    return stem in _NAMES or any(stem == p or stem.startswith(p + "-") for p in _PREFIXES)
