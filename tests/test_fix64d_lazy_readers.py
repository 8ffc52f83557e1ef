"""The reader registry loads a reader only when a document may be its own: ingesting a
plain-text or Markdown manuscript imports neither BeautifulSoup (the HTML reader) nor
the office packages' readers, and the listing still names every reader in its order."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# (file name, text): documents of formats other than HTML and the office packages
DOCUMENTS = [
    (
        "numbered.txt",
        "Soil moisture limits growth [1], as field trials show [2].\n\nReferences\n\n"
        "1. Berg, K. (2012). Dry summers. Plant Science, 8, 11-19.\n"
        "2. Ruiz, M. (2020). Field trials of barley. Crop Journal, 3, 40-52.\n",
    ),
    (
        "fussnoten.md",
        "# Die Mühlen\n\nDie Mühle wurde 1712 gebaut.[^1]\n\n"
        "[^1]: Anna Vogt, *Mühlen am Rhein* (Köln: Stadtverlag, 1999), 12.\n",
    ),
    (
        "notas.txt",
        "La ciudad creció con el puerto (García 2001).\n\nBibliografía\n\n"
        "García, L. (2001). El puerto y la ciudad. Madrid: Tecnos.\n",
    ),
]

# what must stay unloaded after such an ingest
HEAVY = ("bs4", "bibcheck.readers.html", "bibcheck.readers.docx", "bibcheck.readers.odt")

_CHILD = """
import json, sys
from bibcheck.manuscript import parse_file
parse_file(sys.argv[1])
print(json.dumps(sorted(m for m in {heavy!r} if m in sys.modules)))
"""


def _loaded_after_ingest(path: Path) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", _CHILD.format(heavy=HEAVY), str(path)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=300,
    )
    loaded: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return loaded


@pytest.mark.parametrize(("name", "text"), DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_ingest_loads_no_html_or_office_reader(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert _loaded_after_ingest(path) == []


def test_every_entry_describes_its_loaded_reader() -> None:
    from bibcheck.readers import readers

    for entry in readers():
        reader = entry.load()
        assert (reader.name, reader.extensions) == (entry.name, entry.extensions)
        assert (reader.read_bytes is not None) == entry.binary
        assert reader.sniff is entry.sniff
        # signs stand for a score on the masked text alone
        assert entry.signs is None or (reader.score_at is None and reader.score_opts is None)


# (text, has the signs): a text the HTML reader would score is never passed over
HTML_CASES = [
    ("<!DOCTYPE html><html><body><p>Text.</p></body></html>", True),
    ("<p class='note'>Siehe Müller 2003.</p>", True),
    ("Smith<sup>1</sup> wrote it.\n\n1. Smith, J. (2001). Title.", False),
    ("# Heading\n\nPlain Markdown with a [link](https://example.org).", False),
    ("<div custom-style='Caption'>Légende</div>", False),
    ("本文<body>の引用 [1]。", True),
]


@pytest.mark.parametrize(("text", "signs"), HTML_CASES)
def test_html_signs_agree_with_the_html_score(text: str, signs: bool) -> None:
    from bibcheck.readers.formatsigns import html_signs
    from bibcheck.readers.html import score
    from bibcheck.readers.mask import mask

    masked = mask(text)
    assert html_signs(masked) is signs
    assert (score(masked) > 0) is signs
