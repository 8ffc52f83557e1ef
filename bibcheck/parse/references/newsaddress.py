"""A newspaper's article told by its address, when its entry names the paper by no paper word.

Many papers' names say nothing of a paper (``한겨레``, ``Le Monde``, ``El País``,
``Rzeczpospolita``, ``朝日``), and Markdown posts in Korean, Japanese and Chinese rarely
italicise them, so that an APA entry dated by its day reads as a web page of a site::

    김민지 (2022, 3월 10일). [Title](https://www.hani.co.kr/arti/politics/1034567.html). 한겨레.
    Dupont, M. (2022, 12 mars). Titre. Le Monde. https://www.lemonde.fr/article/2022/03/12/s
    Pérez, L. (2023, 4 de mayo). Título. El País. https://elpais.com/economia/2023-05-04/s.html
    佐藤 (2021, 5月 3日). 見出し. 朝日. https://www.asahi.com/articles/ASP5300XYZ.html

The address a news site files its articles under says what the name does not
(:func:`news_article_address`):

* an article's folder or page, as news sites' systems name it: ``/article/``, ``/articles/``,
  ``/arti/``, ``/artikel/``, ``/artykul/``, ``/noticia/``, ``/notizia/``, ``articleView``
  (``articleView.html?idxno=…``, the system many Korean papers run), ``view.html?idxno=``,
  ``/newsView/``;
* or a news desk's section (``/politics/``, ``/economy/``, ``/world/``, ``/society/``,
  ``/politik/``, ``/wirtschaft/``, ``/politique/``, ``/economia/``, ``/polityka/``…) and
  the day the article ran (``/2022/03/10/``, ``/2023-05-04/``, ``/20220310/``), in either
  order: a blog's post, filed by its day alone (:func:`.bodypage.dated_permalink`), has no
  desk.

A public body's site (``gov.uk``, ``*.gouv.fr``: its news is its own page,
:mod:`.news_page`) and a blog's are no paper's.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.news_page import government_host

__all__ = ["news_article_address"]

_ADDRESS = lazy_compile(r"https?://[^\s<>()\[\]]+")
# an article's folder or page in a news site's system
_ARTICLE = lazy_compile(
    r"/(?:articles?|arti|artikel|artykul|noticias?|notizia|newsView)(?=/|$)"
    r"|/articleView\.html$",
    re.IGNORECASE,
)
# ... or its query naming the article's number in the Korean papers' system
_ARTICLE_QUERY = lazy_compile(r"(?:^|&)idxno=\d+")
# a news desk's section, in the languages cited
_DESK = lazy_compile(
    r"(?:politics|political|economy|economics|business|world|international|national|society"
    r"|social|local|opinion|culture|sports?|science|education|health|finance|markets?|metro"
    r"|politik|wirtschaft|gesellschaft|ausland|inland|kultur|politique|economie|societe"
    r"|monde|politica|economia|sociedad|sociedade|mundo|cultura"
    r"|internacional|nacional|esteri|cronaca|polityka|gospodarka|kraj|swiat|spoleczenstwo"
    r"|politiek|economie|binnenland|buitenland|politikk|samhalle|ekonomi)",
    re.IGNORECASE,
)
# the day an article ran, as one folder or three: "2022/03/10", "2023-05-04", "20220310",
# "2022/mar/10"
_DAY = lazy_compile(
    r"(?:19|20)\d\d/(?:0?[1-9]|1[0-2]|[a-z]{3})/(?:0?[1-9]|[12]\d|3[01])(?=/)"
    r"|(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?=/)"
    r"|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?=/)",
    re.IGNORECASE,
)
_BLOG = lazy_compile(r"\bblogs?\b|blog\.|/blogs?/", re.IGNORECASE)


def _article_url(url: str) -> bool:
    parts = urlsplit(url)
    host = (parts.hostname or "").casefold()
    if not host or government_host(host) or _BLOG.search(url):
        return False
    path = parts.path
    if _ARTICLE.search(path) or (
        path.endswith("/view.html") and _ARTICLE_QUERY.search(parts.query)
    ):
        return True
    if _DAY.search(path) is None:
        return False
    folders = path.strip("/").split("/")[:-1]  # (the last is the article's own name)
    return any(_DESK.fullmatch(folder) for folder in folders)


def news_article_address(text: str) -> bool:
    """Does an address in ``text`` file its work as a news site's article (see the module)?"""
    return any(_article_url(m.group(0)) for m in _ADDRESS.finditer(text))
