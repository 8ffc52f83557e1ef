"""sup-markdown: endnote lists under headings in any language, and document numbers
before a citing superscript.

* ``<sup>n</sup>`` markers and a numbered list 1..n under a heading after the body
  (``## Eindnotas``, ``## Nodiadau``, ``## Athugasemdir``, ``## Sluttnoter``) are
  endnotes, whatever the heading's language; a numbered list inside the body (markers
  after it, or numbers the markers do not use) is not;
* a code or standard number is no base of a power: ``SCI P354<sup>10</sup>``,
  ``ISO 10137<sup>20</sup>``, ``EN1995<sup>3</sup>`` cite; ``10<sup>6</sup>`` and
  ``about 10<sup>4</sup>`` stay powers.
"""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode
from bibcheck.readers.supmarkdown import read as read_sup

BODY = """# Argraffwyr y dref, 1850–1900

Dechreuodd y wasg yn 1852.<sup>1</sup> Roedd y papur yn ddrud<sup>2</sup> a'r inc yn brin.<sup>3</sup>

## Casgliad

Mae angen rhagor o waith ar y cyfrifon.<sup>4</sup>

"""

NOTES = """1. Jones 1998:12–14.
2. Gw. Davies (2004:77).
3. Ibid.
4. Morgan 2011:5.

## Bibliografie

Davies, R. 2004. *Y wasg yng Nghymru*. Caerdydd: Gwasg Prifysgol Cymru.

Jones, M. 1998. *Papur ac inc*. Aberystwyth: Llyfrgell Genedlaethol.

Morgan, T. 2011. *Cyfrifon argraffwyr*. Bangor: Gwasg y Coleg.
"""


@pytest.mark.parametrize(
    "heading",
    ["## Nodiadau", "## Eindnotas", "## Athugasemdir", "## Sluttnoter", "## 6. Notas finales"],
    ids=["welsh", "afrikaans", "icelandic", "norwegian", "numbered-spanish"],
)
def test_endnote_list_in_any_language(heading: str) -> None:
    doc = read_sup(BODY + heading + "\n\n" + NOTES)
    assert [n.label for n in doc.footnotes] == ["1", "2", "3", "4"]
    assert doc.footnotes[0].text.startswith("Jones 1998")
    assert len(doc.literature) == 3
    codes = {a.code for a in doc.anomalies}
    assert AnomalyCode.MARKER_WITHOUT_DEFINITION not in codes


@pytest.mark.parametrize(
    "text",
    [
        # a list of aims inside the body: markers follow it
        "Intro.<sup>1</sup> More.<sup>2</sup>\n\n## Aims\n\n1. One.\n2. Two.\n\n"
        "## Method\n\nWe did it.<sup>3</sup>\n",
        # a list whose numbers are not the markers'
        "Intro.<sup>5</sup> More.<sup>6</sup>\n\n## Steps\n\n1. One.\n2. Two.\n",
        # prose under the heading before the list: a section
        "Intro.<sup>1</sup> More.<sup>2</sup>\n\n## Method\n\nWe did:\n\n1. One.\n2. Two.\n",
    ],
    ids=["markers-after", "other-numbers", "prose-first"],
)
def test_body_lists_are_not_endnotes(text: str) -> None:
    assert read_sup(text).footnotes == ()


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("The UK method SCI P354<sup>2</sup> is used.<sup>1</sup>", ["2", "1"]),
        ("Limits follow ISO 10137<sup>2</sup> and BS 6841.<sup>1</sup>", ["2", "1"]),
        ("Eurocode EN1995<sup>2</sup> applies.<sup>1</sup>", ["2", "1"]),
        ("The guide CCIP-016<sup>2</sup> is older.<sup>1</sup>", ["2", "1"]),
        ("Нормы ГОСТ 7.1<sup>2</sup> действуют.<sup>1</sup>", ["2", "1"]),
        ("About 10<sup>2</sup> cells.<sup>1</sup>", ["1"]),
        ("Loads of 3×10<sup>2</sup> N were applied.<sup>1</sup>", ["1"]),
    ],
    ids=["letters-digits", "iso", "glued-code", "hyphen-code", "gost", "power", "times-power"],
)
def test_document_numbers_are_no_base(text: str, labels: list[str]) -> None:
    # note 2 is cited elsewhere too, so only the reading of the superscript decides
    text = f"{text}\n\nAgain.<sup>2</sup>\n\n## References\n\n1. A. One. 2001.\n2. B. Two. 2002.\n"
    doc = read_sup(text)
    assert [m.label for m in doc.markers][:-1] == labels
