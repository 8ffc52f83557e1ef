"""A DOI or URL written as text in a reference ends where its element ends: the next
element's words ("Digital Library", "Full text", a button of the publisher's after each
entry) are not glued to it, and the publisher's buttons are no part of the reference.
An address that the page breaks with ``<wbr>`` or a span for line breaking stays whole.
Fixture entries written for the tests in the markup of an Atypon-style article page."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import Reference

_PAGE = """<!DOCTYPE html><html><head><title>Reruns</title></head><body><article>
<h1>Notebook reruns</h1>
<p>Reruns fail often [<a class="tab-link" href="#ref-00001">1</a>].</p>
<section id="sec-ref"><h2>References</h2><ol class="references__list">
<li id="ref-00001" class="references__item"><span class="references__note">{entry}</span></li>
</ol></section></article></body></html>
"""


def _entry(entry: str) -> Reference:
    doc = parse_bytes(_PAGE.format(entry=entry).encode(), "page.html")
    (literature,) = doc.literature
    assert literature.reference is not None
    return literature.reference


_HEAD = "Olga Nemeth and Tariq Aziz. 2022. Rerunning Old Notebooks. In <i>Proceedings of MSR</i>. "


@pytest.mark.parametrize(
    ("entry", "doi", "url"),
    [
        pytest.param(
            _HEAD + "ACM, 1–12. https://doi.org/10.1145/3524842.3528011"
            '<span class="references__suffix"><a href="/doi/10.1145/3524842.3528011" '
            'class="link">Digital Library</a><a class="google-scholar" '
            'href="https://scholar.google.com/scholar?q=Rerunning">Google Scholar</a></span>',
            "10.1145/3524842.3528011",
            None,
            id="doi-then-relative-button",
        ),
        pytest.param(
            _HEAD + "ACM, 1–12. doi:10.1145/3524842.3528012"
            '<a href="https://example.org/fulltext/3528012">Full text</a>',
            "10.1145/3524842.3528012",
            None,
            id="doi-label-then-absolute-link",
        ),
        pytest.param(
            _HEAD + "ACM, 1–12. <span>https://reruns.example.org/paper.pdf</span>"
            "<span>Accessed on the day</span>",
            None,
            "https://reruns.example.org/paper.pdf",
            id="url-in-span-then-words",
        ),
        pytest.param(
            _HEAD + "ACM, 1–12. https://doi.org/<wbr>10.1145/<wbr>3524842.3528013",
            "10.1145/3524842.3528013",
            None,
            id="wbr-keeps-doi-whole",
        ),
        pytest.param(
            _HEAD + "ACM, 1–12. https://reruns.example.org/archive<wbr>/notebooks<wbr>Index.html",
            None,
            "https://reruns.example.org/archive/notebooksIndex.html",
            id="wbr-inside-a-word",
        ),
        pytest.param(
            _HEAD + "ACM, 1–12. <a href='https://reruns.example.org/t.pdf'>"
            "https://reruns.example.org/t.pdf</a><span>Open access</span>",
            None,
            "https://reruns.example.org/t.pdf",
            id="linked-url-then-span",
        ),
        pytest.param(
            _HEAD + "ACM, 1–12. <span>https://reruns.example.org/u.pdf</span>Preprint.",
            None,
            "https://reruns.example.org/u.pdf",
            id="url-in-span-then-text",
        ),
    ],
)
def test_address_ends_with_its_element(entry: str, doi: str | None, url: str | None) -> None:
    ref = _entry(entry)
    assert ref.doi == doi
    if url is not None:
        assert ref.url == url
    assert "Digital Library" not in ref.raw
