"""A picture's credit line is no citation, in every reader that makes body links citations.

Blogs, newsletters and magazines put a credit under a picture: ``Photo by <a>Jane
Roe</a> on <a>Unsplash</a>``, ``Image: Getty Images``, ``Illustration by ...``,
``Foto: ...``, Wikimedia Commons' ``Name, CC BY-SA 4.0, via Wikimedia Commons``.  Its
links credit the picture; they neither cite a work nor take a link label (``L1``...)
from the links that do.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.readers.links import is_credit

BODY = """<p>A <a href="https://doi.org/10.1000/onb.2007.12">meta-analysis of newcomer studies</a>
found that social ties matter most.</p>
<p>Our own numbers agree with a <a href="https://reports.example.org/2022/remote">survey of
remote teams</a>.</p>"""


def page(figure: str, after: str = "") -> bytes:
    return f"""<!DOCTYPE html><html><head><title>Onboarding</title></head><body>
<article><h1>Onboarding</h1>
{figure}
{BODY}
{after}
</article></body></html>""".encode()


WANTED = [
    ("L1", "https://doi.org/10.1000/onb.2007.12"),
    ("L2", "https://reports.example.org/2022/remote"),
]

FIGURES = {
    "medium-unsplash": (
        '<figure class="graf graf--figure"><img src="https://cdn.example.com/1.jpeg">'
        '<figcaption class="imageCaption">Photo by <a href="https://unsplash.com/@jroe" '
        'rel="photo-creator">Jane Roe</a> on <a href="https://unsplash.com" '
        'rel="photo-source">Unsplash</a></figcaption></figure>'
    ),
    "wordpress-getty": (
        '<figure class="wp-block-image"><img src="/wp-content/uploads/desk.jpg">'
        '<figcaption class="wp-element-caption">Image: <a href="https://www.gettyimages.com/'
        'detail/photo/office-desk-royalty-free-image/123456">Getty Images</a></figcaption>'
        "</figure>"
    ),
    "own-site-illustrator": (
        '<div class="wp-caption"><img src="/img/team.png"><p class="wp-caption-text">'
        'Illustration by <a href="https://janeroe.studio/">Jane Roe</a> for this blog</p></div>'
    ),
    "commons-licence": (
        '<figure><img src="/img/henge.jpg"><figcaption>A henge at dawn. '
        '<a href="https://commons.wikimedia.org/wiki/User:Stonewalker">Stonewalker</a>, '
        '<a href="https://creativecommons.org/licenses/by-sa/4.0">CC BY-SA 4.0</a>, via '
        '<a href="https://commons.wikimedia.org/wiki/File:Henge_dawn.jpg">Wikimedia Commons</a>'
        "</figcaption></figure>"
    ),
    "credit-pexels-in-paragraph": (
        '<p><img src="/img/a.jpg"><br><small>Credit: <a href="https://www.pexels.com/photo/'
        'people-at-desk-3184292/">Fauxels / Pexels</a></small></p>'
    ),
    "spanish-foto-de": (
        '<figure><img src="/img/b.jpg"><figcaption>Foto de <a href="https://ana.example.es">'
        'Ana Ruiz</a> en <a href="https://unsplash.com/es/fotos/xyz">Unsplash</a></figcaption>'
        "</figure>"
    ),
    "caption-after-the-body": "",
}


@pytest.mark.parametrize("name", list(FIGURES), ids=list(FIGURES))
def test_html_picture_credits_are_no_link_citations(name: str) -> None:
    after = FIGURES["medium-unsplash"] if name == "caption-after-the-body" else ""
    figure = FIGURES[name]
    doc = parse_bytes(page(figure, after), "post.html")
    assert [(f.label, f.reference.url) for f in doc.footnotes] == WANTED


def test_html_a_sentence_about_photographs_still_cites() -> None:
    figure = (
        '<p>Photographs from the 1930s are kept by the <a href="https://archive.example.org/'
        'coll/1930s">county archive</a>, which lent us three.</p>'
    )
    doc = parse_bytes(page(figure), "post.html")
    assert [f.reference.url for f in doc.footnotes] == [
        "https://archive.example.org/coll/1930s",
        *[url for _, url in WANTED],
    ]


MARKDOWN = """# Onboarding, again

![A desk](https://images.example.com/desk.jpg)
{credit}

A [meta-analysis of newcomer studies](https://doi.org/10.1000/onb.2007.12) found that social
ties matter most.

Our numbers agree with a [survey of remote teams](https://reports.example.org/2022/remote).
"""

MD_CREDITS = {
    "emphasis-unsplash": "*Photo by [Jane Roe](https://unsplash.com/@jroe) on "
    "[Unsplash](https://unsplash.com/photos/abc123)*",
    "image-colon": "_Image: [Shutterstock](https://www.shutterstock.com/image-photo/desk-123)_",
    "photographer-site": "Photo by [Jane Roe](https://janeroe.studio/).",
    "german-foto": "Foto: [Jana Roth](https://jana-roth.example.de/portfolio)",
}


def test_markdown_figure_taken_from_a_paper_cites_it() -> None:
    credit = (
        "*Fig. 1. A dual encoder. (Image source: "
        "[Okafor et al. 2019](https://arxiv.org/abs/1904.01234))*"
    )
    doc = parse_bytes(MARKDOWN.format(credit=credit).encode(), "post.md", reader="markdown-links")
    assert [f.reference.url for f in doc.footnotes] == [
        "https://arxiv.org/abs/1904.01234",
        *[url for _, url in WANTED],
    ]


@pytest.mark.parametrize("credit", list(MD_CREDITS.values()), ids=list(MD_CREDITS))
def test_markdown_picture_credits_are_no_link_citations(credit: str) -> None:
    text = MARKDOWN.format(credit=credit).encode()
    doc = parse_bytes(text, "post.md", reader="markdown-links")
    assert [(f.label, f.reference.url) for f in doc.footnotes] == WANTED


@pytest.mark.parametrize(
    ("sentence", "urls", "credit"),
    [
        ("Photo by Jane Roe on Unsplash", ["https://unsplash.com"], True),
        ("(Photo: Reuters)", ["https://www.reuters.com/pictures"], True),
        ("Header image courtesy of the artist", ["https://artist.example"], True),
        ("Credits: NASA/JPL", ["https://photojournal.jpl.nasa.gov/catalog/PIA1"], True),
        ("Фото: пресс-служба", ["https://press.example.ru"], True),
        ("Jane Roe / Pexels", ["https://www.pexels.com/@jroe/"], True),
        ("The image recognition report is here", ["https://report.example.org"], False),
        ("Images of cells were scored blind", ["https://protocols.example.org"], False),
        (
            "A long sentence that merely mentions a stock library among many other words "
            "and then goes on to cite the study that measured how often pictures are reused",
            ["https://unsplash.com/license"],
            False,
        ),
        ("(Image source: Okafor et al. 2019)", ["https://vision.example.org/okafor19"], False),
        ("Figure from Lindqvist and Mora (2021)", ["https://doi.org/10.1000/fig.2021.7"], False),
        ("Image: Chen 2018", ["https://arxiv.org/abs/1801.01234"], False),
    ],
    ids=[
        "photo-by",
        "photo-colon",
        "courtesy",
        "credits",
        "russian",
        "stock-host",
        "image-noun-phrase",
        "images-plural-verb",
        "long-sentence",
        "image-source-et-al",
        "figure-from-doi",
        "image-arxiv",
    ],
)
def test_is_credit(sentence: str, urls: list[str], credit: bool) -> None:
    assert is_credit(sentence, urls) is credit
