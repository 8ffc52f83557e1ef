"""Plants wrong keys one at a time (keys_b.py fields and the sources' annotations), rebuilds, runs
check_b.py, restores each file byte for byte and rebuilds.  Run from anywhere:  python3 tests/heldout74/_src/_meta/mutate_b.py"""
import subprocess, sys, os
os.chdir("/work/h74b")
K = "tests/heldout74/_src/_meta/keys_b.py"
S = "tests/heldout74/_src/"
M = [
 (K, 'title="Modeling Elite Athletic Performance", year=1991, kind=CH', 'title="Modeling Elite Athletic Performance", year=1991, kind=B'),
 (K, '"Cummins", "Orr", "O\'Connor", "West"', '"Cummins", "Orr", "West"'),
 (K, 'doi="10.1136/bjsm.2005.025270"', 'doi="10.1136/bjsm.2005.025271"'),
 (K, 'title="Clubs Turn to Load Data as Hamstring Injuries Mount", year=2025', 'title="Clubs Turn to Load Data as Hamstring Injuries Mount", year=2024'),
 (K, 'title="Harbourside Rugby GPS Load and Injury Data"', 'title="Harbourside Rugby GPS Load and Injury Data, Version 2.0"'),
 (K, 'title="Injury Surveillance: Definitions and Reporting", url=', 'title="Injury Surveillance: Definitions and Reporting", year=2026, url='),
 (K, 'rs_notes["1"] = dict(title="Data Governance Committee, Harbourside Rugby Club, decision of 12 May 2026", year=2026, kind=R)', 'rs_notes["1"] = dict(authors=["Harbourside"], title="Data Governance Committee, Harbourside Rugby Club, decision of 12 May 2026", year=2026, kind=R)'),
 (K, '"acog1997": dict(title=', '"acog1997": dict(authors=["Atlanta"], title='),
 (K, '"onwumechili2014": dict(title=', '"onwumechili2014": dict(authors=["Onwumechili", "Akindes"], title='),
 (K, 'Nàìjíríà, 1960–1985", year=2019, kind=T', 'Nàìjíríà, 1960–1985", year=2019, kind=B'),
 (K, '"afn": dict(title="Ìtàn àwọn akọni eré-ìje orílẹ̀-èdè"', '"afn": dict(title="Itan awon akoni ere-ije orile-ede"'),
 (K, 'dict(title="National Sports Commission Act", year=2004', 'dict(title="National Sports Commission Act, Cap. N52", year=2004'),
 (K, 'ht = [perera, roberts, roberts, jaya', 'ht = [perera, roberts, perera, jaya'),
 (K, 'ht = [perera, roberts, roberts, jaya, dperera, jaya', 'ht = [perera, roberts, roberts, jaya, dperera, dperera'),
 (K, 'law = dict(title="ක්‍රීඩා නීතිය", year=1973, kind=R)', 'law = dict(title="1973 අංක 25 දරන ක්‍රීඩා නීතිය", year=1973, kind=R)'),
 (K, 'arch = dict(title="ලංකා ක්‍රිකට් පාලක මණ්ඩලය: අමාත්‍යාංශය සමග ලිපි හුවමාරුව", kind=U)', 'arch = dict(title="ලංකා ක්‍රිකට් පාලක මණ්ඩලය: අමාත්‍යාංශය සමග ලිපි හුවමාරුව", year=1975, kind=U)'),
 (K, 'dperera = dict(authors=["Perera", "Fernando"]', 'dperera = dict(authors=["Dilani Perera", "Fernando"]'),
 (K, 'dx = [judah, rambali, rambali, azemen', 'dx = [judah, rambali, judah, azemen'),
 (K, 'selam = dict(authors=["ሰላማዊት ታደሰ"]', 'selam = dict(authors=["ታደሰ"]'),
 (K, 'bahru = dict(authors=["Bahru Zewde"], title="A History of Modern Ethiopia, 1855–1991", year=2001', 'bahru = dict(authors=["Bahru Zewde"], title="A History of Modern Ethiopia, 1855–1991", year=2002'),
 (K, '"literature": [hailu, selam, narch, azemen, eaf, direct, yonas, bahru, crawley, hamilton,', '"literature": [hailu, selam, narch, azemen, eaf, direct, yonas, bahru, crawley,'),
 (K, 'eaf = dict(title="የብሔራዊ ቡድን ማሰልጠኛ ማዕከላት", url="https://eaf.example.org/am/training-centres"', 'eaf = dict(title="የብሔራዊ ቡድን ማሰልጠኛ ማዕከላት", url="https://eaf.example.org/am/training-centers"'),
 (K, 'hamilton = dict(authors=["Hamilton"], title="East African Running Dominance: What Is Behind It?", year=2000, doi="10.1136/bjsm.34.5.391"', 'hamilton = dict(authors=["Hamilton"], title="East African Running Dominance: What Is Behind It?", year=2000'),
 (K, 'dict(title="Sport in South Asian Society: Past and Present", year=2005, kind=B)', 'dict(authors=["Majumdar", "Mangan"], title="Sport in South Asian Society: Past and Present", year=2005, kind=B)'),
 (K, 'dict(title="ಪ್ರಾಣಿಗಳ ಮೇಲಿನ ಹಿಂಸೆ ತಡೆ (ಕರ್ನಾಟಕ ಎರಡನೇ ತಿದ್ದುಪಡಿ) ಅಧಿನಿಯಮ", year=2017', 'dict(title="ಪ್ರಾಣಿಗಳ ಮೇಲಿನ ಹಿಂಸೆ ತಡೆ (ಕರ್ನಾಟಕ ಎರಡನೇ ತಿದ್ದುಪಡಿ) ಅಧಿನಿಯಮ, 2017", year=2017'),
 (K, 'title="Kambala race timings 2014–2024", year=2025', 'title="Kambala race timings 2014–2024 (Version 1.1)", year=2025'),
 (K, 'dict(title="ದಸರಾ ಕುಸ್ತಿ ಪಂದ್ಯಗಳ ಕಡತ", kind=U)', 'dict(title="ಅರಮನೆ ದಾಖಲೆಗಳು", kind=U)'),
 (K, 'title="ದಕ್ಷಿಣ ಕನ್ನಡದ ಕಂಬಳ ಸಂಸ್ಕೃತಿ: ಒಂದು ಕ್ಷೇತ್ರಾಧ್ಯಯನ", year=2019, kind=T', 'title="ದಕ್ಷಿಣ ಕನ್ನಡದ ಕಂಬಳ ಸಂಸ್ಕೃತಿ: ಒಂದು ಕ್ಷೇತ್ರಾಧ್ಯಯನ", year=2019, kind=B'),
 (K, 'dict(authors=["ಕಾಮತ್"], title="ಕುಸ್ತಿ ಮತ್ತು ಮೈಸೂರು ದಸರಾ", year=2018, kind=CH)', 'dict(authors=["ಕಾಮತ್", "ಜೋಶಿ"], title="ಕುಸ್ತಿ ಮತ್ತು ಮೈಸೂರು ದಸರಾ", year=2018, kind=CH)'),
 (K, '"notes": {str(i + 1): e for i, e in enumerate(pt)},', '"notes": {str(i + 1): e for i, e in enumerate(pt[:15])},'),
 (K, '"document": "ere-idaraya.tex", "reader": "latex", "clean": True,', '"document": "ere-idaraya.tex", "reader": "latex", "clean": False,'),
 # wrong lines and labels in the sources' annotations
 (S + "rst/acwr-rugby-en/load-report.rst", "The first evidence came from cricket fast bowlers, whose weekly⟦Gabbett2016⟧\ndeliveries could be counted exactly [Hulin2014]_, and the idea spread quickly to rugby and⟦Hulin2014⟧", "The first evidence came from cricket fast bowlers, whose weekly⟦Gabbett2016|Hulin2014⟧\ndeliveries could be counted exactly [Hulin2014]_, and the idea spread quickly to rugby and"),
 (S + "latex/ere-idaraya-yo/ere-idaraya.tex", "⟦okpara1989|!missing-literature-entry⟧", "⟦okpara1989⟧"),
 (S + "latex/ere-idaraya-yo/ori/ere-ije.tex", "⟦darby2007|alegi2010⟧", "⟦darby2007⟧"),
 (S + "html/kriket-si/lanka-kriket.html", "⟦13|14⟧", "⟦13⟧"),
 (S + "docx/runners-am/body.txt", "{fn:Crawley, *Out of Thin Air*, p. 140.}⟦17|18⟧", "{fn:Crawley, *Out of Thin Air*, p. 140.}⟦17⟧"),
 (S + "docx/runners-am/body.txt", "ijspp.7.2.92.}⟦9⟧", "ijspp.7.2.92.}"),
 (S + "docx/runners-am/body.txt", "bjsm.34.5.391.⟦!uncited-literature-entry⟧", "bjsm.34.5.391."),
 (S + "pdftext/kambala-kn/desi-kridegalu.txt", "[4, ಪುಟ 88; 11, ಪುಟ 30].⟦4|11⟧", "[4, ಪುಟ 88; 11, ಪುಟ 30]."),
 (S + "pdftext/kambala-kn/desi-kridegalu.txt", "ಕುಸ್ತಿ ಐಚ್ಛಿಕ ಘಟಕಗಳು [16]. ಇದು ಗುಟ್‌ಮನ್ ಹೇಳುವ ‘ದಾಖಲೆಯ’ ಕ್ರೀಡೆಗಳ ಪ್ರಾಧಾನ್ಯವನ್ನೇ [1,⟦16|1⟧\nಪುಟ 15–55] ಸೂಚಿಸುತ್ತದೆ.", "ಕುಸ್ತಿ ಐಚ್ಛಿಕ ಘಟಕಗಳು [16]. ಇದು ಗುಟ್‌ಮನ್ ಹೇಳುವ ‘ದಾಖಲೆಯ’ ಕ್ರೀಡೆಗಳ ಪ್ರಾಧಾನ್ಯವನ್ನೇ [1,⟦16⟧\nಪುಟ 15–55] ಸೂಚಿಸುತ್ತದೆ.⟦1⟧"),
]
PY = "/work/main/.venv/bin/python"
def build():
    subprocess.run([sys.executable, K], check=True)
    subprocess.run([PY, "tests/corpus_build/build.py", "tests/heldout74", "acwr-rugby-en", "ere-idaraya-yo", "kriket-si", "kambala-kn"], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([PY, "tests/corpus_build/build_docx.py", "tests/heldout74", "runners-am"], check=True, stdout=subprocess.DEVNULL)
caught = 0
for i, (f, old, new) in enumerate(M, 1):
    orig = open(f, "rb").read()
    t = orig.decode()
    assert t.count(old) == 1, (i, old[:60], t.count(old))
    open(f, "wb").write(t.replace(old, new).encode())
    try:
        build()
        r = subprocess.run([sys.executable, "tests/heldout74/_src/_meta/check_b.py"], capture_output=True, text=True)
        ok = r.returncode != 0
        caught += ok
        print(i, "CAUGHT" if ok else "MISSED", os.path.basename(f), (r.stdout.strip().split("\n")[0])[:150])
    finally:
        open(f, "wb").write(orig)
        assert open(f, "rb").read() == orig
build()
r = subprocess.run([sys.executable, "tests/heldout74/_src/_meta/check_b.py"], capture_output=True, text=True)
print(f"caught {caught} of {len(M)}; after restore: {r.stdout.strip()}")
