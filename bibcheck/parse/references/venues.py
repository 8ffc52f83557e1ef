"""A conference named right after a paper's title, with no "In": its proceedings.

Computer-science lists, blog posts and slides above all, write the venue after the title
bare: ``["On Calibration of Modern Neural Networks"](https://…). Proceedings of the 34th
International Conference on Machine Learning (ICML), PMLR 70, pp. 1321–1330, 2017.``,
``… Learning. ICML 2005, pp. 625–632.``, ``… Binning. AAAI Conference on Artificial
Intelligence 2015.``, ``… Calibration. Advances in Neural Information Processing Systems 32
(NeurIPS 2019).``, ``… Perturbations. ICLR 2019.``  Such a paper is a chapter (tests/corpus/
README.md: a paper in proceedings or at a named conference), whatever a parser made of the
venue (a journal "ICML" with volume 2005, a web page for its link).
:func:`conference_venue` says whether the text after a title opens with such a venue:
proceedings by name, a conference, symposium or workshop by its kind, the proceedings series
of NeurIPS, or a well-known conference's acronym with its year.  Journals called
proceedings (``Proceedings of the National Academy of Sciences``) are left to
:mod:`.proceedings`, which refuses them.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["conference_venue", "venue_start"]

# what stands between a title and its venue: a closing quote or emphasis, a link's target
# ("](https://…)"), an address in angle brackets, the full stop or comma
# (the emphasis of a venue set in italics after the full stop too: "Title. *Adv. Neural …*")
_LEAD = lazy_compile(r"(?:[\s\"”’'*_\]]|\(\S*\)|<\S*>)*[.,:]?[\s*_]*")
# the conferences of computing and its neighbours that lists name by acronym alone
_ACRONYMS = (
    r"ICML|NeurIPS|NIPS|ICLR|AAAI|IJCAI|UAI|AISTATS|COLT|KDD|CVPR|ICCV|ECCV|BMVC|WACV"
    r"|ACL|EMNLP|NAACL|COLING|EACL|SIGIR|SIGMOD|VLDB|ICDE|WSDM|CIKM|RecSys|ICDM|WWW|CHI|UIST"
    r"|CSCW|ICSE|FSE|ASE|ISSTA|OSDI|SOSP|NSDI|EuroSys|ASPLOS|ISCA|MICRO|HPCA|PLDI|POPL"
    r"|OOPSLA|ICFP|CAV|STOC|FOCS|SODA|ICALP|CCS|NDSS|SIGCOMM|INFOCOM|MobiCom|ICRA|IROS|CoRL"
    r"|MICCAI|ICASSP|INTERSPEECH|Interspeech|ECML(?:[\s/-]PKDD)?"
)
_VENUE = lazy_compile(
    # proceedings of an event (its kind or ordinal named), not a journal so called ("Proc.
    # Inst. Civ. Eng.", "Proceedings of the VLDB Endowment", "Proc. ACM Program. Lang.")
    r"(?:(?:Proceedings\sof|Proc\.)\s[^()]{0,80}?(?:\b\d{1,3}(?:st|nd|rd|th)\b"
    r"|\b(?:Conference|Symposium|Workshop|Congress|Meeting|Colloquium|Summit)\b"
    rf"|\b(?:Conf|Symp)\.|\b(?:{_ACRONYMS})\b(?!\sEndowment))"
    r"|Advances\sin\sNeural\sInformation\sProcessing\sSystems\b"
    # (NeurIPS's proceedings as the ISO 4 abbreviation writes them)
    r"|Adv\.\sNeural\sInf\.\sProcess\.\sSyst\."
    # (a conference or symposium abbreviated: "Int. Conf. Learn. Represent.", "IEEE Conf.
    # Comput. Vis. Pattern Recognit.", "Annu. Symp. …")
    r"|(?:(?:Int|Annu|Eur|Natl|Jt|IEEE|ACM)\.?\s){0,3}(?:Conf|Symp)\.\s"
    # an event by its kind, its year or ordinal and up to four capitalised words before it
    r"|(?:(?:19|20)\d\d\s)?(?:\d{1,2}(?:st|nd|rd|th)\s)?(?:[A-Z][\w/&-]*\s){0,4}"
    r"(?:International\s)?(?:Conference|Symposium|Workshop)"
    # (a journal or a bulletin named after one: "*History Workshop Journal*")
    r"(?!\s(?:Board|Series|Journal|Review|Quarterly|Bulletin|Magazine|Newsletter))\b"
    # an acronym and its year: "ICML 2005", "NeurIPS 2019", "ICLR'19", "(ICLR 2019)"
    rf"|\(?(?:{_ACRONYMS})\s?(?:(?:19|20)\d\d|['’]\d\d)(?=[\s.,)]|$))"
)


def venue_start(after: str) -> int:
    """Where the venue starts in ``after`` (the text after a work's title): past a closing
    quote or emphasis, a link's target and the full stop."""
    lead = _LEAD.match(after)
    return lead.end() if lead else 0


def conference_venue(after: str) -> bool:
    """Does ``after`` (the text after a work's title) open with a conference's proceedings
    or a conference named bare, no "In" before it?"""
    return _VENUE.match(after, venue_start(after)) is not None
