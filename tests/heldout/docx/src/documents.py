"""The texts of the held-out .docx documents (written for the corpus), as body blocks for build_docx."""

from __future__ import annotations

FOOD_WASTE = [
    ("h", 1, "Reducing Food Waste in Hospital Catering: Evidence and Options"),
    [
        "Hospitals throw away between a quarter and a third of the food they prepare for patients.",
        (
            "fn",
            [
                "Williams, P. and Walton, K. (2011) ‘Plate waste in hospitals and strategies for "
                "change’, ",
                ("i", "e-SPEN"),
                ", 6(6), pp. e235–e241. doi:10.1016/j.eclnm.2011.09.006.",
            ],
        ),
        " Most of this is plate waste: meals served but not eaten.",
        ("fn", ["Ibid., p. e237."]),
        " The waste has costs for budgets, for the environment and, above all, for "
        "patients who do not eat enough.",
    ],
    ("h", 2, "Why patients leave food"),
    [
        "Surveys of patients point to appetite, the timing of meals and the difficulty of "
        "opening packaging.",
        (
            "fn",
            [
                "Naithani, S. et al. (2008) ‘Hospital inpatients’ experiences of access to food: a "
                "qualitative interview and observational study’, ",
                ("i", "Health Expectations"),
                ", 11(3), pp. 294–303.",
            ],
        ),
        " Protected mealtimes, when ward activity stops so that patients can eat, were "
        "introduced in the NHS in 2004 to address the last two.",
        (
            "fn",
            [
                "Hospital Caterers Association (2004) ",
                ("i", "Protected Mealtimes Policy"),
                ". Available at: ",
                (
                    "link",
                    "https://www.hospitalcaterers.org/documents/protected-mealtimes-policy.pdf",
                    "https://www.hospitalcaterers.org/documents/protected-mealtimes-policy.pdf",
                ),
                " (Accessed: 3 March 2023).",
            ],
        ),
    ],
    [
        "Their effect has been mixed. A multi-ward study found no change in energy intake",
        (
            "fn",
            [
                "Hickson, M. et al. (2011) ‘Impact of protected mealtimes on ward mealtime "
                "environment, patient experience and nutrient intake in hospitalised patients’, ",
                ("i", "Journal of Human Nutrition and Dietetics"),
                ", 24(4), pp. 370–374. doi:10.1111/j.1365-277X.2011.01167.x.",
            ],
        ),
        ", while smaller studies with volunteer helpers reported gains.",
        ("fn", ["For a summary, see the review cited in note 8 below."]),
    ],
    ("h", 2, "What has been tried"),
    [
        "The table summarises the main interventions and their reported effect on plate waste.",
    ],
    (
        "table",
        [
            [["Intervention"], ["Setting"], ["Reduction in waste"]],
            [
                ["Bulk trolley service"],
                [
                    "Two acute hospitals",
                    (
                        "fn",
                        [
                            "Barton, A.D. et al. (2000) ‘High food wastage and low nutritional intakes in "
                            "hospital patients’, ",
                            ("i", "Clinical Nutrition"),
                            ", 19(6), pp. 445–449.",
                        ],
                    ),
                ],
                ["about 20 %"],
            ],
            [["Menu at the bedside"], ["One hospital, six wards"], ["30–40 %"]],
        ],
    ),
    [
        "Room-service models, in which patients order from a menu when they want to eat, "
        "have produced the largest reductions.",
        (
            "fn",
            [
                "McCray, S. et al. (2018) ‘Room service improves nutritional intake and "
                "increases patient satisfaction while decreasing food waste and cost’, ",
                ("i", "Journal of the Academy of Nutrition and Dietetics"),
                ", 118(2), pp. 284–293. doi:10.1016/j.jand.2017.05.014.",
            ],
        ),
        " A systematic review of 28 studies confirms the pattern but warns that most were "
        "small and uncontrolled.",
        (
            "fn",
            [
                "Schiavone, S. et al. (2019) ‘Hospital foodservice and waste: a systematic "
                "review’, ",
                ("i", "Nutrition & Dietetics"),
                ", 76(5), pp. 579–591. Available at: ",
                (
                    "link",
                    "https://doi.org/10.1111/1747-0080.12525",
                    "doi.org/10.1111/1747-0080.12525",
                ),
                ".",
            ],
        ),
    ],
    ("h", 2, "Environmental costs"),
    [
        "Food waste from the NHS is estimated at 70,000 tonnes a year,",
        (
            "fn",
            [
                "WRAP (2020) ",
                ("i", "Food surplus and waste in the UK – key facts"),
                ". Banbury: WRAP. Available at: ",
                (
                    "link",
                    "https://wrap.org.uk/resources/report/food-surplus-and-waste-uk-key-facts",
                    "wrap.org.uk",
                ),
                ".",
            ],
        ),
        " and the NHS has committed to reaching net zero for the emissions it controls "
        "directly by 2040.",
        (
            "fn",
            [
                "NHS England (2020) ",
                ("i", "Delivering a ‘Net Zero’ National Health Service"),
                ". London: NHS England, p. 5.",
            ],
        ),
    ],
    ("h", 2, "Recommendations"),
    [
        "We recommend that trusts measure plate waste routinely, using the method "
        "described by the Hospital Caterers Association,",
        ("fn", ["Hospital Caterers Association, ", ("i", "Protected Mealtimes Policy"), ", p. 4."]),
        " and that new catering contracts include targets for waste.",
        ("fn", ["This is already the case in Scotland."]),
    ],
    ("h", 1, "References"),
    [
        "Barton, A.D. et al. (2000) ‘High food wastage and low nutritional intakes in "
        "hospital patients’, ",
        ("i", "Clinical Nutrition"),
        ", 19(6), pp. 445–449.",
    ],
    [
        "Hickson, M. et al. (2011) ‘Impact of protected mealtimes on ward mealtime "
        "environment, patient experience and nutrient intake in hospitalised patients’, ",
        ("i", "Journal of Human Nutrition and Dietetics"),
        ", 24(4), pp. 370–374.",
    ],
    [
        "Hospital Caterers Association (2004) ",
        ("i", "Protected Mealtimes Policy"),
        ". Available at: https://www.hospitalcaterers.org/documents/protected-mealtimes-policy.pdf "
        "(Accessed: 3 March 2023).",
    ],
    [
        "McCray, S. et al. (2018) ‘Room service improves nutritional intake and increases "
        "patient satisfaction while decreasing food waste and cost’, ",
        ("i", "Journal of the Academy of Nutrition and Dietetics"),
        ", 118(2), pp. 284–293.",
    ],
    [
        "Naithani, S. et al. (2008) ‘Hospital inpatients’ experiences of access to food: a "
        "qualitative interview and observational study’, ",
        ("i", "Health Expectations"),
        ", 11(3), pp. 294–303.",
    ],
    [
        "NHS England (2020) ",
        ("i", "Delivering a ‘Net Zero’ National Health Service"),
        ". London: NHS England.",
    ],
    [
        "Schiavone, S. et al. (2019) ‘Hospital foodservice and waste: a systematic review’, ",
        ("i", "Nutrition & Dietetics"),
        ", 76(5), pp. 579–591. doi:10.1111/1747-0080.12525.",
    ],
    [
        "Williams, P. and Walton, K. (2011) ‘Plate waste in hospitals and strategies for change’, ",
        ("i", "e-SPEN"),
        ", 6(6), pp. e235–e241.",
    ],
    [
        "WRAP (2020) ",
        ("i", "Food surplus and waste in the UK – key facts"),
        ". Banbury: WRAP.",
    ],
]

