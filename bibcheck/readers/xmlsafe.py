"""Safe reading of untrusted ZIP packages and XML parts (DOCX).

* XML is parsed with expat directly, refusing any DTD or entity declaration
  (no entity expansion, no "billion laughs", no external entities: a Word
  part never has a DTD).  A part that breaks off in the middle (a truncated
  file) still yields the elements read before the break, with the error.
* ZIP members are read with a cap on each decompressed part and on the
  number of members (zip bombs).  A package whose central directory is
  missing (a truncated download) is salvaged from its local file headers,
  keeping every part, whole or partial, that can still be inflated.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from xml.etree import ElementTree as ET
from xml.parsers import expat

MAX_PART = 64 * 1024 * 1024  # decompressed bytes per part
MAX_MEMBERS = 10_000
_LOCAL = b"PK\x03\x04"
_HEADER = struct.Struct("<IHHHHHIIIHH")


class _Refused(Exception):
    pass


def _refuse(*_args: object) -> None:
    raise _Refused


def _refuse_external(*_args: object) -> int:
    raise _Refused


class _Builder:
    """Builds an ElementTree from expat events, keeping what was read on error."""

    def __init__(self) -> None:
        self.root: ET.Element | None = None
        self.stack: list[ET.Element] = []

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        element = ET.Element(_qname(tag), {_qname(k): v for k, v in attrs.items()})
        if self.stack:
            self.stack[-1].append(element)
        elif self.root is None:
            self.root = element
        self.stack.append(element)

    def end(self, _tag: str) -> None:
        if self.stack:
            self.stack.pop()

    def data(self, text: str) -> None:
        if not self.stack:
            return
        current = self.stack[-1]
        if len(current):
            current[-1].tail = (current[-1].tail or "") + text
        else:
            current.text = (current.text or "") + text


def _qname(name: str) -> str:
    uri, sep, local = name.rpartition(" ")
    return f"{{{uri}}}{local}" if sep else name


def parse_xml(data: bytes) -> tuple[ET.Element | None, str | None]:
    """(root, error): the tree read so far, and why parsing stopped early (None if it did not)."""
    builder = _Builder()
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True
    parser.StartDoctypeDeclHandler = _refuse
    parser.EntityDeclHandler = _refuse
    parser.ExternalEntityRefHandler = _refuse_external
    parser.StartElementHandler = builder.start
    parser.EndElementHandler = builder.end
    parser.CharacterDataHandler = builder.data
    try:
        parser.Parse(data, True)
    except _Refused:
        return None, "has a DTD or entity declaration (refused for safety)"
    except expat.ExpatError as exc:
        return builder.root, f"is malformed XML ({expat.ErrorString(exc.code)}, line {exc.lineno})"
    return builder.root, None


@dataclass(slots=True)
class Package:
    """The members of a ZIP package that were read, and what went wrong."""

    parts: dict[str, bytes] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    salvaged: bool = False


def read_package(data: bytes, wanted: set[str] | None = None) -> Package:
    """Read the members of a ZIP package (``wanted`` ones only, if given).

    Raises :class:`zipfile.BadZipFile` only when nothing at all can be read.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return _read_members(archive, wanted)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError) as exc:
        package = salvage(data, wanted)
        if not package.parts:
            raise zipfile.BadZipFile(str(exc)) from None
        package.problems.insert(0, f"the package is damaged ({exc}); recovered what could be read")
        return package


def _read_members(archive: zipfile.ZipFile, wanted: set[str] | None) -> Package:
    package = Package()
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise zipfile.BadZipFile(f"{len(infos)} members: not a document package")
    for info in infos:
        if wanted is not None and info.filename not in wanted:
            continue
        if info.file_size > MAX_PART:
            package.problems.append(f"{info.filename} is too large ({info.file_size:,} bytes)")
            continue
        try:
            with archive.open(info) as member:
                content = member.read(MAX_PART + 1)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
            package.problems.append(f"{info.filename} cannot be read ({exc})")
            continue
        if len(content) > MAX_PART:
            package.problems.append(f"{info.filename} inflates beyond {MAX_PART:,} bytes")
            continue
        package.parts[info.filename] = content
    return package


def salvage(data: bytes, wanted: set[str] | None = None) -> Package:
    """Members found by scanning local file headers (no central directory needed)."""
    package = Package(salvaged=True)
    pos = data.find(_LOCAL)
    while 0 <= pos and pos + _HEADER.size <= len(data) and len(package.parts) < MAX_MEMBERS:
        fields = _HEADER.unpack_from(data, pos)
        flags, method, size = fields[2], fields[3], fields[7]
        name_len, extra_len = fields[9], fields[10]
        start = pos + _HEADER.size + name_len + extra_len
        name = data[pos + _HEADER.size : pos + _HEADER.size + name_len].decode("utf-8", "replace")
        known_size = size if size and not flags & 0x08 else None
        chunk = data[start : start + known_size] if known_size is not None else data[start:]
        if wanted is None or name in wanted:
            content, complete = _inflate(chunk, method, known_size)
            if content is not None:
                package.parts[name] = content
                if not complete:
                    package.problems.append(f"{name} is cut off")
        pos = data.find(_LOCAL, start + (known_size or 0))
    return package


def _inflate(chunk: bytes, method: int, size: int | None) -> tuple[bytes | None, bool]:
    if method == 0:
        if size is None:
            return None, False
        return chunk[:MAX_PART], len(chunk) == size
    if method != 8:
        return None, False
    inflater = zlib.decompressobj(-15)
    out = bytearray()
    try:
        for i in range(0, len(chunk), 65536):
            out += inflater.decompress(chunk[i : i + 65536], MAX_PART + 1 - len(out))
            if inflater.eof or len(out) > MAX_PART:
                break
    except zlib.error:
        return bytes(out[:MAX_PART]), False
    return bytes(out[:MAX_PART]), inflater.eof
