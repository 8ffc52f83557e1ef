"""Links in an article's text that cite nothing: embedded posts and organisations' home
pages named in passing.

* A social-media post embedded in the page (Twitter/X's ``<blockquote
  class="twitter-tweet">``, Instagram's ``instagram-media``, TikTok's ``tiktok-embed``,
  Bluesky's ``bluesky-embed``, Reddit's ``reddit-embed-bq``, Threads' ``text-post-media``,
  Mastodon's ``mastodon-embed``) shows the post itself; the post's date link and the
  author's profile link in it are the embed's own furniture, no citation.
* A link to a site's home page whose text is the name of the site's owner ("the charity
  <a href="https://www.nea.org.uk/">National Energy Action</a>") names an organisation in
  passing; a link to a page of the site ("a survey by <a href=".../installer-survey-2024/">
  the Heat Pump Association</a>") or a home page described rather than named ("the
  <a href="https://lite.example.com/">text-only version of a news site</a>") still cites.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from bs4.element import Tag

from bibcheck.lazyre import lazy_compile

_EMBED = lazy_compile(
    r"^(?:twitter-tweet|twitter-video|instagram-media|tiktok-embed|bluesky-embed|"
    r"reddit-embed-bq|reddit-card|text-post-media|mastodon-embed|fb-post|fb-xfbml-parse-ignore)$",
    re.I,
)
_WORD = lazy_compile(r"[^\W\d_][\w'’&.-]*", re.U)
_MINOR = frozenset({"of", "for", "and", "the", "on", "in", "de", "du", "des", "la", "le", "&"})


def in_embed(tag: Tag) -> bool:
    """Is ``tag`` inside an embedded social-media post?"""
    parent: Tag | None = tag
    depth = 0
    while isinstance(parent, Tag) and depth < 30 and parent.name not in ("body", "article"):
        if any(_EMBED.match(c) for c in parent.get_attribute_list("class") if c):
            return True
        parent = parent.parent
        depth += 1
    return False


def _site_label(url: str) -> str | None:
    """The site's own name in a home page's address (``https://www.nea.org.uk/`` ->
    ``nea``); None when the address is a page of the site, not its home page."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.path not in ("", "/") or parts.query or not parts.hostname:
        return None
    labels = parts.hostname.lower().removeprefix("www.").split(".")
    return labels[0] if len(labels) >= 2 else None


def names_site(url: str, text: str) -> bool:
    """Is this a link to a site's home page whose text is the site owner's name (the
    capitalised words of a name whose initials or letters spell the site's address)?"""
    label = _site_label(url)
    words = _WORD.findall(text)
    if label is None or not words or len(words) > 8:
        return False
    major = [w for w in words if w.lower() not in _MINOR]
    if not major or not all(w[0].isupper() for w in major):
        return False
    squashed = re.sub(r"[\W_]", "", "".join(words)).lower()
    initials = "".join(w[0] for w in major).lower()
    every = "".join(w[0] for w in words).lower()
    return label in (squashed, initials, every)
