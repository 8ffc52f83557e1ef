"""Builds tests/heldout26/odt/fotokataliz-tio2-uk.odt and its key with the unchanged
tests/corpus_build/build_odt.py (its Doc class, OUT pointed at tests/heldout26/odt)."""
import json, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2] / "corpus_build"))
import build_odt  # noqa: E402
build_odt.OUT = HERE.parents[1] / "odt"
A, B = "article", "book"
fujishima = dict(authors=["Fujishima", "Honda"], title="Electrochemical photolysis of water at a semiconductor electrode", year=1972, kind=A)
hoffmann = dict(authors=["Hoffmann", "Martin", "Choi", "Bahnemann"], title="Environmental applications of semiconductor photocatalysis", year=1995, kind=A)
kovalenko = dict(authors=["Коваленко", "Шевчук"], title="Фотокаталітична активність плівок TiO2, допованих азотом, у розкладанні барвників", year=2019, kind=A)
petrenko = dict(authors=["Петренко"], title="Фотокаталітичні властивості нанокомпозитів TiO2–SiO2 у процесах очищення води", year=2018, kind="thesis")
who = dict(title="Guidelines for drinking-water quality: fourth edition incorporating the first and second addenda", year=2022)
dstu = dict(year=2014)
romanova = dict(authors=["Романова"], title="Загальна та неорганічна хімія", year=2004, kind=B)
C = dict(kind="commentary")
KOV = "Коваленко О. В., Шевчук Т. М. Фотокаталітична активність плівок TiO2, допованих азотом, у розкладанні барвників"
lines = [
 "УДК 544.526.5:628.16",
 "# ФОТОКАТАЛІТИЧНЕ ОЧИЩЕННЯ ПИТНОЇ ВОДИ ВІД АЗОБАРВНИКІВ НА ПЛІВКАХ TiO2, ДОПОВАНИХ АЗОТОМ",
 "О. М. Гнатюк, В. Р. Левченко",
 "Анотація. Досліджено кінетику фотокаталітичного розкладання метилового оранжевого на плівках N-TiO2 під дією видимого світла. Показано, що допування азотом зсуває край поглинання до 450 нм.",
 "## Вступ",
 "Відкриття фотоелектрохімічного розкладання води на електроді з діоксиду титану започаткувало новий напрям гетерогенного фотокаталізу." + "{fn:Fujishima A., Honda K. Electrochemical photolysis of water at a semiconductor electrode. {it:Nature}. 1972. Vol. 238. P. 37–38.}" + " Відтоді TiO2 залишається найпоширенішим фотокаталізатором завдяки хімічній стійкості, нетоксичності та низькій вартості." + "{fn:Hoffmann M. R., Martin S. T., Choi W., Bahnemann D. W. Environmental applications of semiconductor photocatalysis. {it:Chemical Reviews}. 1995. Vol. 95, no. 1. P. 69–96.}",
 "Основним недоліком анатазу є ширина забороненої зони близько 3,2 еВ, через що він поглинає лише ультрафіолетову частину сонячного спектра." + "{fn:Там само. P. 80.}" + " Допування неметалами, зокрема азотом, дає змогу розширити діапазон поглинання у видиму область." + "{fn:" + KOV + ". {it:Український хімічний журнал}. 2019. Т. 85, № 6. С. 45–53.}",
 "## Методика експерименту",
 "Плівки N-TiO2 отримували золь-гель методом з тетраізопропоксиду титану з додаванням сечовини як джерела азоту; методику описано раніше." + "{fn:Див.: Петренко І. С. Фотокаталітичні властивості нанокомпозитів TiO2–SiO2 у процесах очищення води : дис. … канд. хім. наук : 02.00.04. Київ, 2018. С. 64–70.}" + " Початкова концентрація барвника становила 10 мг/дм{sup:3}." + "{fn:Тут і далі концентрації наведено в мг/дм³, час опромінення – у хвилинах.}",
 "Ефективність очищення оцінювали за залишковою концентрацією барвника та загальним органічним вуглецем. Для порівняння використано гранично допустимі значення, рекомендовані ВООЗ" + "{fn:Див.: Guidelines for drinking-water quality: fourth edition incorporating the first and second addenda. Geneva : WHO, 2022. P. 224.}" + " і чинним національним стандартом." + "{fn:ДСТУ 7525:2014. Вода питна. Вимоги та методи контролювання якості. Київ : Мінекономрозвитку України, 2014. С. 5.}",
 "## Результати та обговорення",
 "|Зразок|Вміст N, ат. %|Ширина зони, еВ|k·10{sup:3}, хв{sup:−1}|",
 "|TiO2|0|3,21|4,2|",
 "|N-TiO2 (1)|0,8|2,94|9,7|",
 "|N-TiO2 (2)|1,6|2,78|12,3|",
 "Таблиця 1 – Характеристики плівок і константи швидкості розкладання барвника",
 "Константа швидкості зростає зі вмістом азоту до 1,6 ат. %. Процес добре описується кінетичним рівнянням псевдопершого порядку ln(C₀/C) = kt, що узгоджується з механізмом Ленгмюра – Гіншельвуда." + "{fn:" + KOV + ". С. 50.}" + " Залишковий вміст органічного вуглецю після 120 хв не перевищує нормативу." + "{fn:ДСТУ 7525:2014. С. 7.}" + " Вміст нітратів, що можуть утворюватися з допанту, також нижчий за гранично допустимий." + "{fn:Там само. С. 9.}",
 "Загальні відомості про окисно-відновні властивості сполук титану див. у підручнику." + "{fn:Романова Н. В. Загальна та неорганічна хімія : підручник. Київ ; Ірпінь : Перун, 2004. С. 312.}",
 "## Висновки",
 "Допування азотом до 1,6 ат. % утричі підвищує швидкість фотокаталітичного розкладання метилового оранжевого під видимим світлом.",
 "# Список використаних джерел",
 "#. ДСТУ 7525:2014. Вода питна. Вимоги та методи контролювання якості. Київ : Мінекономрозвитку України, 2014. 25 с.",
 "#. " + KOV + ". {it:Український хімічний журнал}. 2019. Т. 85, № 6. С. 45–53.",
 "#. Петренко І. С. Фотокаталітичні властивості нанокомпозитів TiO2–SiO2 у процесах очищення води : дис. … канд. хім. наук : 02.00.04. Київ, 2018. 165 с.",
 "#. Романова Н. В. Загальна та неорганічна хімія : підручник. Київ ; Ірпінь : Перун, 2004. 480 с.",
 "#. Fujishima A., Honda K. Electrochemical photolysis of water at a semiconductor electrode. {it:Nature}. 1972. Vol. 238. P. 37–38.",
 "#. Hoffmann M. R., Martin S. T., Choi W., Bahnemann D. W. Environmental applications of semiconductor photocatalysis. {it:Chemical Reviews}. 1995. Vol. 95, no. 1. P. 69–96.",
 "#. Guidelines for drinking-water quality: fourth edition incorporating the first and second addenda. Geneva : WHO, 2022. 614 p. URL: {link:https://www.who.int/publications/i/item/9789240045064|https://www.who.int/publications/i/item/9789240045064} (дата звернення: 31.02.2024).",
]
notes = {"1": fujishima, "2": hoffmann, "3": hoffmann, "4": kovalenko, "5": petrenko, "6": C,
         "7": who, "8": dstu, "9": kovalenko, "10": dstu, "11": dstu, "12": romanova}
