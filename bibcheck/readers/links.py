"""External links in the body as citations (HTML, reStructuredText, wikitext).

A blog post or an article without footnotes cites its sources by linking
them: ``according to <a href="https://stats.example.org/2023">the 2023
survey</a>, exports rose``.  Readers that see such links collect them with
:class:`LinkCollector`: every distinct URL becomes a note labelled ``L1``,
``L2``... (in order of first use) whose reference is the linked page, titled
by the link text, and every link a marker at the link's line and column
whose claim is the sentence around the link (the marker's offset is the end
of that sentence).

Whether the links count as citations is decided at ingest by the
:class:`~bibcheck.model.LinkPolicy` (:func:`apply_link_policy`), not by the
reader: ``auto`` (the default) only when the document has no footnotes or
citation markers of its own, ``always``, or ``never``.  Notes made from
links are not expected to be in a literature list (``literature_partial``).
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from bibcheck.errors import InputError
from bibcheck.lazyre import lazy_compile
from bibcheck.model import (
    Anomaly,
    AnomalyCode,
    LinkPolicy,
    RawDocument,
    RawMarker,
    RawNote,
    Reference,
    RefKind,
    TextBlock,
)
from bibcheck.parse.claim_text import SCRIPT_STOP
from bibcheck.parse.references.fields import doi_from_url
from bibcheck.readers.demourls import is_demo_url
from bibcheck.urls import citing_fragment, extract_urls, is_references_page, normalise_key

LABEL_PREFIX = "L"
_EXTERNAL = lazy_compile(r"^(?:https?|ftp)://[^/\s]", re.I)
# (possessive, and starts a run of stops: a run that fails is not tried again from each of
# its stops; _STOPS reads one from a given offset, which may be inside a run)
_STOPS = rf"[.!?…]++[\"'”»)\]]*+(?=\s|$)|{SCRIPT_STOP}"
_SENTENCE_END = lazy_compile(rf"(?<![.!?…。！？؟۔।॥։\u037e])(?:{_STOPS})")
_STOPS_AT = lazy_compile(_STOPS)
_STOP_CHARS = ".!?…。！？؟۔।॥։\u037e"
_SPACE = lazy_compile(r"\s+")

# Links that are not citations: the page's own chrome and share buttons, by their text ...
CHROME_TEXT = lazy_compile(
    r"^(?:view (?:this (?:e-?mail|newsletter|issue|post) )?(?:in (?:your |a |the )?browser"
    r"|online|on the web)|read (?:it |this )?online|web version|unsubscribe|manage (?:your )?"
    r"(?:preferences|subscription)|update (?:your )?preferences|subscribe(?: here)?|"
    r"forward (?:this )?to a friend|share(?: (?:this|on \w+))?|tweet(?: this)?|permalink|"
    r"back to top|edit (?:this page|on github)|(?:previous|next)(?: (?:issue|post|page))?|"
    r"home|archives?|rss|открыть в браузере|отписаться|подписаться|поделиться|"
    # newsletter platforms' buttons (Substack, Ghost, beehiiv)
    r"restack|like|comments?|leave a comment|start writing|subscribe now|upgrade to paid|"
    r"share this (?:post|article|issue|newsletter)|get the app|"
    r"(?:download|open|read|continue) (?:in |on )?(?:the )?app)\W*$",
    re.I,
)
# ... or by their address (share and subscribe endpoints).
CHROME_URL = lazy_compile(
    r"^https?://(?:www\.)?(?:(?:twitter|x)\.com/(?:intent|share)|facebook\.com/shar|"
    r"linkedin\.com/(?:shareArticle|sharing)|reddit\.com/submit|news\.ycombinator\.com/submit|"
    r"t\.me/share|telegram\.me/share|vk\.com/share|api\.whatsapp\.com/send|wa\.me/|"
    r"pinterest\.com/pin/create|bsky\.app/intent|threads\.net/intent|tumblr\.com/share|"
    r"getpocket\.com/(?:save|edit)|buffer\.com/add|connect\.ok\.ru/offer|"
    r"flipboard\.com/bookmarklet|"
    r"(?:[\w-]+\.)?substack\.com/(?:signup|sign-in|app(?:-link)?|account|refer|subscribe|"
    r"action/disable_email)\b|"
    r"[^/]*/(?:[^?#]*/)?(?:unsubscribe|manage-preferences|email-preferences)\b|"
    r"[^?#]*\?(?:[^#]*&)?(?:share|shared)=[\w-]+(?:[&#]|$)|"  # ?share=twitter (Jetpack)
    r"[^?#]*\?(?:[^#]*&)?action=share\b|"  # a newsletter's share button
    r"(?:[\w-]+\.)?substack\.com/p/[^?#]+/comments\b|"
    # a newsletter's sign-up form, whatever the language of the words around it: the
    # mailing-list services' hosted pages (Mailchimp's mailchi.mp, eepurl.com and
    # list-manage.com forms, a TinyLetter or Buttondown newsletter's own page, a ConvertKit
    # form), and any site's subscribe page or newsletter page ("/subscribe",
    # "/newsletter/"; an issue under it, "/newsletter/2021-05", is a post, cited)
    r"mailchi\.mp/|eepurl\.com/|(?:[\w-]+\.)*list-manage\.com/|"
    r"tinyletter\.com/[^/?#]+/?(?:[?#]|$)|"
    r"buttondown\.(?:email|com)/(?:api/emails/(?:embed-)?subscribe|[^/?#]+/?(?:[?#]|$))|"
    r"[\w-]+\.ck\.page/|"
    r"[^?#\s]*/(?:subscribe|newsletter|sign-?up)(?:/?(?:[?#]|$)|/(?:confirm|thanks?)\b))",
    re.I,
)

# ... or because they name a person, not a work: a social-media profile (the author's "also
# on Medium", "discuss on Twitter" footer), as opposed to a post, which is cited
_END = r"/?(?:[?#][^/]*)?$"
PROFILE_URL = lazy_compile(
    r"^https?://(?:(?:www|mobile|m)\.)?(?:"
    rf"(?:twitter|x)\.com/(?!(?:i|home|search|hashtag|intent|share|explore)\b)\w{{1,15}}{_END}|"
    rf"linkedin\.com/in/[^/?#]+{_END}|"
    r"(?:facebook|instagram|threads)\.(?:com|net)/"
    rf"(?!(?:share|sharer|groups|events|pages|watch|p|reel|stories|permalink)\b)@?[\w.-]+{_END}|"
    rf"bsky\.app/profile/[^/?#]+{_END}|"
    rf"youtube\.com/(?:@|c/|channel/|user/)[^/?#]+{_END}|"
    rf"[^/?#\s]+/@[\w.-]+{_END}|"  # Medium, Mastodon and other "host/@name" profiles
    # a project's or community's chat room ("Discussions happen on our Zulip"): no work
    rf"[\w-]+\.zulipchat\.com{_END}|discord\.(?:gg|com/invite)/[\w-]+{_END}|"
    rf"gitter\.im/[^?#]+{_END}|matrix\.to/#/[^?\s]+$|[\w-]+\.slack\.com{_END}|"
    rf"join\.slack\.com/[^?\s]+$)",
    re.I,
)

# ... or because they credit a picture, not cite a work: "Photo by <a>Jane Roe</a> on
# <a>Unsplash</a>", "Image: Getty Images", "Illustration by ...", "Foto: ...", the lines
# blogs, newsletters and magazines put under a picture (whatever element holds them).
_PICTURE = (
    r"(?:(?:cover|header|featured|hero|top|lead|title|banner|feature)\s+)?"
    r"(?:photo(?:graph)?|image|picture|pic|illustration|graphic|artwork|drawing|cartoon|"
    r"foto(?:grafi[ae]|grafia)?|bild|imagem|imagen|immagine|ilustraci[oó]n|"
    r"ilustração|illustrazione|gambar|zdj[eę]cie|ilustracja|фото(?:графия)?|изображение|"
    r"иллюстрация|зображення|ілюстрація)s?"
)
CREDIT_LEAD = lazy_compile(
    r"^[\s(\[*_\"'“«]*(?:"
    rf"{_PICTURE}\s*(?:[:：]|[—–|]|\s-\s|credits?\b|courtesy\b|source\s*:|"
    r"(?:by|via|von|par|de|di|da|oleh|por|от|из)\s)"
    r"|(?:photo|image|picture|media|fot\.)\s*(?:credits?)?\s*:|credits?\s*:|"
    r"cr[ée]dits?(?:\s+photo)?\s*:|courtesy\s+of\s|(?:photographed|illustrated|drawn)\s+by\s|"
    r"fot\.\s)",
    re.I,
)
# Sites whose pages are pictures (stock libraries, Wikimedia Commons files) and licence
# deeds: a short line that links one of them is a credit (all its links).
PICTURE_URL = lazy_compile(
    r"^https?://(?:[\w-]+\.)*(?:unsplash\.com|pexels\.com|pixabay\.com|gettyimages\.[\w.]+|"
    r"istockphoto\.com|shutterstock\.com|stock\.adobe\.com|depositphotos\.com|"
    r"dreamstime\.com|123rf\.com|alamy\.com|freepik\.com|stocksnap\.io|rawpixel\.com|"
    r"burst\.shopify\.com|giphy\.com|upload\.wikimedia\.org|"
    r"commons\.wikimedia\.org/wiki/(?:File|Image|Datei|Fichier|Archivo|Файл):|"
    r"creativecommons\.org/(?:licenses|publicdomain)/)",
    re.I,
)
_CREDIT_WORDS = 16  # a credit line is short
# ... but a figure taken from a paper cites it: "(Image source: [Karpukhin et al.
# 2020](https://arxiv.org/abs/...))", "Figure from [Lee and Park 2021](https://doi.org/...)".
_CITED_WORK = lazy_compile(r"\bet\s+al\b|\bu\.\s?a\.|\bи\s+др\b", re.I)
_PAPER_URL = lazy_compile(
    r"^https?://(?:[\w-]+\.)*(?:doi\.org|arxiv\.org|biorxiv\.org|medrxiv\.org|ssrn\.com|"
    r"pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov/pmc|jstor\.org|aclanthology\.org|"
    r"openreview\.net|semanticscholar\.org|hal\.science|zenodo\.org)\b",
    re.I,
)


def is_credit(sentence: str, urls: list[str]) -> bool:
    """Is ``sentence``, which links ``urls``, a picture's credit line (no citation)?"""
    sentence = sentence.strip()
    if _CITED_WORK.search(sentence) or any(_PAPER_URL.match(url.strip()) for url in urls):
        return False
    if CREDIT_LEAD.match(sentence):
        return True
    return len(sentence.split()) <= _CREDIT_WORDS and any(
        PICTURE_URL.match(url.strip()) for url in urls
    )


