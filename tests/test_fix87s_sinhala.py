"""Round 87 (fix87s): Sinhala notes read as the other Indic languages' are -- the words for
the same work ("එම කෘතිය"), the page ("පි."), a journal's number ("අංක") and volume
("කලාපය"), a report ("වාර්තාව"), an act named by its year and number ("1973 අංක 25 දරන …
නීතිය"), an issue dated year first ("1996 මාර්තු 18"), the access date ("ප්‍රවේශ වූයේ"), the
editor ("සංස්."); and the zero-width joiner inside a word ("ක්‍රීඩා") a part of the word."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.patterns import WORD_WITH_MARKS


def _parse(text: str):  # noqa: ANN202
    return parse_reference(text, [0], detect_styles=True)


KINDS = [
    # an article: the journal's volume and "අංක" (number), the italics lost or kept
    (
        "ප්‍රදීප් ජයසූරිය, “මහා තරග සංස්කෘතිය: සමාජ ඉතිහාසය,” සමාජ විද්‍යා සඟරාව 12, අංක 1"
        " (2020): 33–58, https://doi.org/10.99999/svs.2020.12.1.03.",
        RefKind.ARTICLE,
        "මහා තරග සංස්කෘතිය: සමාජ ඉතිහාසය",
        2020,
    ),
    (
        "සුනිල් ද සිල්වා, “ගම්බද ක්‍රීඩා,” *ශ්‍රී ලංකා ඉතිහාස සඟරාව* 8, අංකය 2 (1999): 10–21.",
        RefKind.ARTICLE,
        "ගම්බද ක්‍රීඩා",
        1999,
    ),
    # ... its volume "කලාපය" and number in commas, the comma inside the closing quote
    (
        "ජයසූරිය, “ලිපිය,” *සමාජ විද්‍යා සඟරාව*, කලාපය 12, අංකය 1, 2020, පි. 33–58.",
        RefKind.ARTICLE,
        "ලිපිය",
        2020,
    ),
    # (and Hindi's so, the comma inside the quote)
    ("शर्मा, “लेख,” *समाज अध्ययन*, खंड 12, अंक 1, 2020, पृ. 33–58.", RefKind.ARTICLE, "लेख", 2020),
    # a newspaper's piece, its issue dated year, month, day
    ("“ලෝක කුසලානය ශ්‍රී ලංකාවට,” *දිනමිණ*, 1996 මාර්තු 18, පි. 1.", RefKind.ARTICLE, None, 1996),
    ("“නව ක්‍රීඩාංගනය විවෘත කෙරේ,” *ලංකාදීප*, 2011 ජූලි 4, පි. 3.", RefKind.ARTICLE, None, 2011),
    # an act by its year and number, Sinhala "නීතිය" (law) and "පනත" (act), Tamil "சட்டம்"
    ("1973 අංක 25 දරන ක්‍රීඩා නීතිය, 32 වන වගන්තිය.", RefKind.REPORT, "ක්‍රීඩා නීතිය", 1973),
    ("1978 අංක 16 දරන විශ්වවිද්‍යාල පනත, 5 වන වගන්තිය.", RefKind.REPORT, "විශ්වවිද්‍යාල පනත", 1978),
    (
        "1978 ஆம் ஆண்டின் 16 ஆம் இலக்க பல்கலைக்கழகங்கள் சட்டம், பிரிவு 5.",
        RefKind.REPORT,
        "பல்கலைக்கழகங்கள் சட்டம்",
        1978,
    ),
    # a ministry's report, its word in the title
    (
        "අධ්‍යාපන අමාත්‍යාංශය, *පාසල් ක්‍රීඩා පිළිබඳ ජනාධිපති කාරක සභා වාර්තාව*, වාර්ෂික පත්‍රිකා"
        " අංක IV (කොළඹ: රජයේ මුද්‍රණ දෙපාර්තමේන්තුව, 2004), පි. 17.",
        RefKind.REPORT,
        "පාසල් ක්‍රීඩා පිළිබඳ ජනාධිපති කාරක සභා වාර්තාව",
        2004,
    ),
    (
        "சுகாதார அமைச்சு, *பாடசாலை விளையாட்டு அறிக்கை* (கொழும்பு: அரசாங்க அச்சகம், 2010), ப. 4.",
        RefKind.REPORT,
        "பாடசாலை விளையாட்டு அறிக்கை",
        2010,
    ),
    # ... a book stays one
    (
        "නිමල් පෙරේරා, *ශ්‍රී ලංකා ක්‍රිකට් ඉතිහාසය* (කොළඹ: ගොඩගේ, 2010), පි. 45.",
        RefKind.BOOK,
        "ශ්‍රී ලංකා ක්‍රිකට් ඉතිහාසය",
        2010,
    ),
]


@pytest.mark.parametrize(("text", "kind", "title", "year"), KINDS)
def test_kinds(text: str, kind: RefKind, title: str | None, year: int) -> None:
    ref = _parse(text)
    assert (ref.kind, ref.year) == (kind, year)
    if title is not None:
        assert ref.title == title


ACCESSED = [
    (
        "ශ්‍රී ලංකා පාසල් ක්‍රිකට් සංගමය, “මහා තරග දින දර්ශනය,”"
        " https://slsca.example.org/maha-tharaga (ප්‍රවේශ වූයේ 2026 මාර්තු 2).",
        "2026-03-02",
    ),
    ("සංගමය, “පිටුව,” https://x.example.org/a (ප්‍රවේශ වූ දිනය 2025 ජනවාරි 15).", "2025-01-15"),
]


@pytest.mark.parametrize(("text", "accessed"), ACCESSED)
def test_access_date(text: str, accessed: str) -> None:
    ref = _parse(text)
    assert (ref.kind, str(ref.access_date), ref.year) == (RefKind.WEB, accessed, None)


def test_editor_mark() -> None:
    ref = _parse("නිමල් පෙරේරා (සංස්.), *ශ්‍රී ලංකා ක්‍රිකට් ඉතිහාසය* (කොළඹ: ගොඩගේ, 2010), පි. 45.")
    assert (ref.authors, ref.editors) == ((), ("නිමල් පෙරේරා",))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("1973 අංක 25 දරන ක්‍රීඩා නීතිය", ["අංක", "දරන", "ක්\u200dරීඩා", "නීතිය"]),
        ("ശാസ്ത്ര\u200dജ്ഞന്\u200d", ["ശാസ്ത്ര\u200dജ്ഞന്\u200d"]),
        ("همان\u200cجا است", ["همان\u200cجا", "است"]),
    ],
)
def test_joiners_inside_words(text: str, words: list[str]) -> None:
    assert re.findall(WORD_WITH_MARKS, text) == words


_DOC = """# ලිපිය

