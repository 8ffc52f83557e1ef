"""An act cited under the body that made it, the lawmaker a sentence of its own before the
act's heading, as lists in English and in the national languages write foreign and
national laws::

    Assembly of Kosovo. Law No. 06/L-084 on Child Protection. Official Gazette of the
        Republic of Kosovo, No. 14, 2019.
    Parliament of Ukraine. Закон України «Про освіту» від 05.09.2017 № 2145-VIII.
    Sejm Rzeczypospolitej Polskiej. Ustawa z dnia 14 grudnia 2016 r. Prawo oświatowe.
        Dz.U. 2017 poz. 59.
    Government of Luxembourg. Loi du 24 février 1984 sur le régime des langues. Mémorial A.

The lawmaker -- a legislature (a parliament, an assembly, a congress, a senate; by its own
name: ``Sejm``, ``Saeima``, ``Riigikogu``, ``Løgtingið``, ``Verkhovna Rada``, ``Sabor``,
``Kuvendi`` …), a state (``Republic of Albania``, ``Republika Hrvatska``, ``Grand Duchy of
Luxembourg``), its government, cabinet or council of ministers, or a ministry -- is the
act's corporate author; the heading the statute readers recognise (:func:`.legal.statute`'s)
is its title, its year the act's, else the first year printed after it (the gazette's).  A
person in that first sentence (``Smith J.``, ``Anna Roe``) is no lawmaker: the work is
theirs, titled after the law.
"""

from __future__ import annotations

from collections.abc import Callable

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import L, U

__all__ = ["lawmaker_act", "lawmaker"]

