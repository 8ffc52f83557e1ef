"""IEEE web references: a page of a blog, a documentation site, a wiki or a forum cited
``Author, “Title,” Site, Month Year. [Online]. Available: URL`` (or with ``Accessed:``)
names its site where a journal would stand; with no volume, number or pages it is a
web page, not an article."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "kind", "host"),
    [
        pytest.param(
            "R. Okafor, “Why our retries made outages worse,” Acme Engineering Blog, "
            "Aug. 2021. [Online]. Available: https://blog.acme.example/retries",
            RefKind.WEB,
            "Acme Engineering Blog",
            id="blog-post",
        ),
        pytest.param(
            "Kubernetes Authors, “Pod lifecycle,” Kubernetes Documentation. Accessed: Jan. 9, "
            "2024. [Online]. Available: https://kubernetes.io/docs/concepts/pod-lifecycle/",
            RefKind.WEB,
            "Kubernetes Documentation",
            id="documentation-accessed-organisation",
        ),
        pytest.param(
            "Mozilla, “HTTP caching,” MDN Web Docs, 2024. [Online]. Available: "
            "https://developer.mozilla.org/en-US/docs/Web/HTTP/Caching",
            RefKind.WEB,
            "MDN Web Docs",
            id="docs-site-organisation",
        ),
        pytest.param(
            "L. Brandt, “Profiling async Python,” dev.to, Mar. 2023. [Online]. Available: "
            "https://dev.to/lbrandt/profiling-async-python",
            RefKind.WEB,
            "dev.to",
            id="host-name-as-site",
        ),
        pytest.param(
            "T. Ishii, “Notes on vector clocks,” Distributed Reading Group. Accessed: Feb. 2, "
            "2022. [Online]. Available: https://drg.example.net/notes/vector-clocks",
            RefKind.WEB,
            "Distributed Reading Group",
            id="any-site-with-access-date",
        ),
        pytest.param(
            "A. Novak and P. Lind, “Caching at the edge,” IEEE Internet Comput., vol. 27, "
            "no. 2, pp. 40–47, 2023. [Online]. Available: https://ieeexplore.ieee.org/document/1",
            RefKind.ARTICLE,
            "IEEE Internet Comput",
            id="journal-article-online",
        ),
        pytest.param(
            "M. Oduya, “Field notes on drift,” J. Data Practice, 2022. [Online]. Available: "
            "https://doi.org/10.5555/jdp.2022.4",
            RefKind.ARTICLE,
            "J. Data Practice",
            id="journal-by-doi",
        ),
        pytest.param(
            "S. Park, “Scheduling on small clusters,” Systems Blog Review, vol. 4, pp. 1–9, "
            "2020. [Online]. Available: https://sbr.example.org/4/1",
            RefKind.ARTICLE,
            "Systems Blog Review",
            id="numbered-venue-is-a-journal",
        ),
    ],
)
def test_ieee_web_page_kind(text: str, kind: RefKind, host: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.kind, ref.host) == (kind, host)


def test_long_site_name_is_read_in_linear_time() -> None:
    def read(site: str) -> object:
        text = f"R. Okafor, “A title,” {site}, 2021. [Online]. Available: https://a.example/x"
        return parse_reference(text, [1], detect_styles=True)

    assert_linear(read, lambda n: "a.b-" * (n // 4) + "x")
