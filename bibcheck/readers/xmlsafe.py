"""Safe reading of untrusted ZIP packages and XML parts (DOCX).

* XML may not have a DTD or entity declaration (no entity expansion, no
  "billion laughs", no external entities: a Word part never has a DTD): the
  prolog is checked with expat before the part is parsed.  The tree is then
  built by ElementTree's C parser, fed in chunks: a part that breaks off in
  the middle (a truncated file) still yields the elements read before the
  break, with the error, and a part with more than :data:`MAX_TAGS` tags is
  read only that far (a few kilobytes of compressed empty paragraphs must not
  become gigabytes of tree).
* ZIP members are inflated only when the reader asks for them, with a cap on
  each part (:data:`MAX_PART`), on all parts of one package together
  (:data:`MAX_TOTAL`) and on the number of members (zip bombs).  A package
  whose central directory is missing (a truncated download) is salvaged from
  its local file headers, keeping every part, whole or partial, that can
  still be inflated.
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
MAX_TOTAL = 160 * 1024 * 1024  # decompressed bytes of all the parts read from one package
MAX_TAGS = 2_000_000  # markup ('<') per XML part; beyond it the part is read only so far
MAX_MEMBERS = 10_000
_CHUNK = 64 * 1024
_LOCAL = b"PK\x03\x04"
_HEADER = struct.Struct("<IHHHHHIIIHH")


class _Refused(Exception):
    pass


class _PrologDone(Exception):
    pass


def _refuse(*_args: object) -> None:
    raise _Refused


def _refuse_external(*_args: object) -> int:
    raise _Refused


def _prolog_done(*_args: object) -> None:
    raise _PrologDone


def _has_dtd(data: bytes) -> bool:
    """Does the prolog (before the root element) declare a DTD or an entity?

    A DTD can stand only there, so expat is stopped at the first element.
    """
    parser = expat.ParserCreate()
    parser.StartDoctypeDeclHandler = _refuse
    parser.EntityDeclHandler = _refuse
    parser.ExternalEntityRefHandler = _refuse_external
    parser.StartElementHandler = _prolog_done
    try:
        for i in range(0, len(data), _CHUNK):
            parser.Parse(data[i : i + _CHUNK], False)
        parser.Parse(b"", True)
    except _Refused:
        return True
    except (_PrologDone, expat.ExpatError):
        return False
    return False


@dataclass(frozen=True, slots=True)
class XmlPart:
    """An XML part as far as it could be read."""

    root: ET.Element | None
    error: str | None = None  # why parsing stopped early (the tree read so far is kept)
    limited: bool = False  # stopped by MAX_TAGS, not by damage


def parse_xml(data: bytes) -> XmlPart:
    """The tree of an XML part, read in chunks, at most :data:`MAX_TAGS` tags of it."""
    if _has_dtd(data):
        return XmlPart(None, "has a DTD or entity declaration (refused for safety)")
    builder = ET.TreeBuilder()
    parser = ET.XMLParser(target=builder)
    tags = 0
    error: str | None = None
    limited = False
    try:
        for i in range(0, len(data), _CHUNK):
            chunk = data[i : i + _CHUNK]
            tags += chunk.count(b"<")
            if tags > MAX_TAGS:
                error, limited = f"has more than {MAX_TAGS:,} tags; read only so far", True
                break
            parser.feed(chunk)
        else:
            parser.close()
    except ET.ParseError as exc:
        line = exc.position[0] if exc.position else 0
        reason = str(exc).split(":")[0]
        error = f"is malformed XML ({reason}, line {line})"
    root: ET.Element | None = builder.close()
    return XmlPart(root, error, limited)


@dataclass(slots=True)
class _Salvaged:
    """A member found by its local file header."""

    offset: int  # of the data
    method: int
    size: int | None  # compressed size when the header knows it


@dataclass(slots=True)
class Package:
    """A ZIP package: member names at once, contents inflated when asked for.

    ``problems`` collects what went wrong (damage, parts too large, the total
    budget spent); ``salvaged`` says the central directory was missing.
    """

    data: bytes
    problems: list[str] = field(default_factory=list)
    salvaged: bool = False
    inflated: int = 0  # decompressed bytes so far (against MAX_TOTAL)
    _zip: zipfile.ZipFile | None = None
    _members: dict[str, _Salvaged] = field(default_factory=dict)
    _cache: dict[str, bytes | None] = field(default_factory=dict)

    @property
    def names(self) -> set[str]:
        if self._zip is not None:
            return set(self._zip.namelist())
        return set(self._members)

    def has(self, name: str) -> bool:
        return name in self.names

    def read(self, name: str) -> bytes | None:
        """The member's bytes, or None (absent, too large, damaged: said in ``problems``)."""
        if name not in self._cache:
            self._cache[name] = self._read(name) if self.has(name) else None
        return self._cache[name]

    def _read(self, name: str) -> bytes | None:
        budget = min(MAX_PART, MAX_TOTAL - self.inflated)
        if budget <= 0:
            self.problems.append(
                f"{name} not read: the package inflates beyond {MAX_TOTAL:,} bytes in total"
            )
            return None
        if self._zip is not None:
            content, complete = self._read_member(name, budget)
        else:
            content, complete = self._inflate_salvaged(name, budget)
        if content is None:
            return None
        self.inflated += len(content)
        if len(content) > budget:
            if budget == MAX_PART:
                self.problems.append(f"{name} inflates beyond {MAX_PART:,} bytes")
            else:
                self.problems.append(
                    f"{name} not read: the package inflates beyond {MAX_TOTAL:,} bytes in total"
                )
            return None
        if not complete:
            self.problems.append(f"{name} is cut off")
        return content

    def _read_member(self, name: str, budget: int) -> tuple[bytes | None, bool]:
        assert self._zip is not None
        info = self._zip.getinfo(name)
        if info.file_size > MAX_PART:
            self.problems.append(f"{name} is too large ({info.file_size:,} bytes)")
            return None, False
        try:
            with self._zip.open(info) as member:
                return member.read(budget + 1), True
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
            self.problems.append(f"{name} cannot be read ({exc})")
            return None, False

    def _inflate_salvaged(self, name: str, budget: int) -> tuple[bytes | None, bool]:
        member = self._members[name]
        end = None if member.size is None else member.offset + member.size
        return _inflate(self.data[member.offset : end], member.method, member.size, budget)


