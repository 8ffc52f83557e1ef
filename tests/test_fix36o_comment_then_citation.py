"""A note that opens with a sentence of comment and then cites a work after a lead-in
("... . See X, *Title* ...") in any language the lead-ins know parses the work cited; a note
of comment alone stays commentary."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("note", "title", "author"),
    [
        pytest.param(
            "Die Bänder sind beschädigt; einige wurden kopiert. Vgl. Hans Roth, "
            "*Volkslied im Rundfunk* (Kassel: Bärenreiter, 1988), 4.",
            "Volkslied im Rundfunk",
            "Hans Roth",
            id="de-vgl",
        ),
        pytest.param(
            "Handritin eru illa farin. Sjá Guðrún Jónsdóttir, *Saga prentlistar* "
            "(Reykjavík: Mál og menning, 1998), 40.",
            "Saga prentlistar",
            "Guðrún Jónsdóttir",
            id="is-sja",
        ),
        pytest.param(
            "Handritin eru illa farin. Sbr. Guðrún Jónsdóttir, *Saga prentlistar* "
            "(Reykjavík: Mál og menning, 1998), 40.",
            "Saga prentlistar",
            "Guðrún Jónsdóttir",
            id="is-sbr",
        ),
        pytest.param(
            "Bandene er slitne. Se Kari Holm, *Slåtter frå Telemark* (Oslo: Samlaget, 1977), 9.",
            "Slåtter frå Telemark",
            "Kari Holm",
            id="no-se",
        ),
        pytest.param(
            "Båndene er slidte. Jf. Jens Lund, *Danske viser* (København: Gyldendal, 1965), 2.",
            "Danske viser",
            "Jens Lund",
            id="da-jf",
        ),
        pytest.param(
            "Lindid on kahjustatud. Vt Mari Tamm, *Regilaul* (Tartu: Ülikool, 2005), 33.",
            "Regilaul",
            "Mari Tamm",
            id="et-vt",
        ),
        pytest.param(
            "Bondini eru skaddar. Sí Jógvan Poulsen, *Kvæði* (Tórshavn: Emil Thomsen, 1990), 5.",
            "Kvæði",
            "Jógvan Poulsen",
            id="fo-si",
        ),
        pytest.param(
            "Om dette, se Kari Holm, *Slåtter frå Telemark* (Oslo: Samlaget, 1977), 9.",
            "Slåtter frå Telemark",
            "Kari Holm",
            id="no-topic-se",
        ),
    ],
)
def test_comment_sentence_then_citation(note: str, title: str, author: str) -> None:
    ref = parse_reference(note, (1,), note=True)
    assert ref.title == title
    assert ref.authors == (author,)


@pytest.mark.parametrize(
    "note",
    [
        "Þetta er niðurstaða höfundar; hún byggir á töflunni hér að ofan.",
        "Dette er forfatterens egen vurdering. Se tabellen ovenfor.",
        "Se ha discutido mucho sobre esto. No hay consenso.",
    ],
)
def test_comment_alone_is_commentary(note: str) -> None:
    assert parse_reference(note, (1,), note=True).kind is RefKind.COMMENTARY