DOCUMENTS = [("hospital-food-waste", FOOD_WASTE, "en-GB")]

RU_METRO = [
    ("h", 1, "Влияние новых станций метро на цены жилья: случай Санкт-Петербурга"),
    [
        ("i", "Аннотация. "),
        "На данных о сделках с квартирами в 2015–2022 гг. оценивается рост цен жилья "
        "вблизи станций метро, открытых в 2019 г.",
    ],
    ("h", 2, "Введение"),
    [
        "Связь транспортной доступности и стоимости жилья хорошо изучена в зарубежной "
        "литературе [1; 2]. Классическая модель моноцентрического города предсказывает, что "
        "снижение затрат на поездки в центр повышает земельную ренту [3, с. 45–52].",
    ],
    [
        "Эмпирические оценки эффекта новых станций различаются: от 2–3 % в Лондоне [4] до "
        "более чем 10 % в городах с менее развитой сетью [5]. Для российских городов "
        "подобных исследований немного [6–8].",
    ],
    ("h", 2, "Данные и метод"),
    [
        "Использованы данные о 48 тыс. сделок из открытых источников [9] и сведения о "
        "датах открытия станций [10]. Эффект оценивается методом «разность разностей» "
        "[11] с группой сравнения из кварталов, удалённых от станций более чем на 1,5 км.",
    ],
    ("h", 2, "Результаты"),
    [
        "Цены квартир в радиусе 800 м от новых станций выросли на 6,1 % относительно "
        "группы сравнения (95 % ДИ: 4,2–8,0 %). Эффект проявился ещё до открытия станций, "
        "в момент объявления сроков [12], что согласуется с выводами работы [4].",
    ],
    ["Полученные оценки близки к результатам для Москвы [7] и ниже, чем для Казани [8]."],
    ("h", 1, "Список литературы"),
    (
        "li",
        [
            "Gibbons S., Machin S. Valuing rail access using transport innovations // Journal "
            "of Urban Economics. 2005. Vol. 57, no. 1. P. 148–169. DOI: "
            "10.1016/j.jue.2004.10.002."
        ],
    ),
    (
        "li",
        [
            "Debrezion G., Pels E., Rietveld P. The impact of railway stations on residential "
            "and commercial property value: a meta-analysis // The Journal of Real Estate "
            "Finance and Economics. 2007. Vol. 35. P. 161–180."
        ],
    ),
    (
        "li",
        [
            "Alonso W. Location and Land Use: Toward a General Theory of Land Rent. "
            "Cambridge, MA : Harvard University Press, 1964. 204 p."
        ],
    ),
    ("li", ["Gibbons S., Machin S. Указ. соч. P. 160."]),
    (
        "li",
        [
            "Mohammad S. I., Graham D. J., Melo P. C., Anderson R. J. A meta-analysis of "
            "the impact of rail projects on land and property values // Transportation "
            "Research Part A. 2013. Vol. 50. P. 158–170."
        ],
    ),
    (
        "li",
        [
            "Трофимов А. В. Транспортная доступность и рынок жилья крупного города // "
            "Вопросы экономики. 2018. № 4. С. 112–128."
        ],
    ),
    (
        "li",
        [
            "Полякова И. А., Сафронов С. Г. Эффект открытия станций метро на цены квартир "
            "в Москве // Экономический журнал ВШЭ. 2021. Т. 25, № 2. С. 233–258. DOI: "
            "10.17323/1813-8691-2021-25-2-233-258."
        ],
    ),
    ("li", ["Хайруллин Р. Р. Метро и рынок жилья Казани // Известия КГАСУ. 2020. № 3. С. 45–54."]),
    (
        "li",
        [
            "ДомКлик. Аналитика рынка недвижимости [Электронный ресурс]. URL: ",
            ("link", "https://domclick.ru/analytics", "https://domclick.ru/analytics"),
            " (дата обращения: 10.01.2023).",
        ],
    ),
    (
        "li",
        [
            "Петербургский метрополитен. История [Электронный ресурс]. URL: ",
            (
                "link",
                "https://www.metro.spb.ru/history.html",
                "https://www.metro.spb.ru/history.html",
            ),
            " (дата обращения: 10.01.2023).",
        ],
    ),
    (
        "li",
        [
            "Angrist J. D., Pischke J.-S. Mostly Harmless Econometrics: An Empiricist’s "
            "Companion. Princeton : Princeton University Press, 2009. 392 p."
        ],
    ),
    (
        "li",
        [
            "McMillen D. P., McDonald J. Reaction of house prices to a new rapid transit "
            "line: Chicago’s Midway Line, 1983–1999 // Real Estate Economics. 2004. Vol. 32, "
            "no. 3. P. 463–486."
        ],
    ),
]

