"""A treaty cited by its title as a body's publication: its ``report``.

The corpus conventions (``tests/corpus/README.md``, kinds of sources) file legislation and
treaties as ``report``.  A treaty cited with its dates or its treaty series is read by
:mod:`.legal`; cited as a book, by the body that adopted it and the place and year
(``UNESCO. Convention on the Protection of Sea Mills. Paris: UNESCO; 2003.``, ``Council of
Europe. European Convention on the Keeping of Lighthouses. Strasbourg: Council of Europe;
1991.``), it is read as a book and told here by its title:

* the title opens with the treaty's name -- a convention, treaty, agreement, protocol,
  covenant or pact, a few capitalised words before it (``United Nations``, ``International``,
  ``Vienna``, ``Additional``) -- then the word that says on what or between whom
  (``Convention on …``, ``Treaty of Lisbon``, ``Protocol to …``, ``Agreement between …``),
  in the languages such titles are printed in (``Convention sur …``, ``Convenio sobre …``,
  ``Convenzione per …``, ``Übereinkommen über …``, ``Konvention om …``, ``Verdrag inzake
  …``);
* no person wrote it: no author, or a body (a word naming one, its initials, the United
  Nations, the Council of Europe, a union, a conference).

A commentary on a treaty (``Tobin J. The Convention on the Rights of Lighthouse Keepers: A
Commentary. Oxford: Oxford University Press; 2019.``) is a person's book and keeps its kind.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.body_name import names_body

__all__ = ["adopted_treaty", "treaty_maker", "treaty_titled"]

# the treaty's name and the word after it, by language
_TREATY = (
    # (a numbered convention of a series: "Convention (IV) respecting …", "Protocol (II)
    # additional to …")
    r"(?:(?:Convention|Agreement|Protocol)\s(?:\([IVX]{1,5}\)\s)?(?:on|for|concerning|relating\sto|between"
    r"|establishing|against|respecting|regarding|to)"
    r"|(?:Treaty|Covenant|Charter)\s(?:on|of|for|concerning|relating\sto|between"
    r"|establishing|against)"
    r"|(?:Convention|Traité|Accord|Protocole|Pacte)\s(?:sur|relative?|concernant|pour|entre"
    r"|portant|instituant|de|d['’])"
    r"|(?:Convenio|Convención|Convenção|Tratado|Acuerdo|Acordo|Protocolo|Pacto)"
    r"\s(?:sobre|relativ[oa]|para|entre|constitutivo|de|do|da)"
    r"|(?:Convenzione|Trattato|Accordo|Protocollo|Patto)\s(?:su|sul|sulla|sui|sulle"
    r"|relativ[oa]|per|tra|fra|istitutivo|di|del|della)"
    r"|(?:Übereinkommen|Abkommen|Vertrag|Konvention|Protokoll|Pakt)\s(?:über|zum|zur"
    r"|zwischen|betreffend|gegen|von)"
    # (Nordic titles in lower case after an adjective: "Europeisk konvention om …")
    r"|(?:[Kk]onvention(?:en)?|[Oo]verenskomst(?:en)?|[ÖöOo]verenskommelse(?:n)?"
    r"|[Ff]ördrag(?:et)?|[Tt]raktat(?:en)?|[Aa]ftale(?:n)?|[Aa]vtale(?:n)?|[Aa]vtal(?:et)?)"
    r"\s(?:om|mellan|mellem|mellom|angående|vedrørende|till?|for|för)"
    r"|(?:Verdrag|Overeenkomst)\s(?:inzake|betreffende|tot|tussen|over|ter|voor|van)"
    # Esperanto: "Konvencio pri …", "Traktato de …", "Ĉarto de la Unuiĝintaj Nacioj"
    r"|(?:Konvencio|Traktato|Interkonsento|Protokolo|Pakto|Ĉarto)\s(?:pri|de|inter|kontraŭ"
    r"|por|rilate)"
    # the Balkans: Albanian "Konventa për …", "Marrëveshja ndërmjet …", "Traktati i …";
    # Greek "Σύμβαση για …"; Bulgarian and Macedonian "Конвенция за …", "Конвенција за …";
    # Serbian, Croatian and Bosnian "Konvencija o …", "Конвенција о …"; Romanian "Convenția
    # privind …", "Tratatul de …"
    r"|(?:Konventa|Marrëveshja|Traktati|Protokolli|Pakti|Karta)\s(?:për|mbi|ndërmjet|kundër"
    r"|e|i|të)"
    r"|(?:Σύμβαση|Συνθήκη|Συμφωνία|Πρωτόκολλο)\s(?:για|περί|σχετικά|των|της|του)"
    r"|(?:Конвенци(?:я|ја)|Договор|Споразум(?:ение)?|Протокол)\s(?:за|о|об|относно|срещу)"
    r"|(?:Konvencija|Ugovor|Sporazum|Protokol)\s(?:o|za|protiv)"
    r"|(?:Convenția|Tratatul|Acordul|Protocolul)\s(?:privind|cu\sprivire|pentru|asupra|de|dintre"
    r"|împotriva))\b"
)
# up to five capitalised words before it ("United Nations", "European", "International",
# "Inter-American", "Vienna", "Additional"), "the" and "of" between them
# The Slavic languages write the treaty's word in lower case after the adjectives that open
# the title: Bosnian, Croatian and Serbian "Opći okvirni sporazum za mir …", "Evropska
# konvencija o …", Slovene "Evropska konvencija o …", Polish "Europejska konwencja o …",
# Czech "Evropská úmluva o …", Slovak "Európsky dohovor o …", Russian "Европейская
# конвенция о …", Ukrainian "Європейська конвенція про …", Bulgarian "Европейска конвенция
# за …", Macedonian "Рамковен договор за …": one to three adjectives (a word with an
# adjective's ending; "Komentar na sporazum o …", a commentary, has none), the first
# capitalised, then the treaty's word and the word that says on what or between whom
_ADJECTIVE_END = (
    r"(?:ni|na|ski|ska|ški|ška|čki|čka|ći|ća|ji|ja|ki|ka|ny|ná|ný|ká|ký|ska|sky|ní"
    r"|ая|ий|ый|ой|ки|ка|на|ни|ен|ва|ська|ський|ська)"
)
_SLAVIC_TREATY = (
    rf"(?:[A-ZČĆĐŠŽŁŚŻŹÚÉА-ЯЁЂЃЄЅІЇЈЉЊЋЌЎЏ][\w'’-]{{0,28}}{_ADJECTIVE_END}"
    rf"(?:\s[a-zčćđšžłśżźúýáéíóěřůа-яёђѓєѕіїјљњћќўџ][\w'’-]{{0,28}}{_ADJECTIVE_END}){{0,2}})"
    r"\s(?:sporazum|konvencija|ugovor|protokol|pakt|povelja|konwencja|umowa|porozumienie"
    r"|traktat|protokół|úmluva|smlouva|dohoda|dohovor|zmluva|конвенция|конвенција|конвенція"
    r"|договор|договір|соглашение|споразум|споразумение|угода|протокол)"
    r"\s(?:o|za|protiv|między|w\ssprawie|mezi|medzi|о|об|за|про|між|между|меѓу|против)\b"
)
_TITLE = lazy_compile(
    rf"^(?:(?:The\s|La\s|Le\s|El\s|Die\s|Het\s|De\s)?(?:(?:[A-Z][\w'’-]{{0,30}}|of|the"
    rf"|europeisk|europæisk|europeiska?|nordisk|nordiska?|internasjonal|internationella?)\s){{0,5}}?"
    rf"{_TREATY}|{_SLAVIC_TREATY})"
)
# bodies that adopt treaties whose names hold no word of the body table
_TREATY_MAKER = lazy_compile(
    r"(?i:\b(?:Nations|Union|Council|Conference|Assembly|Communit(?:y|ies)|Organi[sz]ation"
    r"|Nationen|Nations\sUnies|Naciones\sUnidas|Nazioni\sUnite|Europarådet|Europarat|råd(?:et)?"
    r"|Conseil\sde\sl['’]Europe|Consejo\sde\sEuropa|Consiglio\sd['’]Europa"
    # (the United Nations and the Council of Europe in the Balkans' languages)
    r"|Kombet\se\sBashkuara|Këshilli\si\sEvropës|Ηνωμένα\sΈθνη|Συμβούλιο\sτης\sΕυρώπης"
    r"|Обединените\sнации|Обединетите\sнации|Уједињене\sнације|Ujedinjene\snacije"
    r"|Națiunile\sUnite|Consiliul\sEuropei|Съвет(?:ът)?\sна\sЕвропа|Совет\sна\sЕвропа"
    r"|Vijeće\sEurope|Vijeće\sEvrope|Савет\sЕвропе|Savet\sEvrope"
    # (Esperanto: the United Nations, the Council of Europe)
    r"|Unuiĝintaj\sNacioj|Konsilio\sde\sEŭropo)\b)"
)
_ACRONYM = lazy_compile(r"[A-Z][A-Z&-]{1,9}")


def treaty_titled(title: str) -> bool:
    """Does ``title`` open with a treaty's name (``Convention on the Protection of Sea
    Mills``, ``Treaty of Ghent``, ``Übereinkommen über …``; see the module)?"""
    return _TITLE.match(" ".join(title.split())) is not None


def treaty_maker(name: str) -> bool:
    """Is ``name`` a body (``UNESCO``, ``Council of Europe``, ``United Nations``), no
    person?"""
    flat = " ".join(name.replace(",", " ").split()).strip(" .")
    return (
        _ACRONYM.fullmatch(flat) is not None
        or names_body(flat)
        or _TREATY_MAKER.search(flat) is not None
    )


# the treaty's adoption or signature after its title, in the languages cited: "adopted 20
# November 1989", French "adoptée le …", Spanish "adoptada el …", Italian "adottata il …",
# German "angenommen am …", Albanian "miratuar më …", "nënshkruar më …", Greek
# "υιοθετήθηκε …", Bulgarian "приета на …", Serbian and Croatian "usvojena …", Romanian
# "adoptată la …" (in lower case: "Adopted Papers" is a journal's name)
_ADOPTED = lazy_compile(
    r"[\s\"'”’»«“,.]{0,4}\s?(?:adopted|signed|opened\sfor\ssignature|done\sat|concluded"
    r"|adopt[ée]e?s?|sign[ée]e?s?|adoptad[oa]|firmad[oa]|adottat[oa]|firmat[oa]|angenommen"
    r"|unterzeichnet|miratuar|nënshkruar|υιοθετήθηκε|υπογράφηκε|приет[аи]|подписан[аи]"
    r"|усвојен[аи]|usvojen[ai]|adoptat[ăa]|semnat[ăa])(?!\w)"
)


def adopted_treaty(text: str, title: str | None) -> bool:
    """Does ``text`` cite a treaty by its title (:func:`treaty_titled`) followed by its
    adoption or signature ("United Nations, “Convention on the Rights of Lighthouse
    Keepers”, adopted 3 May 1990, art. 4", "Kombet e Bashkuara, «Konventa për …», miratuar
    më 3 maj 1990")?  A journal named after it would be no adoption's words."""
    if not title or not treaty_titled(title):
        return False
    flat, name = " ".join(text.split()), " ".join(title.split())
    at = flat.find(name)
    return at >= 0 and _ADOPTED.match(flat, at + len(name)) is not None
