"""Places of publication: the cities an imprint names, in the forms the languages of
notes write them (``Madrid``, ``München``/``Munich``, ``Warszawa``/``Varsovie``,
``Москва``, ``Київ``/``Kyiv``).

A comma-form note with no italics left (a PDF conversion) ends ``…, Madrid, Taurus, 1970``:
only knowing that ``Madrid`` is a place tells that ``Taurus`` is its publisher and that
every comma before belongs to the title, when the publisher's name carries no word such as
``Press`` or ``Editorial``.  The list holds the publishing centres of the literatures
bibcheck reads; an unknown place leaves the note to the other parsers.
"""

from __future__ import annotations

import unicodedata

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import U

_PLACES = """
Aarhus Aberdeen Adelaide Alcalá Algiers Alger Alicante Almaty Amsterdam Ankara Antwerp
Antwerpen Anvers Athens Athina Athènes Atlanta Auckland Augsburg Austin Baltimore Bamberg
Bangalore Bangkok Barcelona Bari Basel Bâle Basle Beijing Beirut Belfast Belgrade Beograd
Bergen Berkeley Berlin Bern Berne Bielefeld Bilbao Birmingham Bloomington Bogotá Bologna
Bolonia Bonn Bordeaux Boston Bratislava Braga Bremen Brescia Brighton Brisbane Bristol Brno
Bruxelles Brussel Brussels Bruselas Bucharest Bucureşti București Budapest Buenos Aires
Cáceres Cádiz Cairo Calcutta Cambridge Canberra Cape Town Caracas Cardiff Chennai Chicago
Chişinău Chișinău Cluj Coimbra Colombo Copenhagen Córdoba Cork Darmstadt Delhi Den Haag
Dhaka Dijon Dresden Dublin Durham Düsseldorf Edinburgh Edimburgo Erlangen Essen Évora Exeter
Firenze Florence Florencia Frankfurt Freiburg Fribourg Genève Geneva Genf Genova Genoa Gent
Ghent Giessen Gießen Girona Glasgow Gniezno Göteborg Gothenburg Göttingen Granada Graz
Grenoble Groningen Guadalajara Hamburg Hannover Harvard Havana Heidelberg Helsinki
Hildesheim Hong Kong Houston Huelva Innsbruck Istanbul İstanbul Ithaca Jaén Jena Jerusalem
Johannesburg Kassel Katowice Kiel Kiev Kyiv Kingston Kolkata Köln Cologne Kraków Krakow
Cracovia Lausanne Leeds Leicester Leiden León Leipzig Leuven Lille Lima Lisboa Lisbon
Liverpool Ljubljana Lleida Logroño Lódź Łódź London Londres Londra Los Angeles Louvain
Lublin Lund Luxembourg Lyon Lyons Maastricht Madison Madrid Mainz Málaga Manchester
Mannheim Marburg Marseille Melbourne Mérida Mexico México Milan Milano Milán Minneapolis
Minsk Montevideo Montpellier Montréal Montreal Moscow Moscou Moskau Mumbai Munich München
Münster Murcia Nairobi Nancy Nantes Napoli Naples New Haven New York Nijmegen Norman
Nottingham Nürnberg Nuremberg Odense Odesa Odessa Osaka Oslo Ottawa Oviedo Oxford Padova
Padua Palermo Palma Pamplona Paris París Parigi Pavia Perugia Philadelphia Pisa Pittsburgh
Poitiers Porto Potsdam Poznań Praha Prague Praga Princeton Quito Rabat Regensburg Rennes
Reykjavík Riga Rīga Rio de Janeiro Roma Rome Rostock Rotterdam Saarbrücken Salamanca Salzburg
San Diego San Francisco San Sebastián Santander Santiago São Paulo Sarajevo Seattle Sevilla
Seville Shanghai Siena Singapore Skopje Sofia Sofiya Stanford Stockholm Strasbourg
Straßburg Stuttgart Sydney Szeged Tallinn Tartu Tbilisi Tel Aviv Tokyo Toledo Torino Toronto
Torun Toruń Toulouse Tours Trento Trier Trieste Tübingen Turin Uppsala Urbana Utrecht
Valencia València Valladolid Valparaíso Vancouver Varsovia Varsovie Venezia Venice Verona
Vienna Viena Vienne Vigo Vilnius Vitoria Warsaw Warszawa Washington Weimar Wellington Wien
Wiesbaden Wrocław Würzburg Zagreb Zaragoza Zürich Zurich
Ancona Arezzo Assisi Bolzano Cagliari Catania Como Cosenza Cremona Delft Ferrara Foggia
Haarlem Lecce Livorno Lucca Macerata Mantova Messina Modena Novara Parma Pescara Piacenza
Pistoia Prato Ravenna Reggio Emilia Rimini Rovereto Salerno Sassari Spoleto Treviso Udine
Urbino Vicenza Viterbo Cinisello Balsamo Città di Castello
Москва Санкт-Петербург Петербург Ленинград Киев Київ Харків Харьков Львів Львов Одеса Одесса
Минск Мінськ Новосибирск Екатеринбург Казань Томск Ростов-на-Дону Нижний Новгород София
Београд Нови Сад Ниш Крагујевац Подгорица Бања Лука Сарајево Загреб Љубљана Скопје Пловдив
Novi Sad Niš Kragujevac Podgorica Banja Luka Split Rijeka Osijek Zadar Maribor Tuzla Mostar
Алматы Ташкент Тбилиси Ереван Баку Рига Вильнюс Таллин Кишинёв
Улаанбаатар Улан-Батор Астана Нур-Султан Бишкек Душанбе Ашхабад Тошкент Самарканд Уфа
Ulaanbaatar Astana Bishkek Dushanbe Ashgabat Toshkent Tashkent Samarqand Bakı Baku Yerevan
Kaunas Երևան თბილისი
Tiranë Tirana Shkodër Shkodra Durrës Elbasan Korçë Korça Vlorë Gjirokastër Berat Prishtinë
Prishtina Priština Prizren Tetovë Tetovo Ohër Ohrid Αθήνα Θεσσαλονίκη Thessaloniki Ιωάννινα
Iași Iaşi Timișoara Timişoara Craiova Plovdiv Варна Varna
Dakar Bamako Abidjan Ouagadougou Niamey Lomé Cotonou Conakry Yaoundé Douala Kinshasa
Brazzaville Libreville Antananarivo Tunis Casablanca Oran Québec Beyrouth Port-au-Prince
Nouakchott Bujumbura Kigali Djibouti Liège Namur Neuchâtel Accra Lagos Ibadan Kampala
Harare Lusaka Mogadishu Muqdisho Karachi Lahore Islamabad Peshawar Kathmandu Tehran Baghdad
Damascus Amman Riyadh Jakarta Yogyakarta Manila Hanoi Dar es Salaam Addis Ababa Kuala Lumpur
"""

