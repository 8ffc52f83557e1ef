r"""Citations whose key is a macro (``\cite{\keyberg}``, ``\citep{\mainref, hale2011}``).

A key written as a command is expanded by TeX before BibTeX sees it.  A macro the
document defines with no arguments and a key (or keys) as its whole body
(``\newcommand{\mainref}{smith2020}``, ``\def\keyb{hale2011}``, or a macro naming another
such macro) is expanded here as TeX does (:func:`resolved_keys`): ``\cite{\mainref}``
cites ``smith2020``.  Any other -- a macro the document does not define, one that takes
arguments, one whose body is no key, macros defined in a loop -- is not read.  That is
said -- never silent -- and said once per macro, with how many citations name it, where
the first stands and why it was not expanded, not once per citation (a document that
names its keys by macros does so throughout).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode
from bibcheck.readers.latex.macros import Macro

__all__ = ["MacroKeys", "ResolvedKeys", "macro_keys", "resolved_keys"]

# a key that is (or holds) a command: "\keyberg", "\ref@x", "pre\foo"
_COMMAND = lazy_compile(r"\\([A-Za-z@]+|.)")
# a key part that is one command alone: " \mainref ", "*\keyb", "\keyb{}"
_ALONE = lazy_compile(r"\s*+\*?\s*+\\([A-Za-z@]+)\s*+(?:\{\s*+\})?\s*+")
# a macro's body that is a key or keys: "smith2020", " smith2020, hale2011 "
_KEYS_BODY = lazy_compile(r"\s*+[^\s\\{}%#~,]++(?:\s*+,\s*+[^\s\\{}%#~,]++)*+\s*+")
_DEPTH = 8  # macros naming macros followed this far

# why a macro in a key was not expanded
UNDEFINED = "the document does not define it"
ARGUMENTS = "it takes arguments"
NOT_A_KEY = "its definition is no key"
LOOP = "its definition loops"
MIXED = "it stands in a key with other text"

Lookup = Callable[[str], Macro | None]


@dataclass(frozen=True, slots=True)
class ResolvedKeys:
    """A citation's key argument with each macro that names a key replaced by the key
    (``text``), and the macros left as they were, each with why (name -> reason)."""

    text: str
    left: dict[str, str]


def resolved_keys(text: str, lookup: Lookup) -> ResolvedKeys:
    """The key argument ``text`` (``\\mainref, hale2011``) with each macro that the document
    defines with no arguments and a key as its body replaced by that key (``lookup``: a
    macro's definition by name, None for one not defined); the others left, with why."""
    parts: list[str] = []
    left: dict[str, str] = {}
    for part in text.split(","):
        if "\\" not in part:
            parts.append(part)
            continue
        m = _ALONE.fullmatch(part)
        if m is None:  # "\\keyof{berg}", "pre\\foo"
            for name in macro_keys(part):
                macro = lookup(name)
                left.setdefault(name, ARGUMENTS if macro and macro.arguments else MIXED)
            parts.append(part)
            continue
        keys, why = _expand(m.group(1), lookup)
        if keys is None:
            left.setdefault(m.group(1), why)
            parts.append(part)
        else:
            parts.append(keys)
    return ResolvedKeys(",".join(parts), left)


def _expand(name: str, lookup: Lookup) -> tuple[str | None, str]:
    """The key(s) the macro ``name`` stands for, or None and why not."""
    seen: set[str] = set()
    for _ in range(_DEPTH):
        if name in seen:
            return None, LOOP
        seen.add(name)
        macro = lookup(name)
        if macro is None:
            return None, UNDEFINED
        if macro.arguments:
            return None, ARGUMENTS
        if _KEYS_BODY.fullmatch(macro.body):
            return macro.body.strip(), ""
        inner = _ALONE.fullmatch(macro.body)
        if inner is None:
            return None, NOT_A_KEY
        name = inner.group(1)
    return None, LOOP


def macro_keys(text: str) -> list[str]:
    """The commands that stand as keys in a citation's key argument ``text`` (``a,
    \\keyb`` -> ``["keyb"]``), in order."""
    found: list[str] = []
    for part in text.split(","):
        m = _COMMAND.search(part)
        if m is not None:
            found.append(m.group(1))
    return found


@dataclass(slots=True)
class MacroKeys:
    """The citations seen whose key is a macro: per macro, its first line and count."""

    first: dict[str, tuple[int, str]] = field(default_factory=dict)  # -> (line, file)
    count: dict[str, int] = field(default_factory=dict)
    why: dict[str, str] = field(default_factory=dict)  # -> why it was not expanded

    def add(self, text: str, line: int, file: str = "", why: dict[str, str] | None = None) -> None:
        """The macros standing as keys in ``text`` (or only those of ``why``, the macros
        left unexpanded, with why) at ``line`` of ``file``."""
        for name in macro_keys(text) if why is None else list(why):
            self.first.setdefault(name, (line, file))
            self.count[name] = self.count.get(name, 0) + 1
            if why and why.get(name):
                self.why.setdefault(name, why[name])

    def anomalies(self) -> list[Anomaly]:
        found: list[Anomaly] = []
        for name, (line, file) in self.first.items():
            n = self.count[name]
            where = f"{file}, line {line}" if file else f"line {line}"
            found.append(
                Anomaly(
                    AnomalyCode.UNREAD_REGION,
                    f"{n} citation{'s' if n > 1 else ''} name{'' if n > 1 else 's'} "
                    f"{'their' if n > 1 else 'its'} key by the macro \\{name} (first at "
                    f"{where}): {self._reason(name)}, so "
                    f"{'these keys are' if n > 1 else 'this key is'} not read (write the key "
                    "itself)",
                    None if file else line,
                )
            )
        return found

    def _reason(self, name: str) -> str:
        why = self.why.get(name)
        if why is None:
            return "bibcheck does not expand a macro in a citation's key"
        return (
            "bibcheck expands a macro in a citation's key only where its definition is a "
            f"key, and {why}"
        )
