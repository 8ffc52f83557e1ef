"""Note groups a wiki page never shows: ``<ref group="x">`` with no list of group ``x``.

MediaWiki's Cite extension shows the notes of the default group at the page's end even
without a ``<references/>`` tag, but the notes of a named group only where a list of that
group is placed: ``<references group="x"/>``, ``{{Reflist|group=x}}`` (``groupe=``,
``gruppe=``, ``grupo=`` ... on other wikis), ``{{#tag:references||group=x}}``, or a
notes-list template for its default group (``{{Notelist}}``: ``lower-alpha``; a wiki's
own, named after its group, ``{{Notas}}``: ``nota``, is taken to show it).  Without
one the page shows a cite error instead of the notes, and a reader of the page never sees
them: :func:`unshown_groups` says so, once per group, at its first note.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode

__all__ = ["unshown_groups"]

_VALUE = (
    r"""\s*=\s*+(?:"(?P<dq>[^"\n]{1,80})"|'(?P<sq>[^'\n]{1,80})'|(?P<bare>[^\s"'/>|}]{1,80}))"""
)
# a <ref ...> tag's group attribute
_REF_GROUP = lazy_compile(rf"<ref\b[^<>\n]{{0,300}}?\bgroup{_VALUE}", re.I)
# a <references ...> tag's group attribute
_LIST_GROUP = lazy_compile(rf"<references\b[^<>\n]{{0,300}}?\bgroup{_VALUE}", re.I)
# a template parameter naming a group, in the languages of the larger wikis
_PARAM_GROUP = lazy_compile(
    r"\|\s*(?:group|groupe|gruppe|grupo|gruppo|groep|grupa|группа|група|קבוצה|مجموعة|گروه)"
    r"\s*=\s*+[\"']?(?P<bare>[^\"'|}\n]{1,80})",
    re.I,
)
# a notes-list template and the group it shows by default ({{Notelist}}, {{Notelist-ur}})
_NOTELIST = lazy_compile(r"\{\{\s*notelist(?:-(?P<v>ua|lr|ur|lg))?\s*[|}]", re.I)
_NOTELIST_GROUPS: dict[str | None, str] = {
    None: "lower-alpha",
    "ua": "upper-alpha",
    "lr": "lower-roman",
    "ur": "upper-roman",
    "lg": "lower-greek",
}


# a template's name ("{{Notas}}", "{{Reflist|…}}")
_TEMPLATE = lazy_compile(r"\{\{\s*+(?P<name>[^{}|\n]{1,60}?)\s*[|}]")


def _named_after(group: str, names: set[str]) -> bool:
    """Is there a template named after the group, a notes list of a wiki's own that shows
    it by default ({{Notas}} shows "nota" on the Portuguese Wikipedia, {{Notes}} "N" or
    "note" elsewhere)?  Then the group may be shown: nothing is said."""
    return any(group in name or (len(name) > 2 and name.rstrip("s") in group) for name in names)


def _value(m: re.Match[str]) -> str:
    found = m.groupdict()
    return next(v for k in ("dq", "sq", "bare") if (v := found.get(k)) is not None).strip()


def _shown(text: str) -> set[str]:
    shown = {_value(m) for m in _LIST_GROUP.finditer(text)}
    shown |= {_value(m) for m in _PARAM_GROUP.finditer(text)}
    shown |= {
        _NOTELIST_GROUPS[(m.group("v") or "").lower() or None] for m in _NOTELIST.finditer(text)
    }
    return {g.lower() for g in shown}


def unshown_groups(text: str) -> list[Anomaly]:
    """A ``document-damaged`` anomaly for each named note group of ``text`` (wikitext,
    comments masked, offsets kept) that no list on the page shows."""
    first: dict[str, int] = {}
    for m in _REF_GROUP.finditer(text):
        group = _value(m)
        if group:
            first.setdefault(group, m.start())
    if not first:
        return []
    shown = _shown(text)
    names = {m.group("name").lower() for m in _TEMPLATE.finditer(text)}
    out = []
    for group, at in first.items():
        if group.lower() in shown or _named_after(group.lower(), names):
            continue
        line = text.count("\n", 0, at) + 1
        out.append(
            Anomaly(
                AnomalyCode.DOCUMENT_DAMAGED,
                f'notes of group "{group}" are never shown: the page has no '
                f'<references group="{group}"/> (or {{{{Reflist|group={group}}}}}), so '
                "MediaWiki prints a cite error in place of them",
                line,
            )
        )
    return out
