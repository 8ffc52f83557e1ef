"""AsciiDoc's old footnoteref:[id,text] / footnoteref:[id]: numbered in text order."""

from __future__ import annotations

from bibcheck.manuscript import parse_bytes

DOC = """\
= Rundbrief 1/2024

== Förderung

Die Richtlinie wurde neu gefasst.footnote:[Siehe Mitteilung der Stiftung vom 3.1.2024.]
Das Land hat sie erlassen.footnoteref:[erlass,Runderlass des Ministeriums vom 12.12.2023,
MBl. NRW. 2023 S. 1544.] Anträge sind bis September zu
stellen.footnoteref:[erlass] Wir empfehlen eine Beratung.footnote:[Liste im
Mitgliederbereich.]
"""


def test_footnoteref_is_numbered_where_it_stands() -> None:
    doc = parse_bytes(DOC.encode(), "rundbrief.adoc")
    notes = {f.label: (f.line, sorted(m.line for m in f.markers)) for f in doc.footnotes}
    assert notes == {"1": (5, [5]), "2": (6, [6, 8]), "3": (8, [8])}
    second = next(f for f in doc.footnotes if f.label == "2")
    assert second.reference.raw.startswith("Runderlass des Ministeriums")
    assert "MBl. NRW. 2023" in second.reference.raw
