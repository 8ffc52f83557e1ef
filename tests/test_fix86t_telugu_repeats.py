"""Telugu and Kannada notes repeating a work with a single word: ibid. ``అదే, పు. 4.`` /
``ಅದೇ, ಪು. 4.`` (the work of the note before) and op. cit. ``Author, పూర్వోక్త, పు. 9.`` /
``ಪೂರ್ವೋಕ್ತ`` (the author's earlier note), as Hindi ``वही`` / ``पूर्वोक्त`` are read; with
their comma or stop only, as the words are prose too.  Own invented fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.parse.references import repeat
from bibcheck.parse.references.repeat import find_repeats
from tests.test_regex_growth import assert_linear

FULL = [
    'శాస్త్రి, వెంకట రమణ, "కృష్ణా డెల్టాలో వరి సాగు", వ్యవసాయ పత్రిక 8, సం. 1 (2015): 10–22.',
    "Meera Iyengar, Dryland Farming in the Deccan (Pune: Orient, 2004), pp. 5–9.",
    "ಗೌಡ, ಮಂಜುನಾಥ, ಕೆರೆಗಳ ಇತಿಹಾಸ (ಮೈಸೂರು: ಪ್ರಸಾರಾಂಗ, 2011), ಪು. 33.",
]


@pytest.mark.parametrize(
    ("note", "kind", "target"),
    [
        ("అదే, పు. 14.", "ibid", 2),
        ("అదే. పేరా 3.", "ibid", 2),
        ("ಅದೇ, ಪು. 40.", "ibid", 2),
        ("శాస్త్రి, పూర్వోక్త, పు. 18.", "op-cit", 0),
        ("Iyengar, పూర్వోక్త, పు. 7.", "op-cit", 1),
        ("ಗೌಡ, ಪೂರ್ವೋಕ್ತ, ಪು. 35.", "op-cit", 2),
    ],
    ids=["te-ibid", "te-ibid-stop", "kn-ibid", "te-op-cit", "te-op-cit-latin", "kn-op-cit"],
)
def test_single_word_repeats(note: str, kind: str, target: int) -> None:
    rep = find_repeats([*FULL, note])[-1]
    assert rep is not None and (rep.kind, rep.target) == (kind, target)


@pytest.mark.parametrize(
    "note",
    [
        # (prose that opens with the words, no comma or stop after them)
        "అదే సంవత్సరం ప్రభుత్వం చెరువుల పునరుద్ధరణ ప్రారంభించింది.",
        "ಅದೇ ವರ್ಷ ಕೆರೆಗಳ ದುರಸ್ತಿ ಆರಂಭವಾಯಿತು.",
    ],
    ids=["te-prose", "kn-prose"],
)
def test_prose_is_no_repeat(note: str) -> None:
    rep = find_repeats([*FULL, note])[-1]
    assert rep is None or rep.kind != "ibid"


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "అదే " * (n // 4) + ",", id="ibid-runs"),
        pytest.param(lambda n: "శాస్త్రి " * (n // 9) + ", పూర్వోక్త", id="names"),
    ],
)
def test_words_are_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: repeat._IBID.match(text), line)
    assert_linear(lambda text: repeat._INDIC_OP_CIT.match(text), line)
