"""What ends a title in references written with commas only: the statements after it.

Romance, Central European and English humanities references, notes and list entries alike,
set the title between commas and follow it with who translated or edited the work, its
edition and the volume cited, before the place and publisher::

    Keith Hitchins, Titlu, trad. George G. Potra și Delia Răzdolescu, ed. a II-a, București, …
    Irina Livezeanu, Titlu, 1918–1930, trad. Vlad Russo, București, Humanitas, 1998.
    Ioan Scurtu (coord.), Istoria românilor, vol. VIII, Titlul volumului, București, …
    Jan Kowal, Tytuł, przeł. Anna Nowak, wyd. 2, Warszawa, …
    Max Weber, Titel, übers. v. …, 2. Aufl., …    John Smith, Title, transl. by …, 2nd ed., …

:func:`title_before_statements` cuts a title read from such a reference where its first
statement starts (the title itself may hold commas: "România Mare, 1918–1930").

German (DIN 1505, DIN ISO 690) references set a subtitle after ``. `` and the title's
statements as sentences of their own, which :func:`title_before_sentence_statements` cuts:
a reprint (``Der Zimmermann. Reprint der Ausgabe Leipzig 1909.``, ``Nachdruck der Ausgabe
…``) and a thesis's place, university and kind (``Title. Weimar, Universität, Fakultät,
Dissertation, 2018``).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = [
    "title_before_role_sentence",
    "title_before_sentence_statements",
    "title_before_statements",
]

_AFTER_TITLE = lazy_compile(
    r",\s(?:"
    # who translated, edited, compiled: "trad. George G. Potra", "transl. by", "übers. v.",
    # "przeł. Anna Nowak", "tłum.", "пер. с англ.", "coord.", "îngr.", "ed. John Smith",
    # "hrsg. v.", "red.", "oprac.", "сост.", "a cura di"
    r"(?i:trad|transl|trans|übers|übertr|przeł|tłum|пер|ред|сост|coord|îngr|éd|ed|eds|hrsg|hg"
    r"|red|oprac|comp|bearb)\.(?=\s)"
    r"|(?i:translated|edited|compiled|traducere|traducción|traduction|traduzione|tradução"
    r"|übersetzt|herausgegeben|a\scura)\s(?i:by|de|di|von|din|da|do)\s"
    # an edition: "ed. a II-a", "ediția a II-a", "2nd ed.", "3rd edn", "2. Aufl.", "2e éd.",
    # "2.ª ed.", "wyd. 2", "2. wyd.", "изд. 2-е", "2-е изд."
    r"|(?:ed\.|edi[țţt]ia)\sa\s[IVXL\d]+-a(?![\w-])"
    r"|\d{1,2}(?:st|nd|rd|th|e|ème|\.ª|ª|\.|-?е|-?a)?\s?(?:ed|edn|éd|Aufl|wyd|vyd|изд)\.?(?![\w-])"
    r"|(?:wyd|vyd|изд|Aufl)\.\s?\d"
    # the volume cited of a work in several: "vol. VIII", "Bd. 2", "t. 3", "tom 2"
    r"|(?:vol|vols|voll|Bd|t|tom|tome)\.?\s[\dIVXLC]+(?![\w-])"
    r")"
)


def title_before_statements(title: str) -> str:
    """``title`` up to the first statement of responsibility, edition or volume after it
    (:data:`_AFTER_TITLE`); ``title`` itself when it has none, or starts with one."""
    found = _AFTER_TITLE.search(title)
    if found is None or found.start() == 0:
        return title
    return title[: found.start()].rstrip(" ,")


_SENTENCE_STATEMENT = lazy_compile(
    r"\.\s(?:"
    # a reprint or facsimile of an earlier edition
    r"(?:Reprint|Nachdruck|Neudruck|Faksimile|Facsimile|Fotomechanischer\sNachdruck"
    r"|Unveränderter\sNachdruck|Reprografischer\sNachdruck)\b"
    # a thesis: "Weimar, Bauhaus-Universität, Dissertation, 2018", "Berlin, Techn. Univ.,
    # Diss., 2001": the place, the institution, then the kind before the year or the end (in
    # "Title. Subtitle, Magisterarbeit, Universität Hamburg 2004" the sentence is a subtitle)
    r"|[^\W\d_][^.,]{0,60},\s[^.]{0,120}?(?:Universit|Hochschule|Fakultät|Institut|Akademie"
    r"|Univ\.)[^.]{0,120}?,\s(?:Dissertation|Diss\.|Habilitationsschrift|Habil\.|Masterarbeit"
    r"|Bachelorarbeit|Diplomarbeit|Magisterarbeit)(?=,\s(?:1[5-9]|20)\d\d|\.?$)"
    r")"
)


def title_before_sentence_statements(title: str, after: str = "") -> str:
    """``title`` up to a sentence that states a reprint or a thesis (see the module's
    description), read on into the text ``after`` it (the thesis's kind may follow the part
    of its sentence a parser kept); ``title`` itself when it has none."""
    found = _SENTENCE_STATEMENT.search(title + after)
    if found is None or found.start() == 0 or found.start() >= len(title):
        return title
    return title[: found.start()].rstrip(" ,")


# A sentence after the title naming who translated or edited the work, in the Nordic
# languages: Icelandic and Faroese put the verb after the name ("Jean Smith þýddi.", "Jón
# Jónsson gaf út.", "… bjó til prentunar", "… ritstýrði", "… íslenskaði", Faroese "…
# týddi"), Scandinavian the phrase before it ("Oversatt av …", "Översatt av …", "Oversat
# af …", "Redigert av …"), as the other languages do
_ROLE_SENTENCE = lazy_compile(
    r"\.\s(?:[^\W\d_][^.;:]{1,80}?\s(?:þýddi|íslenskaði|gaf\sút|bjó\still\sprentunar|ritstýrði"
    r"|sá\sum\sútgáfuna|annaðist\sútgáfuna|týddi)"
    r"|(?:Oversatt|Översatt|Oversat|Redigert|Redigerad|Redigeret)\s(?:av|af|ved)\s[^.;:]{2,80}?"
    # (and in English, German, French, Dutch, Spanish, Portuguese and Italian: "Translated by
    # Ann Lee", "Übersetzt von …", "Traduit par …", "Vertaald door …", "Traducido por …")
    r"|(?:Translated|Edited|Übersetzt|Herausgegeben|Traduit|Vertaald|Traducido|Traduzido"
    r"|Tradotto)\s(?:by|von|par|door|por|da)\s[^.;:]{2,80}?)$"
)


def title_before_role_sentence(title: str) -> str:
    """``title`` without a last sentence that says who translated or edited the work
    (:data:`_ROLE_SENTENCE`); ``title`` itself when it ends with none."""
    found = _ROLE_SENTENCE.search(title)
    if found is None or found.start() == 0:
        return title
    return title[: found.start()].rstrip(" ,")
