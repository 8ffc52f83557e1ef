"""Distill pages: distill.pub's template, and Jekyll's al-folio "distill" layout (the ICLR
blog-post track's template).  They cite with ``<d-cite key="a,b"></d-cite>``, write notes
inline as ``<d-footnote>...</d-footnote>``, and name their BibTeX in the front matter
(``bibliography: post.bib``, kept in the site's ``assets/bibliography/``), in
``<d-bibliography src=...>`` or inline in ``<script type="text/bibliography">``.
Read by the Pandoc reader as its own forms.  Own fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.readers.mask import mask

BIB = (
    "@article{hopfield1982, author={Hopfield, John J.}, title={Neural networks and physical"
    " systems with emergent collective computational abilities}, journal={PNAS}, year={1982}}\n"
    "@book{mackay2003, author={MacKay, David J. C.}, title={Information Theory, Inference,"
    " and Learning Algorithms}, publisher={Cambridge University Press}, year={2003}}\n"
    "@misc{d'souza2021, author={D'Souza, Anita}, title={Energy landscapes}, year={2021}}\n"
)
FRONT = "---\nlayout: distill\ntitle: Memories\nbibliography: 2026-01-05-memories.bib\n---\n"


def _post(tmp_path: Path, body: str) -> Path:
    """A post in an al-folio site: _posts/<post>.md, assets/bibliography/<post>.bib."""
    (tmp_path / "assets" / "bibliography").mkdir(parents=True)
    (tmp_path / "assets" / "bibliography" / "2026-01-05-memories.bib").write_text(BIB, "utf-8")
    (tmp_path / "_posts").mkdir()
    post = tmp_path / "_posts" / "2026-01-05-memories.md"
    post.write_text(FRONT + body, encoding="utf-8")
    return post


def _cited(path: Path) -> list[tuple[str, int]]:
    doc = parse_file(path)
    assert doc.reader == "pandoc-markdown"
    return sorted((m.label, m.line) for f in doc.footnotes for m in f.markers)


# (body after the 5 lines of front matter, the citations (label, line) it holds)
CITES = [
    ("double quotes", 'Energy <d-cite key="hopfield1982"></d-cite> here.\n', [("hopfield1982", 6)]),
    ("single quotes", "Energy <d-cite key='hopfield1982'></d-cite>.\n", [("hopfield1982", 6)]),
    ("no quotes", "Energy <d-cite key=hopfield1982></d-cite>.\n", [("hopfield1982", 6)]),
    ("self-closing", 'Energy <d-cite key="mackay2003"/>.\n', [("mackay2003", 6)]),
    ("unclosed element", 'Energy <d-cite key="mackay2003">.\n', [("mackay2003", 6)]),
    (
        "several keys, spaces",
        'Both <d-cite key="hopfield1982, mackay2003"></d-cite>.\n',
        [("hopfield1982", 6), ("mackay2003", 6)],
    ),
    ("key with an apostrophe", 'See <d-cite key="d\'souza2021"></d-cite>.\n', [("d'souza2021", 6)]),
    (
        "a user's handle is no citation",
        "A <d-cite key=hopfield1982></d-cite>; thanks to @mackay2003 on GitHub.\n",
        [("hopfield1982", 6)],
    ),
    (
        "a tag wrapped over lines",
        'Energy <d-cite\nkey="hopfield1982,\n  mackay2003"></d-cite> and on <d-cite key=mackay2003/>.\n',
        [("hopfield1982", 6), ("mackay2003", 6), ("mackay2003", 8)],
    ),
    (
        "in a figure's caption",
        '{% include figure.html path="a.png" caption="After <d-cite key=\'mackay2003\'/>" %}\n',
        [("mackay2003", 6)],
    ),
    (
        "in an HTML comment",
        'A <d-cite key="hopfield1982"/>.\n<!-- <d-cite key="mackay2003"></d-cite> -->\n',
        [("hopfield1982", 6)],
    ),
    (
        "a note holding a citation",
        'Text<d-footnote>As in <d-cite key="mackay2003"></d-cite>.</d-footnote> goes on.\n',
        [("^1", 6), ("mackay2003", 6)],
    ),
    (
        "a note of two paragraphs",
        'Text<d-footnote>\nFirst part.\n\nSecond, as in <d-cite key="mackay2003"></d-cite>.\n'
        "</d-footnote> goes on.\n",
        [("^1", 6), ("mackay2003", 9)],
    ),
    (
        "a note holding a comment",
        'Text<d-footnote>\n<!-- a draft remark -->\nAs in <d-cite key="mackay2003"></d-cite>.\n'
        "</d-footnote> goes on.\n",
        [("^1", 6), ("mackay2003", 8)],
    ),
    (
        "a note with attributes",
        'Text<d-footnote markdown="1">As in <d-cite key="mackay2003"></d-cite>.</d-footnote>.\n',
        [("^1", 6), ("mackay2003", 6)],
    ),
    (
        "a citation in a highlight block is code",
        '{% highlight html %}\n<d-cite key="hopfield1982"></d-cite>\n{% endhighlight %}\n'
        'Real <d-cite key="mackay2003"></d-cite>.\n',
        [("mackay2003", 9)],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in CITES], ids=[c[0] for c in CITES])
def test_distill_citations(tmp_path: Path, body: str, expected: list[tuple[str, int]]) -> None:
    assert _cited(_post(tmp_path, body)) == expected


def test_the_post_bibliography_is_found_in_the_site_folder(tmp_path: Path) -> None:
    doc = parse_file(_post(tmp_path, 'Energy <d-cite key="hopfield1982"></d-cite>.\n'))
    assert [f.reference.year for f in doc.footnotes if f.reference] == [1982]
    assert [e.reference.title for e in doc.literature] == [  # (the works cited, as Pandoc)
        "Neural networks and physical systems with emergent collective computational abilities"
    ]
    codes = {a.code for a in doc.all_anomalies()}
    assert C.BIBLIOGRAPHY_UNREADABLE not in codes and C.CITATION_KEY_MISSING not in codes


def test_a_missing_post_bibliography_is_reported(tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    post.write_text(FRONT + 'Energy <d-cite key="hopfield1982"></d-cite>.\n', encoding="utf-8")
    codes = [a.code for a in parse_file(post).all_anomalies()]
    assert C.BIBLIOGRAPHY_UNREADABLE in codes and C.CITATION_KEY_MISSING in codes


PAGE = (
    '<!doctype html>\n<script src="https://distill.pub/template.v2.js"></script>\n'
    "<d-title><h1>Memories</h1></d-title>\n<d-article>\n"
    '<p>Stored patterns are minima <d-cite key="hopfield1982"></d-cite>.</p>\n'
    '<p>Inference<d-footnote>See <d-cite key="mackay2003"></d-cite>.</d-footnote> too.</p>\n'
    "</d-article>\n"
)


@pytest.mark.parametrize("where", ["src", "inline"])
def test_a_distill_html_page_and_its_bibliography(tmp_path: Path, where: str) -> None:
    if where == "src":
        (tmp_path / "bibliography.bib").write_text(BIB, encoding="utf-8")
        tail = '<d-bibliography src="bibliography.bib"></d-bibliography>\n'
    else:
        tail = '<script type="text/bibliography">\n' + BIB + "</script>\n"
    page = tmp_path / "index.html"
    page.write_text(PAGE + tail, encoding="utf-8")
    assert _cited(page) == [("^1", 6), ("hopfield1982", 5), ("mackay2003", 6)]
    doc = parse_file(page)
    assert [e.reference.year for e in doc.literature] == [1982, 2003]
    if where == "inline":  # the entries' lines are the page's
        assert [e.line for e in doc.literature] == [9, 10]
    assert not [a for a in doc.all_anomalies() if a.code is not C.READER_UNCERTAIN]


# Markup and math in a Markdown post are no page artifacts (no running headers there)
ARTIFACTS = [
    ("closing tags", '<aside class="note">\nA remark on {w}.\n</aside>\n\n'),
    ("template tags", "{{% capture x %}}\nSome text on {w}.\n{{% endcapture %}}\n\n"),
    (
        "display math around an environment",
        "$$\n\\begin{{align*}}\nx &= 1\n\\end{{align*}}\n$$\n\n{w}\n\n",
    ),
    ("emphasised lead-ins", "**Key takeaways**:\n\nIt works for {w}.\n\n"),
    ("a citation alone", '<d-cite key="hopfield1982"></d-cite>.\n\nText on {w}.\n\n'),
    ("a lead-in", "Summary:\n\nThe {w} result holds.\n\n"),
    ("a sentence", "Your browser does not support the video tag.\n\nOn {w}.\n\n"),
    (
        "a template tag over lines",
        '{{% include figure.html\n  path="img/{w}.png"\n  class="img-fluid"\n%}}\n\nOn {w}.\n\n',
    ),
    ("an element over lines", '<iframe\n  src="{w}.html"\n  frameborder="0"\n></iframe>\n\n'),
    ("math delimiters alone", "$\n{w} = 1\n$\n\n"),
]
WORDS = ("energy", "memory", "capacity", "retrieval")


@pytest.mark.parametrize("block", [a[1] for a in ARTIFACTS], ids=[a[0] for a in ARTIFACTS])
def test_markup_is_no_page_artifact(tmp_path: Path, block: str) -> None:
    body = "".join(block.format(w=w) for w in WORDS)
    doc = parse_file(_post(tmp_path, 'Cited <d-cite key="mackay2003"></d-cite>.\n\n' + body))
    assert C.ARTIFACT_LINE not in {a.code for a in doc.all_anomalies()}


def test_a_style_sheet_in_the_front_matter_is_no_bibliography(tmp_path: Path) -> None:
    post = _post(tmp_path, 'Energy <d-cite key="hopfield1982"></d-cite>.\n')
    text = post.read_text(encoding="utf-8")
    styles = "_styles: >\n  @media (min-width: 768px) {\n    .l-gutter { height: 0px; }\n  }\n"
    post.write_text(text.replace("layout: distill\n", "layout: distill\n" + styles), "utf-8")
    assert _cited(post) == [("hopfield1982", 10)]


@pytest.mark.parametrize(
    "text",
    [
        "$$\n\\begin{align*}\n[1] x &= y^{[2]}\n\\end{align*}\n$$\n",
        "{% highlight python %}\nx = [1]\n{% endhighlight %}\n",
        "{{< highlight go >}}\nx := a[1]\n{{< /highlight >}}\n",
    ],
)
def test_mask_blanks_display_math_and_template_code(text: str) -> None:
    masked = mask(text, latex=False)
    assert not masked.strip() and len(masked) == len(text)