# (the names of several words are written with their spaces)
_MULTI = (
    "Banja Luka",
    "Бања Лука",
    "Addis Ababa",
    "Buenos Aires",
    "Cape Town",
    "Cinisello Balsamo",
    "Dar es Salaam",
    "Città di Castello",
    "Den Haag",
    "Hong Kong",
    "Kuala Lumpur",
    "Los Angeles",
    "New Haven",
    "New York",
    "Novi Sad",
    "Нови Сад",
    "Reggio Emilia",
    "Rio de Janeiro",
    "San Diego",
    "San Francisco",
    "San Sebastián",
    "São Paulo",
    "Tel Aviv",
)


def _fold(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold()


_MULTI_WORDS = frozenset(w for m in _MULTI for w in m.split())
# (the words of a multi-word name are no places of their own: "Aires", "Paulo")
_KNOWN = frozenset(_fold(n) for n in _PLACES.split() if n not in _MULTI_WORDS) | frozenset(
    _fold(m) for m in _MULTI
)


# a known place told apart from its namesakes by its river or region, written out or
# abbreviated: "Frankfurt am Main", "Frankfurt a. M.", "Frankfurt/M.", "Freiburg im
# Breisgau", "Freiburg i. Br.", "Halle an der Saale", "Newcastle upon Tyne"
_QUALIFIED = lazy_compile(
    rf"^(?P<base>[{U}][^\W\d_]+(?:[\s-][{U}][^\W\d_]+)?)"
    rf"(?:\s(?:am|an\sder|an\sdem|im|ob\sder|upon|sur|nad)\s[{U}][^\W\d_]+"
    rf"|\s?/\s?[{U}][^\W\d_]{{0,3}}\.?"
    rf"|\s[a-i]\.\s?(?:d\.\s?)?[{U}][^\W\d_]{{0,2}}\.?)$"
)


def is_place(name: str) -> bool:
    """Whether ``name`` (``Madrid``, ``New York``, ``Cambridge (MA)``, ``Москва``,
    ``Frankfurt am Main``) is a known place of publication."""
    written = name.strip(" ,;:")
    for form in (written, written.rstrip(".")):  # ("Frankfurt a. M." keeps its stop)
        qualified = _QUALIFIED.match(form)
        if qualified is not None and _fold(qualified.group("base")) in _KNOWN:
            return True
    bare = name.strip(" ,.;:")
    if bare.endswith(")") and "(" in bare:
        bare = bare[: bare.index("(")].strip()  # "Cambridge (MA)", "Bethesda (MD)"
    return _fold(bare) in _KNOWN


# a publisher's name with no word that says so ("Prosveta", "Просвета", "Nolit", "Matica"):
# capitalised words, no digit
_PRESS_NAME = lazy_compile(rf"[{U}][^\W\d_]+(?:[\s-][^\W\d_]+){{0,3}}")


# the publishing centres of the South Slavic literatures, whose notes name the publisher
# between the title and the place ("Наслов, Издавач, Место година"); a German or Polish
# note's segment before its place is the title's own ("…, Lagerhaus und Herberge, Göttingen")
_SOUTH_SLAVIC = """
Beograd Београд Belgrade Novi Sad Нови Сад Niš Ниш Kragujevac Крагујевац Podgorica Подгорица
Cetinje Цетиње Banja Luka Бања Лука Sarajevo Сарајево Zagreb Загреб Ljubljana Љубљана Skopje
Скопје Split Rijeka Osijek Zadar Maribor Tuzla Mostar Subotica Суботица Čačak Чачак
"""
_SOUTH_SLAVIC_KNOWN = frozenset(
    _fold(n) for n in _SOUTH_SLAVIC.split() if n not in _MULTI_WORDS
) | frozenset(_fold(m) for m in _MULTI if set(m.split()) <= set(_SOUTH_SLAVIC.split()))


def south_slavic_place(name: str) -> bool:
    """Whether ``name`` is a publishing centre of a South Slavic literature."""
    return _fold(name.strip(" ,.;:")) in _SOUTH_SLAVIC_KNOWN


def publisher_before_place(title: str, place: str | None) -> tuple[str, str] | None:
    """(title, publisher) when ``title`` ends with the publisher a South Slavic note names
    before its place and the year ("Историја штампе, Просвета" before "Београд 1998"):
    the place is a South Slavic one and the last segment between commas is a name that is
    no place; else None."""
    before, comma, last = title.rpartition(", ")
    if not comma or place is None or not south_slavic_place(place) or is_place(last):
        return None
    if len(before.split()) < 2 or _PRESS_NAME.fullmatch(last) is None:
        return None
    return before, last
