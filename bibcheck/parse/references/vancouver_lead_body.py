"""A body named before the people of a Vancouver author list.

Agencies that publish under their own name and their staff's print the body first, then
the people, as NLM lists them (the body is the group author, the people the persons)::

    Food Standards Agency (FSA), Ortega Ruiz M, Van Damme K, Lindqvist A. Title. …
    EFSA (European Food Safety Authority), Ortega Ruiz M, Dal Bello F. Title. …
    Agencia Española de Seguridad Alimentaria, García López J, Ruiz A. Title. …

The names list is then no Vancouver list from its start, and the whole head was read as
one body.  :func:`people_after_body` gives the list after the body, to read as any
Vancouver entry (the people the authors; the body is the publisher's, not keyed as a
person); None when the head is no body or no names follow it.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.corporate import is_organisation
from bibcheck.parse.references.patterns import U

__all__ = ["people_after_body"]

# the body: a capitalised name without stops or commas, perhaps with its acronym or its
# full name in parentheses after it ("Food Standards Agency (FSA)", "EFSA (European Food
# Safety Authority)"); then a comma and the first person
_LEAD = lazy_compile(
    rf"^(?P<org>[{U}][^.;,()\[\]]{{1,100}}?)(?:\s\((?P<paren>[^().;,\[\]]{{2,80}})\))?,\s"
    rf"(?P<rest>[{U}].*)$"
)
# an acronym: "EFSA", "FSA", "BfR", "ANSES", "РЗС"
_ACRONYM = lazy_compile(rf"[{U}][{U}a-z0-9&-]{{1,11}}")


def people_after_body(body: str) -> str | None:
    """What follows a body named before a Vancouver list of people (``rest`` starting at
    the first person), or None when ``body`` opens with no body so named."""
    m = _LEAD.match(body)
    if m is None:
        return None
    org, paren = m.group("org").strip(), m.group("paren")
    acronym = bool(paren) and (
        _ACRONYM.fullmatch(paren.strip()) is not None or _ACRONYM.fullmatch(org) is not None
    )
    if not (acronym or (len(org.split()) > 1 and is_organisation(org))):
        return None
    return m.group("rest")
