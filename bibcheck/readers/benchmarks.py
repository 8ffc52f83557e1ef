"""A dataset's or benchmark's name with its year, where an author-date citation would stand.

A results table or the prose around it names the data a model was scored on with the
year of its release: ``BLEU (WMT 2014)``, ``Top-1 (ImageNet 2012)``, ``mAP (COCO 2017)``,
``(SQuAD 2016; GLUE 2018)``.  That has the shape of an author-date citation, but the
"name" is written as no person's family name is (an acronym in capitals, ``WMT``,
``COCO``, ``CIFAR-10``, or a word with a capital inside, ``ImageNet``, ``SQuAD``), and the
text around it speaks of data and scores (``dataset``, ``test set``, ``split``, ``BLEU``,
``top-1``, ``mAP``), not merely of accuracy or benchmarks, which a body's statistics have
too (``the accuracy of the estimates (OECD, 2019)``: a citation).  Such a mention is no
citation of a work the list lacks; :func:`benchmark_mention` tells it.  (A list entry under
that name, ``WMT. 2014.``, is read as usual: the readers ask only about names no entry
holds.)
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile

__all__ = ["benchmark_mention", "benchmark_name"]

# an acronym ("WMT", "COCO", "GLUE", "CIFAR-10", "VOC2007"), or a word with a capital
# after its first small letter ("ImageNet", "SQuAD", "CoNLL", "MultiNLI", "OpenWebText");
# not a family name with a capital inside: "McDonald", "MacArthur", "DeWitt", "LeBlanc",
# "DiMaggio", "VanderWeele", "O'Brien" (a prefix of a name, then a capitalised name)
_ACRONYM = lazy_compile(r"[A-Z][A-Z0-9]{1,9}(?:-?\d{1,4})?")
_INNER_CAPITAL = lazy_compile(r"[A-Z][a-z]+[A-Z][A-Za-z0-9]*(?:-?\d{1,4})?|[A-Z]{2}[a-z]+[A-Z]\w*")
_NAME_PREFIX = lazy_compile(
    r"(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Vander|Von|Del|Della|Fitz|St|O)[A-Z][a-z'’-]+"
)
# the words of data and scores around such a mention (English: the language of the
# leaderboards; a metric's abbreviation in any language's table)
# (not "accuracy" or "benchmark" alone: "the accuracy of the estimates (OECD, 2019)",
# "benchmark rates (ECB, 2020)" cite a body's work)
_DATA_WORDS = lazy_compile(
    r"\b(?:data\s?sets?|corpora|corpus|leaderboards?|(?:test|dev|development|validation|"
    r"training|held-out|evaluation)\s(?:sets?|splits?|data)|splits?|perplexity|top-[15]|"
    r"(?:pre-?)?trained\s(?:on|with)|fine-?tuned\son|evaluated?\son)\b",
    re.I,
)
# ... and the metrics' abbreviations, as written
_METRICS = lazy_compile(r"\b(?:BLEU|ROUGE(?:-[12L])?|METEOR|mAP|AP50|F1|mIoU|WER|SOTA)\b")
# the end of a sentence, a paragraph or a table's cell
_BOUNDARY = lazy_compile(r"(?<=[.!?])\s+(?=[A-Z\[(|])|\n[ \t]*\n|\|")
_WINDOW = 200  # characters each side of the mention that may name the data


def benchmark_name(name: str) -> bool:
    """Is ``name`` written as a dataset's or benchmark's name (an acronym, or a word with
    a capital inside), not as a person's family name?"""
    if _ACRONYM.fullmatch(name):
        return True
    return _INNER_CAPITAL.fullmatch(name) is not None and _NAME_PREFIX.fullmatch(name) is None


def benchmark_mention(text: str, start: int, end: int, name: str) -> bool:
    """Is the mention ``text[start:end]`` of ``name`` and a year a dataset's name with
    its year: a name so written (:func:`benchmark_name`) among words of data and scores
    (in the same sentence, or the same cell of a table)?"""
    if not benchmark_name(name):
        return False
    # (the sentence's or the table cell's words only: the next sentence's, or a table's
    # beside a paragraph, say nothing of it)
    before = _BOUNDARY.split(text[max(0, start - _WINDOW) : start])[-1]
    after = _BOUNDARY.split(text[end : end + _WINDOW])[0]
    around = f"{before} {after}"
    return _DATA_WORDS.search(around) is not None or _METRICS.search(around) is not None
