"""A generated, labelled corpus for the verify benchmark: registries, pages and manuscripts.

:func:`build` makes, from one seed, a small world of registered works (Crossref
records in English and Russian, some registered in English with their Russian
original title, OpenAlex-only works, DataCite DOIs answered as CSL-JSON,
retraction and correction notices in every shape, preprints with a published
version), news pages (Russian and English, with and without metadata) and
their archived copies, and manuscripts citing all of it in several styles
(GOST in Russian and English, APA, IEEE, Chicago, Vancouver, Harvard).

Every reference carries its labels (:class:`Case`): the identity verdict a
correct verifier must give, the status, whether its page is the cited
article, and whether its quotation is on the page.  The generator never
looks at what bibcheck answers; the labels follow from how each case was made.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from typing import Any

from tests.registryserver import (
    RegistryServer,
    article_page,
    crossref_record,
    csl_record,
    openalex_record,
    update_entry,
)

# --------------------------------------------------------------------------
# vocabulary
# --------------------------------------------------------------------------

EN_SURNAMES = """Smith Johnson Williams Brown Jones Miller Davis Garcia Wilson Anderson Taylor
Thomas Moore Martin Jackson Thompson White Harris Clark Lewis Robinson Walker Young Allen King
Wright Scott Green Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner
Torres Parker Collins Edwards Stewart Morris Murphy Cook Rogers Morgan Peterson Cooper Reed
Bailey Bell Gomez Kelly Howard Ward Cox Diaz Richardson Wood Watson Brooks Bennett Gray James
Reyes Cruz Hughes Price Myers Long Foster Sanders Ross Morales Powell Sullivan Russell Ortiz
Jenkins Gutierrez Perry Butler Barnes Fisher Henderson Coleman Simmons Patterson Jordan Reynolds
Hamilton Graham Kim Gonzales Alexander Ramos Wallace Griffin West Cole Hayes Chavez Gibson Bryant
Ellis Stevens Murray Ford Marshall Owens McDonald Harrison Ruiz Kennedy Wells Alvarez Woods
Mendoza Castillo Olson Webb Washington Tucker Freeman Burns Henry Vasquez Snyder Simpson""".split()

RU_SURNAMES = [
    ("Иванов", "Ivanov"),
    ("Петров", "Petrov"),
    ("Сидоров", "Sidorov"),
    ("Смирнов", "Smirnov"),
    ("Кузнецов", "Kuznetsov"),
    ("Попов", "Popov"),
    ("Васильев", "Vasiliev"),
    ("Соколов", "Sokolov"),
    ("Михайлов", "Mikhailov"),
    ("Новиков", "Novikov"),
    ("Фёдоров", "Fedorov"),
    ("Морозов", "Morozov"),
    ("Волков", "Volkov"),
    ("Алексеев", "Alekseev"),
    ("Лебедев", "Lebedev"),
    ("Семёнов", "Semenov"),
    ("Егоров", "Egorov"),
    ("Павлов", "Pavlov"),
    ("Козлов", "Kozlov"),
    ("Степанов", "Stepanov"),
    ("Николаев", "Nikolaev"),
    ("Орлов", "Orlov"),
    ("Андреев", "Andreev"),
    ("Макаров", "Makarov"),
    ("Никитин", "Nikitin"),
    ("Захаров", "Zakharov"),
    ("Зайцев", "Zaitsev"),
    ("Соловьёв", "Solovyov"),
    ("Борисов", "Borisov"),
    ("Яковлев", "Yakovlev"),
    ("Григорьев", "Grigoriev"),
    ("Романов", "Romanov"),
    ("Воробьёв", "Vorobyov"),
    ("Сергеев", "Sergeev"),
    ("Кузьмин", "Kuzmin"),
    ("Фролов", "Frolov"),
    ("Александров", "Aleksandrov"),
    ("Дмитриев", "Dmitriev"),
    ("Королёв", "Korolev"),
    ("Гусев", "Gusev"),
    ("Киселёв", "Kiselev"),
    ("Ильин", "Ilyin"),
    ("Максимов", "Maksimov"),
    ("Поляков", "Polyakov"),
    ("Сорокин", "Sorokin"),
    ("Виноградов", "Vinogradov"),
    ("Ковалёв", "Kovalev"),
    ("Белов", "Belov"),
    ("Медведев", "Medvedev"),
    ("Антонов", "Antonov"),
    ("Тарасов", "Tarasov"),
    ("Жуков", "Zhukov"),
    ("Баранов", "Baranov"),
    ("Филиппов", "Filippov"),
    ("Комаров", "Komarov"),
    ("Давыдов", "Davydov"),
    ("Беляев", "Belyaev"),
    ("Герасимов", "Gerasimov"),
    ("Богданов", "Bogdanov"),
    ("Осипов", "Osipov"),
    ("Сидоренко", "Sidorenko"),
    ("Матвеев", "Matveev"),
    ("Титов", "Titov"),
    ("Марков", "Markov"),
    ("Миронов", "Mironov"),
    ("Крылов", "Krylov"),
    ("Куликов", "Kulikov"),
    ("Карпов", "Karpov"),
    ("Власов", "Vlasov"),
    ("Мельников", "Melnikov"),
    ("Денисов", "Denisov"),
    ("Гаврилов", "Gavrilov"),
    ("Тихонов", "Tikhonov"),
    ("Казаков", "Kazakov"),
    ("Афанасьев", "Afanasiev"),
    ("Данилов", "Danilov"),
    ("Савельев", "Saveliev"),
    ("Тимофеев", "Timofeev"),
    ("Фомин", "Fomin"),
    ("Чернов", "Chernov"),
    ("Абрамов", "Abramov"),
    ("Мартынов", "Martynov"),
    ("Ефимов", "Efimov"),
    ("Федотов", "Fedotov"),
    ("Щербаков", "Shcherbakov"),
    ("Назаров", "Nazarov"),
    ("Калинин", "Kalinin"),
    ("Исаев", "Isaev"),
    ("Чернышёв", "Chernyshev"),
    ("Быков", "Bykov"),
    ("Маслов", "Maslov"),
    ("Родионов", "Rodionov"),
    ("Коновалов", "Konovalov"),
    ("Лазарев", "Lazarev"),
    ("Воронин", "Voronin"),
    ("Климов", "Klimov"),
    ("Филатов", "Filatov"),
    ("Пономарёв", "Ponomarev"),
    ("Голубев", "Golubev"),
    ("Кудрявцев", "Kudryavtsev"),
    ("Прохоров", "Prokhorov"),
    ("Наумов", "Naumov"),
    ("Потапов", "Potapov"),
    ("Журавлёв", "Zhuravlev"),
    ("Овчинников", "Ovchinnikov"),
    ("Трофимов", "Trofimov"),
    ("Леонов", "Leonov"),
    ("Соболев", "Sobolev"),
    ("Ершов", "Ershov"),
    ("Колесников", "Kolesnikov"),
    ("Карпенко", "Karpenko"),
    ("Харитонов", "Kharitonov"),
    ("Юрьев", "Yuriev"),
]
RU_INITIALS = "АБВГДЕИКЛМНОПРСТЮЯ"
EN_INITIALS = "ABCDEFGHJKLMNPRSTW"

EN_JOURNALS = [
    ("Journal of Rural Studies", "J. Rural Stud."),
    ("Journal of Cooperative Economics", "J. Coop. Econ."),
    ("Agricultural Economics Review", "Agric. Econ. Rev."),
    ("Review of Social Economy", "Rev. Soc. Econ."),
    ("Journal of Development Studies", "J. Dev. Stud."),
    ("World Development Letters", "World Dev. Lett."),
    ("Economic Systems Quarterly", "Econ. Syst. Q."),
    ("Journal of Institutional Analysis", "J. Inst. Anal."),
    ("Public Policy and Administration Review", "Public Policy Adm. Rev."),
    ("Journal of Comparative Economics Studies", "J. Comp. Econ. Stud."),
    ("Regional Science Letters", "Reg. Sci. Lett."),
    ("Journal of Eurasian Economies", "J. Eurasian Econ."),
    ("International Journal of Social Policy", "Int. J. Soc. Policy"),
    ("Journal of Agrarian Change Research", "J. Agrar. Change Res."),
]
RU_JOURNALS = [
    ("Вопросы экономики", "Voprosy Ekonomiki"),
    ("Экономический журнал ВШЭ", "HSE Economic Journal"),
    ("Социологические исследования", "Sociological Studies"),
    ("Регионология", "Regionology"),
    ("Экономика региона", "Economy of Region"),
    (
        "Вестник Московского университета. Серия 6: Экономика",
        "Moscow University Economics Bulletin",
    ),
    ("Мировая экономика и международные отношения", "World Economy and International Relations"),
    ("Общественные науки и современность", "Social Sciences and Contemporary World"),
    (
        "Известия Уральского государственного экономического университета",
        "Journal of the Ural State University of Economics",
    ),
    ("Проблемы прогнозирования", "Studies on Russian Economic Development"),
    ("Вестник СПбГУ. Экономика", "St Petersburg University Journal of Economic Studies"),
    ("Журнал институциональных исследований", "Journal of Institutional Studies"),
]

EN_A = """Cooperation Trust Governance Innovation Reciprocity Credit Membership Leadership
Productivity Inequality Migration Resilience Accountability Ownership Participation Solidarity
Competition Decentralisation Specialisation Investment""".split()
EN_B = [
    "in rural credit unions",
    "among smallholder farmers",
    "in consumer cooperatives",
    "in post-Soviet agriculture",
    "in mountain villages",
    "in fishing communities",
    "in urban housing associations",
    "in dairy cooperatives",
    "in worker-owned firms",
    "in savings groups",
    "among seasonal migrants",
    "in irrigation associations",
    "in regional development agencies",
    "in municipal enterprises",
    "in grain markets",
    "in forest communities",
    "among women entrepreneurs",
    "in transition economies",
]
EN_C = [
    "evidence from Poland",
    "a panel study",
    "lessons from Kenya",
    "a field experiment",
    "the case of Belarus",
    "a comparative analysis",
    "new survey evidence",
    "theory and practice",
    "a long-run perspective",
    "insights from Brazil",
    "a network approach",
    "the Baltic experience",
]
RU_A = """Развитие Роль Особенности Проблемы Эволюция Анализ Модели Институты Факторы Динамика
Механизмы Перспективы Трансформация Оценка Устойчивость Эффективность Регулирование
Финансирование""".split()
RU_B = [
    "потребительской кооперации",
    "малого предпринимательства",
    "сельских общин",
    "региональной экономики",
    "кредитных союзов",
    "фермерских хозяйств",
    "муниципальных предприятий",
    "жилищных товариществ",
    "трудовой миграции",
    "аграрного сектора",
    "местного самоуправления",
    "социального партнёрства",
    "сельскохозяйственных кооперативов",
    "семейного бизнеса",
    "рынка труда",
    "лесного хозяйства",
]
RU_C = [
    "в Беларуси",
    "в России",
    "в постсоветский период",
    "в условиях кризиса",
    "на Урале",
    "в Сибири",
    "в 1990-е годы",
    "в малых городах",
    "в Поволжье",
    "на Дальнем Востоке",
    "в Казахстане",
    "в северных регионах",
]
RU_EN_A = {
    "Развитие": "Development",
    "Роль": "The role",
    "Особенности": "Features",
    "Проблемы": "Problems",
    "Эволюция": "Evolution",
    "Анализ": "Analysis",
    "Модели": "Models",
    "Институты": "Institutions",
    "Факторы": "Factors",
    "Динамика": "Dynamics",
    "Механизмы": "Mechanisms",
    "Перспективы": "Prospects",
    "Трансформация": "Transformation",
    "Оценка": "Assessment",
    "Устойчивость": "Resilience",
    "Эффективность": "Efficiency",
    "Регулирование": "Regulation",
    "Финансирование": "Financing",
}
RU_EN_B = {
    "потребительской кооперации": "of consumer cooperation",
    "малого предпринимательства": "of small business",
    "сельских общин": "of rural communities",
    "региональной экономики": "of the regional economy",
    "кредитных союзов": "of credit unions",
    "фермерских хозяйств": "of family farms",
    "муниципальных предприятий": "of municipal enterprises",
    "жилищных товариществ": "of housing partnerships",
    "трудовой миграции": "of labour migration",
    "аграрного сектора": "of the agrarian sector",
    "местного самоуправления": "of local government",
    "социального партнёрства": "of social partnership",
    "сельскохозяйственных кооперативов": "of agricultural cooperatives",
    "семейного бизнеса": "of family business",
    "рынка труда": "of the labour market",
    "лесного хозяйства": "of forestry",
}
RU_EN_C = {
    "в Беларуси": "in Belarus",
    "в России": "in Russia",
    "в постсоветский период": "in the post-Soviet period",
    "в условиях кризиса": "in a crisis",
    "на Урале": "in the Urals",
    "в Сибири": "in Siberia",
    "в 1990-е годы": "in the 1990s",
    "в малых городах": "in small towns",
    "в Поволжье": "in the Volga region",
    "на Дальнем Востоке": "in the Far East",
    "в Казахстане": "in Kazakhstan",
    "в северных регионах": "in the northern regions",
}

RU_BOOK_PUBLISHERS = [
    ("М.", "Наука"),
    ("СПб.", "Питер"),
    ("Минск", "Беларуская навука"),
    ("М.", "Экономика"),
    ("Екатеринбург", "УрО РАН"),
    ("М.", "Юрайт"),
]
EN_BOOK_PUBLISHERS = [
    ("London", "Routledge"),
    ("Cambridge", "Cambridge University Press"),
    ("Oxford", "Oxford University Press"),
    ("Cham", "Springer"),
]

NEWS_EN_WHO = [
    "Farmers",
    "Students",
    "Doctors",
    "Builders",
    "Engineers",
    "Teachers",
    "Exporters",
    "Tourists",
    "Scientists",
    "Volunteers",
    "Officials",
    "Retailers",
]
NEWS_EN_DO = [
    "open a new",
    "launch a",
    "complete the",
    "win support for a",
    "present a",
    "discuss the",
    "sign an agreement on a",
    "protest against the",
    "plan a",
]
NEWS_EN_WHAT = [
    "grain terminal",
    "science olympiad",
    "hospital wing",
    "wind farm",
    "bridge",
    "trade fair",
    "cooperative shop",
    "railway depot",
    "dairy plant",
    "music festival",
    "football stadium",
    "training centre",
    "bus route",
]
NEWS_EN_WHERE = [
    "in Grodno",
    "near Brest",
    "in Vitebsk",
    "in the Minsk region",
    "in Gomel",
    "in Mogilev",
    "in Pinsk",
    "in Lida",
    "in Polotsk",
    "in Orsha",
]
NEWS_RU_WHO = [
    "Аграрии",
    "Студенты",
    "Врачи",
    "Строители",
    "Инженеры",
    "Учителя",
    "Экспортёры",
    "Туристы",
    "Учёные",
    "Волонтёры",
    "Чиновники",
    "Торговцы",
]
NEWS_RU_DO = [
    "представили проект",
    "обсудили строительство",
    "завершили строительство",
    "начали реконструкцию",
    "поддержали создание",
    "подписали соглашение о создании",
    "выступили против строительства",
    "запланировали открытие",
]
NEWS_RU_WHAT = [
    "зернового терминала",
    "ветропарка",
    "нового моста",
    "молочного завода",
    "учебного центра",
    "кооперативного магазина",
    "железнодорожного депо",
    "футбольного стадиона",
    "музыкального фестиваля",
    "корпуса больницы",
    "автобусного маршрута",
    "научного центра",
]
NEWS_RU_WHERE = [
    "в Гродно",
    "под Брестом",
    "в Витебске",
    "в Минской области",
    "в Гомеле",
    "в Могилёве",
    "в Пинске",
    "в Лиде",
    "в Полоцке",
    "в Орше",
]
SENT_EN = [
    "The minister said that exports of dairy products to China grew by {n} percent in {y}.",
    "According to the regional committee, {m} new cooperative shops were opened in {place}.",
    "Officials in {place} said the harvest reached {n} thousand tonnes this season.",
    "The director of the plant, {name}, told reporters that production will rise by {n} percent.",
    "Experts expect the programme to create about {m} jobs in small towns by {y}.",
    "The new bridge is {n} metres long and was built in {m} months by local contractors.",
]
SENT_RU = [
    "Министр сообщил, что экспорт молочной продукции в Китай вырос на {n} процентов в {y} году.",
    "По данным облисполкома, в {place} открылось {m} новых кооперативных магазинов.",
    "Как отметили в {place}, урожай в этом сезоне составил {n} тысяч тонн.",
    "Директор предприятия {name} сообщил журналистам, что выпуск продукции вырастет "
    "на {n} процентов.",
    "Эксперты ожидают, что программа создаст около {m} рабочих мест в малых городах к {y} году.",
    "Длина нового моста составляет {n} метров, его построили за {m} месяцев.",
]
PLACES_EN = ["Grodno", "the Minsk region", "Brest", "Vitebsk", "the Gomel region"]
PLACES_RU = ["Гродно", "Минской области", "Бресте", "Витебске", "Гомельской области"]
NAMES_EN = ["Viktor Kovalenko", "Anna Sokol", "Pavel Demidov", "Olga Lis"]
NAMES_RU = ["Виктор Коваленко", "Анна Сокол", "Павел Демидов", "Ольга Лис"]


# --------------------------------------------------------------------------
# the labelled cases
# --------------------------------------------------------------------------


@dataclass
class Case:
    """One reference and what a correct verifier must say about it."""

    raw: str
    style: str
    lang: str
    group: str  # what the case tests: "correct-doi", "fabricated", "miscited-year"...
    identity: str  # verified | miscited | identifier_conflict | not_found | unverifiable
    status: str | None = None  # retracted | corrected | expression_of_concern | current
    shape: str | None = None  # how the status is recorded
    version: str | None = None  # preprint_published
    page: str | None = None  # match | mismatch | swapped | translated
    quote: str | None = None  # the quotation claimed
    quote_label: str | None = None  # found | changed | not_found
    url: str | None = None
    live: bool = False
    snapshot: str | None = None
    snapshot_ts: str | None = None


@dataclass
class Work:
    doi: str | None
    title: str
    authors: list[tuple[str, str]]  # (family, given) as registered
    year: int
    journal: str
    journal_abbr: str
    volume: str
    issue: str
    first: int
    last: int
    lang: str
    authors_ru: list[tuple[str, str]] = field(default_factory=list)  # as cited in Russian
    title_ru: str | None = None  # the Russian original of an English-registered record
    journal_ru: str | None = None
    kind: str = "article"  # article | book | preprint


@dataclass
class Corpus:
    cases: list[list[Case]]  # one list per manuscript
    server_setup: list[Any] = field(default_factory=list)

    @property
    def all_cases(self) -> list[Case]:
        return [c for doc in self.cases for c in doc]


class Builder:
    """Builds the world and the cases from one seed."""

    def __init__(self, server: RegistryServer, seed: int = 13) -> None:
        self.server = server
        self.rng = random.Random(seed)
        self.used_titles: set[str] = set()
        self.doi_n = 0
        self.page_n = 0

    # -- names and titles ----------------------------------------------------

    def en_author(self) -> tuple[str, str]:
        return self.rng.choice(EN_SURNAMES), f"{self.rng.choice(EN_INITIALS)}."

    def ru_author(self) -> tuple[tuple[str, str], tuple[str, str]]:
        ru, en = self.rng.choice(RU_SURNAMES)
        i1, i2 = self.rng.choice(RU_INITIALS), self.rng.choice(RU_INITIALS)
        return (ru, f"{i1}. {i2}."), (en, f"{_latin_initial(i1)}. {_latin_initial(i2)}.")

    def fresh(self, make: Any) -> Any:
        for _ in range(1000):
            value = make()
            key = value if isinstance(value, str) else value[0]
            if key.lower() not in self.used_titles:
                self.used_titles.add(key.lower())
                return value
        raise RuntimeError("vocabulary exhausted")

    def en_title(self) -> str:
        return self.fresh(
            lambda: f"{self.rng.choice(EN_A)} {self.rng.choice(EN_B)}: {self.rng.choice(EN_C)}"
        )

    def ru_title(self) -> tuple[str, str]:
        def make() -> tuple[str, str]:
            a, b, c = self.rng.choice(RU_A), self.rng.choice(RU_B), self.rng.choice(RU_C)
            return f"{a} {b} {c}", f"{RU_EN_A[a]} {RU_EN_B[b]} {RU_EN_C[c]}"

        return self.fresh(make)

    def doi(self, prefix: str = "10.21638") -> str:
        self.doi_n += 1
        return f"{prefix}/bench.{self.doi_n:05d}"

    # -- registered works ------------------------------------------------------

    def en_work(self, *, doi: bool = True, kind: str = "article") -> Work:
        journal, abbr = self.rng.choice(EN_JOURNALS)
        first = self.rng.randint(3, 180)
        n_authors = self.rng.choice((1, 1, 2, 3))
        return Work(
            doi=self.doi() if doi else None,
            title=self.en_title(),
            authors=[self.en_author() for _ in range(n_authors)],
            year=self.rng.randint(1998, 2023),
            journal=journal,
            journal_abbr=abbr,
            volume=str(self.rng.randint(3, 60)),
            issue=str(self.rng.randint(1, 6)),
            first=first,
            last=first + self.rng.randint(8, 30),
            lang="en",
            kind=kind,
        )

    def ru_work(self, *, english_record: bool = False) -> Work:
        journal_ru, journal_en = self.rng.choice(RU_JOURNALS)
        title_ru, title_en = self.ru_title()
        people = [self.ru_author() for _ in range(self.rng.choice((1, 1, 2)))]
        first = self.rng.randint(3, 180)
        return Work(
            doi=self.doi("10.31857"),
            title=title_en if english_record else title_ru,
            title_ru=title_ru,
            authors=[p[1] for p in people] if english_record else [p[0] for p in people],
            authors_ru=[p[0] for p in people],
            year=self.rng.randint(2000, 2023),
            journal=journal_en if english_record else journal_ru,
            journal_ru=journal_ru,
            journal_abbr=journal_en,
            volume=str(self.rng.randint(1, 40)),
            issue=str(self.rng.randint(1, 12)),
            first=first,
            last=first + self.rng.randint(8, 25),
            lang="ru",
        )

    def register(self, work: Work, **extra: Any) -> None:
        """Put ``work`` in Crossref (and OpenAlex, as the real one mirrors Crossref)."""
        assert work.doi
        retracted_in_openalex = extra.pop("openalex_retracted", False)
        title_shown = extra.pop("title_shown", work.title)
        record = crossref_record(
            work.doi,
            title_shown,
            [(f, g) for f, g in work.authors],
            work.year,
            work.journal,
            work.volume,
            work.issue,
            f"{work.first}-{work.last}",
            original_title=work.title_ru if work.title_ru and work.title_ru != work.title else "",
            short_container=work.journal_abbr if work.lang == "en" else "",
            **extra,
        )
        self.server.registry.add_crossref(record)
        self.server.registry.openalex.append(
            openalex_record(
                work.doi,
                title_shown,
                [f"{g} {f}" for f, g in work.authors],
                work.year,
                work.journal,
                work.volume,
                work.issue,
                str(work.first),
                str(work.last),
                is_retracted=retracted_in_openalex,
                work_id=f"W{self.doi_n}{len(work.title)}",
            )
        )

    # -- rendering references ----------------------------------------------------

    def render(self, w: Work, style: str, *, doi: str | None = None, **changes: Any) -> str:
        """``w`` cited in ``style``; ``changes`` alter what is cited (title, year...)."""
        title = changes.get("title", w.title_ru if style == "gost-ru" and w.title_ru else w.title)
        year = changes.get("year", w.year)
        volume = changes.get("volume", w.volume)
        first = changes.get("first", w.first)
        last = first + (w.last - w.first)
        journal = changes.get(
            "journal", w.journal_ru if style == "gost-ru" and w.journal_ru else w.journal
        )
        abbr = changes.get("abbr", w.journal_abbr if w.lang == "en" else journal)
        people = changes.get(
            "authors", w.authors_ru if style == "gost-ru" and w.authors_ru else w.authors
        )
        issue = w.issue
        d = f" DOI: {doi}" if doi and style.startswith("gost") else ""
        if style == "gost-ru":
            names = ", ".join(f"{f} {g}" for f, g in people)
            return (
                f"{names} {title} // {journal}. {year}. Т. {volume}, № {issue}. "
                f"С. {first}–{last}.{d}"
            )
        if style == "gost-en":
            names = ", ".join(f"{f} {g}" for f, g in people)
            return (
                f"{names} {title} // {journal}. {year}. Vol. {volume}, no. {issue}. "
                f"P. {first}–{last}.{d}"
            )
        tail = f" https://doi.org/{doi}" if doi else ""
        if style == "apa":
            names = ", ".join(f"{f}, {g}" for f, g in people[:-1])
            last_name = f"{people[-1][0]}, {people[-1][1]}"
            names = f"{names}, & {last_name}" if names else last_name
            return f"{names} ({year}). {title}. {journal}, {volume}({issue}), {first}–{last}.{tail}"
        if style == "ieee":
            names = ", ".join(f"{g} {f}" for f, g in people)
            doi_part = f", doi: {doi}" if doi else ""
            return (
                f'{names}, "{title}," {abbr}, '
                f"vol. {volume}, no. {issue}, pp. {first}–{last}, {year}{doi_part}."
            )
        if style == "chicago":
            names = " and ".join(
                f"{f}, {g}" if i == 0 else f"{g} {f}" for i, (f, g) in enumerate(people)
            )
            return (
                f'{names}. {year}. "{title}." {journal} {volume} ({issue}): {first}–{last}.{tail}'
            )
        if style == "vancouver":
            names = ", ".join(f"{f} {g.replace('.', '').replace(' ', '')}" for f, g in people)
            short = abbr.replace(".", "")
            return f"{names}. {title}. {short}. {year};{volume}({issue}):{first}-{last}.{tail}"
        if style == "harvard":
            names = " and ".join(f"{f}, {g}" for f, g in people)
            where = f"{journal}, {volume}({issue}), pp. {first}–{last}"
            return f"{names} ({year}) '{title}', {where}.{tail}"
        raise ValueError(style)


def _latin_initial(letter: str) -> str:
    table = {
        "А": "A",
        "Б": "B",
        "В": "V",
        "Г": "G",
        "Д": "D",
        "Е": "E",
        "И": "I",
        "К": "K",
        "Л": "L",
        "М": "M",
        "Н": "N",
        "О": "O",
        "П": "P",
        "Р": "R",
        "С": "S",
        "Т": "T",
        "Ю": "Yu",
        "Я": "Ya",
    }
    return table.get(letter, "A")


EN_STYLES = ("apa", "ieee", "chicago", "vancouver", "harvard", "gost-en")


# --------------------------------------------------------------------------
# the corpus
# --------------------------------------------------------------------------


def build(server: RegistryServer, seed: int = 13, scale: int = 1) -> Corpus:
    """The world in ``server`` and the labelled manuscripts citing it."""
    b = Builder(server, seed)
    rng = b.rng
    cases: list[Case] = []

    def en_style() -> str:
        return rng.choice(EN_STYLES)

    def ru_style() -> str:
        return "gost-ru"

    for _ in range(scale):
        # -- correct references, with and without DOI -------------------------------
        for _ in range(80):
            w = b.en_work()
            b.register(w)
            style = en_style()
            with_doi = rng.random() < 0.6
            cases.append(
                Case(
                    b.render(w, style, doi=w.doi if with_doi else None),
                    style,
                    "en",
                    "correct-doi" if with_doi else "correct-search",
                    "verified",
                    status="current",
                )
            )
        for _ in range(50):
            english = rng.random() < 0.35
            w = b.ru_work(english_record=english)
            b.register(w)
            with_doi = english or rng.random() < 0.5
            cases.append(
                Case(
                    b.render(w, "gost-ru", doi=w.doi if with_doi else None),
                    "gost-ru",
                    "ru",
                    "correct-ru-en-record" if english else "correct-ru",
                    "verified",
                    status="current",
                )
            )
        # -- OpenAlex-only works (no Crossref record), DataCite DOIs ------------------
        for _ in range(8):
            w = b.en_work(doi=False)
            server.registry.openalex.append(
                openalex_record(
                    None,
                    w.title,
                    [f"{g} {f}" for f, g in w.authors],
                    w.year,
                    w.journal,
                    w.volume,
                    w.issue,
                    str(w.first),
                    str(w.last),
                    work_id=f"WX{len(cases)}",
                )
            )
            style = en_style()
            cases.append(Case(b.render(w, style), style, "en", "openalex-only", "verified"))
        for _ in range(6):
            w = b.en_work(doi=False)
            doi = b.doi("10.5281")
            server.registry.csl[doi] = csl_record(
                doi,
                w.title,
                w.authors,
                w.year,
                w.journal,
                volume=w.volume,
                page=f"{w.first}-{w.last}",
            )
            style = rng.choice(("apa", "gost-en", "harvard"))
            cases.append(Case(b.render(w, style, doi=doi), style, "en", "datacite-doi", "verified"))
        # -- fabricated ---------------------------------------------------------------
        for i in range(55):
            w = b.en_work()  # never registered
            style = en_style()
            fake_doi = b.doi("10.9999") if i % 4 == 0 else None
            cases.append(
                Case(
                    b.render(w, style, doi=fake_doi),
                    style,
                    "en",
                    "fabricated-doi" if fake_doi else "fabricated",
                    "not_found",
                )
            )
        for i in range(30):
            w = b.ru_work()
            fake_doi = b.doi("10.9998") if i % 5 == 0 else None
            cases.append(
                Case(
                    b.render(w, "gost-ru", doi=fake_doi),
                    "gost-ru",
                    "ru",
                    "fabricated-ru",
                    "not_found",
                )
            )
        # -- miscited, field by field -------------------------------------------------
        for field_name in ("year", "volume", "pages", "author", "title", "journal"):
            for i in range(10):
                ru = i % 4 == 3
                w = b.ru_work() if ru else b.en_work()
                b.register(w)
                style = "gost-ru" if ru else en_style()
                changes: dict[str, Any] = {}
                if field_name == "year":
                    changes["year"] = w.year + rng.choice((-5, -3, 3, 4))
                elif field_name == "volume":
                    changes["volume"] = str(int(w.volume) + rng.randint(2, 9))
                elif field_name == "pages":
                    changes["first"] = w.first + rng.randint(150, 400)
                elif field_name == "author":
                    other = b.ru_author()[0] if ru else b.en_author()
                    people = list(w.authors_ru if ru else w.authors)
                    people[0] = other
                    changes["authors"] = people
                elif field_name == "title":
                    title = w.title_ru if ru else w.title
                    words = title.split()
                    k = rng.randrange(1, len(words))
                    replacement = (
                        rng.choice(("национальных", "новых"))
                        if ru
                        else rng.choice(("national", "local", "hidden"))
                    )
                    words.insert(k, replacement)
                    changes["title"] = " ".join(words)
                elif field_name == "journal":
                    other_j = rng.choice(
                        [
                            j
                            for j in (RU_JOURNALS if ru else EN_JOURNALS)
                            if j[0] not in (w.journal, w.journal_ru)
                        ]
                    )
                    changes["journal"] = other_j[0]
                    changes["abbr"] = other_j[1] if not ru else other_j[0]
                with_doi = i % 2 == 0
                cases.append(
                    Case(
                        b.render(w, style, doi=w.doi if with_doi else None, **changes),
                        style,
                        w.lang,
                        f"miscited-{field_name}",
                        "miscited",
                        status="current",
                    )
                )
        # -- DOI of another work ------------------------------------------------------
        for i in range(24):
            cited = b.ru_work() if i % 4 == 3 else b.en_work()
            other = b.en_work()
            b.register(other)
            if i % 2 == 0:  # a real work, the wrong DOI
                b.register(cited)
            style = "gost-ru" if cited.lang == "ru" else en_style()
            cases.append(
                Case(
                    b.render(cited, style, doi=other.doi),
                    style,
                    cited.lang,
                    "doi-of-another-work" if i % 2 == 0 else "fabricated-real-doi",
                    "identifier_conflict",
                )
            )
        # -- after publication: every retraction shape, corrections, concerns -------------
        shapes = [
            "updated-by-publisher",
            "updated-by-retraction-watch",
            "notice-update-to",
            "title-flag",
            "openalex-flag",
            "withdrawal",
            "correction",
            "erratum",
            "expression-of-concern",
        ]
        for shape in shapes:
            for i in range(5):
                ru = i == 4
                w = b.ru_work() if ru else b.en_work()
                notice = b.doi("10.21639")
                extra: dict[str, Any] = {}
                status = "retracted"
                if shape == "updated-by-publisher":
                    extra["updated_by"] = [update_entry(notice, "retraction", "Retraction")]
                elif shape == "updated-by-retraction-watch":
                    extra["updated_by"] = [
                        update_entry(notice, "retraction", "Retraction", source="retraction-watch")
                    ]
                elif shape == "notice-update-to":
                    server.registry.add_crossref(
                        crossref_record(
                            notice,
                            f"Retraction notice: {w.title}",
                            [("Editors", "The")],
                            w.year + 2,
                            w.journal,
                            update_to=[update_entry(w.doi or "", "retraction", "Retraction")],
                        )
                    )
                elif shape == "title-flag":
                    extra["title_shown"] = f"RETRACTED: {w.title}"
                elif shape == "openalex-flag":
                    extra["openalex_retracted"] = True
                elif shape == "withdrawal":
                    extra["updated_by"] = [update_entry(notice, "withdrawal", "Withdrawal")]
                elif shape == "correction":
                    extra["updated_by"] = [update_entry(notice, "correction", "Correction")]
                    status = "corrected"
                elif shape == "erratum":
                    server.registry.add_crossref(
                        crossref_record(
                            notice,
                            f"Erratum: {w.title}",
                            [("Editors", "The")],
                            w.year + 1,
                            w.journal,
                            update_to=[update_entry(w.doi or "", "erratum", "Erratum")],
                        )
                    )
                    status = "corrected"
                elif shape == "expression-of-concern":
                    extra["updated_by"] = [
                        update_entry(notice, "expression_of_concern", "Expression of concern")
                    ]
                    status = "expression_of_concern"
                b.register(w, **extra)
                style = "gost-ru" if ru else en_style()
                with_doi = i != 3  # one in five found by search, without its DOI
                cases.append(
                    Case(
                        b.render(w, style, doi=w.doi if with_doi else None),
                        style,
                        w.lang,
                        f"status-{shape}",
                        "verified",
                        status=status,
                        shape=shape,
                    )
                )
        # -- preprints with a published version -------------------------------------------
        for _ in range(8):
            w = b.en_work()
            published = b.doi("10.1016")
            server.registry.add_crossref(
                crossref_record(
                    w.doi or "",
                    w.title,
                    w.authors,
                    w.year,
                    "",
                    kind="posted-content",
                    subtype="preprint",
                    relation={
                        "is-preprint-of": [
                            {"id-type": "doi", "id": published, "asserted-by": "subject"}
                        ]
                    },
                )
            )
            names = ", ".join(f"{f}, {g}" for f, g in w.authors)
            raw = f"{names} ({w.year}). {w.title} [Preprint]. SocArXiv. https://doi.org/{w.doi}"
            cases.append(
                Case(
                    raw,
                    "apa",
                    "en",
                    "preprint",
                    "verified",
                    status="current",
                    version="preprint_published",
                )
            )
        # -- books: most in no registry; some Springer books are ----------------------------
        for i in range(36):
            ru = i % 3 != 2
            if ru:
                (surname, initials), _en = b.ru_author()
                title_ru, _ = b.ru_title()
                place, publisher = rng.choice(RU_BOOK_PUBLISHERS)
                pages = rng.randint(120, 640)
                raw = (
                    f"{surname} {initials} {title_ru}. {place}: {publisher}, "
                    f"{rng.randint(1975, 2022)}. {pages} с."
                )
                cases.append(Case(raw, "gost-ru", "ru", "book-unregistered", "unverifiable"))
            else:
                w = b.en_work(doi=False, kind="book")
                place, publisher = rng.choice(EN_BOOK_PUBLISHERS)
                family, given = w.authors[0]
                raw = f"{family}, {given} ({w.year}). {w.title}. {publisher}."
                cases.append(Case(raw, "apa", "en", "book-unregistered", "unverifiable"))
        for _ in range(6):
            w = b.en_work(kind="book")
            server.registry.add_crossref(
                crossref_record(
                    w.doi or "",
                    w.title,
                    w.authors,
                    w.year,
                    "",
                    kind="book",
                )
            )
            family, given = w.authors[0]
            raw = f"{family}, {given} ({w.year}). {w.title}. Springer. https://doi.org/{w.doi}"
            cases.append(Case(raw, "apa", "en", "book-registered", "verified", status="current"))
        # -- laws, theses, reports --------------------------------------------------------
        for i in range(10):
            n = rng.randint(100, 999)
            year = rng.randint(1995, 2022)
            raw = [
                f"Федеральный закон от 12.0{i % 9 + 1}.{year} № {n}-ФЗ «О сельскохозяйственной "
                f"кооперации» // Собрание законодательства РФ. {year}. № {i + 1}. Ст. {n}.",
                f"{rng.choice(RU_SURNAMES)[0]} А. Б. {b.ru_title()[0]} : дис. ... канд. экон. "
                f"наук. М., {year}. {n // 3} с.",
                f"Council Regulation (EC) No {n}/{year} on the common organisation of agricultural "
                f"markets. OJ L {n}, {year}, p. 1–{n // 10}.",
            ][i % 3]
            cases.append(
                Case(
                    raw,
                    "gost-ru" if i % 3 != 2 else "apa",
                    "ru" if i % 3 != 2 else "en",
                    "law-thesis",
                    "unverifiable",
                )
            )
        # -- web pages and quotations -------------------------------------------------------
        cases += web_cases(b, server)
    other = [c for c in cases if not c.url]
    rng.shuffle(other)
    # web citations: a swapped pair stays together, in one manuscript, as in real life
    units: list[list[Case]] = []
    web = [c for c in cases if c.url]
    i = 0
    while i < len(web):
        pair = web[i].page == "swapped"
        units.append(web[i : i + 2] if pair else [web[i]])
        i += 2 if pair else 1
    rng.shuffle(units)
    ordered = [c for unit in units for c in unit]
    docs = [other[i : i + 55] for i in range(0, len(other), 55)]
    chunk: list[Case] = []
    for unit in units:
        chunk.extend(unit)
        if len(chunk) >= 50:
            docs.append(chunk)
            chunk = []
    if chunk:
        docs.append(chunk)
    assert sum(len(d) for d in docs) == len(other) + len(ordered)
    return Corpus(docs)


def _headline(lang: str, rng: random.Random) -> str:
    if lang == "en":
        parts = (NEWS_EN_WHO, NEWS_EN_DO, NEWS_EN_WHAT, NEWS_EN_WHERE)
    else:
        parts = (NEWS_RU_WHO, NEWS_RU_DO, NEWS_RU_WHAT, NEWS_RU_WHERE)
    return " ".join(rng.choice(p) for p in parts)


def _sentence(lang: str, rng: random.Random) -> str:
    template = rng.choice(SENT_EN if lang == "en" else SENT_RU)
    return template.format(
        n=rng.randint(11, 95),
        m=rng.randint(12, 480),
        y=rng.randint(2019, 2024),
        place=rng.choice(PLACES_EN if lang == "en" else PLACES_RU),
        name=rng.choice(NAMES_EN if lang == "en" else NAMES_RU),
    )


def _alter(quote: str, how: str, lang: str, rng: random.Random) -> str:
    """A quotation changed the way authors and fabricators change them."""
    if how == "number":
        numbers = [w for w in quote.split() if w.strip(".,").isdigit()]
        target = numbers[0].strip(".,")
        return quote.replace(target, str(int(target) + rng.randint(3, 40)), 1)
    if how == "name":
        for old, new in (
            ("Grodno", "Pinsk"),
            ("Brest", "Lida"),
            ("Vitebsk", "Orsha"),
            ("Minsk", "Slutsk"),
            ("Gomel", "Mozyr"),
            ("China", "India"),
            ("Гродно", "Пинске"),
            ("Бресте", "Лиде"),
            ("Витебске", "Орше"),
            ("Минской", "Брестской"),
            ("Гомельской", "Могилёвской"),
            ("Китай", "Индию"),
            ("Kovalenko", "Kovalev"),
            ("Sokol", "Sokolova"),
            ("Demidov", "Demin"),
            ("Lis", "Lisova"),
            ("Коваленко", "Ковалёв"),
            ("Сокол", "Соколова"),
            ("Демидов", "Демин"),
            ("Лис", "Лисова"),
        ):
            if old in quote:
                return quote.replace(old, new, 1)
        return quote.replace(quote.split()[0], "Nobody" if lang == "en" else "Никто", 1)
    words = quote.split()  # a word changed: grew -> fell, new -> old...
    swaps = {
        "grew": "fell",
        "rise": "fall",
        "new": "old",
        "open": "closed",
        "opened": "closed",
        "вырос": "снизился",
        "вырастет": "снизится",
        "новых": "старых",
        "открылось": "закрылось",
        "создаст": "сократит",
        "expect": "doubt",
        "create": "cut",
        "reached": "missed",
        "составил": "превысил",
        "построили": "ремонтировали",
        "built": "repaired",
    }
    for i, w in enumerate(words):
        if w in swaps:
            words[i] = swaps[w]
            return " ".join(words)
    words[len(words) // 2] = "reportedly" if lang == "en" else "якобы"
    return " ".join(words)


def web_cases(b: Builder, server: RegistryServer) -> list[Case]:
    """News citations: matching pages, wrong and swapped pages, translated titles,
    archived copies, and quotations present, absent or altered."""
    rng = b.rng
    out: list[Case] = []
    pages: list[tuple[str, str, str, list[str]]] = []  # (lang, title, url, sentences)

    def new_page(lang: str, *, meta: bool) -> tuple[str, str, str, list[str]]:
        title = b.fresh(lambda: _headline(lang, rng))
        b.page_n += 1
        site = rng.choice(("BelTA", "News Agency", "Sputnik", "Minsk Herald"))
        slug = hashlib.sha1(title.encode()).hexdigest()[:8]
        path = f"/{lang}/2023/{b.page_n}-{slug}"
        sentences = [_sentence(lang, rng) for _ in range(5)]
        text = "\n\n".join(sentences)
        html = article_page(title, text, site=site, og=meta, h1=meta or rng.random() < 0.7)
        url = server.add_page(path, html)
        page = (lang, title, url, sentences)
        pages.append(page)
        return page

    def cite(title: str, url: str, lang: str) -> str:
        if lang == "ru" or rng.random() < 0.5:
            return (
                f"{title} [Электронный ресурс] // БелТА. 2023. URL: {url} "
                f"(дата обращения: 01.03.2023)."
            )
        return f"{rng.choice(NAMES_EN).split()[1]}, A. (2023). {title}. News Agency. {url}"

    # pages cited correctly, with a quotation found, changed or missing (or none)
    for i in range(120):
        lang = "ru" if i % 2 else "en"
        _lang, title, url, sentences = new_page(lang, meta=rng.random() < 0.7)
        quote_label = rng.choice((None, "found", "found", "changed", "changed", "not_found"))
        quote = None
        if quote_label == "found":
            quote = rng.choice(sentences).rstrip(".")
            quote = quote.split(", ", 1)[-1] if rng.random() < 0.3 else quote
        elif quote_label == "changed":
            how = rng.choice(("number", "name", "word"))
            original = rng.choice(sentences).rstrip(".")
            if how == "name" and not any(ch.isupper() for ch in original[1:]):
                how = "number"
            quote = _alter(original, how, lang, rng)
        elif quote_label == "not_found":
            quote = _sentence(lang, random.Random(rng.random())).rstrip(".")
            if any(quote in s for s in sentences):
                quote_label = "found"
            elif any(quote[:30] in s for s in sentences):
                quote_label = "changed"  # the same sentence with other numbers
        cited_title = title
        label = "match"
        if lang == "ru" and i % 10 == 1:  # cited in Latin transliteration (a slug-like title)
            from bibcheck.text import transliterate

            cited_title = transliterate(title)
        out.append(
            Case(
                cite(cited_title, url, lang if cited_title == title else "en"),
                "gost-ru" if lang == "ru" else "apa",
                lang,
                "web-match",
                "unverifiable",
                page=label,
                quote=quote,
                quote_label=quote_label,
                url=url,
                live=True,
            )
        )
    # a Russian page cited by its English translation: nothing can be concluded
    for _ in range(14):
        _lang, title, url, _s = new_page("ru", meta=True)
        translated = b.fresh(lambda: _headline("en", rng))
        out.append(
            Case(
                cite(translated, url, "en"),
                "apa",
                "en",
                "web-translated",
                "unverifiable",
                page="translated",
                url=url,
                live=True,
            )
        )
    # the wrong page: the URL of an unrelated article
    for i in range(20):
        lang = "ru" if i % 2 else "en"
        _lang, _title, url, _s = new_page(lang, meta=rng.random() < 0.7)
        cited = b.fresh(lambda lang=lang: _headline(lang, rng))
        out.append(
            Case(
                cite(cited, url, lang),
                "gost-ru" if lang == "ru" else "apa",
                lang,
                "web-wrong-page",
                "unverifiable",
                page="mismatch",
                url=url,
                live=True,
            )
        )
    # swapped pairs
    for i in range(10):
        lang = "ru" if i % 2 else "en"
        _l1, t1, u1, _s1 = new_page(lang, meta=True)
        _l2, t2, u2, _s2 = new_page(lang, meta=True)
        style = "gost-ru" if lang == "ru" else "apa"
        out.append(
            Case(
                cite(t1, u2, lang),
                style,
                lang,
                "web-swapped",
                "unverifiable",
                page="swapped",
                url=u2,
                live=True,
            )
        )
        out.append(
            Case(
                cite(t2, u1, lang),
                style,
                lang,
                "web-swapped",
                "unverifiable",
                page="swapped",
                url=u1,
                live=True,
            )
        )
    # dead pages with an archived copy from the citation date
    for i in range(14):
        lang = "ru" if i % 2 else "en"
        title = b.fresh(lambda lang=lang: _headline(lang, rng))
        sentences = [_sentence(lang, rng) for _ in range(4)]
        dead = f"http://news.test:1/{lang}/2019/gone-{i}"
        ts = "20190315000000"
        snap = server.add_page(
            f"/web/{ts}/{dead}",
            article_page(title, "\n\n".join(sentences), og=False),
            host="archive.test",
        )
        quote_label = rng.choice(("found", "changed", None))
        quote = None
        if quote_label == "found":
            quote = sentences[1].rstrip(".")
        elif quote_label == "changed":
            quote = _alter(sentences[1].rstrip("."), "number", lang, rng)
        out.append(
            Case(
                cite(title, dead, lang),
                "gost-ru" if lang == "ru" else "apa",
                lang,
                "web-archived",
                "unverifiable",
                page="match",
                quote=quote,
                quote_label=quote_label,
                url=dead,
                snapshot=snap,
                snapshot_ts=ts,
            )
        )
    return out
