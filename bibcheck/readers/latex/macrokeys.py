r"""Citations whose key is a macro (``\cite{\keyberg}``, ``\citep{\mainref, hale2011}``).

A key written as a command is expanded by TeX before BibTeX sees it; bibcheck does not
expand it there, so such a key is not read.  That is said -- never silent -- and said
once per macro, with how many citations name it and where the first stands, not once per
citation (a document that names its keys by macros does so throughout).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode

__all__ = ["MacroKeys", "macro_keys"]

# a key that is (or holds) a command: "\keyberg", "\ref@x", "pre\foo"
_COMMAND = lazy_compile(r"\\([A-Za-z@]+|.)")


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

    def add(self, text: str, line: int, file: str = "") -> None:
        for name in macro_keys(text):
            self.first.setdefault(name, (line, file))
            self.count[name] = self.count.get(name, 0) + 1

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
                    f"{where}): bibcheck does not expand a macro in a citation's key, so "
                    f"{'these keys are' if n > 1 else 'this key is'} not read (write the key "
                    "itself)",
                    None if file else line,
                )
            )
        return found
