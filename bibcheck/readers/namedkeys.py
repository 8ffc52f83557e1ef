"""Bracketed labels that name an entry by its authors and year: ``[Smith 2019]``.

Older ACL and AAAI papers (natbib's ``named``/``aclweb`` styles) and other author-year
styles set in brackets label each entry of the reference list by its authors' names and
year, and cite it in the text by that same label:

.. code-block:: text

   … as in [Bahdanau et al.2014] and [Duda and Hart, 1973; Smith 2019] …

   References
   [Bahdanau et al.2014] Dzmitry Bahdanau, Kyunghyun Cho, … 2014. Neural machine …
   [Duda and Hart, 1973] Duda, R. and Hart, P. (1973). Pattern Classification …

:data:`NAMED_KEY` is such a label's text (names, then a year after a space, a comma or
the full stop of ``et al.``), in any script with letters; :func:`named_key` tells a
bracket's text is one.  pdftotext also sets a space into a BibTeX ``alpha`` label after
its ``+`` (``[BGK+ 95]`` for ``[BGK+95]``): :data:`SPACED_ALPHA` is that label.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["NAMED_KEY", "SPACED_ALPHA", "named_key"]

# names: letters, spaces and the marks names and "et al." take, with a capital somewhere
# ("van der Berg"), then the year after ", ", " " or the full stop of "al." (natbib's
# named style prints "et al.2014"); a letter may follow the year ("2019a")
NAMED_KEY = (
    r"(?=[^\]\d]{0,40}?[^\W\d_a-z])[^\W\d_][^\W\d_ '’.,&-]*+"
    r"(?:(?:\.,?|,)?[ '’-]?(?:&|[^\W\d_][^\W\d_ '’.,&-]*+)){0,10}"
    r"(?:\.,?|,)?\ ?(?:1[5-9]|20)\d\d[a-z]?"
)
SPACED_ALPHA = r"[A-Z][A-Za-z]{0,5}\+ \d{2}[a-z]?"
_WHOLE = lazy_compile(rf"^(?:{NAMED_KEY})$")


def named_key(text: str) -> bool:
    """Is ``text`` (a bracket's content) a label of names and year (``Smith 2019``,
    ``Vaswani et al., 2017``, ``Bahdanau et al.2014``, ``Duda and Hart, 1973``)?"""
    return len(text) <= 80 and _WHOLE.match(text) is not None