DOCUMENTS.append(("ru-metro-prices", RU_METRO, "ru-RU"))

BEEKEEPING = [
    ("h", 1, "Chapter 4. Keeping Bees in the City, 1880–1939"),
    [
        "Urban beekeeping is often described as a recent fashion, but Victorian and "
        "Edwardian towns were full of hives.",
        (
            "en",
            [
                "Eva Crane, ",
                ("i", "The World History of Beekeeping and Honey Hunting"),
                " (London: Duckworth, 1999), 412–15.",
            ],
        ),
        " The British Bee-Keepers’ Association, founded in 1874, counted branches in "
        "London, Manchester and Glasgow by the 1890s,",
        (
            "en",
            [
                "Karl Showler, ",
                ("i", "The Observation Hive"),
                " (Hebden Bridge: Bee Books New & Old, 1978), 33.",
            ],
        ),
        " and its journal printed letters from members who kept hives on roofs, in "
        "backyards and on allotments.",
        (
            "en",
            [
                "See, e.g., ",
                ("i", "British Bee Journal"),
                " 23 (1895): 114, 201, 356.",
            ],
        ),
    ],
    [
        "Why did townspeople keep bees? Honey was one reason, but not the main one. "
        "Beekeeping was promoted as rational recreation, a hobby that taught patience and "
        "order.",
        (
            "en",
            [
                "Peter Bailey, ",
                (
                    "i",
                    "Leisure and Class in Victorian England: Rational Recreation and the "
                    "Contest for Control, 1830–1885",
                ),
                " (London: Routledge & Kegan Paul, 1978), 35–55.",
            ],
        ),
        " It was also a science in which amateurs could still contribute.",
        (
            "en",
            [
                "On amateur science more generally, see Samuel J. M. M. Alberti, “Amateurs and "
                "Professionals in One County: Biology and Natural History in Late Victorian "
                "Yorkshire,” ",
                ("i", "Journal of the History of Biology"),
                " 34, no. 1 (2001): 115–47, ",
                (
                    "link",
                    "https://doi.org/10.1023/A:1010373912743",
                    "https://doi.org/10.1023/A:1010373912743",
                ),
                ".",
            ],
        ),
    ],
    ("h", 2, "Isle of Wight disease"),
    [
        "Between 1904 and 1919 a mysterious disease killed most colonies in Britain.",
        (
            "en",
            [
                "Leslie Bailey, “The ‘Isle of Wight Disease’: The Origin and Significance of the "
                "Myth,” ",
                ("i", "Bee World"),
                " 45, no. 1 (1964): 32–37.",
            ],
        ),
        " Urban beekeepers were among the first to restock with imported Italian and Dutch bees,",
        ("en", ["Ibid., 35."]),
        " and the Board of Agriculture subsidised the import of queens after the war.",
        (
            "en",
            [
                "Board of Agriculture and Fisheries, ",
                ("i", "Report on the Isle of Wight Bee Disease"),
                " (London: HMSO, 1912), 4–9.",
            ],
        ),
    ],
    [
        "Not everyone welcomed urban hives. Complaints about swarms and stings reached "
        "magistrates’ courts,",
        ("en", ["The cases are discussed in the next section."]),
        " and some towns passed by-laws restricting hives near houses.",
        (
            "en",
            [
                "Claire Preston, ",
                ("i", "Bee"),
                " (London: Reaktion Books, 2006), 141.",
            ],
        ),
    ],
    ("h", 2, "Between the wars"),
    [
        "After 1918 the number of registered beekeepers in towns grew again, helped by "
        "allotment schemes for returning soldiers.",
        (
            "en",
            [
                "Crane, ",
                ("i", "World History of Beekeeping"),
                ", 418.",
            ],
        ),
        " The BBC broadcast talks on beekeeping from 1927,",
        (
            "en",
            [
                "BBC Genome, “Bee-Keeping for Beginners,” ",
                ("i", "Radio Times"),
                ", 14 April 1927, ",
                (
                    "link",
                    "https://genome.ch.bbc.co.uk/schedules/2lo/1927-04-14",
                    "https://genome.ch.bbc.co.uk/schedules/2lo/1927-04-14",
                ),
                ".",
            ],
        ),
        " and by the late 1930s urban members made up a third of the Association.",
        ("en", ["Showler, ", ("i", "Observation Hive"), ", 40."]),
    ],
]

DOCUMENTS.append(("urban-bees-chapter", BEEKEEPING, "en-GB"))
