"""Sources students cite that are no book or article: AI chatbots, online dictionaries,
lecture slides; and years that are no dates (hashtags, handles).

Writing guides (German, English, French, Spanish) tell students to cite a generative-AI
tool by its maker, the tool's name and its version, and a description in brackets::

    OpenAI (2024): ChatGPT (Version vom 14.01.2024) [Large Language Model]. URL
    OpenAI. (2023). ChatGPT (Mar 14 version) [Large language model]. URL      (APA 7)
    OpenAI: ChatGPT (Version vom 14.01.2024), Antwort auf die Frage „…“, URL  (a note)

The title is the tool's name: the version is no part of it, nor is the prompt quoted after
it (:func:`ai_tool`; kind ``web``, as software and web pages are in the corpus's kinds).
An entry cited author-date under a body or dictionary that the generic reading took whole
for its title, ``Duden online (o. J.): cringe. URL``, is titled by what follows the colon
(an online dictionary's headword), the body being its author; ``o. J.``, ``n. d.``,
``s. d.``, ``s. f.`` (no date) are no year (:func:`dated_head`).  Lecture slides
(``Vorlesung WiSe 2023/24, Folie 7``, ``lecture slides``, ``diapositivas``, a ``cours
magistral`` in an LMS) are an unpublished slide deck: ``web`` (:func:`slide_deck`).  A
hashtag or handle with digits (``#Jugendwort2020``, ``@user2021``) is no date:
:func:`masked_tags` hides its digits for reading (:func:`restored_tags` gives the fields
their text back).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.yearwords import NO_DATE_WORDS, abbreviations

__all__ = ["ai_tool", "dated_head", "masked_tags", "restored_tags", "slide_deck", "sub_voce"]

# the bracketed description guides prescribe, in the languages they are written in
_AI_DESCRIPTION = lazy_compile(
    r"\[(?:large\slanguage\smodel|(?:ai|generative\sai)\slanguage\smodel|language\smodel"
    r"|gro(?:ß|ss)es\ssprachmodell|(?:ki-)?sprachmodell|ki-chatbot|ai\schatbot|chatbot"
    r"|generative\sai|generative\ski|(?:grand\s)?modèle\sde\slangage|agent\sconversationnel"
    r"|(?:gran\s)?modelo\sde\slenguaje(?:\sgrande)?|modelo\sde\slinguagem)\]",
    re.IGNORECASE,
)
# the chat pages of the tools, written in the reference
_AI_HOST = lazy_compile(
    r"(?<![\w.-])(?:www\.)?(?:chat\.openai\.com|chatgpt\.com|claude\.ai|gemini\.google\.com"
    r"|bard\.google\.com|copilot\.microsoft\.com|perplexity\.ai|chat\.mistral\.ai"
    r"|chat\.deepseek\.com|poe\.com)(?![\w-])",
    re.IGNORECASE,
)
# the tools' names
_AI_NAMES = frozenset(
    {"chatgpt", "gpt-4", "gpt-4o", "claude", "gemini", "bard", "copilot", "perplexity",
     "deepseek", "le chat", "mistral", "llama"}
)  # fmt: skip
# a name, then its version in parentheses or the bracketed description: "ChatGPT (Mar 14
# version)", "Claude 3 Opus [Large language model]"
_NAMED = lazy_compile(
    r"(?<![\w.])(?P<name>[A-Z][\w+-]{1,30}(?:\s[A-Z0-9][\w.+-]{0,20}){0,3})"
    r"\s?(?:\((?P<version>[^()]{1,60})\)|(?=\[))"
)
_VERSION_WORD = lazy_compile(
    r"version|versión|versão|fassung|\bstand\b|modell?\b|modèle|modelo|gpt-?\d|release",
    re.IGNORECASE,
)


def ai_tool(ref: Reference) -> Reference:
    """``ref`` titled by the AI tool it cites and made ``web`` (see the module's
    description), else ``ref`` unchanged."""
    text = ref.raw
    name = _tool_name(text)
    if name is None:
        return ref
    signal = (
        _AI_DESCRIPTION.search(text) is not None
        or name.casefold() in _AI_NAMES
        or _AI_HOST.search(text) is not None
    )
    if not signal:
        return ref
    return replace(ref, title=name, kind=RefKind.WEB)


def _tool_name(text: str) -> str | None:
    """The first name followed by a version in parentheses or a bracketed description."""
    for m in _NAMED.finditer(text[:400]):
        version = m.group("version")
        if version is None or _VERSION_WORD.search(version):
            return m.group("name")
    return None


# "Duden online (o. J.): cringe", "Merriam-Webster (n.d.): cringe", "Statistik Austria
# (2021): Title": a body or dictionary, the year or its absence, a colon, the title
# (no date: the no-date words of :data:`~.yearwords.NO_DATE_WORDS`, "sine anno" in full)
_NO_DATE = rf"{abbreviations(NO_DATE_WORDS)}|sine\sanno"
_DATED_HEAD = lazy_compile(
    rf"(?P<who>[^\W\d_][^():;,.\d]{{1,60}}?)\s\((?:(?P<year>(?:1[5-9]|20)\d\d)[a-z]?|{_NO_DATE})\)"
    r":\s(?P<title>\S.*)"
)


def dated_head(ref: Reference) -> Reference:
    """``ref`` whose title was read as ``Who (year): Title`` with that head taken out of the
    title (the author given when none was read), else ``ref`` unchanged."""
    if ref.title is None:
        return ref
    m = _DATED_HEAD.fullmatch(ref.title)
    if m is None or not " ".join(ref.raw.split()).startswith(m.group("who")):
        return ref
    year = int(m.group("year")) if m.group("year") else None
    return replace(
        ref,
        title=m.group("title"),
        authors=ref.authors or (m.group("who"),),
        year=ref.year if ref.year is not None else year,
    )


# "s. v. „cringe“", "s.v. "cringe,"", "s.v. « cringe »", "s. v. Reformation": the entry
# under that headword
_SUB_VOCE = lazy_compile(
    r"(?<!\w)s\.\s?v\.\s?(?:[„“\"«‹‚']\s?(?P<quoted>[^„“”\"«»‹›‚‘’]{1,80}?)\s?[“”\"»›‘’]"
    r"|(?P<bare>[^\W\d_][^\s,;:]{0,40}))"
)


def sub_voce(ref: Reference) -> Reference:
    """``ref`` titled by the headword of the dictionary or encyclopedia entry it cites
    ``s. v.`` (Chicago 14.233; German and French notes alike) when no title was read (an
    online dictionary named as the site: ``Merriam-Webster, s.v. "rizz"``), else
    unchanged (a printed dictionary's title is the work's: ``Hooper, *Lexicon*, 1811, s.v.
    "placebo."``)."""
    if ref.title is not None:
        return ref
    m = _SUB_VOCE.search(ref.raw)
    if m is None:
        return ref
    word = (m.group("quoted") or m.group("bare") or "").strip().rstrip(",.;:").strip()
    return replace(ref, title=word) if word else ref


# slides by their own words, in the languages of university teaching: a plural, or a
# singular with its number ("Folie 7", "slide 14"); German nouns by their capital ("folie"
# is French madness)
_SLIDES = lazy_compile(
    r"(?<!\w)(?:Folien|Vorlesungsfolien|Foliensatz|Präsentationsfolien|Folie\s\d"
    r"|(?i:slides|slide\sdeck|slide\s\d|diapositivas|diapositives|diapos|diapositiva\s\d"
    r"|diapositive\s\d))(?!\w)"
)
# ... named as a lecture's ("lecture slides", "Vorlesungsfolien"), or with its lecture
_LECTURE_SLIDES = lazy_compile(
    r"(?<!\w)(?:Vorlesungsfolien|(?i:lecture\sslides|course\sslides|slides\sof\sthe\slecture"
    r"|diapositivas\sde\sclase|diapositives\sdu\scours))(?!\w)"
)
# a lecture, and a learning platform it was given on
_LECTURE = lazy_compile(
    r"(?<!\w)(?:Vorlesung|Vorlesungen|(?i:lecture|cours\smagistral|clase\smagistral"
    r"|lezione))(?!\w)"
)
_LMS = lazy_compile(
    r"(?<!\w)(?:Moodle|ILIAS|Stud\.IP|OpenOLAT|OLAT|Canvas|Blackboard|Brightspace"
    r"|Google\sClassroom)(?!\w)"
)


def slide_deck(ref: Reference) -> Reference:
    """``ref`` made ``web`` when it is lecture slides: when no kind was read, by its slides
    or a lecture on a learning platform; when it was read as a book (a university taken for
    the publisher), by slides and a lecture together."""
    text = ref.raw
    slides = _SLIDES.search(text) is not None
    lecture = _LECTURE.search(text) is not None
    if ref.kind is RefKind.UNKNOWN and (slides or (lecture and _LMS.search(text) is not None)):
        return replace(ref, kind=RefKind.WEB)
    if ref.kind is RefKind.BOOK and (
        _LECTURE_SLIDES.search(text) is not None or (slides and lecture)
    ):
        return replace(ref, kind=RefKind.WEB)
    return ref


# a hashtag or handle (not inside an address or an e-mail) with a digit in it
_TAG = lazy_compile(r"(?<![\w/.:@#%=&?+-])[#@][^\W\d_][\w.]{0,60}")


def masked_tags(text: str) -> str:
    """``text`` with the digits of its hashtags and handles made ``x`` (same length)."""
    return _TAG.sub(lambda m: re.sub(r"\d", "x", m.group(0)), text)


def restored_tags(ref: Reference, text: str, masked: str) -> Reference:
    """``ref`` (read from ``masked``) with its text fields holding the tags as written."""
    # (a masked tag is matched as a tag again: one pass puts each back)
    shown = {
        masked[m.start() : m.end()]: m.group(0)
        for m in _TAG.finditer(text)
        if any(c.isdigit() for c in m.group(0))
    }

    def back(value: str | None) -> str | None:
        if value is None:
            return None
        return _TAG.sub(lambda m: shown.get(m.group(0), m.group(0)), value)

    return replace(
        ref,
        raw=text,
        title=back(ref.title),
        host=back(ref.host),
        publisher=back(ref.publisher),
        authors=tuple(back(a) or a for a in ref.authors),
    )
