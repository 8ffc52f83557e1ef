"""The words that say a work is a release of software or a data set, in the languages lists
are written in: one list, read by every parser that asks that question.

APA describes such a work in brackets after its title (``[Computer software]``,
``[Software]``, ``[Data set]``), and the lists of other languages translate it:
``[Datensatz]``, ``[Jeu de données]``, ``[Logiciel]``, ``[Conjunto de datos]``, ``[Conjunto de
dados]``, ``[Programa informático]``, ``[Set di dati]``, ``[Dataset]``, ``[Programvara]``,
``[Datamängd]``, ``[Zbiór danych]``, ``[Oprogramowanie]``, ``[데이터 세트]``, ``[软件]``;
a repository's code is described ``[Code]``, ``[Source code]``, ``[Quellcode]``,
``[Código fuente]``.  NLM writes ``[software]`` or ``[computer program]`` the same way,
and a version may stand before it (``Version 2.1 [software]``).

* :data:`DATA_SET`, :data:`SOFTWARE`, :data:`CODE`: the words, as regular-expression text
  to be read case-insensitively (each parser frames them as its field needs: a bracket,
  a field of its own);
* :func:`release_bracketed`: does a text describe the work in brackets as software, code or
  a data set?  A short qualifier may follow a software's or a data set's word
  (``[Data set and codebook]``, ``[Computer software, R package]``); the code's word stands
  alone (``[Code]``: ``The Code of Hammurabi`` and a translated title ``[Code of …]`` are no
  description), and the words unbracketed are no description either (``Data and Society``,
  ``A data set of …``);
* :func:`release_described`: ... or by the phrase ``computer software`` / ``computer
  program`` that NLM and Harvard lists write as an element of its own, unbracketed.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile

__all__ = ["CODE", "DATA_SET", "SOFTWARE", "release_bracketed", "release_described"]

# a data set: English, German, French, Spanish, Portuguese, Italian, Dutch, the Nordic
# languages, Finnish, Polish, Russian, Korean, Japanese, Chinese; microdata
DATA_SET = (
    r"(?:data\s?sets?|datens[äa]tze?|jeux?\sde\sdonn[ée]es|conjuntos?\sde\sdatos"
    r"|conjuntos?\sde\sdados|set\sdi\sdati|insieme\sdi\sdati|gegevensverzameling"
    r"|gegevensbestand|databestand|datasett|datasæt|datamängd|(?:paikka)?(?:tieto|data-)?aineisto"
    r"|zbi[óo]r\sdanych|набор\sданных|데이터\s?세트|데이터\s?셋|データセット|数据集|數據集|資料集"
    # (a survey's unit-record data as statistical offices release it: "[microdata]",
    # "[microdatos]", "[microdados]", "[microdati]", "[microdonnées]", "[Mikrodaten]")
    r"|micro-?data|microdatos|microdados|microdati|microdonn[ée]es|mikrodaten)"
)
# software: English, French, Spanish, Portuguese, Italian, German, the Nordic languages,
# Finnish, Polish, Korean, Japanese, Chinese
SOFTWARE = (
    r"(?:(?:computer\s)?software|computer\sprogram|logiciel|programa\s(?:inform[áa]tico"
    r"|de\sordenador|de\scomputador(?:a)?)|programma\sinformatico|computerprogramm"
    r"|computersoftware|programvara|programvare|ohjelmisto|oprogramowanie"
    r"|(?:컴퓨터\s)?소프트웨어|ソフトウェア|软件|軟體)"
)
# a repository's code: English, German, Spanish, Portuguese, French, Italian
CODE = (
    r"(?:(?:source\s|computer\s)?code|quellcode|programmcode|c[óo]digo(?:\sfuente|\sfonte)?"
    r"|code\ssource|codice(?:\ssorgente)?)"
)
# the description in brackets (a short qualifier after a software's or a data set's word)
_BRACKETED = lazy_compile(
    rf"\[(?:(?:{DATA_SET}|{SOFTWARE})(?:[\s,;][^\[\]]{{0,30}})?|{CODE})\]", re.IGNORECASE
)
# the phrase as an element of its own, unbracketed
_PHRASE = lazy_compile(r"\bcomputer\s(?:software|program)\b", re.IGNORECASE)


def release_bracketed(text: str) -> bool:
    """Does ``text`` describe its work in brackets as software, code or a data set
    (``[Computer software]``, ``[Datensatz]``, ``[Code]``: see the module)?"""
    return "[" in text and _BRACKETED.search(text) is not None


def release_described(text: str) -> bool:
    """Does ``text`` describe its work as software, code or a data set, in brackets
    (:func:`release_bracketed`) or by the phrase ``computer software`` / ``computer
    program``?"""
    return release_bracketed(text) or _PHRASE.search(text) is not None
