"""Pandoc's and kramdown's attribute blocks after a link, span or code span
(``{target="_blank"}``, ``{.class #id key=val}``, ``{:rel="noopener"}``) are never text of
the reference: a quoted value is no title.  Own texts; linear on adversarial lines."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.attributes import _ATTRIBUTES, without_attributes
from tests.test_regex_growth import assert_linear

URL = "https://example.org/mills"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        pytest.param(
            f'[a survey]({URL}){{target="_blank"}} x', f"[a survey]({URL}) x", id="target"
        ),
        pytest.param(
            f"[a survey]({URL}){{.external #s1 rel=noopener}} x", f"[a survey]({URL}) x", id="mixed"
        ),
        pytest.param(
            f"[a survey]({URL}){{:target='_blank'}} x", f"[a survey]({URL}) x", id="kramdown"
        ),
        pytest.param(f"[a survey]({URL}){{: .ext}} x", f"[a survey]({URL}) x", id="kramdown-space"),
        pytest.param("[Orr]{.smallcaps}, Mills", "[Orr] , Mills", id="span"),
        pytest.param("`code`{.python} x", "`code` x", id="code-span"),
        pytest.param("[Orr]{-}", "[Orr]", id="dash"),
        pytest.param("{Fen} Mills", "{Fen} Mills", id="braced-words"),
        pytest.param(f"[a]({URL}) {{.x}}", f"[a]({URL}) {{.x}}", id="space-before"),
        pytest.param(f"[a]({URL}){{Fen Mills}}", f"[a]({URL}){{Fen Mills}}", id="words-in-braces"),
        pytest.param(f"[a]({URL}){{x=}}", f"[a]({URL}){{x=}}", id="empty-value"),
    ],
)
def test_without_attributes(text: str, kept: str) -> None:
    out = without_attributes(text)
    assert len(out) == len(text)
    assert " ".join(out.split()) == kept


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f'See [the mill survey]({URL}){{target="_blank"}}.', id="target"),
        pytest.param(f"See [the mill survey]({URL}){{.ext #m1 rel='noopener'}}.", id="classes"),
        pytest.param(f'See [the mill survey]({URL}){{:target="_blank"}}.', id="kramdown"),
    ],
)
def test_attribute_values_are_no_title(text: str) -> None:
    ref = parse_reference(text, [1], note=True)
    assert "_blank" not in (ref.title or "") and "noopener" not in (ref.title or "")
    assert ref.url == URL
    assert ref.raw == text


def test_linear() -> None:
    assert_linear(without_attributes, lambda n: ")" + "{" + "#a " * (n // 3))
    assert_linear(_ATTRIBUTES.search, lambda n: ("]{x='" + "a" * 5) * (n // 10))
