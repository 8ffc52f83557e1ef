"""PDF-to-text of a two-column page whose columns the converter set out of order: the
other column's markers stand before the first's.  A marker glued to a word with nothing
after it but a space (``inventory16 and``), mid-sentence, belongs to that moved run when
it stands in order with a neighbouring note's marker; a lone glued number out of order
with its neighbours stays text."""

from __future__ import annotations

import pytest

from bibcheck.readers.pdftext import read

FF = "\f"


def _document(head: str, body: str, notes: list[str]) -> str:
    numbered = "".join(f"{n} {text}\n" for n, text in enumerate(notes, start=1))
    return f"{head}\n\n{body}\n{numbered}\n1\n{FF}{head}\n\nEnd of the text.\n\n2\n{FF}"


EN_NOTES = [
    "Canal Trust, Annual Report 1921, p. 4.",
    "Canal Act 1888, s. 12.",
    "Lock keepers' diary, vol. 3, f. 9.",
    "Parish minutes, 4 April 1899.",
    "Toll tables of 1902, box 7.",
    "Boatmen's petition, 1903.",
]
FR_NOTES = [
    "Archives départementales, série S, carton 12.",
    "Loi du 5 août 1879, art. 3.",
    "Registre des éclusiers, vol. 2, f. 14.",
    "Délibérations du conseil, 3 mai 1890.",
    "Tarifs de 1895, liasse 4.",
    "Pétition des mariniers, 1896.",
]
DE_NOTES = [
    "Stadtarchiv, Bestand B, Nr. 17.",
    "Kanalgesetz von 1886, § 4.",
    "Schleusenbuch, Bd. 2, Bl. 21.",
    "Ratsprotokoll vom 2. Mai 1893.",
    "Zolltarif von 1897, Akte 5.",
    "Eingabe der Schiffer, 1898.",
]
RU_NOTES = [
    "Городской архив, ф. 12, оп. 3, д. 7.",
    "Устав о каналах 1887 г., ст. 5.",
    "Журнал смотрителя шлюза, т. 2, л. 11.",
    "Протокол думы от 4 мая 1894 г.",
    "Тарифы 1899 г., связка 6.",
    "Прошение судовщиков, 1900.",
]

EN_RUN_END = _document(
    "Canal Tolls",
    "Keepers should record the date of each repair\n"
    "in the lock book.5 They also kept the register6 and sent\n"
    "a copy to the Trust every quarter.\n"
    "The canal was run by the Trust from the\n"
    "start.1 The Canal Act gave it the tolls.2\n"
    "The keepers wrote daily,3 and the parish\n"
    "met each spring.4 Tolls rose slowly.",
    EN_NOTES,
)
EN_RUN_START = _document(
    "Canal Tolls",
    "Keepers should record the date of each repair\n"
    "in the lock book5 and send a copy to the\n"
    "Trust every quarter.6\n"
    "The canal was run by the Trust from the\n"
    "start.1 The Canal Act gave it the tolls.2\n"
    "The keepers wrote daily,3 and the parish\n"
    "met each spring.4 Tolls rose slowly.",
    EN_NOTES,
)
FR_RUN = _document(
    "Les péages du canal",
    "Les éclusiers notaient chaque réparation\n"
    "dans le registre.5 Ils tenaient aussi le carnet6 et\n"
    "envoyaient une copie chaque trimestre.\n"
    "Le canal était géré par la compagnie dès\n"
    "l'origine.1 La loi lui donnait les péages.2\n"
    "Les éclusiers écrivaient chaque jour,3 et le\n"
    "conseil se réunissait au printemps.4 Les tarifs montaient.",
    FR_NOTES,
)
DE_RUN = _document(
    "Kanalzölle",
    "Die Schleusenwärter notierten jede Reparatur\n"
    "im Schleusenbuch5 und schickten eine Abschrift\n"
    "jedes Vierteljahr an die Stadt.6\n"
    "Der Kanal wurde von Anfang an von der Stadt\n"
    "betrieben.1 Das Gesetz gab ihr die Zölle.2\n"
    "Die Wärter schrieben täglich,3 und der Rat\n"
    "tagte im Frühjahr.4 Die Zölle stiegen langsam.",
    DE_NOTES,
)
RU_RUN = _document(
    "Сборы на канале",
    "Смотрители записывали каждый ремонт\n"
    "в журнал.5 Они вели также реестр6 и посылали\n"
    "копию в думу каждый квартал.\n"
    "Канал с самого начала содержала\n"
    "городская управа.1 Устав дал ей сборы.2\n"
    "Смотрители писали ежедневно,3 а дума\n"
    "собиралась весной.4 Сборы росли медленно.",
    RU_NOTES,
)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(EN_RUN_END, ("6", 4), id="en-glued-marker-ends-the-run"),
        pytest.param(EN_RUN_START, ("5", 4), id="en-glued-marker-starts-the-run"),
        pytest.param(FR_RUN, ("6", 4), id="fr"),
        pytest.param(DE_RUN, ("5", 4), id="de"),
        pytest.param(RU_RUN, ("6", 4), id="ru"),
    ],
)
def test_glued_marker_of_a_moved_run_is_tied(text: str, want: tuple[str, int]) -> None:
    markers = sorted((m.label, m.line) for m in read(text).markers)
    assert want in markers
    assert [label for label, _ in markers] == ["1", "2", "3", "4", "5", "6"]


def test_glued_number_out_of_order_with_its_neighbours_stays_text() -> None:
    # "register6" stands before note 5's marker and far from the run: no marker of note 6
    text = _document(
        "Canal Tolls",
        "The register6 was lost in the flood.\n"
        "The canal was run by the Trust from the\n"
        "start.1 The Canal Act gave it the tolls.2\n"
        "The keepers wrote daily,3 and the parish\n"
        "met each spring.4 Tolls rose slowly\n"
        "until the war.5",
        EN_NOTES,
    )
    labels = [m.label for m in read(text).markers]
    assert labels == ["1", "2", "3", "4", "5"]