# Links that say how a work may be reused -- a licence, the site's terms -- cite no source
# for a claim: "The data are released under [CC BY 4.0](…)", "Code: [MIT License](…/LICENSE)",
# "© 2024 Example Lab · [Terms of use](…)".  A licence's deed or legal code, a repository's
# licence file, a terms or privacy page by its address ...
LICENCE_URL = lazy_compile(
    r"^https?://(?:[\w-]+\.)*(?:creativecommons\.org/(?:licen[cs]es|publicdomain)/|"
    r"opensource\.org/licen[cs]es?/|gnu\.org/(?:licen[cs]es|copyleft)/|apache\.org/licen[cs]es/|"
    r"choosealicense\.com/licen[cs]es/|spdx\.org/licen[cs]es/|opendatacommons\.org/licen[cs]es/|"
    r"mozilla\.org/(?:[\w-]+/)?MPL/|unlicense\.org|wtfpl\.net|"
    r"nationalarchives\.gov\.uk/doc/open-government-licen[cs]e|etalab\.gouv\.fr/licence|"
    r"data\.norge\.no/nlod)"
    # a repository's licence file: ".../blob/main/LICENSE", ".../COPYING.txt"
    r"|^https?://[^?#\s]*/(?:LICEN[CS]E|COPYING)(?:[.-]\w{1,8})?/?(?:[?#]\S*)?$"
    # a terms, privacy or legal-notice page
    r"|^https?://[^?#\s]*/(?:terms(?:[-_](?:of[-_])?(?:use|service|conditions))?|tos|"
    r"privacy(?:[-_](?:policy|notice))?|legal(?:[-_]notice)?|impressum|imprint|"
    r"nutzungsbedingungen|datenschutz|mentions-legales|cgu|"
    # (the data-collection and cookie notices of a platform's footer: Substack's "/ccpa",
    # "Cookie policy", "Do not sell my personal information")
    r"ccpa|collection[-_]notice|cookies?[-_](?:policy|notice|settings)|"
    r"do[-_]not[-_]sell(?:[-_][\w-]*)?)(?:\.html?|\.php)?/?(?:[?#]\S*)?$",
    re.I,
)
# ... or by the words of the link, short ones naming a licence or the terms
LICENCE_TEXT = lazy_compile(
    r"\bCC[\s-]?(?:BY|0|zero)\b|\bcreative\s+commons\b|\bpublic\s+domain\b|"
    r"\b(?:A|L)?GPL(?:-?v?\d(?:\.\d)?)?\b|\b(?:MIT|BSD|ISC|Apache|Mozilla|Eclipse)\b.{0,20}"
    r"\blicen[cs]e\b|\bApache[\s-]2\.0\b|\bMPL[\s-]?2|\bODbL\b|\bODC[\s-]By\b|"
    r"\bopen\s+government\s+licen[cs]e\b|\blicen[cs]es?\b|\blicen[cs]ia\b|\blicença\b|"
    r"\blicenza\b|\bllicència\b|\bLizenz\b|\blicentie\b|\blicencja\b|\bлиценз|"
    r"\bterms\s+(?:of|and|&)\s+\w|^\W*terms\W*$|\bprivacy\s+(?:policy|notice|statement)\b|"
    r"^\W*privacy\W*$|\bimpressum\b|\blegal\s+notice\b|"
    r"\bmentions\s+légales\b|\bconditions\s+(?:générales\s+)?d['’]utilisation\b|"
    r"\btérminos\s+(?:de\s+uso|y\s+condiciones)\b|\bnutzungsbedingungen\b|\bdatenschutz|"
    r"\bусловия\s+использования\b|\bполитика\s+конфиденциальности\b|"
    r"\bcollection\s+notice\b|\bcookie\s+(?:policy|notice|settings|preferences)\b|"
    r"\bdo\s+not\s+sell\b|\byour\s+privacy\s+choices\b",
    re.I,
)
_LICENCE_WORDS = 8  # a link naming a licence is short
# The sentence grants or states the terms: "released under", "licensed", "available under",
# "subject to", "©", "publiée sous", "veröffentlicht unter", "publicado bajo" ...
_GRANT = lazy_compile(
    r"\b(?:under|licen[cs]ed|released|distributed|available|published|shared|provided|"
    r"reus\w*|re-us\w*|redistribut\w*|dedicat\w+|waive\w*|public\s+domain|subject\s+to|governed\s+by|in\s+accordance\s+with|"
    r"terms|copyright|rights\s+reserved|sous|unter|bajo|sob|sotto|onder|pod|под|"
    r"publi\w+|distribu\w+|dispon\w+|lizenziert|veröffentlicht|bereitgestellt|"
    r"licenci\w+|llicenci\w+|распространя\w+|опубликован\w*|доступ\w*)\b|©|\(c\)|"
    r"\blicen[cs]e\s*:|\blicence\s*:",
    re.I,
)

