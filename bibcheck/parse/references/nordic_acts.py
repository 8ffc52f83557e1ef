"""Statutes and regulations of the Nordic states, by their designation, number and date.

Danish, Norwegian, Icelandic and Faroese acts are cited by their kind, number and date,
then their subject: ``Lov nr. 1460 af 19. december 2017 om …``, ``Bekendtgørelse nr. 1024
af 16. juni 2020 om …``, ``Løgtingslóg nr. 28 frá 10. mars 1994 um sjófeingi``, ``Lög nr.
116 frá 10. ágúst 2006 um …``; Norway puts the date first (``Lov 17. juni 2005 nr. 62 om
arbeidsmiljø``), Iceland often the number with its year (``Lög nr. 116/2006 um …``),
Sweden the SFS number in parentheses (``Lag (2018:218) om …``, ``Förordning (1998:901)
om …``); the subject may come first too (``Lög um stjórn fiskveiða nr. 116/2006``, ``Lov om
arbeidsmiljø av 17. juni 2005 nr. 62``).  The title is the designation with its subject,
up to a comma, a semicolon, a parenthesis or the sentence's end (amendments, "as amended",
the sections cited after it are no part of it); the year is the date's, else the
number's.

Finland and Sweden cite an act by its own name, one compound word, then its number: Finnish
``Eläintautilaki 76/2021``, ``Tartuntatautilaki (1227/2016)``, Swedish ``Djurskyddslag
(2018:1192)``, ``Miljöbalken (1998:808)``; or by ``Laki``/``Asetus`` and its subject
(``Laki eläinlääkärinammatin harjoittamisesta 29/2000``), a decree by its issuer too (``Maa-
ja metsätalousministeriön asetus … (1003/2021)``).  The title is the name alone
(the number no part of it), the year the number's (:func:`named_act`).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["nordic_act"]

_YEAR = r"(?:1[7-9]|20)\d\d"
# the kinds of act: Danish, Norwegian, Swedish, Icelandic, Faroese
_KIND = (
    r"(?:Løgtingslóg|Ríkislóg|Lógartilskipan|Lóg|Lög|Lovbekendtgørelse|Bekendtgørelse|Lov"
    r"|Forskrift|Forordning|Anordning|Cirkulære|Kunngerð|Reglugerð|Auglýsing|Lag|Förordning"
    r"|Kungörelse)"
)
_NR = r"nr\.?\s?\d{1,5}"
# "10. mars 1994", "19. december 2017", "10.03.1994"
_DATE = rf"\d{{1,2}}\.\s?(?:[^\W\d_]{{3,10}}\.?\s|\d{{1,2}}\.\s?)(?P<dyear>{_YEAR})(?!\d)"
_OF = r"(?:af|frá|fra|av|från)"
# the number and date after the kind, the number's year, or Sweden's SFS number
_DESIGNATED = (
    rf"(?:\s{_NR})?\s(?:{_OF}\s)?{_DATE}(?:,?\s{_NR})?"
    rf"|\s{_NR}/(?P<nyear>{_YEAR})(?!\d)"
    rf"|\s\((?P<syear>{_YEAR}):\d{{1,4}}\)"
)
# the subject: "om …", "um …", "med …", "angående …"
_ABOUT = r"(?:om|um|med|angående|vedrørende|vedkomandi)"
_SUBJECT = rf"\s{_ABOUT}\s[^,;()\s](?:[^,;().]|\.(?!\s|$)){{0,300}}"
# (... or Iceland's and the Faroes' act by its own name, one compound word ending in "-lög"
# or "-lóg", with its number and year: "Sviðslistalög nr. 165/2019", "Umferðarlög nr.
# 77/2019", "Skipalóg nr. 12/2001"; the number part of the title, as with "Lög nr. …")
_COMPOUND = r"[A-ZÁÐÉÍÓÚÝÞÆÖØ][a-záðéíóúýþæöø]{2,40}(?:lög|lóg)"
_KIND_FIRST = lazy_compile(
    rf"^(?P<title>(?:{_KIND}(?:{_DESIGNATED})|{_COMPOUND}\s{_NR}/(?P<cyear>{_YEAR})(?!\d))"
    rf"(?:{_SUBJECT})?)"
)
# the subject first: "Lög um stjórn fiskveiða nr. 116/2006"
_SUBJECT_FIRST = lazy_compile(
    rf"^(?P<title>{_KIND}\s{_ABOUT}\s[^,;()\d]{{2,160}}?(?:{_DESIGNATED}))(?![\w/])"
)


# an act named by one compound word ending in its kind (Finnish "-laki", "-asetus", Swedish
# "-lag", "-lagen", "-förordning", "-balken", "-balk"), or by "Laki"/"Asetus" and a subject
# in lower case; then the Finnish number "76/2021" or Swedish SFS number "(2018:1192)"
_FI_KIND = r"(?:laki|asetus|lag|lagen|förordning|förordningen|balken|balk)"
# (... or a decree by its issuer in the genitive, a ministry or an agency, two ministries'
# fields joined by "ja" as Finnish writes them: "Maa- ja metsätalousministeriön asetus …",
# "Sosiaali- ja terveysministeriön asetus …", "Ympäristöministeriön asetus …",
# "Ruokaviraston määräys …", "Valtioneuvoston päätös …")
_FI_ISSUER = (
    r"(?:[A-ZÅÄÖ][a-zåäö]{1,30}-\sja\s[a-zåäö]{2,40}|[A-ZÅÄÖ][a-zåäö]{2,40})"
    r"(?:ministeriön|viraston|neuvoston|laitoksen|keskuksen)"
    r"\s(?:asetus|päätös|määräys)"
)
_NAME = (
    rf"[A-ZÅÄÖ][a-zåäöüé]{{1,40}}(?:-[a-zåäöüé]{{1,40}})?{_FI_KIND}"
    rf"|(?:Laki|Asetus|{_FI_ISSUER})(?:\s[a-zåäöü][\w-]{{0,40}}){{1,12}}"
)
_NAMED = lazy_compile(
    rf"^(?P<title>{_NAME})\s(?:\(?\d{{1,5}}/(?P<fyear>{_YEAR})\)?|\((?P<syear>{_YEAR}):\d{{1,5}}\))"
    r"(?![\w/:])"
)


# the subject first, the designation in parentheses after it as the states' databases give
# it: Norway's Lovdata identifier ("Forskrift om dyrehelse (FOR-2022-04-06-500)", "Lov om
# matproduksjon (LOV-2003-12-19-124)"), Denmark's Retsinformation number and date
# ("Bekendtgørelse om hold af kvæg (BEK nr 1343 af 12/12/2012)", "(LBK nr. 50 af
# 10.01.2019)"), Sweden's SFS number ("Förordning om djurskydd (SFS 2019:66)"); the title is
# the kind and subject, the designation no part of it
_DATABASE_ID = (
    rf"\((?:(?:LOV|FOR)-(?P<lyear>{_YEAR})-\d\d-\d\d-\d{{1,5}}"
    rf"|(?:BEK|LBK|LOV|VEJ|CIR|LBKG)\snr\.?\s?\d{{1,5}}\saf\s\d{{1,2}}[./]\d{{1,2}}[./]"
    rf"(?P<kyear>{_YEAR})"
    rf"|SFS\s(?P<fyear>{_YEAR}):\d{{1,5}})\)"
)
_SUBJECT_IDENTIFIED = lazy_compile(
    rf"^(?P<title>{_KIND}\s{_ABOUT}\s[^,;()\d]{{2,200}}?)\s{_DATABASE_ID}(?![\w/])"
)


def named_act(body: str) -> tuple[str, str] | None:
    """(the name, the number's year) when ``body`` starts with a Finnish or Swedish act by its
    own name and number ("Eläintautilaki 76/2021." gives ("Eläintautilaki", "2021"),
    "Djurskyddslag (2018:1192)" ("Djurskyddslag", "2018")), or None."""
    m = _NAMED.match(body)
    if m is None:
        return None
    return m.group("title"), m.group("fyear") or m.group("syear")


def nordic_act(body: str) -> tuple[str, str] | None:
    """(the act's title, its year) when ``body`` starts with a Nordic act (see the module
    doc), or None."""
    named = named_act(body)
    if named is not None:
        return named
    m = _SUBJECT_IDENTIFIED.match(body)
    if m is not None:
        year = m.group("lyear") or m.group("kyear") or m.group("fyear")
        return m.group("title").strip(" ."), year
    m = _KIND_FIRST.match(body) or _SUBJECT_FIRST.match(body)
    if m is None:
        return None
    # (the compound's year, "Sviðslistalög nr. 165/2019", is in the first pattern only)
    compound: str = m.groupdict().get("cyear") or ""
    return m.group("title").strip(" ."), (
        m.group("dyear") or m.group("nyear") or m.group("syear") or compound
    )
