"""Treaties of states and the Holy See, and papal documents named by their genre.

Church and religious histories cite the acts that ordered a church's place in a state as
they were printed in an official gazette (the Holy See's *Acta Apostolicae Sedis*, a
state's *Diário do Governo*): ``«Acordo Missionário entre a Santa Sé e a República
Portuguesa», 7 de maio de 1940, *Acta Apostolicae Sedis* 32 (1940): 235–244.``, ``Concordat
between the Holy See and the Republic of Poland, 28 July 1993, AAS 90 (1998): 310–329.``
The gazette stands where a journal would, but the work is an official document, a
``report`` by the corpus conventions (tests/corpus/README.md), as an act is
(:mod:`.legal_kind`).  :func:`treaty_title` tells such a title: a treaty's word
(agreement, concordat, treaty, convention, accord, in the languages of the field) first,
then two parties, one of them a state, a government or the Holy See.

A pope's document is cited by its Latin incipit and then its genre: ``Pio XII, *Saeculo
exeunte octavo*, carta encíclica, 13 de junho de 1940``, ``Leo XIII, *Rerum novarum*,
encyclical letter, 15 May 1891``, ``Pie XI, *Mit brennender Sorge*, lettre encyclique``.
:func:`genre_named_after` tells the genre written as the element after the title.

A GOST, DSTU or ISBD list heads the document by the pope's name and regnal numeral and gives
the genre as other title information after a colon: ``Pius XII. Orientales omnes Ecclesias :
litterae encyclicae // Acta Apostolicae Sedis. 1946. Vol. 38.``, ``Іван Павло II. Orientale
lumen : апостольський лист. Львів : Свічадо, 1995.``  :func:`papal_heading` reads the pope
as the author and the incipit alone as the title.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["church_act_kind", "genre_named_after", "papal_heading", "treaty_title"]

# a treaty's word opening the title, then "between"/"entre"/"zwischen"/"tra"/"między"
_TREATY = lazy_compile(
    r"^(?:(?:Solemn|Missionary|Supplementary)\s)?"
    r"(?:Agreement|Concordat|Treaty|Convention|Accord|Acordo|Acuerdo|Concordata|Tratado"
    r"|Convenção|Convenio|Convenzione|Accordo|Trattato|Konkordat|Vertrag|Abkommen"
    r"|Übereinkommen|Vereinbarung|Traité|Umowa|Traktat)\b"
    r"[^,;:]{0,80}?\s(?:between|entre|zwischen|tra|fra|między|mezi)\s",
    re.IGNORECASE,
)
# one of the parties: the Holy See, a state, a republic, a kingdom, a government
_PARTY = lazy_compile(
    r"\b(?:Holy\sSee|Santa\sSé|Santa\sSede|Saint-Siège|Heiligen\sStuhl|Stolic[ąa]\sApostolsk"
    r"|Apoštolským\sstolcem|Republi[ck]|República|République|Repubblica|Rzecz[ąa]?pospolit"
    r"|Kingdom|Reino|Royaume|Königreich|Regno|Government|Governo|Gobierno|Gouvernement"
    r"|Regierung|Freistaat|State\sof|Estado|État|Stato)",
    re.IGNORECASE,
)
# the genre of a pope's (or a bishop's) document, as the element after its title
_GENRE = lazy_compile(
    r"(?:(?:carta|lettera|lettre|list)\s)?(?:encíclica|enciclica|encyclique|encyklika"
    r"|encyclical(?:\sletter)?|Enzyklika|Rundschreiben)"
    r"|(?:apostolic|apostólica|apostolica|apostolique|apostolsk[aie])\s(?:exhortation"
    r"|constitution|letter)"
    r"|(?:exortação|exhortación|esortazione|exhortation|adhortacja)\sapost[óo]lic[ao]?"
    r"|(?:constituição|constitución|costituzione|constitution|konstytucja)\sapost[óo]lic[ao]?"
    r"|Apostolisches\sSchreiben|Apostolische\sKonstitution|motu\sproprio|bula|bolla|bulle"
    r"|bull|carta\spastoral|lettera\spastorale|lettre\spastorale|pastoral\sletter|Hirtenbrief"
    r"|list\spasterski",
    re.IGNORECASE,
)
_TAKEN = frozenset({RefKind.ARTICLE, RefKind.UNKNOWN, RefKind.BOOK, RefKind.WEB})

# a pope's name as a heading, in Latin, English, Italian, French, German, Polish, Spanish,
# Portuguese, Ukrainian, Russian, Belarusian and Bulgarian, then the regnal numeral
_POPE = (
    r"(?:Pius|Pio|Pío|Pie|Leo|Leone|León|Léon|Leão|Leon|Benedictus|Benedict|Benedetto|Benoît"
    r"|Benedikt|Benedykt|Benedicto|Bento|Gregorius|Gregory|Gregorio|Gregório|Grégoire|Gregor"
    r"|Grzegorz|Ioannes\sPaulus|John\sPaul|Giovanni\sPaolo|Jean-Paul|Johannes\sPaul"
    r"|Jan\sPaweł|Juan\sPablo|João\sPaulo|Ioannes|John|Giovanni|Jean|Johannes|Juan|João"
    r"|Paulus|Paul|Paolo|Paweł|Pablo|Paulo|Clemens|Clement|Clemente|Clément|Klemens"
    r"|Innocentius|Innocent|Innocenzo|Innozenz|Innocenty|Urbanus|Urban|Urbano|Urbain"
    r"|Пій|Пий|Лев|Леў|Лъв|Бенедикт|Бенедыкт|Бэнэдыкт|Григорій|Григорий|Грыгорый"
    r"|Іван\sПавло|Іоанн\sПавло|Иоанн\sПавел|Ян\sПавел|Йоан\sПавел|Іван|Іоанн|Иоанн|Йоан"
    r"|Павло|Павел|Климент|Клімент|Інокентій|Иннокентий|Урбан)"
)
# the genre as other title information after GOST's or ISBD's colon: the church's Latin and
# the East Slavic and Bulgarian words, besides :data:`_GENRE`'s
_HEADED_GENRE = (
    r"(?:(?:litterae|epistula|epistola)\s(?:encyclicae|encyclica|apostolicae|apostolica"
    r"|pastorales|pastoralis)|constitutio\sapostolica|adhortatio\sapostolica"
    r"(?:\spostsynodalis)?|bulla|nuntius(?:\sradiophonicus)?"
    r"|енцикліка|энциклика|енцыкліка|енциклика"
    r"|апостольськ\w{1,3}\s(?:лист|послання|адгортаці\w{1,2}|конституці\w{1,2}|заклик)"
    r"|апостольск\w{1,3}\s(?:послание|письмо|обращение|увещание|конституция)"
    r"|апостолическ\w{1,3}\s(?:послание|писмо|увещание|конституция)"
    r"|апостальск\w{1,3}\s(?:ліст|пасланне|адгартацыя|канстытуцыя)"
    rf"|{_GENRE.pattern})"
)
_PAPAL_HEADING = lazy_compile(
    rf"^\W*(?P<pope>{_POPE}\s(?-i:[IVX]{{1,5}}))\.\s(?P<title>[^\W\d_][^:/]{{1,200}}?)\s?:\s"
    rf"(?:{_HEADED_GENRE})(?=$|[\s.,;:/])",
    re.IGNORECASE,
)


def treaty_title(title: str | None) -> bool:
    """Does ``title`` name a treaty of a state, a government or the Holy See with another
    party (``Acordo Missionário entre a Santa Sé e a República Portuguesa``)?"""
    if not title:
        return False
    text = " ".join(title.strip(" «»“”\"'*_").split())
    found = _TREATY.match(text)
    return found is not None and _PARTY.search(text, found.end()) is not None


def genre_named_after(text: str, title: str | None) -> bool:
    """Does ``text`` name a church document's genre as the element right after ``title``
    (``*Saeculo exeunte octavo*, carta encíclica, 13 de junho de 1940``)?"""
    if not title or len(title) < 3:
        return False
    flat = " ".join(text.split())
    at = flat.find(title)
    if at < 0:
        return False
    rest = flat[at + len(title) :].lstrip(" *_»”\"'")
    if not rest.startswith((",", ".", ";")):
        return False
    element = rest[1:].strip()
    found = _GENRE.match(element)
    return found is not None and (found.end() == len(element) or element[found.end()] in ",.;:(")


def church_act_kind(ref: Reference, text: str) -> Reference:
    """``ref`` a ``report`` when it is a treaty of a state or the Holy See, or a church
    document named by its genre after its title, read as an article, a book, a web page or
    no kind (a book with its publisher is a book about it).  (One read as a web page that
    designates its medium, GOST's "[Electronic resource]", is a web page still:
    :mod:`.medium_designator`.)"""
    if ref.kind not in _TAKEN or (ref.kind is RefKind.BOOK and ref.publisher):
        return ref
    if treaty_title(ref.title) or genre_named_after(re.sub(r"[*_]", "", text), ref.title):
        return dataclasses.replace(ref, kind=RefKind.REPORT)
    return ref


def papal_heading(ref: Reference, text: str) -> Reference:
    """``ref`` by the pope a GOST, DSTU or ISBD entry heads with his name and regnal numeral,
    titled by the incipit before the genre's colon (``Leo XIII. Rerum novarum : litterae
    encyclicae // Acta Apostolicae Sedis …`` -> ``Leo XIII``, ``Rerum novarum``), a ``report``
    where it was read as an article, no kind or a book without its publisher."""
    found = _PAPAL_HEADING.match(" ".join(re.sub(r"[*_]", "", text).split()))
    if found is None:
        return ref
    ref = dataclasses.replace(
        ref, authors=(found.group("pope"),), title=found.group("title").strip(" ,.")
    )
    if ref.kind in _HEADED_TAKEN and not (ref.kind is RefKind.BOOK and ref.publisher):
        ref = dataclasses.replace(ref, kind=RefKind.REPORT)
    return ref


# (a web page of the document's text stays one: the corpus keys vatican.va's pages either way)
_HEADED_TAKEN = frozenset({RefKind.ARTICLE, RefKind.UNKNOWN, RefKind.BOOK})