_LICENSED = lazy_compile(
    r"licen[cs]ed|lizenziert|licenciad|sous\s+licence", re.I
)  # "[MIT-licensed](…)"


def is_licence(url: str, text: str, sentence: str) -> bool:
    """Is a link to ``url`` with the words ``text``, in ``sentence``, a licence or terms
    link that says how something may be reused (no citation)?

    The link is a licence's (its address: a deed, a legal code, a licence file, a terms
    page; or its few words name a licence or the terms), and the sentence states the
    terms ("released under", "©", "Licence:") or is a footer of links; a sentence that
    says something about the licence ("The [GPL](…) added patent clauses") cites it."""
    words = text.split()
    if not (
        LICENCE_URL.match(url.strip())
        or (0 < len(words) <= _LICENCE_WORDS and LICENCE_TEXT.search(text))
    ):
        return False
    rest = sentence.replace(text, " ", 1) if text else sentence
    return (
        bool(_GRANT.search(rest) or _LICENSED.search(text)) or len(re.findall(r"\w{2,}", rest)) <= 2
    )


# Substack wraps a newsletter's links as ``substack.com/redirect/2/<base64 of {"e": url}>``
_SUBSTACK_REDIRECT = lazy_compile(
    r"^https?://(?:[\w-]+\.)?substack\.com/redirect/\d+/(?P<data>[A-Za-z0-9_-]+={0,2})", re.I
)


