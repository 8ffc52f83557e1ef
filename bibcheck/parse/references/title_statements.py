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
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["title_before_statements"]

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
