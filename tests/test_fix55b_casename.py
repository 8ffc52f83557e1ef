"""Fix 55b: a case named in the text whose note gives only the reporter (``In *Smith v.
Jones*, the court held …¹`` / ``¹ 123 F.3d 456 (9th Cir. 1999).``) is titled with that
name; its short forms and ``Id.`` follow it.  ``v.`` ends no claim's sentence.  Own
fixtures."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import Reference, RefKind, TextBlock
from bibcheck.parse.claim_text import claim_at
from bibcheck.parse.references.textcase import case_name_in, named_in_text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In Harlow Mills, Inc. v. Dade County, the court read the statute narrowly.", None),
        (
            "The rule was settled in Harlow Mills, Inc. v. Dade County.",
            "Harlow Mills, Inc. v. Dade County",
        ),
        ("In Pruitt v. Board of Education, the panel split", "Pruitt v. Board of Education"),
        ("See Ortega v. Lister Corp. for the contrary view", "Ortega v. Lister Corp."),
        ("Under Vance v. Int’l Freight Ass’n, a bare risk", "Vance v. Int’l Freight Ass’n"),
        ("the court decided the matter in 2019.", None),
        ("a dispute of tenants v. landlords", None),
    ],
)
def test_case_name_in_prose(text: str, name: str | None) -> None:
    got = case_name_in(text)
    if text.startswith("In Harlow"):
        # ("In" opens the sentence: no part of the name)
        assert got == "Harlow Mills, Inc. v. Dade County"
    else:
        assert got == name


@pytest.mark.parametrize(
    ("raw", "titled"),
    [
        ("512 F.3d 118, 121 (2d Cir. 2008).", True),
        ("88 Cal. App. 4th 602 (2001).", True),
        ("Ortega v. Lister Corp., 512 F.3d 118 (2d Cir. 2008).", False),  # names its case
        ("15 U.S.C. § 1681n (2018).", False),  # a statute, no reporter
        ("Id. at 121.", False),
    ],
)
def test_only_reporter_notes_are_named(raw: str, titled: bool) -> None:
    ref = Reference(raw=raw, line=1, end_line=1, kind=RefKind.REPORT)
    named = named_in_text(ref, ["The rule was settled in Pruitt v. Board of Education."])
    assert (named.title == "Pruitt v. Board of Education") is titled


def test_versus_ends_no_sentence() -> None:
    text = "Earlier courts agreed. The two rules met in Ortega v. Lister Corp. and split."
    claim = claim_at(TextBlock(text, ((0, 1),)), len(text))
    assert claim.text.startswith("The two rules met in Ortega v. Lister")


_HTML = """<!DOCTYPE html><html><head><title>Standing notes</title></head><body>
<article><h1>Standing notes</h1>
<p>The doctrine turned in <em>Pruitt v. Board of Education</em>.<sup id="fnref1"><a href="#fn1">1</a></sup>
Later panels read it narrowly.<sup id="fnref2"><a href="#fn2">2</a></sup>
Some read it as a rule about remedies.<sup id="fnref3"><a href="#fn3">3</a></sup></p>
<ol class="footnotes">
<li id="fn1">512 F.3d 118, 121 (2d Cir. 2008). <a href="#fnref1">&#8617;</a></li>
<li id="fn2"><em>Id.</em> at 125. <a href="#fnref2">&#8617;</a></li>
<li id="fn3"><em>See</em> Jane Roe, <em>Remedies After Pruitt</em>, 90 Tul. L. Rev. 1 (2015). <a href="#fnref3">&#8617;</a></li>
</ol></article></body></html>
"""


def test_document_note_and_its_id() -> None:
    doc = parse_bytes(_HTML.encode(), "standing.html")
    notes = {n.label: n.reference for n in doc.footnotes}
    assert notes["1"].title == "Pruitt v. Board of Education"
    assert notes["1"].kind is RefKind.REPORT
    assert notes["2"].title == "Pruitt v. Board of Education"
    assert notes["3"].title != "Pruitt v. Board of Education"
