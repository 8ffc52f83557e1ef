"""A public body as a work's publisher, and the work it issues as its report.

A government's ministry, department, office, agency, commission, bureau, treasury or
administration, its statistical office, or an intergovernmental organisation publishes
what it issues as a body: guidelines, guidance, standards, estimates, a strategy, an action
plan, a yearly edition (:func:`.reportkind.body_genre`).  Such a work, cited with the body as
its publisher, is the body's report, whoever wrote it and whether or not a report number
follows (a title that names the work a report, or a report number, makes it one
already: :func:`.reportkind.is_report`)::

    WHO. Guideline for the treatment of … Geneva: World Health Organization; 2021.
    World Health Organization. WHO manual on … Geneva: WHO; 2022.
    Smith, J. (2020). Guidance on appraisal. London: HM Treasury.
    Umweltbundesamt (Hrsg.). Leitfaden für … Dessau-Roßlau: Umweltbundesamt, 2021.
    厚生労働省. 『…ガイドライン』. 東京: 厚生労働省, 2019.

The publisher is read by general signs (:func:`public_publisher`), the words such bodies
call themselves by in the languages cited, never a list of particular bodies.  A press, a
publishing house or a university (``Brookings Institution Press``, ``MIT Press``,
``Clarendon Press``, ``OECD Publishing``) is no public body.

A public body's publication whose title names no genre stays what it was read as -- a
book (the corpus conventions, ``tests/corpus/README.md``: an agency's publication is a
report when its title or series calls it one; a historian's monograph a ministry publishes,
``Ortega Sanz, Title, Madrid, Ministerio de Agricultura, 1988``, is a book).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.own_imprint import names_itself
from bibcheck.parse.references.reportkind import body_genre, online_medium, public_body
from bibcheck.parse.references.shared import has_publisher_word

__all__ = ["EDITION", "author_published", "body_issued", "public_publisher", "publishing_house"]

# What a public body calls itself by, besides the ministries, agencies, authorities and
# commissions of :func:`.reportkind.public_body`: an office ("Government Accountability
# Office", "Office for National Statistics", "Publications Office of the European Union",
# "The Stationery Office"), a treasury ("HM Treasury"), an administration ("Social Security
# Administration"), a government ("Scottish Government", "Government of India"), a
# statistical office by its name ("Statistics Canada", "Statistik Austria", "Instituto
# Nacional de Estadística", "Istituto Nazionale di Statistica"), a German "Amt" and its
# compounds ("Umweltbundesamt", "Auswärtiges Amt"), a Spanish or Portuguese "Departamento",
# "Secretaría", a Russian federal service ("Федеральная служба …"), an intergovernmental
# organisation ("World Health Organization", "International Labour Organization", "United
# Nations", "Organisation for Economic Co-operation and Development"); a Japanese 省 or 庁
# (ministry, agency: 厚生労働省, 気象庁), a Chinese 部 or 局 (ministry, bureau: 教育部,
# 国家统计局), a Korean 부 or 청 (교육부, 통계청), each closing the name; a head of
# government's or of state's chancellery ("Kancelaria Prezesa Rady Ministrów", "Chancellery
# of the Prime Minister", "Bayerische Staatskanzlei", "Kancelář vlády", "Chancellerie
# fédérale", "Канцелярия …", "Regeringskansliet", "Valtioneuvoston kanslia"; a Polish
# "kancelaria" alone is a law firm's office)
_BODY_SIGN = lazy_compile(
    r"\b(?:Office|Treasury|Administration|Government|Departamento|Secretar[íi]a"
    r"|Kancelaria\s(?:Prezesa|Prezydenta|Sejmu|Senatu)|Chancellery|Canciller[íi]a"
    r"|Chancellerie\s(?:f[ée]d[ée]rale|d['’][ÉE]tat)|Kancelá[řr]\s(?:prezidenta|vlády|Senátu"
    r"|Poslanecké)|Канцеляри[яи]|Regeringskansliet|Valtioneuvoston\skanslia|Riigikantselei"
    r"|\w*(?:Staats|Senats|Bundes)kanzlei"
    r"|Amt|Statisti[ck]\s[A-Z][a-z]+|Statistics\s[A-Z][a-z]+"
    r"|(?:Institut[eo]?|Istituto|Instituut)\s[^,;:()]{0,40}?"
    r"(?:Statisti\w*|Estad[íi]stic\w*|Estat[íi]stic\w*)"
    r"|(?:World|International|Intergovernmental)\s(?:[A-Z][\w-]*\s){1,4}Organi[sz]ation"
    # (its name in French, Spanish, Portuguese, Italian, German: "Organisation mondiale de
    # la Santé", "Organización Mundial de la Salud", "Organização Mundial da Saúde",
    # "Organizzazione Mondiale della Sanità", "Weltgesundheitsorganisation")
    r"|Organi(?:sation|zaci[óo]n|zação|zzazione)\s(?i:mondiale|mundial|internationale"
    r"|internacional|internazionale)|Welt\w*organisation"
    r"|United\sNations|Organi[sz]ation\sfor\sEconomic\sCo-?operation"
    # (Maltese: the United Nations, an office, a government: "Nazzjonijiet Uniti",
    # "Uffiċċju …", "Gvern ta' Malta")
    r"|Nazzjonijiet\sUniti|Uffi[ċc][ċc]ju|Gvern"
    r"|Федеральн\w+\sслужб\w+)\b"
    r"|\b[A-ZÄÖÜ][a-zäöüß]{2,}amt\b"
    r"|(?<=[^\W\d_])(?<![版輯辑業业])(?:省|庁|部|局)$"
    r"|(?<=[가-힣])(?<!편집)(?:부|청)$"
)
# what keeps the publisher a publishing house, besides the words of
# :func:`.shared.has_publisher_word` ("Press", "Publishing", "Verlag", "University"): the
# Romance, Polish, Dutch, Nordic, Russian, Czech and Hungarian words, a university or college
# in its languages, and 出版 (publishing) or a university in a Chinese, Japanese or Korean name
_HOUSE = lazy_compile(
    r"(?i:editorial|editora|editore|[ée]ditions?|edizioni|ediciones|edicions|edições"
    r"|wydawnictwo|uitgeverij|forlag|förlag|издательство|nakladatelství|kiadó|universi\w*"
    r"|college|hochschule"
    # (Romanian "Editura …", South Slavic "Izdavačka kuća", "Založba", "Naklada", Baltic
    # "Kirjastus", "leidykla", "izdevniecība", Finnish "kustannus", Cyrillic "Видавництво",
    # "Издателство", "Издавачка", Turkish "Yayınları", "Yayınevi"; not the role's nouns
    # "nakladnik", "izdavač", which stand after a body's name as well: "Zavod za statistiku,
    # nakladnik")
    r"|editura|izdava[čc]k\w*|zalo[žz]ba|naklada\b|kirjastus|leidykla|izdevniec\w*|kustannus"
    r"|видавництв\w*|издателств\w*|издавачк\w*|yay[ıi]nlar[ıi]|yay[ıi]nevi)"
    # (Welsh "Gwasg …", Albanian "Botimet …", "Shtëpia botuese …": a press)
    r"|(?<!\w)(?i:gwasg|botime|botimet|shtëpia\sbotuese)(?!\w)"
    r"|出版|大学|大學|대학"
)
# the place before the publisher, when the publisher was read with it: "London: "
_PLACE = lazy_compile(r"^[^:;,]{1,40}:\s")
# an edition statement: a book's ("2nd ed.", "3. Aufl.", "Rev. ed.", "2e éd.")
EDITION = lazy_compile(
    r"\b\d{1,2}(?:st|nd|rd|th|e|\.)?\s(?:ed|edn|edition|Aufl|éd|edición)\b|\b[Rr]ev\.\sed\b"
)


def public_publisher(publisher: str | None) -> bool:
    """Does ``publisher`` name a public body (a ministry, department, office, agency,
    commission, bureau, treasury, administration, statistical office, an intergovernmental
    organisation) and no publishing house or university?"""
    if not publisher:
        return False
    name = _PLACE.sub("", " ".join(publisher.split()).strip(" .,;*_"))
    if not name or has_publisher_word(name) or _HOUSE.search(name):
        return False
    return public_body(name) or _BODY_SIGN.search(name) is not None


def publishing_house(publisher: str | None) -> bool:
    """Does ``publisher`` name a press, a publishing house or a university (``London:
    Sage``, ``Oxford University Press``, ``Madrid, Ediciones del Instituto``, ``Gwasg
    Gomer``), the place before it left aside?"""
    if not publisher:
        return False
    name = _PLACE.sub("", " ".join(publisher.split()).strip(" .,;*_"))
    return has_publisher_word(name) or _HOUSE.search(name) is not None


def author_published(authors: tuple[str, ...], publisher: str | None) -> bool:
    """Is ``publisher`` a public body among ``authors`` by the initials it goes by (``World
    Health Organization … Geneva: WHO``, ``Office for Health Improvement and Disparities;
    Food Standards Agency … London: OHID``), the publisher's own words naming no body?"""
    if not publisher:
        return False
    short = _PLACE.sub("", " ".join(publisher.split()).strip(" .,;*_"))
    return any(
        public_publisher(author) and names_itself(author, short) for author in authors if author
    )


def body_issued(ref: Reference) -> bool:
    """A work read as a book or of no kind, with a title and no host, that a public body
    publishes (:func:`public_publisher`; or its author does, the publisher its initials:
    :func:`author_published`) and whose title names what such a body issues
    (:func:`.reportkind.body_genre`), with no edition and no medium designator
    (``[Internet]``: a page of the body's site): the body's report."""
    return (
        ref.kind in (RefKind.BOOK, RefKind.UNKNOWN)
        and bool(ref.title)
        and ref.host is None
        and (public_publisher(ref.publisher) or author_published(ref.authors, ref.publisher))
        and body_genre(ref.title)
        and not online_medium(ref.raw)
        and EDITION.search(ref.raw) is None
    )
