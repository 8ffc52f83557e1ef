"""Wikipedia citation templates -> :class:`~bibcheck.model.Reference` (pure).

``{{cite web}}``, ``{{cite news}}``, ``{{cite book}}``, ``{{cite journal}}``,
``{{cite magazine}}``, ``{{citation}}`` and the other Citation Style 1/2
templates, and the Russian Wikipedia's ``{{книга}}``, ``{{статья}}`` and
``{{публикация}}``, already name their fields, so nothing is guessed from
punctuation.  Parameter aliases (``accessdate``/``access-date``,
``last1``/``surname1``/``author1-last`` ...) are read alike; a field given
twice keeps its last value (as MediaWiki does) with a ``duplicate-field``
anomaly.  ``archive-url`` is kept (``Reference.archive_url``).

Short citations (``{{sfn|Smith|Jones|2010|p=5}}``, ``{{harvnb}}``) point at a
full citation through its *anchor*: the surnames of up to four authors and
the year (``CITEREFSmithJones2010``), or what its ``ref=`` says.
:func:`anchor` and :func:`short_anchor` compute both sides in one
normalised form.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from bibcheck.model import Anomaly, AnomalyCode, Reference, RefKind
from bibcheck.parse.references.fields import detect_language, doi_from_url, parse_date
from bibcheck.urls import extract_urls

STYLE = "wikitext"
_RU_TEMPLATES = frozenset({"книга", "статья", "публикация", "статья в газете", "cite ru"})
# German Wikipedia: {{Literatur|Autor=|Titel=|Sammelwerk=|Verlag=|Ort=|Jahr=}} and
# {{Internetquelle|url=|titel=|hrsg=|werk=|datum=|abruf=}}.
_DE_TEMPLATES = frozenset({"literatur", "internetquelle"})
# Italian ("Cita libro"), Ukrainian ("Книга", "Стаття", "Cite web" in Cyrillic names),
# Spanish, Portuguese, French and Polish Wikipedias' own citation templates
_OTHER_TEMPLATES = frozenset(
    {"cita libro", "cita pubblicazione", "cita web", "cita news", "cita conferenza",
     "стаття", "публікація", "cita", "cita publicación", "cita noticia",
     "citar livro", "citar periódico", "citar web", "citar jornal", "ouvrage", "article",
     "lien web", "cytuj książkę", "cytuj pismo", "cytuj stronę"}
)  # fmt: skip
_KINDS = {
    "cite web": RefKind.WEB,
    "cite website": RefKind.WEB,
    "cite press release": RefKind.WEB,
    "cite tweet": RefKind.WEB,
    "cite mailing list": RefKind.WEB,
    "cite news": RefKind.ARTICLE,
    "cite newspaper": RefKind.ARTICLE,
    "cite magazine": RefKind.ARTICLE,
    "cite periodical": RefKind.ARTICLE,
    "cite journal": RefKind.ARTICLE,
    "cite arxiv": RefKind.ARTICLE,
    "cite biorxiv": RefKind.ARTICLE,
    "cite ssrn": RefKind.ARTICLE,
    "статья": RefKind.ARTICLE,
    "стаття": RefKind.ARTICLE,
    "cita pubblicazione": RefKind.ARTICLE,
    "cita news": RefKind.ARTICLE,
    "cita publicación": RefKind.ARTICLE,
    "citar periódico": RefKind.ARTICLE,
    "article": RefKind.ARTICLE,
    "cytuj pismo": RefKind.ARTICLE,
    "cita web": RefKind.WEB,
    "citar web": RefKind.WEB,
    "lien web": RefKind.WEB,
    "cytuj stronę": RefKind.WEB,
    "cita libro": RefKind.BOOK,
    "citar livro": RefKind.BOOK,
    "ouvrage": RefKind.BOOK,
    "cytuj książkę": RefKind.BOOK,
    "статья в газете": RefKind.ARTICLE,
    "cite book": RefKind.BOOK,
    "cite thesis": RefKind.BOOK,
    "книга": RefKind.BOOK,
    "cite encyclopedia": RefKind.CHAPTER,
    "cite encyclopaedia": RefKind.CHAPTER,
    "cite conference": RefKind.CHAPTER,
    "cite report": RefKind.REPORT,
    "cite techreport": RefKind.REPORT,
    "cite tech report": RefKind.REPORT,
}
_ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("title", "script-title", "заглавие", "название", "titel", "titolo", "назва",
              "título", "titre", "tytuł"),
    "chapter": ("chapter", "contribution", "entry", "section", "article", "часть"),
    "host": (
        "journal", "work", "website", "newspaper", "magazine", "periodical",
        "encyclopedia", "encyclopaedia", "dictionary", "издание", "book-title", "booktitle",
        "sammelwerk", "werk", "rivista", "opera", "sito", "pubblicazione", "видання", "журнал",
        "revista", "periódico", "obra", "périodique", "site", "czasopismo", "praca",
    ),
    "publisher": ("publisher", "institution", "издательство", "издатель", "verlag", "hrsg",
                  "editore", "видавництво", "editorial", "editora", "éditeur", "wydawca"),
    "place": ("location", "place", "publication-place", "место", "ort", "città", "місце",
              "ubicación", "local", "lieu", "miejsce"),
    "date": ("date", "дата", "publication-date", "datum", "data", "fecha", "data publikacji"),
    "year": ("year", "год", "jahr", "anno", "рік", "año", "ano", "année", "rok"),
    "access": ("access-date", "accessdate", "дата обращения", "дата-обращения", "abruf",
               "accesso", "дата звернення", "fechaacceso", "acessodata", "consulté le",
               "data dostępu"),
    "url": ("url", "ссылка", "chapter-url", "chapterurl", "ссылка часть", "online",
            "посилання"),
    "archive": ("archive-url", "archiveurl", "архив", "archive url", "archiv-url"),
    "doi": ("doi",),
    "pages": ("pages", "page", "pp", "p", "at", "страницы", "страница", "с", "seiten", "seite"),
    "volume": ("volume", "том", "band"),
    "issue": ("issue", "number", "номер", "выпуск", "nummer", "heft"),
    "language": ("language", "lang", "язык", "sprache"),
}  # fmt: skip
_LANGUAGES = {"en": "en", "english": "en", "ru": "ru", "russian": "ru", "русский": "ru"}
_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)([a-z])?(?!\d)")
_INITIALS = r"(?:[^\W\d_]{1,2}\.\s?-?\s?){1,3}"
_RU_NAME = re.compile(rf"^(?P<family>[^\W\d_][\w'’-]+)\s+(?P<given>{_INITIALS})$")
_RU_NAME_REVERSED = re.compile(rf"^(?P<given>{_INITIALS})\s*(?P<family>[^\W\d_][\w'’-]+)$")
_UNDATED = re.compile(r"n\.\s?d\.?|nd|s\.\s?d\.?|undated|no date|б\.\s?г\.?|без даты", re.I)
_KEY_JUNK = re.compile(r"[\W_]+")
# 1998, 2005a, 1960–1961 (a range), but only 2003 of the ISO date 2003-10-17
_ANCHOR_YEAR = re.compile(
    r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?:\s*[–-]\s*(?:\d{4}|\d{2})(?![-\d]))?[a-z]?(?!\d)"
)


def is_cite_template(name: str) -> bool:
    """Does a template of this (normalised) name describe one work?"""
    return (
        name.startswith("cite ")
        or name in ("citation", "cite")
        or name in _RU_TEMPLATES
        or name in _DE_TEMPLATES
        or name in _OTHER_TEMPLATES
    )


@dataclass(frozen=True, slots=True)
class CiteTemplate:
    """A citation template with its parameters rendered to plain text."""

    name: str  # normalised: "cite web", "книга"
    params: Mapping[str, str]  # lower-case name -> value (the last one given)
    lines: Mapping[str, int]  # name -> line of the parameter
    raw: str  # the template's source
    line: int
    end_line: int
    repeated: tuple[tuple[str, int], ...] = ()  # (name, line) of parameters given twice
    anchor_override: str | None = None  # from ref={{sfnref|...}}


@dataclass(slots=True)
class _Fields:
    values: dict[str, str] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)


def _pick(template: CiteTemplate) -> _Fields:
    found = _Fields()
    for field_name, names in _ALIASES.items():
        for name in names:
            value = template.params.get(name, "").strip()
            if value:
                found.values[field_name] = value
                found.lines[field_name] = template.lines.get(name, template.line)
                break
    return found


# --------------------------------------------------------------------------
# Authors
# --------------------------------------------------------------------------


def _numbered(params: Mapping[str, str], n: int, *patterns: str) -> str:
    suffixes = ("", "1") if n == 1 else (str(n),)
    for pattern in patterns:
        for suffix in suffixes:
            value = params.get(pattern.format(n=suffix), "").strip()
            if value:
                return value
    return ""


def _person(family: str, given: str) -> str:
    return f"{family}, {given}" if given else family


def _ru_person(name: str) -> str:
    """``Иванов И. И.`` / ``И. И. Иванов`` -> ``Иванов, И. И.``; others as written."""
    name = " ".join(name.split())
    m = _RU_NAME.match(name) or _RU_NAME_REVERSED.match(name)
    if m:
        return _person(m.group("family"), m.group("given").strip())
    return name


def _split_people(value: str) -> list[str]:
    """``Иванов И. И., Петров П. П.`` -> two names (``Smith, J.`` stays one)."""
    people: list[str] = []
    for part in (p.strip() for p in re.split(r"[,;]", value)):
        if not part:
            continue
        if people and re.fullmatch(_INITIALS, part + " "):
            people[-1] = f"{people[-1]}, {part}"  # "Smith, J.": initials after a comma
        else:
            people.append(part)
    return people


def _vancouver(value: str) -> list[str]:
    """``Smith AB, Jones C`` -> ``Smith, AB``, ``Jones, C``."""
    people = []
    for part in (p.strip() for p in value.split(",")):
        m = re.fullmatch(r"(?P<family>.+?)\s+(?P<given>[A-Z]{1,3})", part)
        people.append(_person(m.group("family"), m.group("given")) if m else part)
    return [p for p in people if p]


def authors(params: Mapping[str, str]) -> tuple[str, ...]:
    """Authors as ``Family, Given`` (organisations and free text as written)."""
    found: list[str] = []
    for n in range(1, 31):
        family = _numbered(params, n, "last{n}", "surname{n}", "author{n}-last", "author-last{n}")
        given = _numbered(params, n, "first{n}", "given{n}", "author{n}-first", "author-first{n}")
        whole = _numbered(params, n, "author{n}")
        if family:
            found.append(_person(family, given))
        elif whole:
            found.append(_ru_person(whole))
        elif n > 1:
            break
    if not found and params.get("vauthors", "").strip():
        found = _vancouver(params["vauthors"])
    if not found and params.get("authors", "").strip():
        found = [p.strip() for p in params["authors"].split(";") if p.strip()]
    if not found and params.get("автор", "").strip():
        found = [_ru_person(p) for p in _split_people(params["автор"])]
    if not found and params.get("autore", "").strip():  # Italian: "Mario Rossi e Anna Bianchi"
        found = [p.strip() for p in re.split(r"\s*;\s*|\s+e\s+", params["autore"]) if p.strip()]
        for n in range(2, 31):  # "autore2=Elena Furlan"
            more = params.get(f"autore{n}", "").strip()
            if not more:
                break
            found.append(more)
    if not found and params.get("cognome", "").strip():  # "cognome=Rossi|nome=Mario"
        found = [_person(params["cognome"], params.get("nome", ""))]
    if not found and params.get("прізвище", "").strip():
        found = [_person(params["прізвище"], params.get("ім'я", ""))]
    if not found and params.get("autor", "").strip():  # German: "Hans Leicht, Anna Roth"
        found = [p for p in re.split(r"\s*[;,]\s*|\s+und\s+", params["autor"]) if p.strip()]
    return tuple(found)


def _surnames(params: Mapping[str, str]) -> list[str]:
    names = [a.split(",")[0].strip() for a in authors(params)]
    if not names:
        for n in range(1, 5):
            editor = _numbered(params, n, "editor-last{n}", "editor{n}-last", "editor{n}")
            if not editor:
                break
            names.append(editor.split(",")[0].strip())
    return names[:4]


# --------------------------------------------------------------------------
# Anchors (CITEREF)
# --------------------------------------------------------------------------


def normalise_key(text: str) -> str:
    """Anchor keys compare without case, spaces or punctuation."""
    return _KEY_JUNK.sub("", text).casefold()


def _year_token(template: CiteTemplate) -> str:
    """The year part of an anchor: ``year=`` as written, else the year of ``date=``
    (with a range, ``1960–1961``, and a disambiguating letter, ``2005a``, kept)."""
    fields = _pick(template)
    if fields.values.get("year"):
        return fields.values["year"].strip()
    m = _ANCHOR_YEAR.search(fields.values.get("date", ""))
    return m.group(0) if m else ""


def anchor(template: CiteTemplate) -> str | None:
    """The normalised anchor a short citation uses to point at this template."""
    if template.anchor_override is not None:
        return normalise_key(template.anchor_override) or None
    ref = template.params.get("ref", "").strip()
    if ref.lower() == "none":
        return None
    if ref.startswith("CITEREF"):
        return normalise_key(ref[7:]) or None
    year = _year_token(template)
    if ref and ref.lower() != "harv":
        return normalise_key(ref if re.search(r"\d{4}[a-z]?$", ref) else ref + year) or None
    surnames = _surnames(template.params)
    if not surnames:
        return None
    return normalise_key("".join(surnames) + year) or None


def short_anchor(positional: Sequence[str]) -> str | None:
    """``{{sfn|Smith|Jones|2010}}`` -> the anchor of Smith & Jones 2010."""
    parts = [p.strip() for p in positional if p.strip()]
    return (normalise_key("".join(parts[:5])) or None) if parts else None


# --------------------------------------------------------------------------
# The reference
# --------------------------------------------------------------------------


def _kind(template: CiteTemplate, fields: _Fields) -> RefKind:
    kind = _KINDS.get(template.name)
    if kind is None and template.name == "публикация":
        kind = RefKind.BOOK if "издательство" in template.params else RefKind.ARTICLE
    if kind is None and template.name == "literatur":
        kind = RefKind.ARTICLE if "sammelwerk" in template.params else RefKind.BOOK
    if kind is None and template.name == "internetquelle":
        kind = RefKind.WEB
    if kind is None:
        if "chapter" in fields.values:
            kind = RefKind.CHAPTER
        elif "journal" in template.params or "magazine" in template.params:
            kind = RefKind.ARTICLE
        elif "newspaper" in template.params:
            kind = RefKind.ARTICLE
        elif "url" in fields.values and "publisher" not in fields.values:
            kind = RefKind.WEB
        elif "publisher" in fields.values:
            kind = RefKind.BOOK
        else:
            kind = RefKind.WEB if "url" in fields.values else RefKind.UNKNOWN
    if kind is RefKind.BOOK and "chapter" in fields.values:
        return RefKind.CHAPTER
    return kind


def _year(fields: _Fields) -> tuple[int | None, str | None, list[Anomaly]]:
    for name in ("year", "date"):
        raw = fields.values.get(name)
        if not raw:
            continue
        m = _YEAR.search(raw)
        if m:
            return int(m.group(1)), m.group(1) + (m.group(2) or ""), []
        if _UNDATED.fullmatch(raw.strip()):
            return None, raw, []  # "n.d.": the work has no date, which CS1 accepts
        line = fields.lines.get(name)
        problem = f"{name} {raw!r} holds no year"
        return None, raw, [Anomaly(AnomalyCode.YEAR_MALFORMED, problem, line)]
    return None, None, []


def _doi(value: str | None, url: str | None) -> str | None:
    if value:
        bare = re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", "", value.strip(), flags=re.I)
        return bare.lower() or None
    return doi_from_url(url) if url else None


def _language(fields: _Fields, title: str | None) -> str | None:
    declared = fields.values.get("language")
    if declared:
        return _LANGUAGES.get(declared.strip().lower(), declared.strip().lower())
    return detect_language(title or "")


def cite_reference(template: CiteTemplate) -> Reference:
    """The reference a citation template describes, with the anomalies of its fields."""
    fields = _pick(template)
    anomalies: list[Anomaly] = [
        Anomaly(
            AnomalyCode.DUPLICATE_FIELD,
            f"{{{{{template.name}}}}} gives {name}= twice; MediaWiki uses the last value",
            line,
        )
        for name, line in template.repeated
    ]
    kind = _kind(template, fields)
    chapter = fields.values.get("chapter")
    title = chapter or fields.values.get("title")
    host = fields.values.get("title") if chapter else fields.values.get("host")
    if chapter and fields.values.get("host") and not fields.values.get("title"):
        host = fields.values.get("host")
    year, year_raw, year_notes = _year(fields)
    anomalies.extend(year_notes)
    url = url_raw = url_display = None
    if "url" in fields.values:
        line = fields.lines["url"]
        found = extract_urls(fields.values["url"], (line,))
        anomalies.extend(found.anomalies)
        url_raw = fields.values["url"]
        if found.urls and found.urls[0].url:
            url, url_display = found.urls[0].url, found.urls[0].display
        else:
            message = f"url= holds no usable URL: {url_raw!r}"
            anomalies.append(Anomaly(AnomalyCode.URL_INVALID, message, line))
    elif kind is RefKind.WEB:
        message = f"{{{{{template.name}}}}} without url="
        anomalies.append(Anomaly(AnomalyCode.URL_MISSING, message, template.line))
    access = access_raw = None
    if "access" in fields.values:
        access_raw = fields.values["access"]
        access = parse_date(access_raw.strip())
        if access is None:
            message = f"access-date {access_raw!r} is not a date"
            line = fields.lines["access"]
            anomalies.append(Anomaly(AnomalyCode.ACCESS_DATE_INVALID, message, line))
    archive = None
    if "archive" in fields.values:
        found = extract_urls(fields.values["archive"], (fields.lines["archive"],))
        archive = found.urls[0].url if found.urls else None
    return Reference(
        raw=template.raw,
        line=template.line,
        end_line=template.end_line,
        kind=kind,
        style=STYLE,
        authors=authors(template.params),
        title=title,
        host=host,
        year=year,
        year_raw=year_raw,
        url=url,
        url_raw=url_raw,
        url_display=url_display,
        access_date=access,
        access_date_raw=access_raw,
        publisher=fields.values.get("publisher"),
        place=fields.values.get("place"),
        pages=fields.values.get("pages"),
        volume=fields.values.get("volume"),
        issue=fields.values.get("issue"),
        doi=_doi(fields.values.get("doi"), url),
        language=_language(fields, title),
        electronic=url is not None,
        anomalies=tuple(anomalies),
        archive_url=archive,
    )
