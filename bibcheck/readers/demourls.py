"""Addresses in running text that are example input, not sources.

A text on web security, a tutorial or a course note shows the addresses it talks about:
an attack string (``http://www.monsite.com/search.html?q=xss+%3Cscript%3E…``, a
``?id=1' OR '1'='1`` query, a ``../../etc/passwd`` path), a local server
(``http://localhost:8080/``, ``http://127.0.0.1/``, ``http://192.168.0.1/admin``) or a
site named as anyone's ("mysite.com", "yourdomain.com", "monsite.com", "votresite.fr",
"meine-webseite.de").  Linked or not, such an address is the demo's input: it cites no
work, and is no link citation.  (An invented source's ``*.example.org`` host is not
judged here: a document may cite a page there.)
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from bibcheck.lazyre import lazy_compile

# a host no one publishes at: the machine itself, a private network, "any address"
_LOCAL_HOST = lazy_compile(
    r"^(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|10(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2}"
    r"|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2}|\[::1\])$",
    re.I,
)
# a site named as the reader's or the writer's: "mysite.com", "your-domain.org",
# "monsite.com", "votresite.fr", "meinewebseite.de", "tusitio.es", "ilmiosito.it"
_ANYONES_HOST = lazy_compile(
    r"^(?:www\.)?(?:my|your|our|mon|ma|votre|notre|ton|mein|meine|dein|deine|unsere?|mi|tu"
    r"|il-?mio|il-?tuo)-?(?:site|web-?site|domain|domaine|blog|shop|server|serveur|app"
    r"|(?:web)?seite|sitio|dominio|sito|page|company|store)\.[a-z]{2,6}$",
    re.I,
)
# an attack string in the address: a script tag, a script URL, an SQL injection, a
# path that climbs out of the web root
_PAYLOAD = lazy_compile(
    r"<\s*/?\s*script|javascript:|\bunion[\s+]+(?:all[\s+]+)?select\b|'[\s+]*or[\s+]*'?\d"
    r"|'[\s+]*or[\s+]+'?[a-z]'?[\s+]*=|\.\./\.\./|<\s*(?:img|svg|iframe)\b|\bonerror\s*=",
    re.I,
)
_SHOWN = 2000  # characters of an address looked at


def is_demo_url(url: str) -> bool:
    """Is ``url`` example input (an attack string, a local server, anyone's site), not a
    source?"""
    url = url.strip()[:_SHOWN]
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    host = (parts.hostname or "").rstrip(".")
    if host and (_LOCAL_HOST.match(host) or _ANYONES_HOST.match(host)):
        return True
    rest = unquote(f"{parts.path}?{parts.query}").replace("+", " ")
    return _PAYLOAD.search(rest) is not None