lit = [dstu, kovalenko, petrenko, romanova, fujishima, hoffmann, dict(who, url="https://www.who.int/publications/i/item/9789240045064")]
meta = {
 "title": "Фотокаталітичне очищення питної води від азобарвників",
 "reader": "odt",
 "clean": True,
 "about": "An invented Ukrainian chemistry journal article (photocatalytic removal of azo dyes from drinking water on nitrogen-doped TiO2 films) as a LibreOffice .odt: УДК line, title, authors, Анотація, footnotes in ДСТУ 8302:2015 form ('Прізвище І. Б. Назва. Журнал. 2019. Т. 85, № 6. С. 45–53.', Latin-script works with 'Vol. 238. P. 37–38.', a candidate's dissertation 'дис. … канд. хім. наук : 02.00.04. Київ, 2018. С. 64–70.', a textbook 'Київ ; Ірпінь : Перун, 2004.'), 'Там само. P. 80.' (note 3, Hoffmann), 'Там само. С. 9.' (note 11, the standard), 'Див.:' prefixes (notes 5, 7), a short repeat of Коваленко & Шевчук with the full title and 'С. 50.' (note 9), a commentary note (6), the national standard ДСТУ 7525:2014 (notes 8, 10, 11: keyed by year only, no kind), the WHO guidelines (corporate, keyed without authors or kind); a four-row table with superscripts (no citations), Unicode subscripts, and a numbered 'Список використаних джерел' of 7 automatically numbered items, Cyrillic before Latin as ДСТУ lists are ordered, the WHO entry with 'URL: … (дата звернення: …).'. Built with the unchanged build_odt.py (footnote labels and paragraph numbers from the builder). Invented: the article, its authors and data, Коваленко & Шевчук 2019 (the journal is real), Петренко 2018 (dissertation). Other works real, data as remembered (Романова's textbook details may differ). Planted: the WHO entry's access date '(дата звернення: 31.02.2024)' is an impossible date, malformed-field at that entry's paragraph (the last one).",
 "notes": notes,
 "literature": lit,
}
doc = build_odt.Doc("fotokataliz-tio2-uk", meta, lines)
doc.write()
key = json.loads((build_odt.OUT / "fotokataliz-tio2-uk.key.json").read_text(encoding="utf-8"))
key["defects"] = [{"kind": "malformed-field", "line": doc.para}]  # the WHO entry is the last paragraph
(build_odt.OUT / "fotokataliz-tio2-uk.key.json").write_text(build_odt.dump(key), encoding="utf-8")
print("wrote", build_odt.OUT / "fotokataliz-tio2-uk.odt", "paragraphs", doc.para, "defect at", doc.para)
