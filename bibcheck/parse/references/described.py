"""What an entry's own description says it is: APA's bracketed descriptions, report numbers
and retrieval dates, in the languages APA lists are written in.

* A bracketed description of a medium (``[Video]``, ``[Vidéo]``, ``[Podcast episode]``,
  ``[Épisode de podcast]``, ``[Tweet]``, ``[Publication]``, ``[Blog post]``, ``[Computer
  software]``, ``[Data set]``, ``[Code]`` …: software, code and data sets by
  :func:`.release_words.release_bracketed`): films, videos, podcasts, social-media posts,
  blog posts, software (a chatbot's ``[Large language model]`` too), datasets, slide decks
  (``[Lecture slides]``), preregistrations (``[Preregistration]``) and sound recordings
  (``[Album]``, ``[Song]``, ``[LP]``, ``[CD]``, ``[Record]``, Welsh ``[Recordiad]``; films
  on disc, ``[DVD]``) are ``web`` by the
  corpus conventions, whatever the shape of the rest
  (a podcast episode "In *Series*" is no chapter).  A work with a journal's volume or issue
  keeps its kind (a video article).
* A report number in parentheses right after an emphasised title, as APA writes a body's
  report or standard (``*Title* (Tech 3285)``, ``*Title* (IASA-TC 04, 2nd ed.)``,
  ``*Title* (NIST SP 800-53)``): ``report`` -- never an edition, a volume, a season or an
  episode (``(2nd ed.)``, ``(Vol. 2)``, ``(saison 1)``, ``(n° 47)``), nor a book's
  publisher and year as OSCOLA and AGLC give them (``*Title* (Hart Publishing 2015) 12``,
  ``*Title* (OUP 2020)``: the publisher and the year the entry was read with).
* An APA entry read as a book with a retrieval date (``Retrieved …, from``, ``Consulté le
  …``) and an address: APA gives that date only for pages that change, so it is a web page.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import broadcast_words, release_words
from bibcheck.parse.references.corporate import is_organisation
from bibcheck.parse.references.named_agents import named_agent

__all__ = ["described_kind", "described_medium"]

_MEDIA = (
    r"vid[eé]os?|vídeo|video\sfile|film|motion\spicture|pel[ií]cula|filme|webinaire?|webinar"
    r"|livestream|(?:television|tv)\sseries(?:\sepisode)?|s[ée]rie\st[ée]l[ée]vis[ée]e"
    r"|(?:audio\s)?podcast(?:\sepisode|-episode)?|[ée]pis[oó]d(?:e|io)\sde\spodcast"
    r"|tweet|toot|post|publication|status\supdate|facebook\spost|instagram\s(?:photo|video)"
    r"|blog\spost|billet\sde\sblog|entrada\sde\sblog|web\s?page|page\sweb|site\sweb|website"
    r"|p[áa]gina\sweb|mobile\sapp"
    # a broadcast or a film described in the list's language ("[Radio broadcast]",
    # "[radiooverføring]", "[Fernsehsendung]", "[émission de radio]": :mod:`.broadcast_words`)
    rf"|{broadcast_words.BROADCAST}"
    # a sound recording, as APA describes an album or a song ("[Album]", "[Song]", "[Audio
    # recording]") or a list names the disc's format ("[LP]", "[CD]", "[Vinyl]"); in the
    # writer's language: "[Álbum]", "[Canción]", "[Chanson]", "[Lied]", Swedish "[Skiva]",
    # "[Ljudinspelning]", Norwegian and Danish "[Lydopptak]", "[Lydoptagelse]"
    r"|album|álbum|song|canci[óo]n|can[çc][ãa]o|chanson|lied|(?:audio|sound)\srecording"
    r"|lp|cd|vinyl|skiva|grammofonskiva|ljudinspelning|ljudupptagning|lydopptak"
    r"|lydoptagelse"
    # ... or a film's or a staged work's disc or tape, as NLM names the medium ("[DVD]",
    # "[Blu-ray]", "[videocassette]", "[VHS]"; "[DVD-ROM]" is a disc of data, no film)
    r"|dvd|blu-ray|videocassette|vhs"
    # (a "[Record]" as the disc, never a "[Record of the meeting]"; Welsh "[Recordiad]",
    # "[Cryno-ddisg]", Irish "[Taifeadadh]", "[Albam]", "[Dlúthdhiosca]", Basque "[Diskoa]",
    # Estonian "[Heliplaat]", "[Helisalvestis]", Icelandic "[Hljómplata]", Lithuanian
    # "[Garso įrašas]", Slovene "[Zvočni posnetek]", Afrikaans "[Klankopname]")
    r"|record(?!\s(?:of|from|by)\b)|recordiad|cryno-?ddisg|taifeadadh|albam|dl[úu]thdhiosca"
    r"|diskoa|heliplaat|helisalvestis|hlj[óo]mplata|garso\s[įi]ra[šs]as|zvo[čc]ni\sposnetek"
    r"|klankopname"
    # (the bare designation a GOST or ISBD list sets after the title: "[Audio]", Russian
    # "[Звукозапись]", "[Аудиозапись]", Uzbek "[Audioyozuv]")
    r"|audio|audioyozuv|звукозапись|аудиозапись|аудио"
    # a slide deck (an unpublished talk's or a course's slides, shared online: "[Lecture
    # slides]", "[PowerPoint slides]", "[Diapositivas de clase]", "[Diaporama]",
    # "[Vorlesungsfolien]") -- never lecture notes, which no kind fits
    r"|(?:lecture\s|course\s|class\s|presentation\s|powerpoint\s|conference\s)?slides"
    r"|slide\sdeck|diapositivas|diapositives|diaporama|vorlesungsfolien|folien"
    # a generative model answering prompts, cited as software: "[Large language model]",
    # "[Modelo de lenguaje de gran tamaño]", "[Grand modèle de langage]", "[Chatbot]"
    r"|large\slanguage\smodel|modelo\sde\slenguaje|grand\smod[èe]le\sde\slangage"
    r"|gro(?:ß|ss)es\ssprachmodell|ki-sprachmodell|chatbot"
    # a study's preregistration on a registry (OSF, AsPredicted): "[Preregistration]",
    # "[Pre-registration]", "[Préenregistrement]", "[Preregistro]", "[Präregistrierung]"
    r"|pre-?registration|pr[ée]enregistrement|pre-?registro|pr[äa]registrierung"
    # Korean, Japanese and Chinese APA lists' descriptions: "[동영상]", "[動画]", "[视频]"
    # (video), "[웹 페이지]", "[ウェブページ]", "[网页]" (web page), "[블로그 게시물]" (blog post)
    r"|동영상|비디오|動画|视频|視頻"
    r"|웹\s?페이지|ウェブページ|网页|網頁"
    r"|블로그\s?(?:게시물|글)|ブログ記事|博客文章"
)
# (software, code and data sets, described in the list's language, are
# :func:`.release_words.release_bracketed`'s: "[Computer software]", "[Datensatz]", "[Code]")
# (a longer description goes on after "of", "from", "by" or a semicolon: "[Video recording of
# the production directed by …]", "[Film; directed by …]", "[Audio recording from the …]")
_MEDIUM = lazy_compile(
    rf"\[(?:{_MEDIA})(?:\s[^\[\]]{{0,30}}|\s(?:of|from|by)\s[^\[\]]{{1,100}}|;\s[^\[\]]{{1,100}})?\]",
    re.IGNORECASE,
)
# "*Title* (Tech 3285)", "*Title* (IASA-TC 04, 2e éd., …)", "*Title* (NIST SP 800-53 Rev. 5)":
# capitalised words (a body's series), then a number
_NUMBERED = lazy_compile(
    r"[*_]\s?\((?!(?:Vol|Vols|Volume|Season|Saison|Temporada|Episode|Épisode|Episodio|Part|Partie"
    r"|Issue|No|Nos|Nr|N°|Nº|Ed|Éd|Book|Livre|Tome|Tomo|Band|Bd|Original|Rev)\b)"
    r"[A-Z][\w.]*+(?:[-\s/][A-Z][\w.]*+){0,4}[-\s](?:No\.\s?)?\d[\w.:/-]*+[),]"
)
# (APA's "Retrieved … from" in the writer's language: Swedish "Hämtad … från", Norwegian
# and Danish "Hentet … fra", Dutch "Geraadpleegd op … van", "Opgehaald … van", Finnish
# "Haettu … osoitteesta", Polish "Pobrano … z"; Welsh "Cyrchwyd … o", Irish "Arna
# rochtain …", Icelandic "Sótt … af", Estonian "Vaadatud …", Lithuanian "Žiūrėta …",
# Latvian "Skatīts …", Slovene "Pridobljeno … s", Maltese "Aċċessat …", Afrikaans
# "Herwin op … van")
_RETRIEVED = lazy_compile(
    r"\b(?:Retrieved|Consulté\sle|Recuperado|Abgerufen\sam|Recuperato|Consultado"
    r"|Hämtad|Hämtat|Hentet|Geraadpleegd|Opgehaald|Haettu|Pobrano"
    r"|Cyrchwyd|Arna\srochtain|Sótt|Vaadatud|Žiūrėta|Skatīts|Pridobljeno|Aċċessat"
    r"|Herwin\sop)\b"
    # (the access phrase of ISO 690 as Spanish, Catalan, Portuguese, Italian and French
    # lists write it: "[consulta: 3 de febrero de 2024]", "Acesso em: 3 fev. 2024",
    # "(consultato il 3 febbraio 2024)", "[ultima consultazione: …]", "(consulté le …)")
    r"|[\[(]\s?consulta(?:do)?\s?:|(?i:\b(?:acess(?:o|ado)\s+em|consultat[oa]\s+il"
    r"|ultim[oa]\s+consultazione|consulté\s+le|consultado\s+(?:el|em))\b)"
)


def described_medium(raw: str) -> bool:
    """The entry describes its medium in brackets (``[Video]``, ``[Data set]``): web by the
    conventions, but a broadcast, a disc or a dataset on request has no address to miss."""
    return "[" in raw and (_MEDIUM.search(raw) is not None or release_words.release_bracketed(raw))


def _journal_numbered(ref: Reference) -> bool:
    return bool(ref.volume or ref.issue)


def _imprint(numbered: str, ref: Reference) -> bool:
    """Is the parenthesised "number" after the title (``*(Hart Publishing 2015)``) the
    publisher and year ``ref`` was read with -- a book's imprint, no report's number?  Only
    under people's names: a body's own publication is its report (``Home Office, *Title*
    (Home Office 2019)``)."""
    words, _, number = numbered.strip("*_ (),").rpartition(" ")
    publisher = ref.publisher or ""
    return bool(
        ref.year_raw
        and number == ref.year_raw
        and words
        and publisher.startswith(words)
        and ref.authors
        and not any(is_organisation(name) for name in ref.authors)
    )


def described_kind(ref: Reference, accessed: bool, has_url: bool) -> Reference:
    """``ref`` with the kind its description gives (see the module); ``accessed``: an access
    date was read; ``has_url``: the entry gives an address."""
    raw = ref.raw
    if not _journal_numbered(ref) and described_medium(raw):
        if ref.kind is not RefKind.WEB:
            return dataclasses.replace(ref, kind=RefKind.WEB)
        return ref
    bare_host = ref.host is not None and ref.host.startswith("(")
    reportable = ref.kind in (RefKind.BOOK, RefKind.UNKNOWN) or bare_host
    numbered = _NUMBERED.search(raw) if reportable else None
    if (
        numbered is not None
        and not _imprint(numbered.group(0), ref)
        # ("*Guidance for schools* (COVID-19)", "(SARS-CoV-2)": a virus's name, no number)
        and not (numbered.group(0).endswith(")") and named_agent(numbered.group(0)[1:].strip()))
    ):
        return dataclasses.replace(ref, kind=RefKind.REPORT, host=None if bare_host else ref.host)
    if (
        ref.style == "apa"
        and ref.kind is RefKind.BOOK
        and accessed
        and has_url
        and "ISBN" not in raw
        and _RETRIEVED.search(raw)
    ):
        return dataclasses.replace(ref, kind=RefKind.WEB)
    return ref
