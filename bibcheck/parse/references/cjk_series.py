"""An East Asian institution's numbered paper series in a journal's place: a ``report``.

Central banks, research institutes and ministries in Korea, Japan and China number their
working papers, issue notes and bulletins in a series, which an author-date entry writes
where an article's journal stands:

* Korean ``박선영(2023), 「…」, BOK 경제연구 제2023-15호, 한국은행.``, ``BOK 이슈노트
  제2023-5호``, ``「…」, 『조사통계월보』, 2022년 3월호``, ``KDI 정책포럼 제290호``;
* Japanese ``「…」、日本銀行ワーキングペーパーシリーズ、No.23-J-5``, ``日銀レビュー``,
  ``ディスカッション・ペーパー``;
* Chinese ``“…”，中国人民银行工作论文，2020年第3号``.

The cue is the series' genre word in what follows the title (an issue note, a working or
discussion paper, a review or bulletin of the bank), or a series number of the year and the
paper (``제2023-15호``), which journals never give (they number volume and issue:
``제27권 제3호``).  A work read as an article, a book with no publisher, a web page with
no address or of no kind is relabelled.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["cjk_series_report"]

_SERIES = lazy_compile(
    # Korean: an issue note, a working paper, the research department's monthly bulletin,
    # a policy forum or brief, a research series' paper
    r"이슈\s?노트|워킹\s?페이퍼|조사통계월보|정책\s?포럼|경제\s?브리프|정책\s?연구\s?시리즈"
    # Japanese: a working or discussion paper series, the Bank of Japan's Review
    r"|ワーキング[・･]?ペーパー|ディスカッション[・･]?ペーパー|日銀レビュー"
    # Chinese: a working paper, a discussion draft
    r"|工作论文|工作論文|讨论稿|討論稿"
    # the year and the paper's number in its series: "제2023-15호", "第2020-3号"
    r"|(?:제|第)\s?(?:19|20)\d\d\s?-\s?\d{1,3}\s?(?:호|号|號)"
)
_RELABELLED = frozenset({RefKind.ARTICLE, RefKind.UNKNOWN, RefKind.BOOK, RefKind.WEB})


def _after_title(ref: Reference, text: str) -> str:
    """What ``text`` holds after the title (all of it when the title is not found in it)."""
    at = text.find(ref.title) if ref.title else -1
    return text if at < 0 or not ref.title else text[at + len(ref.title) :]


def cjk_series_report(ref: Reference, text: str) -> Reference:
    """``ref`` a ``report`` when what follows its title names an East Asian paper series
    (see the module); ``ref`` itself otherwise."""
    if ref.kind not in _RELABELLED:
        return ref
    if ref.kind is RefKind.BOOK and ref.publisher:
        return ref
    if ref.kind is RefKind.WEB and ref.url:
        return ref
    if _SERIES.search(_after_title(ref, text)) is None:
        return ref
    return dataclasses.replace(ref, kind=RefKind.REPORT, pages=None)
