"""Headings in more languages, LibreOffice's HTML notes, and redirects around cited links."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.readers.common import is_literature_heading
from bibcheck.urls import clean_url


@pytest.mark.parametrize(
    "heading",
    ["Βιβλιογραφία", "Riferimenti bibliografici", "Referências", "Seznam použité literatury",
     "Felhasznált irodalom", "Kirjallisuus", "Kaynakça"],
)  # fmt: skip
def test_literature_headings_in_more_languages(heading: str) -> None:
    assert is_literature_heading(f"## {heading}")


LIBREOFFICE = """<html><body>
<p>Теплові насоси поширюються<a class="sdfootnoteanc" name="sdfootnote1anc"
href="#sdfootnote1sym"><sup>1</sup></a> швидко.<a class="sdfootnoteanc" name="sdfootnote2anc"
href="#sdfootnote2sym"><sup>2</sup></a></p>
<div id="sdfootnote1"><p class="sdfootnote-western"><a class="sdfootnotesym"
name="sdfootnote1sym" href="#sdfootnote1anc">1</a>Коваль О. Теплові насоси. Київ : Наука, 2020.</p></div>
<div id="sdfootnote2"><p class="sdfootnote-western"><a class="sdfootnotesym"
name="sdfootnote2sym" href="#sdfootnote2anc">2</a>Мельник Т. Енергетика міст. Львів : Світ, 2019.</p></div>
</body></html>"""


def test_libreoffice_html_notes() -> None:
    doc = parse_bytes(LIBREOFFICE.encode(), "zvit.html")
    notes = {f.label: f.reference for f in doc.footnotes}
    assert set(notes) == {"1", "2"}
    assert notes["1"].title == "Теплові насоси" and notes["2"].year == 2019
    codes = {a.code for a in doc.all_anomalies()}
    assert C.MARKER_WITHOUT_DEFINITION not in codes


@pytest.mark.parametrize(
    ("written", "url"),
    [
        pytest.param("https://www.google.com/url?q=https://x.example.org/a&sa=D&source=editors"
                     "&ust=1&usg=AOv", "https://x.example.org/a", id="google-docs"),
        pytest.param("https://www.google.com/url?q=https%3A%2F%2Fx.example.org%2Fa%3Fb%3D1&sa=D",
                     "https://x.example.org/a?b=1", id="google-encoded"),
        pytest.param("https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fx.example"
                     ".org%2F&data=1", "https://x.example.org/", id="outlook"),
        pytest.param("https://www.google.com/search?q=dengue", "https://www.google.com/search?q=dengue",
                     id="a-search-is-no-redirect"),
    ],
)  # fmt: skip
def test_redirects_around_a_link_are_unwrapped(written: str, url: str) -> None:
    cleaned, repairs = clean_url(written)
    assert cleaned == url
    assert (C.URL_REDIRECT_UNWRAPPED in {code for code, _ in repairs}) is (cleaned != written)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        pytest.param("Disponível em: https://x.example.br/a. Acesso em: 10 mar. 2024.",
                     "2024-03-10", id="portuguese"),
        pytest.param("Dostupné z: https://x.example.cz/a [cit. 2022-03-15].", "2022-03-15",
                     id="czech-bracket"),
        pytest.param("https://x.example.nl/a, geraadpleegd 2 oktober 2023.", "2023-10-02",
                     id="dutch"),
        pytest.param("https://x.example.it/a (consultato il 3 maggio 2021).", "2021-05-03",
                     id="italian"),
        pytest.param("https://x.example.tr/a (erişim tarihi: 12.03.2023).", "2023-03-12",
                     id="turkish"),
    ],
)  # fmt: skip
def test_access_dates_in_more_languages(text: str, when: str) -> None:
    from bibcheck.parse.references.fields import find_access_date

    found = find_access_date(text)
    assert found is not None and found.value is not None and found.value.isoformat() == when


NEWSLETTER = """\
[Webbversion](https://kalle.substack.com/p/rantor?utm_source=email)

# Räntorna och hyrorna

Hyrorna steg med 8 procent enligt [SCB:s rapport](https://www.scb.example.se/hyror-2024).
Se även mitt [tidigare inlägg](https://kalle.substack.com/p/bolan) om bolån.

[Prenumerera](https://kalle.substack.com/subscribe?utm_medium=email) ·
[Dela](https://kalle.substack.com/p/rantor?utm_source=share&action=share) ·
[Kommentera](https://kalle.substack.com/p/rantor/comments)
"""


def test_a_newsletters_own_buttons_in_any_language_are_no_citations() -> None:
    doc = parse_bytes(NEWSLETTER.encode(), "rantor.md")
    assert [f.reference.url for f in doc.footnotes] == ["https://www.scb.example.se/hyror-2024"]


ITALIAN = """\
Il ponte fu completato nel 1592.<ref>{{Cita libro|autore=Mario Rossi|autore2=Lucia Neri|titolo=Ponti di Venezia|editore=Marsilio|città=Venezia|anno=1998|p=45}}</ref>
La pietra veniva dall'Istria.<ref>{{Cita pubblicazione|cognome=Bianchi|nome=Anna|titolo=La pietra d'Istria|rivista=Ateneo Veneto|anno=2004|doi=10.1234/av.2004.1}}</ref>
Mostovi Kyieva.<ref>{{Книга|автор=Коваль О.|назва=Мости Києва|місце=Київ|видавництво=Наукова думка|рік=2011}}</ref>

== Note ==
<references/>
"""


def test_italian_and_ukrainian_cite_templates() -> None:
    doc = parse_bytes(ITALIAN.encode(), "Ponte.wiki")
    refs = [f.reference for f in doc.footnotes]
    assert [(r.title, r.year) for r in refs] == [
        ("Ponti di Venezia", 1998),
        ("La pietra d'Istria", 2004),
        ("Мости Києва", 2011),
    ]
    assert refs[0].authors == ("Mario Rossi", "Lucia Neri")
    assert refs[1].doi == "10.1234/av.2004.1"


GREEK = """\
# Σίδηρος και θαλασσαιμία

**Ελένη Παππά<sup>1</sup>, Νίκος Ρήγας<sup>2</sup>**

<sup>1</sup> Μονάδα Μεσογειακής Αναιμίας, Γενικό Νοσοκομείο Βόλου
<sup>2</sup> Αιματολογική Κλινική, Πανεπιστημιακό Νοσοκομείο Πάτρας

## Εισαγωγή

Η φόρτωση σιδήρου είναι συχνή.<sup>1</sup> Η θεραπεία βελτιώθηκε.<sup>2</sup>

## Βιβλιογραφία

1. Taher AT, Saliba AN. Iron overload in thalassemia. Hematology. 2017;2017(1):265-71.
2. Porter JB. Pathophysiology of transfusional iron overload. Blood Rev. 2009;23(5):201-8.
"""


def test_affiliation_superscripts_in_a_greek_byline_are_no_notes() -> None:
    doc = parse_bytes(GREEK.encode(), "thalassaimia.md")
    cited = sorted((m.label, m.line) for f in doc.footnotes for m in f.markers)
    assert cited == [("1", 10), ("2", 10)]
    assert len(doc.literature) == 2


def test_a_caps_organisation_heads_a_note() -> None:
    from bibcheck.parse.references import parse_reference

    ref = parse_reference(
        "EUROPEAN BANKING AUTHORITY. Guidelines 02/2021 on outsourcing. Paris: EBA, 2021.",
        (1,),
        note=True,
    )
    assert (ref.authors, ref.title, ref.year) == (
        ("EUROPEAN BANKING AUTHORITY",),
        "Guidelines 02/2021 on outsourcing",
        2021,
    )
