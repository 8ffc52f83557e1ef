"""A paragraph citing many works by key is read in time linear in its length (a Manubot
manuscript's long ``[@doi:…]`` / ``@url:…`` runs took 17 s for 1,000 citations: the
sentence end of every in-text citation was searched from its place, every span checked
against every span before it, and the control-character pass compared whole subtrees).
CPU times are compared as ratios (tests/growth.py), so a loaded machine does not fail them."""

from __future__ import annotations

from bibcheck.model import Anomaly, AnomalyCode, Reference
from bibcheck.readers.controls import _value
from bibcheck.readers.keyed import TOKEN, Span, transform
from bibcheck.readers.pandoc import citation_spans
from tests.growth import growth


def _line(n: int) -> str:
    brackets = " ".join(f"[@doi:10.1000/x{i}]" for i in range(n))
    in_text = " ".join(f"@url:https://a.example/{i}" for i in range(n))
    return f"Claim {brackets} and {in_text} agree. Next sentence."


def _transform(n: int) -> str:
    line = _line(n)
    spans = [
        Span(s.start, s.end, s.labels, in_text=not line.startswith("[", s.start), name="X")
        for s in citation_spans(line, True)
    ]
    return transform(line, spans, 1, {})


def test_transform_of_a_long_paragraph_is_linear() -> None:
    # ten times the citations: far under the hundredfold of a quadratic pass
    assert growth(_transform, 150, 1500) < 35


def test_spans_of_a_long_paragraph_are_linear() -> None:
    assert growth(lambda n: citation_spans(_line(n), True), 150, 1500) < 35


def test_in_text_tokens_go_to_their_sentence_end_in_order() -> None:
    line = "As @a and @b show, it holds. Then @c."
    spans = [
        Span(3, 5, ("a",), in_text=True, name="A"),
        Span(10, 12, ("b",), in_text=True, name="B"),
        Span(34, 36, ("c",), in_text=True, name="C"),
    ]
    out = transform(line, spans, 1, {})
    labels = [m.group("label") for m in TOKEN.finditer(out)]
    assert labels == ["a", "b", "c"]
    assert TOKEN.sub("", out) == "As A and B show, it holds. Then C."
    first, second = out.split(". Then", 1)
    assert [m.group("label") for m in TOKEN.finditer(first)] == ["a", "b"]  # at "holds."
    assert first.endswith("holds" + "".join(m.group(0) for m in TOKEN.finditer(first)))
    assert [m.group("label") for m in TOKEN.finditer(second)] == ["c"]


def test_values_without_controls_are_the_same_objects() -> None:
    ref = Reference(raw="Smith. A title. 2020.", line=3, end_line=3, title="A title")
    anomalies = (Anomaly(AnomalyCode.ARTIFACT_LINE, "text", 1),)
    assert _value(ref) is ref
    assert _value(anomalies) is anomalies
    dirty = _value(Reference(raw="Smith.\x00 A title.", line=3, end_line=3, title="A\x07 title"))
    assert (dirty.raw, dirty.title) == ("Smith. A title.", "A title")
