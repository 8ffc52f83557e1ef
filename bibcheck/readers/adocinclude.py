"""AsciiDoc ``include::`` directives: the included files spliced into one text.

Like Asciidoctor's preprocessor: ``include::target[attributes]`` on a line of its own
is replaced by the target's lines wherever it stands (a ``\\include::`` is text).  The
target resolves against the including file's folder; ``{name}`` in it is replaced by
a document attribute set above it (``:partials: chapters/partials``).  The
``lines=`` (``1..5;8;10..-1``) and ``tag=``/``tags=`` (``tag::name[]`` ...
``end::name[]``) filters are honoured; a filter this reader does not know
(wildcards, negated tags) includes the whole file and says so.

A target that is missing, unreadable, a URL, too deep (``MAX_DEPTH``), or a file
that includes itself is an ``include-unreadable`` anomaly at the including line, and
the rest of the document is read.  Every line of the result knows its line in its own
file (:attr:`Spliced.origin`), so a citation in ``partials/routing.adoc`` is reported
at its line there, as the LaTeX reader does for ``\\input`` files.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode
from bibcheck.readers.latex.files import Unreadable, read_text_file
from bibcheck.text import editor_lines

MAX_DEPTH = 16  # files including files
MAX_FILES = 2000  # included files in all

_INCLUDE = lazy_compile(r"^include::(?P<target>[^\[\s][^\[]*)\[(?P<attrs>[^\]\n]*)\]\s*$")
_ATTRIBUTE = lazy_compile(r"^:(?P<name>[\w-]+):\s*(?P<value>.*?)\s*$")
_REFERENCE = lazy_compile(r"\{(?P<name>[\w-]+)\}")
_TAG_LINE = lazy_compile(r"\b(?:tag|end)::(?P<name>[\w-]+)\[\]")
_FILTER = lazy_compile(r"(?P<name>lines|tags?)\s*=\s*(?P<value>\"[^\"]*\"|[^,]*)")


@dataclass(slots=True)
class Spliced:
    """The combined text: ``lines[i]`` stands at line ``origin[i]`` of its own file."""

    lines: list[str] = field(default_factory=list)
    origin: list[int] = field(default_factory=list)
    # the included file each line comes from, relative to the main file's folder ("":
    # the main file); where it is shorter than ``lines``, the rest are the main file's
    names: list[str] = field(default_factory=list)
    files: int = 0  # files included
    anomalies: list[Anomaly] = field(default_factory=list)

    def file_of(self, line: int) -> str:
        """The included file line ``line`` (1-based) of the combined text comes from
        ("": the main file)."""
        return self.names[line - 1] if 0 < line <= len(self.names) else ""

    def where(self, line: int) -> int:
        """The line in its own file of line ``line`` (1-based) of the combined text."""
        if not self.origin:
            return line
        return self.origin[min(max(line, 1), len(self.origin)) - 1]


_VERBATIM_DELIMITER = lazy_compile(r"^(?:-{4,}|\.{4,})$")


def verbatim_block(current: str | None, line: str) -> str | None:
    """The delimiter of the listing (``----``) or literal (``....``) block open after
    ``line``, given the one open before it (``current``; None: none).  A block closes
    at a line of the same delimiter, as in Asciidoctor."""
    stripped = line.rstrip()
    if current is not None:
        return None if stripped == current else current
    return stripped if _VERBATIM_DELIMITER.match(stripped) else None


def has_includes(lines: list[str]) -> bool:
    return any(line.startswith("include::") and _INCLUDE.match(line) for line in lines)


def splice(lines: list[str], folder: Path | None, main: Path | None = None) -> Spliced:
    """``lines`` with their ``include::`` directives replaced by the files they name.

    ``folder`` is the main file's folder (None: the text has no file; includes are
    anomalies)."""
    out = Spliced()
    attributes: dict[str, str] = {}
    chain = (main.resolve(),) if main is not None else ()
    _splice(lines, None, folder, out, attributes, chain)
    if folder is not None and main is not None:
        root = folder.resolve()
        out.names = [relative_name(Path(f), root) if f else "" for f in out.names]
    return out


def relative_name(path: Path, root: Path) -> str:
    """``path`` as a name relative to the main file's folder (as written if outside it)."""
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


def _splice(
    lines: list[str],
    numbers: list[int] | None,
    folder: Path | None,
    out: Spliced,
    attributes: dict[str, str],
    chain: tuple[Path, ...],
) -> None:
    name = str(chain[-1]) if numbers is not None and chain else ""
    verbatim: str | None = None  # the delimiter of the listing or literal block we are in
    for k, line in enumerate(lines):
        number = numbers[k] if numbers is not None else k + 1
        verbatim = verbatim_block(verbatim, line)
        a = _ATTRIBUTE.match(line)
        if a:
            attributes[a.group("name").lower()] = a.group("value")
        m = _INCLUDE.match(line) if line.startswith("include::") else None
        out.names.append(name)
        out.origin.append(number)
        if m is None:
            out.lines.append(line)
            continue
        out.lines.append("")  # the directive's own line stays, empty, for line numbers
        included = _include(m, folder, out, attributes, chain, number, code=verbatim is not None)
        if included is None:
            continue
        path, text_lines, kept = included
        _splice(
            [text_lines[n - 1] for n in kept], kept, path.parent, out, attributes, (*chain, path)
        )


