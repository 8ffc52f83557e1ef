"""The wrapped-host lines of a flush-left list take the capitals of every script the lists
are written in (bibcheck.readers.hostwrap uses the shared class, patterns.U): a Polish,
Czech, Slovak, Croatian or Greek editor's name after "In" or heading an imprint line is one."""

from __future__ import annotations

import pytest

from bibcheck.readers.hostwrap import goes_on, imprint_alone

# (line above, the line, goes on): the host's editors, their names opening with a capital
# of Latin Extended-A or Greek (guards: Latin-1 capitals, read before too)
GOES_ON = [
    ("Tytuł rozdziału.", "In Łukasiewicz, J. (ed.), Księga pamiątkowa", True),
    ("Název kapitoly.", "In Šimek, P. (ed.): Sborník příspěvků", True),
    ("Chapter title.", "In Ž. Novák (ed.), Collected papers", True),
    ("Naslov poglavlja.", "In Đ. Kovačević (ed.), Zbornik radova", True),
    ("Kapitel.", "Im Čapek, K. (Hg.): Sammelband", True),
    ("Τίτλος κεφαλαίου.", "In Ά. Παπαδόπουλος (ed.), Συλλογικός τόμος", True),
    ("Chapter title", "Śliwiński, M. & Nowak, A. (eds.): Book title", True),
    ("Chapitre.", "Dans É. Morel (dir.), Livre", True),  # guard
    ("Chapter.", "In Ö. Yılmaz (ed.), Book", True),  # guard
    ("A finished entry.", "Łukasiewicz, J. (2001). A new entry.", False),  # guard
]


@pytest.mark.parametrize(("prev", "line", "expected"), GOES_ON)
def test_host_lines(prev: str, line: str, expected: bool) -> None:
    assert goes_on(prev, line) is expected


# the body that heads the entry, named again as its imprint's publisher
def test_body_imprint_with_extended_capital() -> None:
    head = "Łódzkie Towarzystwo Naukowe (1999). Tytuł."
    assert imprint_alone("Łódzkie Towarzystwo Naukowe, Łódź.", head)