def redirect_target(url: str) -> str:
    """The address a newsletter's redirect link stands for (a Substack ``/redirect/2/``
    link carries it base64-encoded), else ``url`` itself."""
    m = _SUBSTACK_REDIRECT.match(url.strip())
    if m is None:
        return url
    data = m.group("data")
    try:
        decoded = json.loads(base64.urlsafe_b64decode(data + "=" * (-len(data) % 4)))
    except (ValueError, UnicodeDecodeError):
        return url
    target = decoded.get("e") if isinstance(decoded, dict) else None
    return target if isinstance(target, str) and is_external(target) else url


def is_chrome(url: str, text: str) -> bool:
    """A share button, "View in browser", "Unsubscribe", a profile page and the like: no
    citation."""
    url = url.strip()
    return bool(
        CHROME_URL.match(url) or PROFILE_URL.match(url) or CHROME_TEXT.match(text.strip(" *_"))
    )


def is_external(url: str) -> bool:
    """An absolute http(s)/ftp address (not a fragment, a relative path or mailto:)."""
    return bool(_EXTERNAL.match(url.strip()))


def sentence_end(text: str, offset: int) -> int:
    """Offset just after the sentence that contains ``offset`` (or the end of ``text``).

    A period right after a single capital (an initial, "J. Smith") does not end it.
    """
    inside = 0 < offset <= len(text) and text[offset - 1] in _STOP_CHARS  # (a run's middle)
    first = _STOPS_AT.match(text, offset) if inside else None
    if first is not None:
        if not (first.group(0).startswith(".") and _after_initial(text, offset)):
            return first.end()
        offset = first.end()
    for m in _SENTENCE_END.finditer(text, offset):
        if m.group(0).startswith(".") and _after_initial(text, m.start()):
            continue
        return m.end()
    return len(text.rstrip())


