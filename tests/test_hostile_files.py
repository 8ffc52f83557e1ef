"""Files that never end, never open, or inflate without bound: refused or capped, in bounded
memory (measured with tracemalloc at 1x and 4x, or against a fixed ceiling)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from bibcheck.errors import InputError
from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.readers import xmlsafe
from bibcheck.readers.decode import read_regular_file

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
MB = 1024 * 1024


def _docx(document: str, members: tuple[tuple[str, int], ...] = ()) -> bytes:
    """A package with ``word/document.xml`` and zero-filled members of the given sizes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", document)
        for name, size in members:
            with archive.open(name, "w") as member:
                for _ in range(size // MB):
                    member.write(bytes(MB))
    return buffer.getvalue()


# A reference list after the hostile part: a document that cites nothing is refused
# (nothing to check), and these tests are about reading the part before it.
_CITES = (
    "<w:p><w:r><w:t>References</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>1. Smith, J. A Book on Harbours. London, 2001.</w:t></w:r></w:p>"
)


def _body(inner: str) -> str:
    return f"<w:document {NS}><w:body>{inner}{_CITES}</w:body></w:document>"


def _peak(run: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_deeply_nested_insertions_are_read_without_recursion() -> None:
    depth = 5000  # far beyond Python's recursion limit
    inner = "<w:ins>" * depth + "<w:r><w:t>Deep text here</w:t></w:r>" + "</w:ins>" * depth
    doc = parse_bytes(_docx(_body(f"<w:p>{inner}</w:p>")), "deep.docx")
    assert doc.reader == "docx"


def test_unrelated_members_are_never_inflated() -> None:
    data = _docx(
        _body("<w:p><w:r><w:t>Text.</w:t></w:r></w:p>"),
        tuple((f"media/big{i}.bin", 30 * MB) for i in range(4)),
    )
    assert len(data) < 2 * MB  # 120 MB of zeros, compressed
    peak = _peak(lambda: parse_bytes(data, "members.docx"))
    assert peak < 20 * MB, f"{peak / MB:.0f} MB peak: unrelated members were inflated"


@pytest.mark.parametrize("form", ["<w:p/>", "<w:p><w:pPr/></w:p>"], ids=["empty", "with-props"])
def test_empty_paragraphs_cost_memory_linearly(form: str) -> None:
    def run(n: int) -> Callable[[], object]:
        data = _docx(_body(form * n + "<w:p><w:r><w:t>End.</w:t></w:r></w:p>"))
        return lambda: parse_bytes(data, "empty.docx")

    small, large = _peak(run(20_000)), _peak(run(80_000))
    assert large / small < 6, f"{small / MB:.1f} MB -> {large / MB:.1f} MB for 4x paragraphs"


def test_tag_cap_stops_reading_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xmlsafe, "MAX_TAGS", 50_000)
    data = _docx(_body("<w:p/>" * 400_000 + "<w:p><w:r><w:t>After the cap.</w:t></w:r></w:p>"))
    peak = _peak(lambda: parse_bytes(data, "many.docx"))
    doc = parse_bytes(data, "many.docx")
    assert any(a.code is C.LIMIT_REACHED and "tags" in a.message for a in doc.anomalies)
    assert peak < 40 * MB


def test_package_total_is_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xmlsafe, "MAX_TOTAL", 64 * 1024)
    notes = f"<w:footnotes {NS}>" + "<w:footnote w:id='1'><w:p/></w:footnote>" * 5000
    buffer = io.BytesIO(_docx(_body("<w:p><w:r><w:t>Body.</w:t></w:r></w:p>")))
    with zipfile.ZipFile(buffer, "a") as archive:
        archive.writestr("word/footnotes.xml", notes + "</w:footnotes>")
    doc = parse_bytes(buffer.getvalue(), "total.docx")
    assert any(a.code is C.LIMIT_REACHED and "in total" in a.message for a in doc.anomalies)


# --------------------------------------------------------------------------
# files that are not regular files, or never end
# --------------------------------------------------------------------------


def _bibcheck(*args: str, cwd: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bibcheck", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero on this system")
def test_ingest_of_a_device_is_refused_at_once(tmp_path: Path) -> None:
    done = _bibcheck("ingest", "--db", "t.db", "/dev/zero", cwd=tmp_path)
    assert done.returncode == 2 and "not a regular file" in done.stderr
    assert not (tmp_path / "t.db").exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_ingest_of_a_fifo_does_not_hang(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.md")
    done = _bibcheck("ingest", "--db", "t.db", "pipe.md", cwd=tmp_path, timeout=30)
    assert done.returncode == 2 and "FIFO" in done.stderr


def test_ingest_of_a_directory_names_it(tmp_path: Path) -> None:
    (tmp_path / "chapters").mkdir()
    done = _bibcheck("ingest", "--db", "t.db", "chapters", cwd=tmp_path)
    assert done.returncode == 2
    assert "chapters: is a directory, not a manuscript" in done.stderr
    assert "Traceback" not in done.stderr
    with pytest.raises(InputError, match="is a directory"):
        read_regular_file(tmp_path / "chapters")


def test_size_is_checked_while_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.md"
    path.write_bytes(b"x" * 5000)
    with pytest.raises(InputError, match="more than 4,096 bytes"):
        read_regular_file(path, 4096)
    assert read_regular_file(path, 5000) == b"x" * 5000


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero on this system")
def test_symlink_to_a_device_is_refused(tmp_path: Path) -> None:
    (tmp_path / "zero.md").symlink_to("/dev/zero")
    with pytest.raises(InputError, match="not a regular file"):
        read_regular_file(tmp_path / "zero.md")
