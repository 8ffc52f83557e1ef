"""What a file's own format says is code, front matter or quotation: the text on which
a reader of *another* format is scored.

A Markdown post teaching Typst shows ``#set``/``#cite(<key>)`` in fenced blocks and
inline code; a ``.tex`` file on BibTeX quotes entries in ``verbatim``; a ``.rst`` page
on Markdown shows ``[^1]`` notes in ``::`` literal blocks. What the file's own syntax
marks as code is an example, never evidence that the file is written in the format it
shows. :func:`outside_code` blanks it (same length, same lines) the way the format
that claims the file's extension defines it, so that a reader registered for other
extensions scores only the text the document itself is written in.
"""

from __future__ import annotations

from bibcheck.readers.common import front_matter_end
from bibcheck.readers.mask import mask
from bibcheck.readers.mdcode import blank_indented_code

__all__ = ["is_markdown_source", "outside_code"]

# files whose code is Markdown's: fences, code spans, indented blocks, front matter
_MARKDOWN = frozenset({".md", ".markdown", ".rmd", ".qmd", ".rmarkdown", ".pmd", ".mdx"})
_LATEX = frozenset({".tex", ".latex", ".ltx"})
# formats with code syntax of their own that is no LaTeX (the shared mask knows it)
_NOT_LATEX = frozenset({".rst", ".rest", ".adoc", ".asciidoc", ".asc", ".org", ".typ"})
_TOML_FENCE = "+++"  # Hugo's TOML front matter


def is_markdown_source(ext: str) -> bool:
    """Is ``ext`` a Markdown source's extension (``.md``, ``.Rmd``, ``.qmd`` ...)?  Its code
    is Markdown's, whatever raw LaTeX (``\\cite{a}`` for a PDF build) its text holds."""
    return ext.lower() in _MARKDOWN


def outside_code(text: str, ext: str) -> str:
    """``text`` with the code, math and front matter of the format of extension ``ext``
    blanked (same length, same lines); an extension of no format with code of its own
    (``.txt``, ``.html``): the text as is, which each reader masks as it must."""
    ext = ext.lower()
    if ext in _LATEX:
        return mask(text, latex=True)
    if ext in _MARKDOWN:
        return _blank_front(blank_indented_code(mask(text, latex=False), text))
    if ext in _NOT_LATEX:
        return mask(text, latex=False)
    return text


def _blank_front(text: str) -> str:
    """A YAML (``---``) or TOML (``+++``) front matter block at the top blanked."""
    lines = text.split("\n")
    end = front_matter_end(lines) or _toml_end(lines)
    if not end:
        return text
    return "\n".join(" " * len(line) if k < end else line for k, line in enumerate(lines))


_TOML_LINES = 400  # a front matter block is this long at most


def _toml_end(lines: list[str]) -> int:
    if not lines or lines[0].strip() != _TOML_FENCE:
        return 0
    for k in range(1, min(len(lines), _TOML_LINES)):
        if lines[k].strip() == _TOML_FENCE:
            return k + 1
    return 0
