"""An act printed in the Official Journal of the European Union, the journal named in the
language of the text citing it (every official language of the Union, and the Communities'
journal before 2003), is a report as the corpus keys acts.  The acts, numbers and pages are
invented for this file."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference

ACTS = [
    (
        "Nariadenie Komisie (EÚ) č. 2031/2017 o označovaní ovčích syrov. In Úradný vestník"
        " Európskej únie, L 412, 3. 5. 2017, s. 7–9.",
        "sk",
    ),
    (
        "Nariadenie Rady (EHS) č. 1999/1991 o chránených názvoch. Úradný vestník Európskych"
        " spoločenstiev L 66, 1991, s. 3.",
        "sk-communities",
    ),
    (
        "Uredba Komisije (EU) 2031/2017 o označevanju ovčjih sirov. Uradni list Evropske unije"
        " L 412, 3. 5. 2017, str. 7–9.",
        "sl",
    ),
    (
        "A Bizottság (EU) 2031/2017 rendelete a juhsajtok jelöléséről. Az Európai Unió"
        " Hivatalos Lapja L 412., 2017. 5. 3., 7–9. o.",
        "hu",
    ),
    (
        "Regulamentul (UE) 2031/2017 al Comisiei privind etichetarea brânzeturilor de oaie."
        " Jurnalul Oficial al Uniunii Europene L 412, 3.5.2017, p. 7–9.",
        "ro",
    ),
    (
        "Kommissionens forordning (EU) 2031/2017 om mærkning af fåreost. Den Europæiske"
        " Unions Tidende L 412 af 3.5.2017, s. 7–9.",
        "da",
    ),
    (
        "Komission asetus (EU) 2031/2017 lampaanjuustojen merkinnöistä. Euroopan unionin"
        " virallinen lehti L 412, 3.5.2017, s. 7–9.",
        "fi",
    ),
    (
        "Regolament tal-Kummissjoni (UE) 2031/2017 dwar it-tikkettar tal-ġobon tan-nagħaġ."
        " Il-Ġurnal Uffiċjali tal-Unjoni Ewropea L 412, 3.5.2017, p. 7–9.",
        "mt",
    ),
    (
        "Κανονισμός (ΕΕ) 2031/2017 της Επιτροπής για την επισήμανση των πρόβειων τυριών."
        " Επίσημη Εφημερίδα της Ευρωπαϊκής Ένωσης L 412 της 3.5.2017, σ. 7–9.",
        "el",
    ),
    (
        "Регламент (ЕС) 2031/2017 на Комисията относно етикетирането на овчите сирена."
        " Официален вестник на Европейския съюз L 412, 3.5.2017, с. 7–9.",
        "bg",
    ),
    (
        "Règlement (CEE) n° 1999/1991 du Conseil relatif aux dénominations protégées."
        " Journal officiel des Communautés européennes L 66, 1991, p. 3.",
        "fr-communities",
    ),
]


@pytest.mark.parametrize("text", [t for t, _ in ACTS], ids=[i for _, i in ACTS])
def test_act_in_the_official_journal_is_a_report(text: str) -> None:
    assert parse_reference(text, [0], detect_styles=True).kind is RefKind.REPORT


# near misses: a journal article and a book that are not acts, with "journal" words about
LEFT = [
    (
        "Horváth, P. 2017. Ovčie syry na Slovensku. Mliekarstvo 48(2): 11–19.",
        RefKind.ARTICLE,
    ),
    ("Kovač, M. 2015. Zgodovina sirarstva. Ljubljana: Kmečki glas.", RefKind.BOOK),
]


@pytest.mark.parametrize(("text", "kind"), LEFT)
def test_other_entries_keep_their_kind(text: str, kind: RefKind) -> None:
    assert parse_reference(text, [0], detect_styles=True).kind is kind
