"""An image in a reference's text (Markdown ``![alt](src)``, HTML ``<img>``) is never the
cited work: its alt text is no title, its src no URL; a linked image keeps its link.  Own
notes in several forms, read as footnotes of Markdown and by the reference parser; the
pattern is linear on adversarial lines."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.images import _MD_IMAGE, without_images
from tests.test_regex_growth import assert_linear

PIC = "https://pics.example.net/harbour.jpg"
WORK = "https://essays.example.com/harbours"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        pytest.param(f"![A harbour]({PIC}) Essay", "Essay", id="markdown"),
        pytest.param(f'![A harbour]({PIC} "Figure 2") Essay', "Essay", id="with-title"),
        pytest.param(f"![]({PIC}) Essay", "Essay", id="no-alt"),
        pytest.param(f'<img src="{PIC}" alt="A harbour"> Essay', "Essay", id="html"),
        pytest.param(f"<IMG SRC='{PIC}'/> Essay", "Essay", id="html-upper-self-closing"),
        pytest.param(f"![a [b] c]({PIC}) Essay", "Essay", id="brackets-in-alt"),
        pytest.param(f"[![cover]({PIC})]({WORK}) Essay", f"[ ]({WORK}) Essay", id="linked"),
        pytest.param(f"Essay [link]({WORK})", f"Essay [link]({WORK})", id="no-image"),
        pytest.param("Wow! [x](y)", "Wow! [x](y)", id="exclamation-then-link"),
    ],
)
def test_without_images(text: str, kept: str) -> None:
    out = without_images(text)
    assert len(out) == len(text)  # columns stay put
    assert " ".join(out.split()) == kept


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            f"![Harbour at dawn]({PIC}) [Harbours of the North Sea (2015 lecture)]({WORK})",
            id="image-before-link",
        ),
        pytest.param(
            f"[Harbours of the North Sea (2015 lecture)]({WORK}) ![Harbour at dawn]({PIC})",
            id="image-after-link",
        ),
        pytest.param(
            f'<img src="{PIC}" alt="Harbour at dawn"> [Harbours of the North Sea (2015 lecture)]({WORK})',
            id="html-image",
        ),
        pytest.param(
            f"![Harbour at dawn]({PIC})\n[Harbours of the North Sea (2015 lecture)]({WORK})",
            id="two-lines",
        ),
    ],
)
def test_the_image_is_not_the_work(text: str) -> None:
    ref = parse_reference(text, [3, 4], note=True)
    assert ref.url == WORK
    assert ref.title is not None and ref.title.startswith("Harbours of the North Sea")
    assert "dawn" not in ref.title and "!" not in ref.title
    assert PIC not in ref.links
    assert ref.raw == text


def test_a_linked_image_keeps_its_link() -> None:
    ref = parse_reference(f"[![Cover]({PIC})]({WORK}) Smith, J. Harbours. 2015.", [1])
    assert ref.url == WORK


def test_markdown_footnote_starting_with_an_image(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_text(
        "Ports shaped the towns.[^port]\n\n"
        f"[^port]: ![Harbour at dawn]({PIC}) [Harbours of the North Sea (2015 lecture)]({WORK})\n",
        encoding="utf-8",
    )
    (note,) = parse_file(path).footnotes
    assert note.reference.url == WORK
    assert note.reference.year == 2015
    assert note.reference.title is not None and "dawn" not in note.reference.title


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "![" * (n // 2), id="many-openers"),
        pytest.param(lambda n: "![a](" + "b" * n, id="unclosed-target"),
        pytest.param(lambda n: "![a](b " + " " * n, id="spaces-after-target"),
        pytest.param(lambda n: "![" + "[a]" * (n // 3), id="brackets"),
    ],
)
def test_image_pattern_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: _MD_IMAGE.findall(text), line)
