"""BibTeX written inside a manuscript as its bibliography: Org's ``#+begin_src bibtex``
(or ``bib``) blocks of literate bibliographies and notes, Markdown's fenced ``bibtex``
blocks.  Such a block is the document's bibliography only where the document cites a key
one of its entries carries (``[cite:@key]``, ``cite:key``, ``[@key]``): a README showing a
BibTeX entry for its readers to copy is not a bibliography.  Each block read adds one
source to the document's :class:`~bibcheck.readers.bibsource.Bibliography`, at the block's
lines in the document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.bibsource import Bibliography, add_bibtex

__all__ = ["add_cited_blocks", "bibtex_blocks", "block_keys", "cited_keys"]

# "#+begin_src bibtex :tangle refs.bib", "#+BEGIN_SRC bib" ... "#+end_src"
_ORG_OPEN = lazy_compile(r"^\s*#\+begin_src\s+(?:bibtex|bib|biblatex)(?:\s|$)", re.I)
_ORG_CLOSE = lazy_compile(r"^\s*#\+end_src\s*$", re.I)
# Org's escape of "*", "#+" and "," at a line's start inside a block: a comma before them
_ORG_ESCAPE = lazy_compile(r"^(\s*),(?=\*|#\+|,)")
# "```bibtex", "~~~ bib", "```{bibtex}"
_FENCE_OPEN = lazy_compile(
    r"^(?P<indent>\s{0,3})(?P<fence>`{3,}|~{3,})\s*\{?\.?(?:bibtex|bib|biblatex)\}?\s*$", re.I
)
# "@article{key," (not "@string{", "@comment{", "@preamble{")
_ENTRY_KEY = lazy_compile(
    r"^\s*@(?!(?:string|comment|preamble)\b)[A-Za-z]+\s*[{(]\s*(?P<key>[^,\s{}()]+)\s*,", re.M
)
_KEY = r"[\w:./+-]*\w"
# a key cited: "@key" ("[@a; @b]", "[cite:@a;@b]"), "cite:key", "citep:a,b", "\\cite{a,b}"
_AT_KEY = lazy_compile(rf"(?<![\w@.])@(?P<key>{_KEY})")
_KEY_LINKS = lazy_compile(rf"\b[a-z]*cite[a-z]*:(?P<keys>{_KEY}(?:,{_KEY})*)", re.I)
_LATEX_CITE = lazy_compile(r"\\[a-z]*cite[a-z]*\*?(?:\[[^\]]*\])*\{(?P<keys>[^{}]+)\}", re.I)


def bibtex_blocks(lines: Sequence[str], markdown: bool = False) -> list[tuple[int, int, str]]:
    """The BibTeX blocks of a document's ``lines``: (0-based line of the opening line,
    0-based line of the closing line, the text between).  Org's ``#+begin_src`` blocks,
    or Markdown's fenced blocks with ``markdown``; a block left open is not read."""
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(lines):
        fence = _FENCE_OPEN.match(lines[i]) if markdown else None
        if not (fence or (not markdown and _ORG_OPEN.match(lines[i]))):
            i += 1
            continue
        close = None
        for j in range(i + 1, len(lines)):
            line = lines[j].strip()
            if fence is not None:
                mark = fence.group("fence")
                if line.startswith(mark[0] * len(mark)) and not line.strip(mark[0]):
                    close = j
                    break
            elif _ORG_CLOSE.match(lines[j]):
                close = j
                break
        if close is None:
            break
        body = lines[i + 1 : close]
        if not markdown:  # Org escapes "*" and "#+" at a line's start with a comma
            body = [_ORG_ESCAPE.sub(r"\1", line) for line in body]
        found.append((i, close, "\n".join(body)))
        i = close + 1
    return found


def block_keys(text: str) -> list[str]:
    """The keys of the entries a BibTeX text holds, in order."""
    return [m.group("key") for m in _ENTRY_KEY.finditer(text)]


def cited_keys(text: str) -> set[str]:
    """Every word written as a cited key in ``text`` (a superset: only compared with the
    keys of a block)."""
    found = {m.group("key") for m in _AT_KEY.finditer(text)}
    for m in [*_KEY_LINKS.finditer(text), *_LATEX_CITE.finditer(text)]:
        found.update(key.strip() for key in m.group("keys").split(","))
    return found


def add_cited_blocks(
    bib: Bibliography, lines: Sequence[str], body: str, markdown: bool = False
) -> int:
    """Into ``bib``, the BibTeX blocks of ``lines`` one of whose keys ``body`` (the text
    outside the blocks) cites; how many were read."""
    cited = cited_keys(body)
    read = 0
    for opening, _close, text in bibtex_blocks(lines, markdown):
        if not cited.intersection(block_keys(text)):
            continue
        add_bibtex(bib, text, opening + 1, "the BibTeX block")
        bib.sources += 1
        read += 1
    return read
