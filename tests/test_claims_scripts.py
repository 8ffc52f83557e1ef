"""Claims in every script: a sentence starts after a sentence end (that script's own mark
too) and a space, at a letter that starts sentences in its script: a capital where the
script has case, any letter where it has none.  Abbreviations and initials still do not
split.  Own text."""

from __future__ import annotations

import pytest

from bibcheck.model import ClaimKind, TextBlock
from bibcheck.parse.claim_text import _BOUNDARY, claim_at, sentence_start
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # cased scripts: a capital starts the sentence
        ("Η πρώτη πρόταση εδώ. Η δεύτερη πρόταση μετρά", "Η δεύτερη πρόταση μετρά"),
        ("Γιατί αλλάζει ο καιρός; Η απάντηση δόθηκε", "Η απάντηση δόθηκε"),  # ASCII ;
        ("Γιατί αλλάζει ο καιρός\u037e Η απάντηση δόθηκε", "Η απάντηση δόθηκε"),  # U+037E
        ("Το νερό βράζει· το μέταλλο όχι", "Το νερό βράζει· το μέταλλο όχι"),  # ano teleia
        ("Ο καιρός άλλαξε, π.χ. στη Θεσσαλία", "Ο καιρός άλλαξε, π.χ. στη Θεσσαλία"),
        ("Εισαγωγή. Ο Γ. Νικολάου μέτρησε τη βροχή", "Ο Γ. Νικολάου μέτρησε τη βροχή"),
        ("Εισαγωγή. Βλ. σ. 40 για τον πίνακα", "Βλ. σ. 40 για τον πίνακα"),
        ("Ճանապարհը երկար էր։ Գյուղը հեռու է", "Գյուղը հեռու է"),  # Armenian ։
        ("Ճանապարհը երկար էր: Գյուղը հեռու է", "Գյուղը հեռու է"),  # written as ":"
        ("Ճանապարհը երկար էր, գյուղը հեռու է", "Ճանապարհը երկար էր, գյուղը հեռու է"),
        ("First part. Second part here", "Second part here"),
        ("Первая часть. Вторая часть", "Вторая часть"),
        ("Ratio was 3; Then it fell", "Ratio was 3; Then it fell"),  # ; is not English end
        ("See note: Then more", "See note: Then more"),  # : is not an English end
        # uncased scripts: any letter starts the sentence
        ("המדידה הראשונה נעשתה בבוקר. המדידה השנייה נעשתה בערב", "המדידה השנייה נעשתה בערב"),
        ("القياس الأول كان صباحا. القياس الثاني كان مساء", "القياس الثاني كان مساء"),
        ("هل تغير المناخ؟ نعم تغير كثيرا", "نعم تغير كثيرا"),
        ("اندازه اول صبح بود. اندازه دوم عصر بود", "اندازه دوم عصر بود"),
        ("پہلی پیمائش صبح ہوئی۔ دوسری پیمائش شام کو ہوئی", "دوسری پیمائش شام کو ہوئی"),
        ("पहला माप सुबह लिया गया। दूसरा माप शाम को", "दूसरा माप शाम को"),
        ("პირველი გაზომვა დილით. მეორე გაზომვა საღამოს", "მეორე გაზომვა საღამოს"),
        ("第一次测量在早上。第二次测量在晚上", "第二次测量在晚上"),
        ("最初の測定は朝でした。二回目は夜です", "二回目は夜です"),
        ("첫 번째 측정은 아침이었다. 두 번째는 저녁이었다", "두 번째는 저녁이었다"),
        ("雨が降りましたか？はい、降りました", "はい、降りました"),
        # Latin and Cyrillic keep lowercase continuations and abbreviations together
        ("Trade grew, e.g. in wheat", "Trade grew, e.g. in wheat"),
        ("It rose. and then fell", "It rose. and then fell"),
    ],
)
def test_claim_is_the_last_sentence_in_its_script(text: str, claim: str) -> None:
    found = claim_at(TextBlock(text, ((0, 1),)), len(text))
    assert (found.kind, found.text) == (ClaimKind.SENTENCE, claim)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Μία πρόταση. «Η δεύτερη» εδώ", "«Η δεύτερη» εδώ"),
        ("משפט אחד. (משפט שני) כאן", "(משפט שני) כאן"),
        ("一句话。「第二句」在这里", "「第二句」在这里"),
        ("Πρώτη. 1990 ήταν το έτος", "1990 ήταν το έτος"),
    ],
)
def test_sentence_starts_after_an_opening_quote_or_a_digit(text: str, start: str) -> None:
    assert text[sentence_start(text) :] == start


def test_thai_has_no_sentence_end_mark_so_the_claim_is_the_whole_run() -> None:
    text = "การวัดครั้งแรกตอนเช้า การวัดครั้งที่สองตอนเย็น"
    assert claim_at(TextBlock(text, ((0, 1),)), len(text)).text == text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(lambda n: "α; " * (n // 3) + "x", id="greek-semicolons"),
        pytest.param(lambda n: "ա: " * (n // 3) + "x", id="armenian-colons"),
        pytest.param(lambda n: "。" * n + "x", id="cjk-stops"),
        pytest.param(lambda n: "。”" * (n // 2) + "x", id="cjk-stops-quotes"),
        pytest.param(lambda n: "א. " * (n // 3), id="hebrew-letters"),
        pytest.param(lambda n: ";" + '"' * n + "x", id="semicolon-quotes"),
        pytest.param(lambda n: "a;" * (n // 2) + "x", id="letter-semicolons"),
        pytest.param(lambda n: ".؟।" * (n // 3) + " x", id="mixed-stops"),
        pytest.param(lambda n: "。" + " " * n + "x", id="cjk-stop-spaces"),
    ],
)
def test_boundaries_are_linear(text: object) -> None:
    assert_linear(lambda t: [m.span() for m in _BOUNDARY.finditer(t)], text)  # type: ignore[arg-type]