# a legislature by what it is, in English and the languages of the acts read elsewhere: the
# word opening the name ("Parliament of Georgia", "National Assembly of Armenia", "State
# Duma", "Congreso de los Diputados", "Assemblée nationale", "Camera Deputaților", "Народна
# скупштина", "Верховна Рада України", "Kuvendi i Shqipërisë")
_LEGISLATURE = (
    r"(?:(?:National|Federal|Legislative|General|Parliamentary|Constituent|State|People's)\s)?"
    rf"(?:Assembly|Parliament|Congress|Senate|Duma|Chamber\sof\sDeputies|House\sof\s[{U}]\w+)"
    r"|Assembl[ée]e\snationale|Asamblea\sNacional|Assembleia\sda\sRepública|Congreso|Cortes"
    r"|Congresso\sNacional|Camera\sdei\sdeputati|Camera\sDeputaților|Parlamentul|Parlament"
    r"|Parlamento|Parlement|Chambre\sdes\s[Dd]éputés|Tweede\sKamer|Eerste\sKamer|Staten-Generaal"
    r"|Bundestag|Bundesrat|Nationalrat|Landtag|Oireachtas|Dáil|Knesset|Majlis|Mejlis"
    # the Nordic and Baltic legislatures by their names (the definite forms too)
    r"|Riksdag(?:en)?|Storting(?:et)?|Folketing(?:et)?|Eduskunta|Alþingi|Althingi|Løgting(?:ið)?"
    r"|Lagting(?:et)?|Saeima|Seimas|Riigikogu|Sejm|Senat"
    # the Slavic and Balkan ones, in Latin and Cyrillic letters
    r"|Verkhovna\sRada|Верховна\sРада|Государственная\sДума|Народн[аое]\s(?:[Сс]купштина|[Сс]обрание"
    r"|[Сс]ъбрание)|Narodna\sskupština|Skupština|Скупштина|Собрание|Събрание|Hrvatski\ssabor"
    r"|Sabor|Državni\szbor|Národní\srada|Poslanecká\ssněmovna|Országgyűlés|Kuvendi"
    # the Caucasus' and Central Asia's, by their own names
    r"|საქართველოს\sპარლამენტი|Ազգային\sժողով|Milli\sMəclis|Jogorku\sKenesh|Oliy\sMajlis"
)
# a state, its head or its government by what it is: "Republic of Albania", "Republika
# Hrvatska", "Republik Österreich", "République française", "Grand Duchy of Luxembourg",
# "Kingdom of Norway", "President of Ukraine", "Cabinet of Ministers of Ukraine",
# "Council of Ministers", "Government of Georgia", "Кабінет Міністрів України"
_STATE = (
    r"(?:Republic|Kingdom|Grand\sDuchy|Principality|Commonwealth|State|Federation|President"
    r"|Government|Cabinet(?:\sof\sMinisters)?|Council\sof\sMinisters)(?=\sof\s)"
    r"|Republika|Republik|République|República|Repubblica|Republica|Republiek|Рэспубліка"
    r"|Република|Республика|Республіка|Україна|Кабінет\sМіністрів|Президент|Уряд|Влада"
    r"|Vlada|Vláda|Rząd|Regering(?:en)?|Bundesregierung|Gouvernement|Gobierno|Governo"
    r"|Rada\sMinistrów|Consiliul\sde\sMiniștri|Guvernul|Președintele"
    r"|(?:(?:Federal|State)\s)?Government|Cabinet\sof\sMinisters|Council\sof\sMinisters"
)
# a ministry or a state's department, which issues regulations and orders under its name
# ("Ministry of Justice", "Ministère de la Justice", "Ministerstwo Edukacji Narodowej",
# "Міністерство освіти і науки України", "Department of Education")
_MINISTRY = (
    r"Ministry|Ministère|Ministerio|Ministério|Ministero|Ministerie|(?:Bundes)?[Mm]inisterium"
    r"|Ministerstwo|Ministerstvo|Ministarstvo|Ministrstvo|Ministria|Ministeriet|Ministerul"
    r"|Minisztérium|Ministeerium|Ministerija|Ministrija|Министерство|Міністерство|Министарство"
    r"|Department\sof|Departamento\sde|Secretaría\sde|Office\sof\sthe"
)
_LAWMAKER = lazy_compile(
    rf"^(?:The\s)?(?:{_LEGISLATURE}|{_STATE}|{_MINISTRY})"
    rf"(?:\s(?:of\s(?:the\s)?)?[{U}{L}'’-]+){{0,5}}$"
)
# the lawmaker's sentence: a few words, no digit, closed by a full stop before a capital
_FIRST = lazy_compile(rf"^(?P<who>[^\d.,;:()]{{3,90}}?)\.\s(?=[{U}«„\"“])")
# a person by initials ("Smith J", "J. Smith", "Smith, J."): the sentence is an author's
_INITIAL = lazy_compile(rf"(?:^|\s)[{U}]{{1,2}}\.?(?:\s|$)")
_YEAR_AFTER = lazy_compile(r"(?<![\d/.-])(?P<year>1[5-9]\d\d|20\d\d)(?![\d/])")


def lawmaker(name: str) -> bool:
    """Is ``name`` a lawmaker's (a legislature, a state, its government, a ministry: "Ministry
    of Justice"), no person's?"""
    if _INITIAL.search(name) is not None:
        return False
    return _LAWMAKER.match(name) is not None


def lawmaker_act(
    body: str, statute: Callable[[str], tuple[str, str | None] | None]
) -> tuple[str, str, str | None] | None:
    """(the lawmaker, the act's title, its year or None) when ``body`` names a lawmaker in a
    sentence of its own before an act ``statute`` recognises ("Assembly of Kosovo. Law No.
    06/L-084 on Child Protection. Official Gazette …, 2019." -> "Assembly of Kosovo", "Law
    No. 06/L-084 on Child Protection", "2019"), or None."""
    m = _FIRST.match(body)
    if m is None or not lawmaker(m.group("who").strip()):
        return None
    rest = body[m.end() :]
    law = statute(rest)
    if law is None:
        return None
    title, year = law
    if year is None:
        later = _YEAR_AFTER.search(rest)
        year = later.group("year") if later is not None else None
    return m.group("who").strip(), title, year
