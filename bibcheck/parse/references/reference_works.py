"""Reference works whose entries are cited as parts of a whole: encyclopedias, national
dictionaries of biography, music dictionaries, online reference works.

An entry of such a work is cited with its own (quoted) title and the work's name where a
journal's would stand: ``Mark Lindley, “Temperaments,” *Grove Music Online*, 2001``,
``Zalta, E. N. “Gottlob Frege.” *Stanford Encyclopedia of Philosophy*, 2019``,
``“Gladstone, William Ewart,” *Oxford Dictionary of National Biography*, 2004``.  The
entry is a part of the work (a chapter, as CSL's ``entry-encyclopedia`` and Wikipedia's
``{{cite encyclopedia}}`` make it), not a periodical's article: :func:`reference_work`
tells the work by its name.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["reference_work"]

# the names reference works call themselves by, in the languages cited: an encyclopedia
# ("Encyclopaedia Britannica Online", "Stanford Encyclopedia of Philosophy", "Oxford
# Research Encyclopedia of …", "Enzyklopädie der Neuzeit", "Encyclopédie de l'Islam", Dutch
# "Encyclopedie van Nederland",
# "Enciclopedia Italiana", "Encyklopedie"), a dictionary of (national) biography ("Oxford
# Dictionary of National Biography", "Dictionary of Canadian Biography", "Dizionario
# Biografico degli Italiani", "Diccionario biográfico español", "Neue Deutsche Biographie",
# "Biographisches Lexikon"), a music dictionary ("Grove Music Online", "The New Grove
# Dictionary of Music", "Oxford Music Online", "Die Musik in Geschichte und Gegenwart"), a
# lexicon ("Historisches Lexikon der Schweiz", "Lexikon des Mittelalters"), a historical
# dictionary ("Dictionnaire historique de la Suisse", "Dizionario storico della Svizzera",
# "Diccionario histórico de la Compañía de Jesús", "Polski Słownik Biograficzny")
_REFERENCE_WORK = lazy_compile(
    r"\b(?:Encyclop(?:ae|æ|e)dia|Enzyklopädie|Encyclopédie|Encyclopedie"
    r"|Enciclopedia|Enciclopédia|Encyklopedie|Encyklopedia|Entsiklopediya|Энциклопедия"
    r"|Dictionary\sof\s(?:[\w'’-]+\s){0,3}Biography|Dizionario\sBiografico"
    r"|Diccionario\s[Bb]iogr[áa]fico|Dictionnaire\sbiographique|Biographisches\sLexikon"
    r"|Dictionnaire\shistorique|Dizionario\sstorico|Diccionario\shist[óo]rico"
    r"|Dicion[áa]rio\shist[óo]rico|S[łl]ownik\s[Bb]iograficzny"
    r"|Neue\sDeutsche\sBiographie|Allgemeine\sDeutsche\sBiographie"
    r"|Grove\s(?:Music\sOnline|Dictionary)|New\sGrove|Oxford\sMusic\sOnline"
    r"|Musik\sin\sGeschichte\sund\sGegenwart|Lexikon)\b"
)


def reference_work(name: str | None) -> bool:
    """Does ``name`` (a reference's host) name a reference work, an encyclopedia or a
    dictionary of biography, whose entries are parts of it (``Grove Music Online``,
    ``Stanford Encyclopedia of Philosophy``)?"""
    return name is not None and _REFERENCE_WORK.search(name.strip(" .,*_")) is not None
