"""Entries parted by blank lines: a short line that ends a sentence inside an entry ends no
entry (pdftotext -layout of a list typed with a blank line after each entry; fix63j)."""

from __future__ import annotations

import pytest

from bibcheck.readers.pdftext import read
from bibcheck.readers.spacedlist import blank_parted

_PROSE = (
    "Teams of four wrote one report each (Okafor & Lind, 2019). Earlier studies of shared effort\n"
    "(Brandt, 1988) and of timing in pairs (Soto et al., 2021) shaped the tasks, the scales\n"
    "followed Havel (1931), and the plan of evaluation followed Quist and Amadi (1979) closely.\n"
)

_EN = """\
Brandt, M. (1988). Effort and audience: How the presence of others changes the work of groups.
Journal of Applied Group Studies, 12(3), 201-219.

Havel, R. T. (1931). The measurement of attitudes in schools. Northbridge University Press.

Okafor, C. N., & Lind, E. (2019). Loafing in the classroom: A review of forty years of studies
and   a   model   of   effort.   Learning   and   Teams,   44(2),   77-104.
https://doi.org/10.5555/lt.2019.44.2.77

Quist, A. B., & Amadi, K. (1979). Planning the evaluation of school programmes in three regions.
Harbour Press.

Soto, L. M., Reyes, J., Tanaka, H., Berg, O. S., & Mwangi, D. (2021). Keeping time together
Helps: Paired Tapping and Shared Problem Solving.
Cognition Today, 9, 310-331. https://doi.org/10.5555/ct.2021.9.310

Zeller, P. K., & Novak, I. (2015). Rewards for groups and for their members compared in eleven
field studies of office work. Organizational Behaviour Quarterly, 30(1), 5-29.
"""

_DE = """\
Albers, K. (2004). Arbeitsteilung im Seminar: Wie Studierende Aufgaben untereinander verteilen.
Zeitschrift für Hochschuldidaktik, 18(2), 45-67.

Brenner, U., & Vogt, S. (2012). Gruppenarbeit und Leistung. Waxmann.

Dietrich, H. (1998). Anstrengung in Gruppen: Befunde aus zwanzig Jahren Forschung an Schulen
und   Hochschulen.   Psychologie   in   Erziehung,   45(1),   12-30.
https://doi.org/10.5555/pe.1998.45.1.12

Fuchs, R., Lang, M., & Oster, T. (2017). Gemeinsam lernen in kleinen Gruppen an drei Standorten
Im Vergleich: Eine Feldstudie.
Lernen und Lehren, 7, 101-118. https://doi.org/10.5555/ll.2017.7.101

Huber, J. (2009). Motivation und Rückmeldung in Lerngruppen der Oberstufe an Gymnasien in Bayern.
Beltz.
"""

_ES = """\
Arce, L. (2003). El esfuerzo compartido: Cómo trabajan los equipos de estudiantes universitarios.
Revista de Psicología Educativa, 21(4), 300-322.

Benítez, M., & Cruz, R. (2010). Equipos y rendimiento. Síntesis.

Cano, P. (1995). La pereza social en el aula: Revisión de veinte años de estudios y un modelo
de   esfuerzo.   Infancia   y   Aprendizaje,   70(2),   55-81.
https://doi.org/10.5555/ia.1995.70.2.55

Durán, E., Gil, F., & Mora, S. (2018). Aprender juntos en grupos pequeños de tres universidades
Andaluzas: Un estudio de campo.
Cultura y Educación, 30, 401-420. https://doi.org/10.5555/ce.2018.30.401

Espinosa, T. (2007). Motivación y retroalimentación en equipos de trabajo de bachillerato en Lima.
Graó.
"""


@pytest.mark.parametrize(
    ("heading", "entries", "count"),
    [("References", _EN, 6), ("Literatur", _DE, 5), ("Referencias", _ES, 5)],
    ids=["en", "de", "es"],
)
def test_blank_lines_part_the_entries(heading: str, entries: str, count: int) -> None:
    doc = read(f"Shared effort in seminar teams\n\n{_PROSE}\n{heading}\n\n{entries}")
    texts = [note.text for note in doc.literature]
    assert len(texts) == count, texts
    assert all(text[:1].isupper() and ", " in text[:30] for text in texts)


def _starts(line: str) -> bool:
    return line[:1].isupper() and ", " in line[:25] and "(" in line


@pytest.mark.parametrize(
    ("lines", "parted"),
    [
        (
            [
                "Ruiz, A. (1990). T.",
                "more.",
                "",
                "Vidal, L. (1991). U.",
                "",
                "Sáez, P. (1992).",
                "x",
            ],
            True,
        ),
        # a blank line after every line (raw pdftotext): no block of two lines
        (
            [
                "Ruiz, A. (1990). T.",
                "",
                "more.",
                "",
                "Vidal, L. (1991). U.",
                "",
                "Sáez, P. (1992).",
            ],
            False,
        ),
        # blank lines inside entries: the blocks do not start entries
        (
            [
                "Ruiz, A. (1990). T.",
                "more.",
                "",
                "and more.",
                "",
                "Vidal, L. (1991).",
                "x",
                "",
                "y.",
            ],
            False,
        ),
    ],
    ids=["parted", "every-line", "inside-entries"],
)
def test_blank_parted(lines: list[str], parted: bool) -> None:
    rows = [i for i, line in enumerate(lines) if line.strip()]
    assert blank_parted(lines, rows, _starts) is parted
