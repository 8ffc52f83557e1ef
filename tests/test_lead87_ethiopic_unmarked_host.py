"""An Amharic note's edited book unmarked, as a Word file's italics arrive in its text
("…፣ በኤልሳ አበበ (አርታኢ)፣ ስፖርትና ማኅበረሰብ በኢትዮጵያ (አዲስ አበባ፤ …)") is the chapter's host, as
the book in asterisks is (heldout74's docx note 6 was a book after the fix87e merge)."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "kind", "host"),
    [
        (
            "ሃይሉ ተሰማ፣ «በቆጂና የሩጫ ባህል»፣ በኤልሳ አበበ (አርታኢ)፣ ስፖርትና ማኅበረሰብ በኢትዮጵያ "
            "(አዲስ አበባ፤ ሐመር አሳታሚ፣ 2010 ዓ.ም.)፣ ገጽ 45–67።",
            RefKind.CHAPTER,
            "ስፖርትና ማኅበረሰብ በኢትዮጵያ",
        ),
        (
            "ታደሰ በቀለ፣ «የሩጫ ታሪክ»፣ በመሰረት ደፋር (አዘጋጅ)፣ የኢትዮጵያ አትሌቲክስ (አዲስ አበባ፤ ኩራዝ፣ 1999 ዓ.ም.)፣ ገጽ 3።",
            RefKind.CHAPTER,
            "የኢትዮጵያ አትሌቲክስ",
        ),
        (
            "ሃይሉ ተሰማ፣ «በቆጂና የሩጫ ባህል»፣ በኤልሳ አበበ (አርታኢ)፣ *ስፖርትና ማኅበረሰብ በኢትዮጵያ* "
            "(አዲስ አበባ፤ ሐመር አሳታሚ፣ 2010 ዓ.ም.)፣ ገጽ 45–67።",
            RefKind.CHAPTER,
            "ስፖርትና ማኅበረሰብ በኢትዮጵያ",
        ),
        # (a book with no editor before it: a book, no host)
        (
            "ሃይሉ ተሰማ፣ በቆጂና የሩጫ ባህል (አዲስ አበባ፤ ሐመር አሳታሚ፣ 2010 ዓ.ም.)፣ ገጽ 45።",
            RefKind.BOOK,
            None,
        ),
    ],
)
def test_unmarked_edited_book(text: str, kind: RefKind, host: str | None) -> None:
    ref = parse_reference(text, [0], detect_styles=True)
    assert (ref.kind, ref.host) == (kind, host)