def read_package(data: bytes) -> Package:
    """Open a ZIP package (nothing is inflated yet).

    Raises :class:`zipfile.BadZipFile` only when no member at all can be found.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError) as exc:
        package = salvage(data)
        if not package.names:
            raise zipfile.BadZipFile(str(exc)) from None
        package.problems.insert(0, f"the package is damaged ({exc}); recovered what could be read")
        return package
    if len(archive.infolist()) > MAX_MEMBERS:
        raise zipfile.BadZipFile(f"{len(archive.infolist())} members: not a document package")
    return Package(data, _zip=archive)


def salvage(data: bytes) -> Package:
    """Members found by scanning local file headers (no central directory needed)."""
    package = Package(data, salvaged=True)
    pos = data.find(_LOCAL)
    while 0 <= pos and pos + _HEADER.size <= len(data) and len(package._members) < MAX_MEMBERS:
        fields = _HEADER.unpack_from(data, pos)
        flags, method, size = fields[2], fields[3], fields[7]
        name_len, extra_len = fields[9], fields[10]
        start = pos + _HEADER.size + name_len + extra_len
        name = data[pos + _HEADER.size : pos + _HEADER.size + name_len].decode("utf-8", "replace")
        known_size = size if size and not flags & 0x08 else None
        package._members.setdefault(name, _Salvaged(start, method, known_size))
        pos = data.find(_LOCAL, start + (known_size or 0))
    return package


def _inflate(chunk: bytes, method: int, size: int | None, budget: int) -> tuple[bytes | None, bool]:
    """(content, complete): at most ``budget + 1`` bytes, so an overflow can be told."""
    if method == 0:
        if size is None:
            return None, False
        return chunk[: budget + 1], len(chunk) == size
    if method != 8:
        return None, False
    inflater = zlib.decompressobj(-15)
    out = bytearray()
    try:
        for i in range(0, len(chunk), _CHUNK):
            out += inflater.decompress(chunk[i : i + _CHUNK], budget + 1 - len(out))
            if inflater.eof or len(out) > budget:
                break
    except zlib.error:
        return bytes(out[: budget + 1]), False
    return bytes(out[: budget + 1]), inflater.eof