පළමු වාක්‍යය.[^1] දෙවන.[^2] තෙවන.[^3] සිව්වන.[^4] පස්වන.[^5]

[^1]: ප්‍රදීප් ජයසූරිය, “මහා තරග සංස්කෘතිය: සමාජ ඉතිහාසය,” *සමාජ විද්‍යා සඟරාව* 12, අංක 1 (2020): 33–58.
[^2]: එම කෘතිය, පි. 40.
[^3]: Michael Roberts, *Essaying Cricket* (Colombo: Vijitha Yapa, 2006), 112.
[^4]: ජයසූරිය, “මහා තරග සංස්කෘතිය,” පි. 41.
[^5]: එම වසරේ තරග නොපැවැත්විණි.
"""


def test_repeats(tmp_path: Path) -> None:
    """ "එම කෘතිය" repeats the note before, a short note its full one; "එම වසරේ …" (that
    year) is prose."""
    path = tmp_path / "si.md"
    path.write_text(_DOC, encoding="utf-8")
    notes = parse_file(path).footnotes
    full = "මහා තරග සංස්කෘතිය: සමාජ ඉතිහාසය"
    got = [(n.reference.kind, n.reference.title) for n in notes]
    assert got == [
        (RefKind.ARTICLE, full),
        (RefKind.ARTICLE, full),
        (RefKind.BOOK, "Essaying Cricket"),
        (RefKind.ARTICLE, full),
        (RefKind.COMMENTARY, None),
    ]
