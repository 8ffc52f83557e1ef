"""Kinds of Chicago-shaped notes in the Indic scripts (own invented fixtures):

* a government's document -- ``Government of Assam, Title (Guwahati, 2021)``, Telugu ``…
  ప్రభుత్వం, *Title* (…)``, Hindi ``… सरकार``, Kannada ``… ಸರ್ಕಾರ`` -- is its report;
* an article whose issue is abbreviated after the volume -- Telugu ``*Journal* 9, సం. 3
  (2018): 4–19``, Hindi ``अं. 3`` -- is an article;
* a chapter whose book's editors come first with their role in parentheses -- ``"Title",
  Name (సంపా.), *Book* (Place: Publisher, 2017)`` -- is a chapter.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import caseless_facts, parse_reference, reportkind
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "kind", "title"),
    [
        pytest.param(
            "Government of Assam, Department of Fisheries, *Assam Inland Fisheries Review 2021* "
            "(Guwahati, 2021), p. 14.",
            RefKind.REPORT,
            "Assam Inland Fisheries Review 2021",
            id="en-government-of",
        ),
        pytest.param(
            "ఆంధ్రప్రదేశ్ ప్రభుత్వం, *పశుసంవర్ధక విధానం: మార్గదర్శకాలు* (విజయవాడ: ప్రభుత్వ ముద్రణాలయం, 2016), పేరా 2.",
            RefKind.REPORT,
            "పశుసంవర్ధక విధానం: మార్గదర్శకాలు",
            id="te-government",
        ),
        pytest.param(
            "बिहार सरकार, कृषि विभाग, *कृषि रोडमैप 2017–22* (पटना, 2017), पृ. 9.",
            RefKind.REPORT,
            "कृषि रोडमैप 2017–22",
            id="hi-government",
        ),
        pytest.param(
            "ಕರ್ನಾಟಕ ಸರ್ಕಾರ, *ಬರ ನಿರ್ವಹಣಾ ಕೈಪಿಡಿ* (ಬೆಂಗಳೂರು, 2019), ಪು. 7.",
            RefKind.REPORT,
            "ಬರ ನಿರ್ವಹಣಾ ಕೈಪಿಡಿ",
            id="kn-government",
        ),
        pytest.param(
            'ప్రసాద్, లక్ష్మి నరసింహ, "కృష్ణా ఆయకట్టులో కౌలు", *ఆర్థిక సమీక్ష* 9, సం. 3 (2018): 4–19.',
            RefKind.ARTICLE,
            "కృష్ణా ఆయకట్టులో కౌలు",
            id="te-issue-abbreviated",
        ),
        pytest.param(
            'वर्मा, सुनीता, "बटाईदारी और ऋण", *ग्राम अध्ययन* 6, अं. 1 (2015): 22–40.',
            RefKind.ARTICLE,
            "बटाईदारी और ऋण",
            id="hi-issue-abbreviated",
        ),
        pytest.param(
            'ప్రసాద్, లక్ష్మి నరసింహ, "చెరువుల చరిత్ర", మూర్తి, ఎ. రమణ (సంపా.), *దక్కను జలవనరులు* '
            "(హైదరాబాద్: ప్రజాశక్తి, 2014), పు. 30–52.",
            RefKind.CHAPTER,
            "చెరువుల చరిత్ర",
            id="te-chapter-editor-first",
        ),
        pytest.param(
            'वर्मा, सुनीता, "नहरों का इतिहास", रमेश चंद्र (संपा.), *भारत के जलस्रोत* '
            "(दिल्ली: वाणी, 2012), पृ. 5–18.",
            RefKind.CHAPTER,
            "नहरों का इतिहास",
            id="hi-chapter-editor-first",
        ),
        # (near-misses that keep their kinds)
        pytest.param(
            "ప్రసాద్, లక్ష్మి నరసింహ, *దక్కను జలవనరులు* (హైదరాబాద్: ప్రజాశక్తి, 2014), పు. 30.",
            RefKind.BOOK,
            "దక్కను జలవనరులు",
            id="te-person-book",
        ),
        pytest.param(
            "Meera Iyengar, *Government of the Tanks* (Pune: Orient, 2004), p. 5.",
            RefKind.BOOK,
            "Government of the Tanks",
            id="en-title-government",
        ),
    ],
)
def test_indic_note_kind(text: str, kind: RefKind, title: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.kind, ref.title) == (kind, title)


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("Government of Kerala", True),
        ("తెలంగాణ ప్రభుత్వం", True),
        ("महाराष्ट्र शासन", True),
        ("government of the people", False),
        ("Government and Society", False),
        ("प्रशासन", False),
        ("सरकारी नीति", False),
    ],
)
def test_government_is_public_body(name: str, body: bool) -> None:
    assert reportkind.public_body(name) is body


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: ", " + "అ, " * (n // 3) + "(సంపా.), *x*", id="names"),
        pytest.param(lambda n: ", అ" + " " * n + "(సంపా.), *x", id="spaces"),
        pytest.param(lambda n: ", అ (సంపా.), *" + "x" * n, id="open-book"),
    ],
)
def test_editors_first_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(caseless_facts.edited_host, line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Government of " * (n // 14) + "x", id="en"),
        pytest.param(lambda n: "క " * (n // 2) + "ప్రభుత్వం", id="te"),
    ],
)
def test_public_body_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(reportkind.public_body, line)
