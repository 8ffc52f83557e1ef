"""When dropping punctuation after a bare address is no news (the sentence owns it).

A writer who opens a parenthesis before an address and closes it right after
(``see the tracker (https://bugs.python.org/issue123).``) means the ``)`` and the
sentence punctuation around it: dropping them is no repair worth telling.  Punctuation
a link checker could have taken into the address without the writer meaning it (``)``
with no ``(`` opened before the address, ``,,``) is still told.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["paren_open_before", "sentence_owns"]

# one sentence mark, perhaps, then the ")" that closes the writer's parenthesis, then one
# more sentence mark: ")", ").", "),", ".)", ".).", ");"
_CLOSING = lazy_compile(r"[.,;:!?]?\)[.,;:!?]?")
_REACH = 400  # characters looked back for the "(" (a parenthesis spans a sentence or two)


def paren_open_before(text: str, start: int) -> bool:
    """Is a ``(`` open at ``start`` in ``text``: opened before it in the same paragraph
    (no blank line between) and not closed before it?"""
    para = text.rfind("\n\n", max(0, start - _REACH), start)
    begin = para + 2 if para >= 0 else max(0, start - _REACH)
    depth = 0
    for char in reversed(text[begin:start]):
        if char == ")":
            depth += 1
        elif char == "(":
            if not depth:
                return True
            depth -= 1
    return False


def sentence_owns(dropped: str, opened: bool) -> bool:
    """Does the text ``dropped`` from an address's end belong to the sentence around it
    (no notice): the ``)`` of a parenthesis ``opened`` before the address, with at most
    one sentence mark on either side of it?"""
    return opened and _CLOSING.fullmatch(dropped) is not None