def _include(
    m: re.Match[str],
    folder: Path | None,
    out: Spliced,
    attributes: dict[str, str],
    chain: tuple[Path, ...],
    at: int,
    *,
    code: bool = False,
) -> tuple[Path, list[str], list[int]] | None:
    """The file an include names, its lines and the line numbers the filters keep
    (``code``: the include stands in a listing or literal block, the source of a code
    sample: unread, it costs no citation, so it is no anomaly)."""
    raw = m.group("target").strip()
    where = including(chain)

    def problem(why: str) -> None:
        if code:
            return
        out.anomalies.append(
            Anomaly(
                AnomalyCode.INCLUDE_UNREADABLE,
                f"include::{raw}[] at line {at}{where} was not read ({why}); "
                "citations in it are missing from this check",
                at,
            )
        )

    target, unknown = _resolve_attributes(raw, attributes)
    if unknown:
        problem(f"attribute {{{unknown}}} is not set in the document")
        return None
    found = read_included(target, folder, out, chain, problem)
    if found is None:
        return None
    path, text_lines = found
    kept, unsupported = _filtered(text_lines, m.group("attrs"))
    if unsupported:
        out.anomalies.append(
            Anomaly(
                AnomalyCode.INCLUDE_UNREADABLE,
                f"include::{raw}[{m.group('attrs')}] at line {at}{where}: the filter "
                f"{unsupported!r} is not understood; the whole file was read",
                at,
            )
        )
    return path, text_lines, kept


def including(chain: tuple[Path, ...]) -> str:
    """`` of sections/clause_2.adoc`` when the file including (the last of ``chain``, the
    main file first) is an included file, named relative to the main file's folder; ""
    for the main file."""
    if len(chain) < 2:
        return ""
    return f" of {relative_name(chain[-1], chain[0].parent)}"


def read_included(
    target: str,
    folder: Path | None,
    out: Spliced,
    chain: tuple[Path, ...],
    problem: Callable[[str], None],
) -> tuple[Path, list[str]] | None:
    """The file an include names (relative to ``folder``) and its lines, counted in
    ``out.files``; None, with ``problem`` told why, for a URL, no folder, too deep, too
    many files, a file including itself, or one that cannot be read.  (AsciiDoc's
    ``include::`` and Org's ``#+include:`` alike.)"""
    if re.match(r"^[a-z][a-z0-9+.-]*://", target, re.IGNORECASE):
        problem("a URL; bibcheck reads local files only")
        return None
    if folder is None:
        problem("the document has no folder to look in")
        return None
    if len(chain) > MAX_DEPTH:
        problem(f"files include files more than {MAX_DEPTH} deep")
        return None
    if out.files >= MAX_FILES:
        problem(f"more than {MAX_FILES} included files")
        return None
    path = (folder / target).resolve()
    if path in chain:
        problem("the file includes itself")
        return None
    try:
        text = read_text_file(path, None).text
    except Unreadable as exc:
        problem(str(exc))
        return None
    except OSError as exc:
        problem(exc.strerror or type(exc).__name__)
        return None
    out.files += 1
    return path, editor_lines(text)


def _resolve_attributes(target: str, attributes: dict[str, str]) -> tuple[str, str | None]:
    """``target`` with ``{name}`` references replaced; the first unknown name, if any."""
    unknown: list[str] = []

    def sub(m: re.Match[str]) -> str:
        name = m.group("name").lower()
        if name in attributes:
            return attributes[name]
        unknown.append(name)
        return m.group(0)

    resolved = _REFERENCE.sub(sub, target)
    return resolved, unknown[0] if unknown else None


def _filtered(lines: list[str], attrs: str) -> tuple[list[int], str | None]:
    """The 1-based line numbers an include keeps, and a filter not understood (if any)."""
    everything = [n for n in range(1, len(lines) + 1) if not _TAG_LINE.search(lines[n - 1])]
    for m in _FILTER.finditer(attrs):
        value = m.group("value").strip().strip('"')
        if m.group("name") == "lines":
            numbers = line_ranges(value, len(lines))
            if numbers is None:
                return everything, f"lines={value}"
            return [n for n in numbers if not _TAG_LINE.search(lines[n - 1])], None
        names = [t.strip() for t in re.split(r"[;,]", value) if t.strip()]
        if not names or any(not re.fullmatch(r"[\w-]+", t) for t in names):
            return everything, f"{m.group('name')}={value}"
        return tagged_lines(lines, set(names)), None
    return everything, None


def line_ranges(value: str, count: int) -> list[int] | None:
    """Line numbers of ``lines=`` (``1..5;8;10..-1``, commas inside quotes): None if
    malformed."""
    numbers: list[int] = []
    for part in re.split(r"[;,]", value):
        part = part.strip()
        if not part:
            continue
        m = re.fullmatch(r"(\d+)(?:\.\.(-1|\d+)?)?", part)
        if m is None:
            return None
        start = int(m.group(1))
        if m.group(2) is None and ".." not in part:
            end = start
        elif m.group(2) in (None, "-1"):
            end = count
        else:
            end = int(m.group(2))
        numbers.extend(range(max(start, 1), min(end, count) + 1))
    return sorted(set(numbers))


def tagged_lines(lines: list[str], names: set[str]) -> list[int]:
    """Line numbers between ``tag::name[]`` and ``end::name[]`` of the named tags (the
    tag lines themselves excluded)."""
    open_tags: set[str] = set()
    kept: list[int] = []
    for n, line in enumerate(lines, 1):
        m = _TAG_LINE.search(line)
        if m:
            name = m.group("name")
            if m.group(0).startswith("tag::"):
                open_tags.add(name)
            else:
                open_tags.discard(name)
            continue
        if open_tags & names:
            kept.append(n)
    return kept
