"""fix75k: a byline's affiliation marks (Unicode ``¹ ²`` or ``<sup>1</sup>`` after the names)
are no citations, also when the first address names no institution word the reader knows
(a company, a "Laboratuvarı", an "Atelier") and only a later one does: the addresses next
to a known one are read both ways, upwards as well as downwards.  A superscript after a
name in the body still cites."""

from __future__ import annotations

import pytest

from bibcheck.readers.supmarkdown import read as read_sup

TITLE = "# Nem ve verim üzerine bir derleme\n\n"
BODY = (
    "\n**Özet.** Bu derleme kurak ve yağışlı yıllarda verimi özetler.\n"
    "\n## Giriş\n\nKurak yıllarda verim düşer<sup>1</sup>, yağışlı yıllarda daha az<sup>2</sup>.\n\n"
    "## Kaynaklar\n\n1. Kara H. Kuraklık ve mısır. Tarım Derg. 2011;3:1-9.\n"
    "2. Ak K. Sel ve buğday. Tarla Bit Derg. 2014;7:2-8.\n"
)
BYLINES = [
    pytest.param(
        "**Elif Aydın¹, Murat Koç²**\n\n"
        "¹ Kuzey Tohum Analiz Laboratuvarı, Bursa\n"
        "² Karadeniz Üniversitesi Ziraat Fakültesi, Trabzon\n",
        id="tr-unicode-first-address-unknown",
    ),
    pytest.param(
        "**Elif Aydın<sup>1</sup>, Murat Koç<sup>2</sup>**\n\n"
        "<sup>1</sup> Anadolu Süt Ürünleri A.Ş., Konya\n"
        "<sup>2</sup> Selçuk Üniversitesi Gıda Mühendisliği Bölümü, Konya\n",
        id="tr-sup-company-first",
    ),
    pytest.param(
        "Claire Morel¹, Paul Girard¹ ²\n\n"
        "¹ Atelier de conservation, Lyon\n"
        "² Université de Nantes, Nantes\n",
        id="fr-atelier-first",
    ),
    pytest.param(
        "Jonas Weber<sup>1</sup>, Lena Roth<sup>2</sup>, Uwe Kranz<sup>3</sup>\n\n"
        "<sup>1</sup> Brauerei Altstadt GmbH, Bamberg\n"
        "<sup>2</sup> Weinbau Mosel eG, Trier\n"
        "<sup>3</sup> Hochschule Geisenheim, Geisenheim\n",
        id="de-two-unknown-above",
    ),
    pytest.param(
        "Ana Ruiz<sup>1</sup>, Luis Vega<sup>2</sup>\n\n"
        "<sup>1</sup> Bodega del Sur, Jerez\n\n"
        "<sup>2</sup> Universidad de Cádiz, Cádiz\n",
        id="es-blank-line-between",
    ),
]


@pytest.mark.parametrize("byline", BYLINES)
def test_affiliation_marks_are_no_citations(byline: str) -> None:
    text = TITLE + byline + BODY
    doc = read_sup(text)
    at = text[: text.index("Kurak")].count("\n") + 1
    assert [(m.label, m.line) for m in doc.markers] == [("1", at), ("2", at)]


def test_superscript_after_a_name_in_the_body_still_cites() -> None:
    # a name in a sentence, its superscript a note's call (a name ending in an ASCII letter
    # after a Turkish one, "Aydın", is no variable raised to a power)
    text = (
        TITLE
        + "## Giriş\n\nBu konu ilk kez Aydın<sup>1</sup> tarafından ele alındı; Koç<sup>2</sup> "
        "bunu sürdürdü.\n\n## Kaynaklar\n\n1. Aydın E. Nem. Tarım Derg. 2011;3:1-9.\n"
        "2. Koç M. Verim. Tarla Bit Derg. 2014;7:2-8.\n"
    )
    assert [m.label for m in read_sup(text).markers] == ["1", "2"]


NOTES = "\n\n## Kaynaklar\n\n1. Aydın E. Nem. Tarım Derg. 2011;3:1-9.\n"
CALLS = [
    # (sentence, is the superscript a call?)
    ("Bu yöntemi ilk Gül<sup>1</sup> önerdi.", True),
    ("Ölçümleri Öztürk<sup>1</sup> yaptı.", True),
    ("Die Methode stammt von Jürgen Böhm<sup>1</sup> selbst.", True),
    ("Η μέθοδος προτάθηκε από τον Παπαδάκη<sup>1</sup> πρώτα.", True),
    ("The area is 10 m<sup>2</sup> in all plots.", False),
    ("The variance is x<sup>2</sup> here.", False),
    ("The term *x*<sup>2</sup> dominates.", False),
    ("Diffusion is 10 µm<sup>2</sup> per second.", False),
    ("Diffusion is 10 μm<sup>2</sup> per second.", False),
]


@pytest.mark.parametrize(("sentence", "cites"), CALLS)
def test_a_word_ending_in_an_ascii_letter_is_no_base(sentence: str, cites: bool) -> None:
    text = "# T\n\n## Giriş\n\n" + sentence + " Sonra<sup>1</sup> tekrar." + NOTES
    labels = [m.column for m in read_sup(text).markers]
    assert len(labels) == (2 if cites else 1)
