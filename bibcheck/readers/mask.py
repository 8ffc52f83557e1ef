"""Blank out what is not prose before readers score a text: code, math, comments.

Reader choice must not be fooled by a fenced BibTeX snippet in a blog post, a
``.rst`` about Python's ``@`` operator, ``x[0]`` in inline code or ``2<sup>256</sup>``
in a formula.  :func:`mask` returns the text with every such region replaced by
spaces (newlines kept), so lengths, offsets and line numbers do not move; readers
still read the original text, the registry scores the masked one.

Masked, whatever the format (a region is recognised by its own syntax, so masking
one format's code never hides another format's citations):

* fenced code blocks (```` ``` ```` and ``~~~``, with any info string: ```` ```{r} ````;
  a MyST prose directive, ```` ```{figure} ```` or ```` ```{note} ````, keeps its body),
  Jekyll's ``{% highlight %}`` and Hugo's ``{{< highlight >}}`` blocks,
  inline code spans (a LaTeX source's ````` ``quotes'' ````` are left alone);
* HTML/wiki elements that hold code or math: ``<code>``, ``<pre>``, ``<math>``,
  ``<syntaxhighlight>``, ``<source>``, ``<nowiki>``, ``<script>``, ``<style>``, and
  ``<!-- comments -->``;
* TeX math: ``$$...$$`` (with an equation label after it: MyST's ``$$ ... $$ (eq:name)``,
  pandoc-crossref's ``{#eq:name}``), ``$...$`` (Pandoc's rule: no space inside the dollars, no
  digit after the closing one, so "$5 and $10" stays text), ``\\(...\\)``, display
  ``\\[...\\]`` opened at the start of a line, and math environments;
* LaTeX ``verbatim``/``lstlisting``/``minted``/``comment`` environments;
* reStructuredText literal blocks (after a line ending in ``::``) and ``code``/``math``
  directives; Org ``#+begin_src``/``example``/``export``/``comment`` blocks; AsciiDoc
  ``////`` comment blocks, ``++++`` passthroughs and ``----``/``....`` blocks marked
  ``[source]``, ``[listing]`` or ``[literal]``;
* superscripts that are exponents or units: ``2<sup>256</sup>``, ``x<sup>2</sup>``,
  ``m<sup>3</sup>`` (a footnote marker follows a word or punctuation, not a digit
  or a lone variable), or part of a name, inside a word: ``EUREC<sup>4</sup>A``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bibcheck.lazyre import Regex, lazy_compile
from bibcheck.parse.references.patterns import CJK_TEXT
from bibcheck.readers.mdcode import blank_indented_code
from bibcheck.readers.mystfence import unfence
from bibcheck.readers.runmemo import memoised

__all__ = ["EXPONENT_DIGITS", "looks_like_latex", "mask", "powers_as_text", "strip_comments"]

_FENCE_OPEN = lazy_compile(r"^ {0,3}(`{3,}|~{3,})(.*)$")
_ELEMENTS = lazy_compile(
    r"<(code|pre|math|syntaxhighlight|source|nowiki|script|style|kbd|samp)\b[^>]*>"
    r".*?</\1\s*>|<!--.*?-->",
    re.S | re.I,
)
# (`text <URL>`_ is a reStructuredText link, not code: the underscore after it says so; a
# span closes after text and before a word's end, not at the next link's opening mark)
# (a span of two or more backticks may be padded with spaces: "`` {cite}`a` ``")
_INLINE_CODE = lazy_compile(
    r"(?<!`)(`+)(?!`)((?:(?!\n[ \t]*\n).)+?)(?:(?<=[^`\s])|(?<=\s)(?=``))\1(?![`_\w])", re.S
)
# a MyST or reStructuredText role's content: "{term}`TB`s", ":abbr:`TB`s" -- one line, and
# closed by its backtick even before a word's end (a plural made of the role)
_ROLE_CONTENT = lazy_compile(r"(?<=[a-z]\}|[a-z]:)`[^`\n]+`(?!`)")
# the role's name before it: ":abbr:", ":py:func:", "{term}" (not "`Table:`" closing a span);
# a colon's name is read backwards from the backtick, after a character that is no word's
# and no colon (read forwards, every such character then a colon began a try that read the
# rest of the line: quadratic in a run of "-:a")
_ROLE_NAME_REVERSED = lazy_compile(r"\n?:[\w.+-]++(?::[\w.+-]++)*:[^\w`:]")
_TERM_NAME = lazy_compile(r"\{[\w.+:-]++\}$")


def _no_role(m: re.Match[str]) -> bool:
    """Is the backtick after ``x:`` no role's content: the colon ends a code span
    (```Table:`^[a note]``) or a word, not a role's name?"""
    return not _role_name_before(m.string, max(0, m.start() - 60), m.start())


