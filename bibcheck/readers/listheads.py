"""Headings of the parts of a reference list, qualified by what the part holds.

A long bibliography is often split (``Primary Sources`` / ``Secondary Sources``,
``Ungedruckte Quellen`` / ``Gedruckte Quellen`` / ``Literatur``), or headed by a qualified
name alone (``Selected Secondary Literature``, ``Further Reading``).  Such a heading is made
of a head word (sources, literature, works, ...) and qualifiers (selected, printed, archival,
...); every word of it must be one of these, so "Sources of the famine" or "Primary
education" are no headings.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.headingkey import heading_key
from bibcheck.textmemo import text_memo

# The words that name what a list holds (English, German, French, Spanish, Italian,
# Portuguese, Dutch, Scandinavian), singular and plural.
_HEADS = frozenset(
    {
        "sources", "source", "literature", "bibliography", "works", "references", "reading",
        "readings", "studies", "materials", "documents", "texts", "manuscripts", "archives",
        "publications", "papers", "newspapers", "periodicals", "editions",
        "quellen", "literatur", "sekundarliteratur", "primarliteratur", "archivalien",
        "darstellungen", "forschungsliteratur", "schrifttum",
        # (the web sources biblatex prints apart from the books: "Internetquellen")
        "internetquellen", "onlinequellen", "online-quellen", "internet-quellen", "webquellen",
        "bibliographie", "ouvrages", "etudes", "imprimes", "manuscrits",
        "fuentes", "bibliografia", "obras", "estudios", "fonti", "studi", "opere", "fontes",
        "bronnen", "literatuur", "archivalia", "kilder", "kallor", "litteratur",
        "lecturas", "leituras", "letture", "lectures",
        # newspapers and archival sources as a part's own name (Scandinavian, German, French,
        # Italian, Spanish, Dutch, Finnish): "Aviser", "Tidningar", "Zeitungen", "Arkivkilder"
        "aviser", "avisar", "tidningar", "tidsskrifter", "tidskrifter", "zeitungen", "journaux",
        "giornali", "periodici", "periodicos", "kranten", "sanomalehdet", "arkivkilder",
        "arkivkallor", "arkivalier", "arkivmateriale", "arkivmaterial", "arkistolahteet",
        "lahteet", "kirjallisuus", "kildemateriale",
        # Icelandic, Faroese, Estonian, Latvian: "Prentaðar heimildir", "Óprentaðar heimildir"
        "heimildir", "keldur", "allikad", "kirjandus", "avoti",
        # Polish sources and studies ("Źródła archiwalne" / "Opracowania")
        "zrodła", "opracowania",
    }
)  # fmt: skip

_QUALIFIERS = frozenset(
    {
        "selected", "select", "further", "additional", "primary", "secondary", "printed",
        "unprinted", "published", "unpublished", "archival", "manuscript", "other", "general",
        "cited", "consulted", "recommended", "suggested", "main", "modern", "contemporary",
        "online", "electronic", "digital", "official", "edited", "original", "key",
        "ausgewahlte", "weiterfuhrende", "verwendete", "zitierte", "gedruckte", "ungedruckte",
        "archivalische", "handschriftliche", "edierte", "benutzte", "sonstige",
        "selective", "selectionnee", "complementaire", "imprimees", "manuscrites",
        "primaires", "secondaires", "inedites", "editees", "d'archives", "citees", "cites",
        "primarias", "secundarias", "impresas", "manuscritas", "documentales", "archivisticas",
        "seleccionada", "selecionada", "citadas", "consultadas", "editadas", "ineditas",
        "essenziale", "archivistiche", "edite", "inedite", "primarie", "secondarie", "citate",
        "erganzende", "empfohlene", "aggiuntive", "adicionais", "additionnelles",
        "a", "stampa", "impressas", "selecionadas",
        "gedrukte", "ongedrukte", "secundaire", "primaire", "geselecteerde",
        "tryckta", "otryckta", "trykte", "utrykte", "painetut", "painamattomat", "arkiv",
        "complementarias", "complementares", "complementari", "complementaires",
        "recomendadas", "recommandees", "consigliate", "adicionales", "sugeridas",
        "prentaðar", "oprentaðar", "helstu", "aðrar", "kasutatud", "izmantotie",
        "archiwalne", "drukowane", "rekopismienne", "internetowe", "wybrane", "ligne",
    }
)  # fmt: skip

# The lists of a patent document (EPO and WIPO "Citation List" / "Patent Literature" /
# "Non-patent Literature", a US patent's "References Cited" / "U.S. Patent Documents" /
# "Foreign Patent Documents" / "Other Publications", "Prior Art Documents", the German
# "Stand der Technik" / "Entgegenhaltungen"): their qualifiers and their own names.
_PATENT_QUALIFIERS = frozenset(
    {"patent", "non-patent", "nonpatent", "non", "foreign", "us", "prior", "art"}
)
_PATENT_NAMES = frozenset(
    {
        "citation list", "list of citations", "citations list", "stand der technik",
        "prior art documents",
        "entgegenhaltungen", "patentliteratur", "nichtpatentliteratur",
        "nicht-patentliteratur", "etat de la technique", "litterature brevet",
        "litterature non-brevet", "documents brevets", "litterature non brevet",
    }
)  # fmt: skip

_JOINS = frozenset({"and", "&", "und", "et", "y", "e", "en", "och", "og", "of", "de", "di"})
_WORD = lazy_compile(r"[\w'’&-]+")


@text_memo  # (asked of each short line by the plain readers: answered once)
def is_qualified_list_heading(text: str) -> bool:
    """Is ``text`` (a heading's text) the name of a reference list or of one of its parts,
    made only of head words, qualifiers and joining words, with a head word?"""
    key = heading_key(text).replace("’", "'")
    if not key or len(key) > 60:
        return False
    key = key.replace("u.s.", "us")
    words = _WORD.findall(key)
    if not words or len(words) > 6:
        return False
    if " ".join(words) in _PATENT_NAMES:
        return True
    known = _HEADS | _QUALIFIERS | _JOINS
    if all(w in known for w in words) and any(w in _HEADS for w in words):
        return True
    # "Non-patent Literature", "U.S. Patent Documents": only with "patent" in it
    patent = known | _PATENT_QUALIFIERS
    return (
        any(w in {"patent", "non-patent", "nonpatent"} for w in words)
        and all(w in patent for w in words)
        and any(w in _HEADS for w in words)
    )


# Words that name a part of a list already headed (``Printed``, ``Books and articles``,
# ``Official publications``): under a References heading they head a part; alone they
# head nothing.
_PARTS = frozenset(
    {
        "books", "articles", "chapters", "essays", "journals", "theses", "dissertations",
        "reports", "websites", "web", "internet", "legislation", "statutes", "acts", "cases",
        "interviews", "correspondence", "letters", "maps", "films", "records", "government",
        "parliamentary", "monographs", "collections", "documentation",
        "bucher", "aufsatze", "zeitschriften", "gesetze", "akten", "gedruckt", "ungedruckt",
        "livres", "rapports", "lois", "ressources",  # ("Ressources en ligne")
        "libros", "articulos", "tesis", "informes", "legislacion", "documentos", "prensa",
        "libri", "articoli", "leggi", "livros", "artigos", "boeken", "artikelen",
    }
)  # fmt: skip


def is_list_part_heading(text: str) -> bool:
    """Is ``text``, inside a reference list, the heading of one of its parts: a list
    heading (:func:`is_qualified_list_heading`), or a short line made only of qualifiers
    and part names (``Printed``, ``Unpublished``, ``Books and articles``)?"""
    if is_qualified_list_heading(text):
        return True
    key = heading_key(text, " :").replace("’", "'")
    words = _WORD.findall(key)
    if not words or len(words) > 4 or len(key) > 40 or len(" ".join(words)) < len(key) - 2:
        return False
    known = _HEADS | _QUALIFIERS | _JOINS | _PARTS
    return all(w in known for w in words) and any(w not in _JOINS for w in words)


# Qualifiers saying the list leaves works out: notes may cite works it does not hold.
_SELECTIVE = frozenset(
    {
        "selected", "select", "further", "additional", "recommended", "suggested", "key",
        "ausgewahlte", "weiterfuhrende", "selective", "selectionnee", "complementaire",
        "seleccionada", "selecionada", "selecionadas", "essenziale", "geselecteerde",
        "complementarias", "complementares", "complementari", "complementaires",
        "recomendadas", "recommandees", "consigliate", "adicionales", "sugeridas",
        "erganzende", "empfohlene", "aggiuntive", "adicionais", "additionnelles",
    }
)  # fmt: skip


def is_selective_heading(text: str) -> bool:
    """Is ``text`` a list heading that says the list is a selection (``Selected Secondary
    Literature``, ``Further Reading``, ``Ausgewählte Literatur``)?"""
    key = heading_key(text)
    return is_qualified_list_heading(text) and any(w in _SELECTIVE for w in _WORD.findall(key))
