"""IEEE references to a post on a blog platform (Medium, Substack, WordPress.com,
Blogger, Hashnode ...): ``A. Name, “Title,” Medium, Mar. 2021. [Online]. Available:
https://medium.com/...``.  The venue is the platform (by its name, or by the URL's host
where the site has a name of its own); with the online designation and no volume,
number or pages the reference is a web page, not an article."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.ieee import blog_platform
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "K. Adeyemi, “Backpressure in practice,” Medium, Mar. 2021. [Online]. "
            "Available: https://medium.com/@kadeyemi/backpressure-in-practice-3f9a1c",
            RefKind.WEB,
            id="medium-by-name",
        ),
        pytest.param(
            "J. Lee, “The cost of retries,” Substack, Jan. 2023. [Online]. Available: "
            "https://jlee.substack.com/p/the-cost-of-retries",
            RefKind.WEB,
            id="substack-by-name",
        ),
        pytest.param(
            "P. Moreau, “Ten years of queues,” Queue Notes, Jul. 2019. [Online]. Available: "
            "https://queuenotes.wordpress.com/2019/07/02/ten-years/",
            RefKind.WEB,
            id="wordpress-site-by-host",
        ),
        pytest.param(
            "D. Sato, “Sharding by tenant,” Sato on Systems, 2018. [Online]. Available: "
            "https://satosystems.blogspot.com/2018/05/sharding.html",
            RefKind.WEB,
            id="blogspot-site-by-host",
        ),
        pytest.param(
            "R. Iyer, “Rust for data teams,” The Data Letter, Feb. 2024. [Online]. "
            "Available: https://medium.com/the-data-letter/rust-for-data-teams-77e1",
            RefKind.WEB,
            id="medium-publication-by-host",
        ),
        pytest.param(
            "K. Adeyemi, “Backpressure,” Medium Rev., vol. 3, no. 1, pp. 4–9, 2021. "
            "[Online]. Available: https://medium.com/@kadeyemi/backpressure",
            RefKind.ARTICLE,
            id="numbered-venue-stays-article",
        ),
        pytest.param(
            "N. Kaur, “Queues,” Comput. Surv., 2021. [Online]. Available: "
            "https://queues.example.org/paper.pdf",
            RefKind.ARTICLE,
            id="other-host-stays-article",
        ),
    ],
)
def test_blog_platform_post_is_web(text: str, kind: RefKind) -> None:
    assert parse_reference(text, [1], detect_styles=True).kind is kind


@pytest.mark.parametrize(
    ("url", "platform"),
    [
        ("https://medium.com/@x/y", True),
        ("https://jlee.substack.com/p/z", True),
        ("http://notes.blogspot.co.uk/2019/01/a.html", True),
        ("https://someone.hashnode.dev/post", True),
        ("https://example.wordpress.com/", True),
        ("https://notmedium.com/a", False),
        ("https://medium.com.evil.example/a", False),
        ("https://doi.org/10.5555/x", False),
        ("", False),
    ],
)
def test_blog_platform(url: str, platform: bool) -> None:
    assert blog_platform(url) is platform


def test_long_host_is_linear() -> None:
    assert_linear(blog_platform, lambda n: "https://" + "a." * (n // 2) + "medium.com/x")
    assert_linear(blog_platform, lambda n: "https://" + "a-" * (n // 2))
