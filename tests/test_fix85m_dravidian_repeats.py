"""Repeat notes in Malayalam, Kannada and Telugu (and Tamil's "அதே கட்டுரை"): ibidem as
"the same" with a noun for the work ("അതേ കൃതി", "ಅದೇ ಗ್ರಂಥ", "అదే పుస్తకం") and op. cit.
as "quoted before" with such a noun after an author's name ("മുൻ ഉദ്ധരിച്ച ലേഖനം", "ಹಿಂದೆ
ಉಲ್ಲೇಖಿಸಿದ ಕೃತಿ", "పూర్వోక్త గ్రంథం"); prose that opens with the same words stays a full note."""

from __future__ import annotations

import pytest

from bibcheck.parse.references.repeat import find_repeats
from tests.growth import growth

_ML_BOOK = "പി. എസ്. നമ്പൂതിരി, ക്ഷേത്രകലകളുടെ ചരിത്രം (കോട്ടയം: ഡി സി ബുക്സ്, 1988), പുറം 12."
_ML_ARTICLE = "എൻ. ലതിക, “ചെണ്ടമേളത്തിന്റെ താളഘടന,” കലാപഠനം 4 (2010): 20–31."
_KN_BOOK = "ಎಂ. ಶಾಸ್ತ್ರಿ, ದೇವಾಲಯ ಸಂಗೀತ (ಮೈಸೂರು: ಗೀತಾ ಪ್ರಕಾಶನ, 1975), ಪು. 8."
_TE_BOOK = "కె. రావు, ఆలయ సంగీతం (హైదరాబాద్: విశాలాంధ్ర, 1980), పు. 6."
_TA_ARTICLE = "மு. செல்வம், “கோயில் இசையின் வரலாறு”, இசை இதழ் 3 (2001): 4–9."
_EN_OTHER = "Aditi Rao, Lamps of the Delta (Delhi: Penguin, 1999), 40."


@pytest.mark.parametrize(
    ("texts", "kind", "target", "locator"),
    [
        ([_ML_BOOK, "അതേ കൃതി, പുറം 40."], "ibid", 0, "40"),
        ([_ML_BOOK, "അതേ ഗ്രന്ഥം."], "ibid", 0, None),
        ([_ML_ARTICLE, "അതേ ലേഖനം, പുറം 22."], "ibid", 0, "22"),
        ([_KN_BOOK, "ಅದೇ ಕೃತಿ, ಪು. 9."], "ibid", 0, "9"),
        ([_TE_BOOK, "అదే గ్రంథం, పు. 11."], "ibid", 0, "11"),
        ([_TA_ARTICLE, "அதே கட்டுரை, ப. 5."], "ibid", 0, "5"),
        # op. cit. after a name in Malayalam letters (initials dropped), a note between
        ([_ML_ARTICLE, _EN_OTHER, "ലതിക, മുൻ ഉദ്ധരിച്ച ലേഖനം, പുറം 25."], "op-cit", 0, "25"),
        ([_ML_BOOK, _EN_OTHER, "പി. എസ്. നമ്പൂതിരി, മുകളിൽ ഉദ്ധരിച്ച കൃതി."], "op-cit", 0, None),
        # ... the old chillu (n + virama + ZWJ) as older typing writes it
        ([_ML_BOOK, _EN_OTHER, "നമ്പൂതിരി, മുന്\u200d ഉദ്ധരിച്ച ഗ്രന്ഥം, പുറം 3."], "op-cit", 0, "3"),
        # ... after a Latin name
        ([_EN_OTHER, _ML_BOOK, "Rao, മുൻപ് ഉദ്ധരിച്ച പുസ്തകം, പുറം 41."], "op-cit", 0, "41"),
        ([_KN_BOOK, _EN_OTHER, "ಶಾಸ್ತ್ರಿ, ಹಿಂದೆ ಉಲ್ಲೇಖಿಸಿದ ಕೃತಿ, ಪು. 12."], "op-cit", 0, "12"),
        ([_TE_BOOK, _EN_OTHER, "రావు, పూర్వోక్త గ్రంథం, పు. 14."], "op-cit", 0, "14"),
    ],
)
def test_dravidian_repeats(texts: list[str], kind: str, target: int, locator: str | None) -> None:
    rep = find_repeats(texts)[-1]
    assert rep is not None
    assert (rep.kind, rep.target, rep.locator) == (kind, target, locator)


@pytest.mark.parametrize(
    "text",
    [
        # prose that opens with the same words
        "അതേ വർഷം തന്നെ ക്ഷേത്രത്തിൽ പുതിയ മേളം തുടങ്ങി.",
        "അതേ കൃതിയിൽ മറ്റൊരു രാഗവും കാണാം.",
        "ಅದೇ ವರ್ಷ ದೇವಾಲಯದಲ್ಲಿ ಉತ್ಸವ ನಡೆಯಿತು.",
        "అదే సంవత్సరం ఆలయంలో ఉత్సవం జరిగింది.",
        # the verb with no noun for the work: a remark
        "ലതിക, മുൻ ഉദ്ധരിച്ച വാക്യം ശ്രദ്ധിക്കുക.",
        _EN_OTHER,
    ],
)
def test_dravidian_prose_is_no_repeat(text: str) -> None:
    assert find_repeats([_ML_BOOK, text])[-1] is None


@pytest.mark.parametrize("unit", ["പി. ", "നമ്പൂതിരി ", "ಎಂ. ", "అదే ", "മുൻ "])
def test_linear(unit: str) -> None:
    # runs of name parts and stops with no op. cit. words after them
    assert growth(lambda n: find_repeats([_ML_BOOK, unit * n + ", പുറം 4."]), 200, 800) < 6
