"""An author the work itself does not name, supplied in square brackets.

Anonymous and pseudonymous works are cited by the attributed author in brackets:
``[Samuel Johnson], *The Rambler*, no. 4 (31 March 1750)`` in a note, ``[Defoe, Daniel].
*Title*. London, 1719.`` in a bibliography.  The brackets say who is credited, not what the
work is: the reference is read with them dropped (and kept as written).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import U

__all__ = ["unbracketed"]

# "[Samuel Johnson], ", "[Defoe, Daniel]. ", "[Philip Dormer Stanhope, Earl of Chesterfield], "
# (no digits: "[1] Smith" is a list number, "[2019]" a year)
_ATTRIBUTED = lazy_compile(rf"^\[(?P<who>[{U}][^\[\]\d]{{2,120}}?)\](?=[,.]\s)")


def unbracketed(text: str) -> str | None:
    """``text`` with the brackets round an attributed author at its start dropped, or None
    when it starts with none."""
    m = _ATTRIBUTED.match(text)
    if m is None:
        return None
    return m.group("who") + text[m.end() :]