def _after_initial(text: str, start: int) -> bool:
    """The last word before ``start`` (whitespace before it skipped) is one capital; looked
    at from ``start`` back, not by splitting all the text before it again for each stop."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end > 0 and text[end - 1].isupper() and (end == 1 or text[end - 2].isspace())


def link_reference(url: str, text: str, line: int) -> Reference | None:
    """The reference a body link makes: the linked page, titled by the link text.

    None when ``url`` holds no usable address.
    """
    found = extract_urls(url.strip(), (line,))
    if not found.urls or found.urls[0].url is None:
        return None
    parsed = found.urls[0]
    shown = _SPACE.sub(" ", text).strip()
    title = shown if shown and not is_external(shown) and not shown.startswith("www.") else None
    raw = f"{shown} <{url.strip()}>" if shown else f"<{url.strip()}>"
    return Reference(
        raw=raw,
        line=line,
        end_line=line,
        kind=RefKind.WEB,
        style="link",
        title=title,
        url=parsed.url,
        url_raw=parsed.raw,
        url_display=parsed.display,
        doi=doi_from_url(parsed.url or ""),
        electronic=True,
        anomalies=found.anomalies,
    )


@dataclass(slots=True)
class WorkKeys:
    """Which body links cite the same work, in document order: the links to one page
    (:func:`~bibcheck.urls.normalise_key`: not the scheme, ``www.``, tracking parameters)
    are one work, unless their fragments tell works apart.

    A fragment names the work when the page lists works (an anchor on a references or
    bibliography page, ``zreferences.html#id328``), or when the document links one page
    with two different fragments (``/data/#lodes`` and ``/data/#qwi``); a page linked with
    and without one fragment (``/guide`` and ``/guide#install``) stays one work.
    """

    # normalised page -> the fragment its work was first linked with ('' none yet)
    _claimed: dict[str, str] = field(default_factory=dict)

    def key(self, url: str) -> str:
        """The work key of ``url``: its normalised page, and ``#fragment`` when the fragment
        names one of several works on it."""
        page = normalise_key(url.strip())
        fragment = citing_fragment(url)
        if not fragment:
            self._claimed.setdefault(page, "")
            return page
        if is_references_page(url):
            return f"{page}#{fragment}"
        claimed = self._claimed.setdefault(page, fragment)
        if not claimed:
            self._claimed[page] = claimed = fragment
        return page if claimed == fragment else f"{page}#{fragment}"


@dataclass(slots=True)
class LinkCollector:
    """Body links in document order: one note per distinct work (:class:`WorkKeys`: a URL,
    or a URL with the fragment that names the work), one marker per link."""

    markers: list[RawMarker] = field(default_factory=list)
    notes: list[RawNote] = field(default_factory=list)
    _labels: dict[str, str] = field(default_factory=dict)  # work key -> label
    _keys: WorkKeys = field(default_factory=WorkKeys)

    def add(self, url: str, text: str, *, line: int, column: int, block: int, offset: int) -> bool:
        """Record a link; False when ``url`` is not an external address."""
        if not is_external(url) or is_chrome(url, text) or is_demo_url(url):
            return False  # (an attack string or a local server shown: example input)
        key = self._keys.key(url)
        label = self._labels.get(key)
        if label is None:
            ref = link_reference(url, text, line)
            if ref is None:
                return False
            label = f"{LABEL_PREFIX}{len(self._labels) + 1}"
            self._labels[key] = label
            self.notes.append(RawNote(label, ref.raw, line, line, (line,), reference=ref))
        self.markers.append(RawMarker(label, line, column, block, offset))
        return True


def joined_links(
    links: list[tuple[str, int, int]], link: tuple[str, int, int]
) -> list[tuple[str, int, int]]:
    """``links`` (target, start, end) with ``link`` added: joined to the one before it when
    they touch and its target continues that one's.  A word processor's autocorrect cuts
    an address at a parenthesis ("…/Minification_(programming" linked, then ")" linked to
    the whole address): one link, to the whole address."""
    if links:
        before, start, end = links[-1]
        target, at, stop = link
        if end == at and len(target) > len(before) and target.startswith(before):
            return [*links[:-1], (target, start, stop)]
    links.append(link)
    return links


@dataclass(frozen=True, slots=True)
class BodyLink:
    """A link in a body line: where it stands and what it shows."""

    line: int  # 1-based
    column: int  # 1-based
    url: str
    shown: str


def place_links(links: Sequence[BodyLink], blocks: Sequence[TextBlock]) -> LinkCollector:
    """The links as link citations: each in the paragraph of its line, its offset the end
    of the sentence around its shown text."""
    collector = LinkCollector()
    at: dict[int, tuple[int, int]] = {}  # line -> (block index, offset of the line's text)
    for index, block in enumerate(blocks):
        for offset, line in block.pieces:
            at.setdefault(line, (index, offset))
    searched: dict[int, int] = {}  # block index -> offset searched up to
    for link in links:
        where = at.get(link.line)
        if where is None:
            continue
        index, start = where
        text = blocks[index].text
        found = text.find(link.shown, max(start, searched.get(index, 0)))
        if found < 0:
            found = text.find(link.shown, start)
        end = found + len(link.shown) if found >= 0 else start
        searched[index] = end
        collector.add(
            link.url,
            link.shown,
            line=link.line,
            column=link.column,
            block=index,
            offset=sentence_end(text, end),
        )
    return collector


# A sentence that points at the author's own material, in the languages of the documents: the
# project's pages, the author's photos, "our" data set or repository -- such a link cites no
# source ("Field data from the trials are published on the project pages.", "The photos are
# on the author's project page (…)", "… жобаның бетінде жарияланады: …"), the author's ORCID
# record or own list of works ("Complete list of published work in MyBibliography: …")
_OWN_MATERIAL = lazy_compile(
    r"(?<![^\W\d_])(?:project|projects|projekt\w*|projet\w*|proyecto\w*|progetto|progetti"
    r"|projeto\w*|проект\w*|жоба\w*|loyiha\w*|layihə\w*|төсл\w*|նախագ\w*|our|ours"
    r"|unser\w*|notre|nos|nuestr\w*|nostr\w*|nosso\w*|наш\w*|replication|supplementary"
    r"|appendix|codebook|github|gitlab|zenodo|osf|orcid|my|(?-i:My[A-Z]\w*))(?![^\W\d_])",
    re.I,
)


# A sentence that sends the reader to a site rather than citing it for a claim, in the
# languages of the documents: "For more information, visit the agency's website", "see
# its home page", "Weitere Informationen auf der Website", "plus d'informations sur le site"
# -- an address, not a source (as a bare autolink in running prose)
_NAVIGATION = lazy_compile(
    r"(?<![^\W\d_])(?:visit|website|web\s?site|homepage|home\s+page|more\s+information"
    r"|further\s+information|webseite|internetseite|weitere\s+informationen"
    r"|site\s+(?:web|internet)|plus\s+d['’]informations|sitio\s+web|página\s+web"
    r"|más\s+información|visite|visitez|besuchen|sito\s+web|sito\s+internet|visita(?:te)?"
    r"|maggiori\s+informazioni|mais\s+informações|webpagina|bezoek|meer\s+informatie"
    r"|веб-?сайт|сайт\w*|посетите|подробнее\s+на|strona\s+internetowa|odwiedź"
    r"|ιστοσελίδα|ιστότοπο\w*|upega\s+tafa['ʻ’]?ilagi|asiasi|webwe|ikhasi\s+le\s?webhu"
    r"|tovuti|situs\s+web|kunjungi|laman\s+web|weboldal\w*|verkkosivu\w*|webbplats\w*"
    r"|hjemmeside\w*|nettside\w*)(?![^\W\d_])",
    re.I,
)


def cites_beside_notes(links: LinkCollector, blocks: Sequence[TextBlock]) -> LinkCollector:
    """The body ``links`` of a document with notes of its own that cite their sentence: a
    link citing a third party's page, data or report ("the Statistics Committee's data
    (<…>) show …"); not one that points at the author's own material (:data:`_OWN_MATERIAL`,
    judged on the sentence and the address), nor one a sentence sends the reader to
    (:data:`_NAVIGATION`, "for more information, visit the website"), which cite nothing.
    Relabelled ``L1``, ``L2``…"""
    by_label = {n.label: n for n in links.notes}
    kept = []
    for marker in links.markers:
        note = by_label.get(marker.label)
        if note is None or note.reference is None or not 0 <= marker.block < len(blocks):
            continue
        sentence = _sentence(blocks[marker.block].text, marker.offset)
        if _OWN_MATERIAL.search(sentence) or _OWN_MATERIAL.search(note.reference.url or ""):
            continue
        if _NAVIGATION.search(sentence):  # "for more information, visit …": no source
            continue
        kept.append(marker)
    markers, notes = relabelled(kept, links.notes)
    return LinkCollector(markers=markers, notes=notes)


def listed_links(
    links: LinkCollector, literature: Sequence[RawNote]
) -> tuple[list[RawMarker], list[RawNote]]:
    """The body ``links`` whose address is the address of one entry of ``literature``, as
    citations of it: their markers labelled ``L1``, ``L2``… and a note per address holding
    the entry's text (a work the list gives in full, the link its citation).  Links to
    addresses no entry, or several, holds are left out."""
    owners: dict[str, list[RawNote]] = {}
    for entry in literature:
        found = extract_urls(entry.text, (entry.line,)).urls
        for url in {normalise_key(u.url) for u in found if u.url}:
            owners.setdefault(url, []).append(entry)
    entry_of = {
        n.label: found_entry
        for n in links.notes
        if n.reference is not None
        and n.reference.url
        and len(owned := owners.get(normalise_key(n.reference.url), [])) == 1
        for found_entry in owned
    }
    kept = [m for m in links.markers if m.label in entry_of]
    markers, notes = relabelled(kept, [n for n in links.notes if n.label in entry_of])
    old = {
        new.label: n.label
        for new, n in zip(notes, (n for n in links.notes if n.label in entry_of), strict=True)
    }
    return markers, [replace(n, text=entry_of[old[n.label]].text, reference=None) for n in notes]


def apply_link_policy(raw: RawDocument, policy: LinkPolicy) -> RawDocument:
    """``raw`` with its body links made citations when ``policy`` says so.

    A document whose only citations are links, read with ``never``, is refused
    (it would otherwise pass as a document with nothing to check).
    """
    raw = without_credits(raw)
    if not raw.link_markers:
        return raw
    if policy is LinkPolicy.NEVER:
        if not (raw.markers or raw.footnotes or raw.literature):
            raise InputError(
                f"the only citations found are {len(raw.link_notes)} links to other sites, "
                "and links are not citations with --link-citations never"
            )
        return raw
    if policy is LinkPolicy.AUTO and (raw.markers or raw.footnotes) and not raw.links_cite:
        # beside the document's own notes the links are no citations, but they are said
        told = any(a.code is AnomalyCode.LINK_NOT_CITED for a in raw.anomalies)
        left = () if told else uncounted_links(raw)
        return replace(raw, anomalies=(*raw.anomalies, *left))
    return replace(
        raw,
        markers=raw.markers + raw.link_markers,
        footnotes=raw.footnotes + raw.link_notes,
        literature_partial=True,
    )


def uncounted_links(raw: RawDocument) -> tuple[Anomaly, ...]:
    """The info anomaly for body links left uncounted beside a document's own notes (the
    default ``--link-citations auto``): how many, which (the first three), and where the
    first stands.  A link to an address a note or entry gives is that work's, not said."""
    given = {
        normalise_key(u.url)
        for n in (*raw.footnotes, *raw.literature)
        for u in extract_urls(n.text, (n.line,)).urls
        if u.url
    }
    notes = {
        n.label: url
        for n in raw.link_notes
        if n.reference is not None and (url := n.reference.url) and normalise_key(url) not in given
    }
    if not notes:
        return ()
    urls = list(notes.values())
    shown = ", ".join(urls[:3]) + (f" and {len(urls) - 3} more" if len(urls) > 3 else "")
    line = min(
        (m.line for m in raw.link_markers if m.label in notes), default=raw.link_markers[0].line
    )
    return (
        Anomaly(
            AnomalyCode.LINK_NOT_CITED,
            f"{len(urls)} link(s) to other sites in the body ({shown}) are not counted as "
            "citations beside the document's own notes (--link-citations always counts them)",
            line,
        ),
    )


def _sentence(text: str, end: int) -> str:
    """The sentence of ``text`` that ends at ``end`` (a :func:`sentence_end`)."""
    start = 0
    while start < end:
        stop = sentence_end(text, start)
        if stop >= end or stop <= start:
            break
        start = stop
    return text[start:end]


def without_licences(
    markers: Sequence[RawMarker],
    notes: Sequence[RawNote],
    blocks: Sequence[TextBlock],
    words: dict[str, str],
) -> tuple[list[RawMarker], list[RawNote]]:
    """``markers`` without the links that state a licence or the terms (:func:`is_licence`,
    judged in the sentence each stands in), the other link ``notes`` relabelled ``L1``,
    ``L2``... in their order; markers of other notes stay as they are.  ``words``: each
    link note's label -> the words of its link."""
    by_label = {n.label: n for n in notes}
    dropped = set()
    for i, m in enumerate(markers):
        note = by_label.get(m.label)
        if note is None or note.reference is None or not 0 <= m.block < len(blocks):
            continue
        sentence = _sentence(blocks[m.block].text, m.offset)
        if is_licence(note.reference.url or "", words.get(m.label, ""), sentence):
            dropped.add(i)
    if not dropped:
        return list(markers), list(notes)
    kept = [m for i, m in enumerate(markers) if i not in dropped and m.label in by_label]
    links, kept_notes = relabelled(kept, notes)
    renamed = iter(links)
    return [
        next(renamed) if m.label in by_label else m
        for i, m in enumerate(markers)
        if i not in dropped
    ], kept_notes


def without_credits(raw: RawDocument) -> RawDocument:
    """``raw`` without the body links of pictures' credit lines (:func:`is_credit`) and
    those that state a licence or the terms (:func:`is_licence`), the other links
    relabelled ``L1``, ``L2``... in their order."""
    words = {n.label: n.reference.title or "" for n in raw.link_notes if n.reference}
    markers, notes = without_licences(raw.link_markers, raw.link_notes, raw.blocks, words)
    raw = replace(raw, link_markers=tuple(markers), link_notes=tuple(notes))
    url_of = {n.label: (n.reference.url or "") if n.reference else "" for n in raw.link_notes}
    sentences: dict[tuple[int, int], list[str]] = {}
    for marker in raw.link_markers:
        sentences.setdefault((marker.block, marker.offset), []).append(url_of.get(marker.label, ""))
    credits = {
        where
        for where, urls in sentences.items()
        if 0 <= where[0] < len(raw.blocks)
        and is_credit(_sentence(raw.blocks[where[0]].text, where[1]), urls)
    }
    if not credits:
        return raw
    kept = [m for m in raw.link_markers if (m.block, m.offset) not in credits]
    markers, notes = relabelled(kept, raw.link_notes)
    return replace(raw, link_markers=tuple(markers), link_notes=tuple(notes))


def relabelled(
    kept: Sequence[RawMarker], notes: Sequence[RawNote]
) -> tuple[list[RawMarker], list[RawNote]]:
    """The link markers ``kept`` and the notes they use, labelled ``L1``, ``L2``... again in
    the notes' order."""
    used = {m.label for m in kept}
    new = {
        n.label: f"{LABEL_PREFIX}{i}"
        for i, n in enumerate((n for n in notes if n.label in used), start=1)
    }
    return (
        [replace(m, label=new[m.label]) for m in kept],
        [replace(n, label=new[n.label]) for n in notes if n.label in new],
    )
