"""Builds heldout45 half A's LibreOffice document (odt/doak-hochbetagte.odt and its key) with the
shared ODT builder (tests/corpus_build/build_odt.py: its Doc class, its markup, one body paragraph
per line; the key's lines are body paragraph numbers), writing into tests/heldout45/odt instead of
tests/corpus/odt.  Fields are given here by hand (conventions: ../../README.md).

    .venv/bin/python tests/heldout45/_src/_meta/build_odt_a.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]  # tests/
sys.path.insert(0, str(ROOT / "corpus_build"))
import build_odt  # noqa: E402

build_odt.OUT = ROOT / "heldout45" / "odt"
A, R, W = "article", "report", "web"

refs = [
 dict(number=1, authors=["Hindricks", "Potpara", "Dagres", "Arbelo", "Bax", "Blomström-Lundqvist"], title="2020 ESC Guidelines for the diagnosis and management of atrial fibrillation developed in collaboration with the European Association for Cardio-Thoracic Surgery (EACTS)", year=2021, doi="10.1093/eurheartj/ehaa612", kind=A),
 dict(number=2, authors=["Connolly", "Ezekowitz", "Yusuf", "Eikelboom", "Oldgren", "Parekh"], title="Dabigatran versus warfarin in patients with atrial fibrillation", year=2009, doi="10.1056/NEJMoa0905561", kind=A),
 dict(number=3, authors=["Patel", "Mahaffey", "Garg", "Pan", "Singer", "Hacke"], title="Rivaroxaban versus warfarin in nonvalvular atrial fibrillation", year=2011, doi="10.1056/NEJMoa1009638", kind=A),
 dict(number=4, authors=["Granger", "Alexander", "McMurray", "Lopes", "Hylek", "Hanna"], title="Apixaban versus warfarin in patients with atrial fibrillation", year=2011, doi="10.1056/NEJMoa1107039", kind=A),
 dict(number=5, authors=["Giugliano", "Ruff", "Braunwald", "Murphy", "Wiviott", "Halperin"], title="Edoxaban versus warfarin in patients with atrial fibrillation", year=2013, doi="10.1056/NEJMoa1310907", kind=A),
 dict(number=6, authors=["Ruff", "Giugliano", "Braunwald", "Hoffman", "Deenadayalu", "Ezekowitz"], title="Comparison of the efficacy and safety of new oral anticoagulants with warfarin in patients with atrial fibrillation: a meta-analysis of randomised trials", year=2014, doi="10.1016/S0140-6736(13)62343-0", kind=A),
 dict(number=7, authors=["Steffel", "Collins", "Antz", "Cornu", "Desteghe", "Haeusler"], title="2021 European Heart Rhythm Association Practical Guide on the use of non-vitamin K antagonist oral anticoagulants in patients with atrial fibrillation", year=2021, doi="10.1093/europace/euab065", kind=A),
 dict(number=8, authors=["Brenner", "Albers", "Sommer"], title="Off-Label-Unterdosierung direkter oraler Antikoagulanzien bei Hochbetagten: Analyse eines regionalen Registers", year=2023, doi="10.1007/s00392-023-02177-4", kind=A),
 dict(number=9, authors=["Lip", "Nieuwlaat", "Pisters", "Lane", "Crijns"], title="Refining clinical risk stratification for predicting stroke and thromboembolism in atrial fibrillation using a novel risk factor-based approach: the Euro Heart Survey on atrial fibrillation", year=2010, doi="10.1378/chest.09-1584", kind=A),
 dict(number=10, authors=["Pisters", "Lane", "Nieuwlaat", "de Vos", "Crijns", "Lip"], title="A novel user-friendly score (HAS-BLED) to assess 1-year risk of major bleeding in patients with atrial fibrillation: the Euro Heart Survey", year=2010, doi="10.1378/chest.10-0134", kind=A),
 dict(number=11, authors=["Cockcroft", "Gault"], title="Prediction of creatinine clearance from serum creatinine", year=1976, doi="10.1159/000180580", kind=A),
 dict(number=12, authors=["Vogt", "Çelik"], title="Verlauf der Nierenfunktion unter Apixaban bei über 80-Jährigen", year=2024, kind=A),
 dict(number=13, title="Deutscher Herzbericht 2023", year=2024, url="https://www.herzstiftung.de/herzbericht", kind=R),
 dict(number=14, title="R: A language and environment for statistical computing", year=2023, url="https://www.R-project.org/", kind=W),
]

lines = [
 "# Dosierung direkter oraler Antikoagulanzien bei Patientinnen und Patienten über 80 Jahre mit Vorhofflimmern: eine retrospektive Kohortenstudie",
 "Johanna Weidlich¹, Emre Aksoy¹, Friederike Lanz², Matthias Roth¹*",
 "¹ Medizinische Klinik II – Kardiologie, Klinikum Hollerbach; ² Institut für Medizinische Biometrie, Universität Hollerbach; * Korrespondenz: m.roth@klinikum-hollerbach.example",
 "## Zusammenfassung",
 "Hintergrund: Direkte orale Antikoagulanzien (DOAK) werden bei Hochbetagten häufig niedriger dosiert, als die Zulassung vorsieht. Methoden: Retrospektive Auswertung aller 612 Patientinnen und Patienten ≥ 80 Jahre mit nicht valvulärem Vorhofflimmern, die 2019–2022 entlassen wurden. Ergebnisse: 38,4 % erhielten eine nicht leitliniengerechte Dosis, davon 86 % eine zu niedrige. Schlussfolgerung: Die Dosisreduktion sollte sich an den Kriterien der Fachinformation orientieren.",
 "## Einleitung",
 "Vorhofflimmern ist die häufigste anhaltende Herzrhythmusstörung; seine Prävalenz steigt bei über 80-Jährigen auf mehr als 10 % [1].⟦1⟧",
 "In den Zulassungsstudien waren DOAK dem Warfarin hinsichtlich Schlaganfall und systemischer Embolie mindestens gleichwertig [2–5],⟦2|3|4|5⟧ und in der Metaanalyse von Ruff et al. traten intrakranielle Blutungen um etwa die Hälfte seltener auf [6].⟦6⟧ Die europäischen Leitlinien empfehlen DOAK daher bevorzugt vor Vitamin-K-Antagonisten [1, 7].⟦1|7⟧",
 "Dennoch zeigen Registerdaten, dass gerade Hochbetagte oft eine reduzierte Dosis erhalten, ohne dass die Kriterien dafür erfüllt sind [8].⟦8⟧ Eine solche Unterdosierung ist mit mehr Schlaganfällen ohne Nutzen bei den Blutungen verbunden [7, S. 1631].⟦7⟧ Ziel dieser Arbeit war es, die Häufigkeit nicht leitliniengerechter Dosierungen in unserer Klinik zu bestimmen und Prädiktoren zu identifizieren.",
 "## Methoden",
 "Eingeschlossen wurden alle Patientinnen und Patienten ≥ 80 Jahre mit nicht valvulärem Vorhofflimmern und DOAK-Verordnung bei Entlassung zwischen dem 1. Januar 2019 und dem 31. Dezember 2022. Das Schlaganfallrisiko wurde mit dem CHA₂DS₂-VASc-Score [9],⟦9⟧ das Blutungsrisiko mit dem HAS-BLED-Score [10]⟦10⟧ bestimmt, die Kreatinin-Clearance nach Cockcroft-Gault [11].⟦11⟧",
 "Als leitliniengerecht galt eine Dosis, die den Kriterien der Fachinformation und des EHRA-Leitfadens entsprach [7];⟦7⟧ beispielsweise Apixaban 2 × 2,5 mg nur bei mindestens zwei der Kriterien Alter ≥ 80 Jahre, Körpergewicht ≤ 60 kg und Serumkreatinin ≥ 1,5 mg/dl, Edoxaban 30 mg bei einer Kreatinin-Clearance von 15–50 ml/min. Die Auswertung erfolgte mit R, Version 4.3.2 [14].⟦14⟧",
 "## Ergebnisse",
 "Tab. 1 zeigt die Verteilung der Wirkstoffe und Dosierungen. Von 612 Patientinnen und Patienten (medianes Alter 84 Jahre; 58 % Frauen) erhielten 235 (38,4 %) eine nicht leitliniengerechte Dosis. Abb. 2 stellt den Anteil nach Wirkstoff dar.",
 "Tab. 1: Wirkstoffe und Dosierung bei Entlassung (n = 612); Dosiskriterien nach [7]⟦7⟧",
 "|Wirkstoff|n|leitliniengerecht|zu niedrig|zu hoch|",
 "|Apixaban|341|214 (62,8 %)|113 (33,1 %)|14 (4,1 %)|",
 "|Rivaroxaban|156|91 (58,3 %)|55 (35,3 %)|10 (6,4 %)|",
 "|Edoxaban|84|54 (64,3 %)|25 (29,8 %)|5 (6,0 %)|",
 "|Dabigatran|31|18 (58,1 %)|9 (29,0 %)|4 (12,9 %)|",
 "In der multivariablen Analyse waren ein Körpergewicht unter 60 kg und eine frühere Blutung unabhängige Prädiktoren einer Unterdosierung. Ähnliche Zusammenhänge beschreibt eine Kongressauswertung zur Nierenfunktion unter Apixaban [12].⟦12⟧",
 "## Diskussion",
 "Mehr als ein Drittel unserer hochbetagten Patientinnen und Patienten erhielt eine nicht leitliniengerechte DOAK-Dosis, fast immer eine zu niedrige. Der Anteil liegt im Bereich früherer Registerdaten [8, 12]⟦8|12⟧ und ist angesichts der steigenden Zahl Hochbetagter mit Vorhofflimmern in Deutschland [13]⟦13⟧ klinisch relevant. Die Zulassungsstudien schlossen nur wenige über 85-Jährige ein [2–6];⟦2|3|4|5|6⟧ umso wichtiger ist es, die dort geprüften Dosiskriterien einzuhalten.",
 "Limitationen: Die Daten stammen aus einem Zentrum; Körpergewicht und Kreatinin wurden nur einmal bei Entlassung erfasst.",
 "## Literatur",
 "1. Hindricks G, Potpara T, Dagres N, Arbelo E, Bax JJ, Blomström-Lundqvist C, et al. 2020 ESC Guidelines for the diagnosis and management of atrial fibrillation developed in collaboration with the European Association for Cardio-Thoracic Surgery (EACTS). Eur Heart J. 2021;42(5):373-498. doi:10.1093/eurheartj/ehaa612",
 "2. Connolly SJ, Ezekowitz MD, Yusuf S, Eikelboom J, Oldgren J, Parekh A, et al. Dabigatran versus warfarin in patients with atrial fibrillation. N Engl J Med. 2009;361(12):1139-51. doi:10.1056/NEJMoa0905561",
 "3. Patel MR, Mahaffey KW, Garg J, Pan G, Singer DE, Hacke W, et al. Rivaroxaban versus warfarin in nonvalvular atrial fibrillation. N Engl J Med. 2011;365(10):883-91. doi:10.1056/NEJMoa1009638",
 "4. Granger CB, Alexander JH, McMurray JJV, Lopes RD, Hylek EM, Hanna M, et al. Apixaban versus warfarin in patients with atrial fibrillation. N Engl J Med. 2011;365(11):981-92. doi:10.1056/NEJMoa1107039",
 "5. Giugliano RP, Ruff CT, Braunwald E, Murphy SA, Wiviott SD, Halperin JL, et al. Edoxaban versus warfarin in patients with atrial fibrillation. N Engl J Med. 2013;369(22):2093-104. doi:10.1056/NEJMoa1310907",
 "6. Ruff CT, Giugliano RP, Braunwald E, Hoffman EB, Deenadayalu N, Ezekowitz MD, et al. Comparison of the efficacy and safety of new oral anticoagulants with warfarin in patients with atrial fibrillation: a meta-analysis of randomised trials. Lancet. 2014;383(9921):955-62. doi:10.1016/S0140-6736(13)62343-0",
 "7. Steffel J, Collins R, Antz M, Cornu P, Desteghe L, Haeusler KG, et al. 2021 European Heart Rhythm Association Practical Guide on the use of non-vitamin K antagonist oral anticoagulants in patients with atrial fibrillation. Europace. 2021;23(10):1612-76. doi:10.1093/europace/euab065",
 "8. Brenner K, Albers T, Sommer J. Off-Label-Unterdosierung direkter oraler Antikoagulanzien bei Hochbetagten: Analyse eines regionalen Registers. Clin Res Cardiol. 2023;112(6):801-10. doi:10.1007/s00392-023-02177-4. Epub 2023 Mar 2. PMID: 36867221.",
 "9. Lip GYH, Nieuwlaat R, Pisters R, Lane DA, Crijns HJGM. Refining clinical risk stratification for predicting stroke and thromboembolism in atrial fibrillation using a novel risk factor-based approach: the Euro Heart Survey on atrial fibrillation. Chest. 2010;137(2):263-72. doi:10.1378/chest.09-1584",
 "10. Pisters R, Lane DA, Nieuwlaat R, de Vos CB, Crijns HJGM, Lip GYH. A novel user-friendly score (HAS-BLED) to assess 1-year risk of major bleeding in patients with atrial fibrillation: the Euro Heart Survey. Chest. 2010;138(5):1093-100. doi:10.1378/chest.10-0134",
 "11. Cockcroft DW, Gault MH. Prediction of creatinine clearance from serum creatinine. Nephron. 1976;16(1):31-41. doi:10.1159/000180580",
 "12. Vogt F, Çelik E. Verlauf der Nierenfunktion unter Apixaban bei über 80-Jährigen [Abstract]. Clin Res Cardiol. 2024;113(Suppl 1):P1187.",
 "13. Deutsche Herzstiftung. Deutscher Herzbericht 2023 [Internet]. Frankfurt am Main: Deutsche Herzstiftung; 2024 [zitiert 2024 Nov 5]. Verfügbar unter: {link:https://www.herzstiftung.de/herzbericht|https://www.herzstiftung.de/herzbericht}",
 "14. R Core Team. R: A language and environment for statistical computing [Internet]. Version 4.3.2. Wien: R Foundation for Statistical Computing; 2023 [zitiert 2024 Jan 5]. Verfügbar unter: {link:https://www.R-project.org/|https://www.R-project.org/}",
]

meta = {
 "title": "Dosierung direkter oraler Antikoagulanzien bei über 80-Jährigen mit Vorhofflimmern",
 "reader": "odt", "clean": True,
 "about": "An invented German cardiology manuscript (retrospective cohort: DOAC dosing in patients aged 80 or more with atrial fibrillation) typed in LibreOffice Writer: a title heading, an author line with superscript-digit affiliation marks (¹ ²) and an asterisk for the corresponding author (not citations), a structured abstract, typed Vancouver bracket markers after the sentence or clause ([1]., [2–5], range with an en dash, [1, 7], [7, S. 1631] with a German page locator, [8, 12], [2–6]), 'Tab. 1' and 'Abb. 2' (not citations), doses '2 × 2,5 mg', '30 mg', years, a table caption paragraph citing [7] and a table (cells are paragraphs), and a typed numbered 'Literatur' list of plain paragraphs ('1. ...') in Vancouver/ICMJE form: six authors then 'et al.' (keyed with the six names printed), ISO 4/NLM journal abbreviations (N Engl J Med, Eur Heart J, Clin Res Cardiol), year;volume(issue):pages run together, 'doi:' identifiers (keyed bare), 'Epub 2023 Mar 2. PMID: …', a congress supplement '2024;113(Suppl 1):P1187' with '[Abstract]' (keyed as an article, '[Abstract]' not in the title), an online report and software with '[Internet]', '[zitiert 2024 Nov 5]' and 'Verfügbar unter:' (corporate authors Deutsche Herzstiftung and R Core Team not keyed; the Herzbericht is a report, R software web). Labels: reference numbers; lines: body paragraph numbers (headings, list paragraphs and table cells count). Invented: the study, its authors and clinic, Brenner et al. 2023 (title, DOI, PMID), Vogt & Çelik 2024. Real with data as remembered: the ESC 2020 guideline, RE-LY, ROCKET AF, ARISTOTLE, ENGAGE AF-TIMI 48, Ruff 2014, the EHRA 2021 guide, CHA2DS2-VASc (Lip 2010), HAS-BLED (Pisters 2010), Cockcroft-Gault 1976, the Herzbericht URL, R 4.3.2. Clean.",
 "notes": {str(r["number"]): {k: v for k, v in r.items() if k != "number"} for r in refs},
 "literature": refs,
}

doc = build_odt.Doc("doak-hochbetagte", meta, lines)
build_odt.OUT.mkdir(parents=True, exist_ok=True)
doc.write()
print("wrote", build_odt.OUT / doc.name)
