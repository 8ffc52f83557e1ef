"""Posts on social media, videos and podcast episodes cited in notes (Chicago 14.206-14.209).

Chicago writes the author's handle in parentheses after the name, then the post's text (or
the video's title) in quotation marks, the platform and the date::

    Ann Author (@annauthor), "Text of the post," X, May 2, 2020, https://x.com/…
    Bo Writer (@bowrites), "A caption," Instagram, April 30, 2021, https://www.instagram.com/p/…

:func:`without_handle` takes the handle out (the name is the author, the handle no part of
it); :func:`platform_post` makes a work on such a platform's own address a web resource (a
post, a video, a playlist, an episode), not an article of a journal named like the platform.
"""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import urlsplit

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["platform_post", "without_handle"]

# "Name (@handle), ": the handle right after the name, before the comma
_HANDLE = lazy_compile(r"^(?P<name>[^,()@\d]{2,80}?)\s\(@[\w.]{1,40}\)(?=,\s)")
_PLATFORMS = (
    "youtube.com", "youtu.be", "vimeo.com", "x.com", "twitter.com", "instagram.com",
    "facebook.com", "tiktok.com", "threads.net", "bsky.app", "mastodon.social",
    "reddit.com", "open.spotify.com", "podcasts.apple.com", "soundcloud.com",
)  # fmt: skip


def without_handle(rest: str) -> str:
    """``rest`` without the handle after the author's name (see the module's description)."""
    return _HANDLE.sub(r"\g<name>", rest, count=1)


def platform_post(ref: Reference, url: str) -> Reference:
    """``ref`` as a web resource when ``url`` (its first address that is no DOI) is on a
    social-media, video or podcast platform and nothing made it a book, chapter, report or
    thesis."""
    if ref.kind not in (RefKind.ARTICLE, RefKind.UNKNOWN) or not url:
        return ref
    try:
        host = (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return ref
    if not any(host == p or host.endswith("." + p) for p in _PLATFORMS):
        return ref
    return replace(ref, kind=RefKind.WEB)