def _role_name_before(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` end in a role's name (``:abbr:``, ``:py:func:``, ``{term}``;
    before a final line end too)?  The name's colon is at the text's start only where
    ``start`` is the whole text's."""
    # (the text backwards, then what stands before it: a blank at the text's start, which
    # may begin a name, or else a backtick, which may not)
    backwards = text[start:end][::-1] + (" " if start == 0 else "`")
    if _ROLE_NAME_REVERSED.match(backwards) is not None:
        return True
    return _TERM_NAME.search(text, start, end) is not None


# (with the label after the closing dollars, on their line: MyST's "$$ ... $$ (eq:name)",
# pandoc-crossref's "$$ ... $$ {#eq:name}" -- a name, not a "(1)" or a word of text)
_DISPLAY_DOLLARS = lazy_compile(
    r"\$\$(?:(?!\n[ \t]*\n).)+?\$\$(?:[ \t]*(?:\((?=[^)\n]*[^\W\d])[\w:.-]{1,80}\)"
    r"|\{#[\w:.-]{1,80}\})(?=[ \t]*(?:\n|$)))?",
    re.S,
)
_INLINE_DOLLARS = lazy_compile(r"(?<![\\$\w])\$(?=[^\s$])(?:[^$\n\\]|\\.)+?(?<=[^\s\\])\$(?!\d)")
_PAREN_MATH = lazy_compile(r"\\\((?:(?!\n[ \t]*\n).)+?\\\)", re.S)
_BRACKET_MATH = lazy_compile(r"^[ \t]*\\\[(?:(?!\n[ \t]*\n).)*?\\\]", re.S | re.M)
_TEX_ENVS = lazy_compile(
    r"\\begin\{(verbatim|Verbatim|lstlisting|minted|comment|alltt)(\*?)\}.*?\\end\{\1\2\}", re.S
)
# (after the dollars: "$$ / \begin{align*} ... \end{align*} / $$" in Markdown is one
# display, which a blanked environment would split at its now empty lines)
_TEX_MATH_ENVS = lazy_compile(
    r"\\begin\{(equation|align|gather|multline|eqnarray|displaymath|math)(\*?)\}.*?\\end\{\1\2\}",
    re.S,
)
_TEX_COMMENT = lazy_compile(r"(?<!\\)%[^\n]*")
_ORG_BLOCK = lazy_compile(
    r"^[ \t]*#\+begin_(src|example|export|comment)\b.*?^[ \t]*#\+end_\1\b[^\n]*", re.S | re.M | re.I
)
_ADOC_COMMENT = lazy_compile(r"^(/{4,})[ \t]*\n.*?^\1[ \t]*$", re.S | re.M)
_ADOC_PASS = lazy_compile(r"^(\+{4,})[ \t]*\n.*?^\1[ \t]*$", re.S | re.M)
_ADOC_LISTING = lazy_compile(
    r"^\[(?:source|listing|literal)\b[^\]\n]*\][ \t]*\n(?:\.[^\n]*\n)?(-{4,}|\.{4,})[ \t]*\n"
    r".*?^\1[ \t]*$",
    re.S | re.M,
)
_RST_DIRECTIVE = lazy_compile(
    r"^([ \t]*)\.\. (?:code-block|code|sourcecode|math|highlight|literalinclude|doctest)::.*$"
)
# (a number after a colon is a ratio's or a verse's, "10:1<sup>1</sup>", "3:16<sup>2</sup>":
# no power's base; a note marker follows it)
_EXPONENT = lazy_compile(
    r"(?:(?<![\w.,:*_])(?:\d{1,2}|[A-Za-z])|(?<![\w*_])([*_])[A-Za-z]\1|\b(?:[kcmdμ]?m|ft|mi|kg|s))"
    r"(?P<sup><sup>\s*[-−+]?\d{1,4}\s*</sup>)"
)
# ... and a superscript inside a word, letters on both sides, is part of its name:
# "EUREC<sup>4</sup>A", "C<sup>3</sup>S" (a note marker follows a word, it splits none)
# Han, kana and Hangul: scripts whose words run on with no space between them
CJK = CJK_TEXT
# (not between words of a script written without spaces: "观测结果<sup>3</sup>相互印证" cites)
_IN_WORD = lazy_compile(
    rf"(?<=[^\W\d_])(?<![{CJK}])(?P<sup><sup>\s*\d{{1,4}}\s*</sup>)(?=[^\W\d_])(?![{CJK}])"
)
_LATEX_SIGNS = lazy_compile(r"\\(?:documentclass|begin\{document\}|section\*?\{|cite\w*\{)")


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def _sub(pattern: Regex, text: str, keep: Callable[[re.Match[str]], bool] | None = None) -> str:
    def repl(m: re.Match[str]) -> str:
        if keep is not None and keep(m):
            return m.group(0)
        return _blank(m.group(0))

    return pattern.sub(repl, text)


# "\[RFC2119\]", "\[1\]", "\[see note 3\]": words or a label on one line, no TeX: between
# the brackets and any whitespace about them, a letter or digit, then letters, digits, spaces
# and stops, with a digit or two letters side by side (as one pattern, ``\s*`` before a
# lookahead and a lazy repeat before ``\s*\\\]`` made it quadratic)
_BRACKETED_WORDS = lazy_compile(r"[^\W_](?:[^\W_]|[ .,:;'’-])*+")
_LABEL_SIGN = lazy_compile(r"\d|[^\W\d_]{2}")


def _escaped_brackets(m: re.Match[str]) -> bool:
    """In Markdown ``\\[`` is an escaped bracket (Pandoc writes ``\\[RFC2119\\]`` for a
    literal label), not TeX's display math: a ``\\[...\\]`` on one line holding only words,
    numbers or a label (no TeX: no backslash, ``^``, ``_``, ``=``, braces) is text.
    A display spanning lines, or holding TeX, stays math (tex_math_single_backslash)."""
    written = m.group(0).strip()
    if len(written) < 4 or not written.startswith("\\[") or not written.endswith("\\]"):
        return False
    words = written[2:-2].strip()
    return _BRACKETED_WORDS.fullmatch(words) is not None and _LABEL_SIGN.search(words) is not None


def looks_like_latex(text: str) -> bool:
    """LaTeX source (``\\documentclass``, ``\\section{``, ``\\cite{`` ...)."""
    return len(_LATEX_SIGNS.findall(text[:500_000])) >= 2 or "\\documentclass" in text[:20_000]


def _fences(text: str) -> str:
    """Fenced code blocks blanked (an unclosed fence runs to the end, as in CommonMark).

    A fence indented further, inside a list item (``1. Install:`` / ``    ```{r}``),
    counts when a closing fence at the same indent follows; otherwise it is a line of
    an indented code block, which opens nothing.  A MyST prose directive's fence
    (```` ```{figure} ````, ```` ```{note} ````) is structure, its body text."""
    lines = unfence(text.split("\n"))
    out: list[str] = []
    fence: str | None = None
    for k, line in enumerate(lines):
        if fence is None:
            m = _FENCE_OPEN.match(line) or _nested_fence(lines, k)
            if m and k and _underline(line, lines[k - 1]):
                m = None  # a reStructuredText title's underline: "Title" / "~~~~~"
            if m and not (m.group(1)[0] == "`" and "`" in m.group(2) and not _chunk(m.group(2))):
                fence = m.group(1)
                out.append(_blank(line))
                continue
            out.append(line)
            continue
        out.append(_blank(line))
        stripped = line.strip()
        if stripped.startswith(fence[0] * len(fence)) and not stripped.strip(fence[0]):
            fence = None
    return "\n".join(out)


def _chunk(info: str) -> bool:
    """A knitr / Quarto chunk header's options (``{r zones, fig.cap="... `a.R`"}``): a
    backtick in them opens the chunk all the same (knitr reads the header, not CommonMark)."""
    return re.match(r"\s*\{\s*[A-Za-z]", info) is not None and info.rstrip().endswith("}")


_INDENTED_FENCE = lazy_compile(r"^( {4,12}|\t{1,3})(`{3,}|~{3,})(.*)$")


def _nested_fence(lines: list[str], k: int) -> re.Match[str] | None:
    """An indented fence opener at ``lines[k]`` with its closing fence below, at the same
    indent, before a blank-line-separated return to the left margin; groups as
    :data:`_FENCE_OPEN`'s (1: the fence, 2: the info string)."""
    m = _INDENTED_FENCE.match(lines[k])
    if m is None:
        return None
    indent, fence = m.group(1), m.group(2)
    for line in lines[k + 1 : k + 400]:
        if (
            line.startswith(indent)
            and line[len(indent) :].rstrip() == fence[0] * len(line[len(indent) :].rstrip())
            and len(line[len(indent) :].rstrip()) >= len(fence)
        ):
            return _FENCE_OPEN.match(m.group(2) + m.group(3))
        if line.strip() and not line.startswith(indent):
            return None  # back at the margin: no fence closed at this indent
    return None


def _underline(line: str, previous: str) -> bool:
    """A line of one fence character alone, at least as long as the text line above it:
    the adornment under a reStructuredText section title, not a Markdown fence."""
    stripped = line.strip()
    title = previous.strip()
    return (
        bool(title)
        and len(set(stripped)) == 1
        and len(stripped) >= len(title)
        and not _FENCE_OPEN.match(previous)
    )


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _rst_literals(text: str) -> str:
    """Indented blocks after a ``::`` paragraph end or a code directive, blanked."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        directive = _RST_DIRECTIVE.match(line)
        # (a fenced div's or a MyST colon fence's ":::" line opens no literal block)
        stripped = line.strip()
        literal = stripped.endswith("::") and not stripped.startswith(("..", ":::"))
        if not (directive or literal):
            i += 1
            continue
        base = _indent(line)
        if directive:
            lines[i] = _blank(line)
        j = i + 1
        body_seen = False
        while j < len(lines):
            nxt = lines[j]
            if not nxt.strip():
                j += 1
                continue
            if _indent(nxt) <= base:
                break
            lines[j] = _blank(nxt)
            body_seen = True
            j += 1
        i = j if body_seen else i + 1
    return "\n".join(lines)


def _latex_quotes(m: re.Match[str]) -> bool:
    """```` ``quoted'' ```` in TeX is a quotation, not a code span."""
    return "'" in m.group(2)


_COMMENT = lazy_compile(r"<!--.*?-->", re.S)
# Jekyll's Liquid code blocks ({% highlight python %} ... {% endhighlight %}) and Hugo's
# shortcode ({{< highlight go >}} ... {{< /highlight >}}), whole lines
_TEMPLATE_CODE = lazy_compile(
    r"(?m)^[ \t]*\{%-?\s*highlight\b[^\n]*?%\}.*?\{%-?\s*endhighlight\s*-?%\}"
    r"|^[ \t]*\{\{<\s*highlight\b[^\n]*?>\}\}.*?\{\{<\s*/highlight\s*>\}\}",
    re.S,
)


def strip_comments(text: str) -> str:
    """``<!-- HTML comments -->`` blanked (same length, same lines): they are not live text."""
    return _sub(_COMMENT, text)


_KEPT = 2000  # characters: a text this long is masked once in a document's reading


def mask(text: str, latex: bool | None = None) -> str:
    """``text`` with code, math, comments and exponents blanked (same length, same lines).

    ``latex``: whether the text is LaTeX source (guessed when None); LaTeX has no
    fences or code spans, and its ````` ``quotes'' ````` are text.
    """
    # (every reader scoring a document masks its text first, a dozen times the same text:
    # the masked text is a function of the text and ``latex`` alone, kept for the reading,
    # :mod:`.runmemo`; a short text, a line, is masked afresh)
    if len(text) < _KEPT:
        return _mask(text, latex)
    return memoised(("mask", text, latex), lambda: _mask(text, latex))


def _mask(text: str, latex: bool | None) -> str:
    """:func:`mask`, computed."""
    if latex is None:
        # (LaTeX shown in a Markdown document's code blocks and spans makes it no LaTeX)
        latex = looks_like_latex(text) and looks_like_latex(
            _sub(_INLINE_CODE, _fences(text), _latex_quotes)
        )
    text = _sub(_TEX_ENVS, text)
    if latex:
        text = _sub(_TEX_COMMENT, text)  # "%\citeyearpar{alice}": not live
    text = _sub(_ORG_BLOCK, text)
    text = _sub(_ADOC_COMMENT, text)
    text = _sub(_ADOC_PASS, text)
    text = _sub(_ADOC_LISTING, text)
    if not latex:
        text = _sub(_TEMPLATE_CODE, text)
        text = _fences(text)
        text = _rst_literals(text)
    text = _sub(_ELEMENTS, text)
    if not latex:
        text = _sub(_ROLE_CONTENT, text, _no_role)
        text = _sub(_INLINE_CODE, text, _latex_quotes)
    text = _sub(_DISPLAY_DOLLARS, text)
    text = _sub(_TEX_MATH_ENVS, text)
    text = _sub(_INLINE_DOLLARS, text)
    text = _sub(_PAREN_MATH, text)
    text = _sub(_BRACKET_MATH, text, None if latex else _escaped_brackets)
    text = _EXPONENT.sub(
        lambda m: m.group(0)[: m.start("sup") - m.start(0)] + _blank(m.group("sup")), text
    )
    return _IN_WORD.sub(lambda m: _blank(m.group("sup")), text)


def mask_shown_code(text: str) -> str:
    """:func:`mask`, and in a text that is no LaTeX source once Markdown's code is left
    out (a post showing a LaTeX example), Markdown's indented code blocks masked too:
    TeX shown as an example is no citation of the text's own."""
    as_markdown = blank_indented_code(mask(text, latex=False), text)
    return mask(text) if looks_like_latex(as_markdown) else as_markdown


# an exponent written in Unicode superscripts (also supmarkdown's notes: "O(n²)")
EXPONENT_DIGITS = str.maketrans("0123456789+-−", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻")


def powers_as_text(line: str) -> str:
    """Exponent and unit superscripts written as Unicode: ``2<sup>256</sup>`` -> ``2²⁵⁶``.

    For readers whose markers are ``<sup>n</sup>``: a power is text, not footnote 256.
    """

    def power(m: re.Match[str]) -> str:
        digits = re.sub(r"<\/?sup>|\s", "", m.group("sup"))
        return m.group(0)[: m.start("sup") - m.start(0)] + digits.translate(EXPONENT_DIGITS)

    return _IN_WORD.sub(power, _EXPONENT.sub(power, line))
