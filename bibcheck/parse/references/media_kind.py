"""A broadcast or a sound recording, named as one after its title.

Reading lists of the arts and humanities cite radio and television programmes and records
with the printed works, and say what they are in the element after the title: a genre
named bare (``Luhačovické léto 1903. Rozhlasový pořad.``, ``… Radio programme, BBC Radio
3.``, ``… Hörfunksendung, SWR2.``, ``… Émission de radio, France Culture.``), or the record
label with the disc's catalogue number (``Janáček: Osud. Supraphon SU 3802-2.``,
``Die Jahreszeiten. Deutsche Grammophon 423 922-2.``, ``Requiem. Hyperion CDA67500.``);
or they close the entry with the set's count of discs, after the performers, the label and
the year (``Otello, Chorus and Orchestra …, conductor …, Decca SXL 1001-1003, 1961, 3 LP.``,
``…, 2 CD``, Italian ``2 dischi``).
Films, broadcasts and recordings are ``web`` by the corpus conventions
(tests/corpus/README.md), whatever a parser made of that element (a publisher called
"Rozhlasový pořad", a book of Supraphon's).  The element may come later: a recording's
citation names the performers and the conductor before the label and number, and the
medium after the year (``*Grands motets*, Ensemble, dir. Name, Label ABC 1234, 2008,
disque compact.``).  A work with a volume or an issue (an article
about a broadcast in a journal) keeps its own kind.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.title_end import after_title
from bibcheck.parse.references.venues import venue_start

__all__ = ["media_kind"]

# a broadcast or a recording named bare, in the languages such lists are written in
_MEDIUM = lazy_compile(
    r"(?:(?:Radio|Television|TV)\s(?:programme|program|broadcast|documentary|series|play)"
    r"|Podcast(?:\sepisode)?|Documentary\sfilm|Feature\sfilm|Sound\srecording|Audio\srecording"
    r"|Compact\sdisc|(?-i:CD|LP|DVD)|Blu-ray"
    r"|Hörfunksendung|Radiosendung|Rundfunksendung|Fernsehsendung|Hörspiel|Dokumentarfilm"
    r"|Spielfilm|Tonträger|Tonaufnahme"
    r"|Émission\s(?:de\s(?:radio|télévision)|radiophonique|télévisée)|Documentaire"
    r"|Enregistrement\ssonore|Disque\scompact"
    r"|Programa\sde\s(?:radio|televisión|televisão|rádio)|Grabación\ssonora|Documental"
    r"|Trasmissione\s(?:radiofonica|televisiva)|Programma\s(?:radiofonico|televisivo)"
    r"|Rozhlasový\spořad|Televizní\spořad|Rozhlasová\shra|Dokumentární\sfilm|Zvukový\száznam"
    r"|Rozhlasová\srelácia|Televízna\srelácia"
    r"|Audycja\sradiowa|Audycja\stelewizyjna|Program\stelewizyjny|Film\sdokumentalny"
    r"|Nagranie\sdźwiękowe|Радиопередача|Телепередача|Документальный\sфильм"
    r"|Hoorspel|Radioprogramma|Televisieprogramma"
    # a disc's or a tape's medium in other words and scripts: English "audiocassette",
    # German "Musikkassette", Persian "آلبوم صوتی" (an audio album), "نوار کاست" (a
    # cassette), "لوح فشرده" (a compact disc), Arabic "تسجيل صوتي", Malayalam "ഓഡിയോ
    # കാസറ്റ്" (an audio cassette), Hindi and Marathi "ध्वनिफीत" (a tape)
    r"|Audio\s?cassette|Audio\sCD|Musikkassette|آلبوم\sصوتی|نوار\sکاست|لوح\sفشرده"
    r"|تسجيل\sصوتي|ഓഡിയോ\sകാസറ്റ്|ഓഡിയോ\sസി\.?ഡി|ध्वनिफीत|ध्वनिमुद्रिका)"
    # (an Arabic-script comma or semicolon after it: "، آلبوم صوتی (تهران: …)")
    r"(?=[,.;:،؛]|\s\(|$)",
    re.IGNORECASE,
)
# a record label, then the disc's catalogue number ("SU 3802-2", "423 922-2", "CDA67500",
# "8.557432", "-CD-981"; never a year alone: "BIS 2019" is the Bank's report)
_LABEL = (
    r"(?:Supraphon|Panton|Deutsche\sGrammophon|Archiv\sProduktion|Decca|Philips|EMI"
    r"(?:\sClassics)?|Columbia|RCA(?:\sVictor)?|Sony\sClassical|Naxos|BIS|Hyperion|Chandos"
    r"|Harmonia\sMundi|Erato|Teldec|Telarc|ECM|Virgin\sClassics|Melodiya|Мелодия"
    r"|Polskie\sNagrania|Hungaroton|Ondine|Alia\sVox|Glossa|Ricercar|Channel\sClassics"
    r"|Nonesuch|Deutsche\sHarmonia\sMundi|Accent|Capriccio|Arcana|Opus\s111)"
)
_LABELLED_DISC = lazy_compile(
    rf"{_LABEL}[\s-](?!(?:1[5-9]|20)\d\d(?:[,.;:)]|\s|$))(?:[A-Z]{{1,5}}[-\s]?)*"
    r"\d[\d\s.-]{1,12}\d(?:-\d)?(?=[,.;:)]|\s|$)"
)
# the start of a later element: a recording's citation names the performers and the
# conductor before the label ("Title, Ensemble, dir. Name, Glossa GCD 921612, 2008, disque
# compact."), and its medium last, after the year
_ELEMENT = lazy_compile(r"[,.;،؛]\s(?=\S)")
# the set's count of discs that closes a recording's entry, after its performers, label
# and year ("…, Columbia 33CX 1001-1003, 1955, 3 LP.", "…, Decca, 1998, 2 CD.", "…, 2 dischi")
_COUNTED_DISCS = lazy_compile(
    r"[,.;]\s\d{1,2}\s(?:LPs?|CDs?|SACDs?|DVDs?|MCs?"
    r"|(?i:dischi|disques|discos|cassettes|musicassette|audiocassettes?))\.?$"
)
# a comma closing an element of an entry read whole as its title
_TITLE_ELEMENT = lazy_compile(r"[,،]\s(?=\S)")
_KINDS_READ = (RefKind.BOOK, RefKind.UNKNOWN, RefKind.REPORT, RefKind.ARTICLE)
# a broadcaster's word closing a station's name before its number ("BBC Radio 4", "Channel
# 4", "RAI Radio 3", "France Culture" has none, "ZDF" none, "Kanal 5", "Canal 9", "TV 2")
_BROADCASTER = lazy_compile(r"(?:^|\s)(?:Radio|Channel|TV|Television|Kanal|Canal|Canale|Rádio)$")


def media_kind(ref: Reference) -> Reference:
    """``ref`` as ``web`` when an element after its title names it a broadcast or a
    recording, or gives a record label with its catalogue number, or the entry closes with
    the count of its discs (module docstring);
    otherwise unchanged."""
    # (a "volume" that is the year is none)
    volume = ref.volume if ref.volume not in (ref.year_raw, str(ref.year)) else None
    # (nor is a station's number: "“Title,” BBC Radio 4, August 3, 1998, radio broadcast")
    station = _station(ref)
    if station is not None:
        volume = None
    if ref.kind not in _KINDS_READ or not ref.title or volume or ref.issue:
        return ref
    if ref.kind is RefKind.UNKNOWN and _medium_within(ref.title):
        return dataclasses.replace(ref, kind=RefKind.WEB)
    after = after_title(ref.raw, ref.title)
    if after is None:
        return ref
    start = venue_start(after)
    starts = [start, *(m.end() for m in _ELEMENT.finditer(after, start))]
    if (
        not any(_MEDIUM.match(after, at) or _LABELLED_DISC.match(after, at) for at in starts)
        and _COUNTED_DISCS.search(after.rstrip()) is None
    ):
        return ref
    if station is not None:
        return dataclasses.replace(ref, kind=RefKind.WEB, host=station, volume=None)
    return dataclasses.replace(ref, kind=RefKind.WEB)


def _medium_within(title: str) -> bool:
    """Does ``title`` (an entry no parser could split, read whole as its title) name a
    recording's medium as one of its comma's elements after the first (``Name, Title, audio
    cassette, Label MS 4471``, Malayalam ``…, ഓഡിയോ കാസറ്റ്, …``)?"""
    return any(_MEDIUM.match(title, at.end()) is not None for at in _TITLE_ELEMENT.finditer(title))


def _station(ref: Reference) -> str | None:
    """The station ``ref``'s host and "volume" name together when the host closes with a
    broadcaster's word and the volume is its number (``BBC Radio`` and ``4``: ``BBC Radio
    4``, ``Channel`` and ``4``, ``RAI Radio`` and ``3``), else None."""
    if not ref.host or not ref.volume or ref.issue or ref.pages:
        return None
    if not ref.volume.isdigit() or len(ref.volume) > 2 or _BROADCASTER.search(ref.host) is None:
        return None
    return f"{ref.host} {ref.volume}"
