"""Builds tests/heldout51/odt/verifica-sismica-it.odt and its key with build_odt.py's Doc class
(unchanged), its output folder set to tests/heldout51/odt. Footnotes are the citations (the
builder numbers them and keys each at its body paragraph); key fields come from odt_meta.json,
written by ../../_meta/keys_b.py.

    .venv/bin/python tests/heldout51/_src/odt/verifica-sismica-it/verifica_sismica.py
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[4]
sys.path.insert(0, str(ROOT / "tests" / "corpus_build"))
import build_odt  # noqa: E402

build_odt.OUT = ROOT / "tests" / "heldout51" / "odt"

LINES = [
    "# Capitolo 3 – Valutazione della sicurezza sismica dell'edificio scolastico di via Roggia Vecchia",
    "Tesi di laurea magistrale in Ingegneria Civile – Strutture. Bozza del 14 febbraio 2025, capitolo 3 di 6.",
    "## 3.1 Quadro normativo",
    "La valutazione è condotta secondo le Norme tecniche per le costruzioni del 2018,"
    "{fn:D.M. 17 gennaio 2018, {it:Aggiornamento delle «Norme tecniche per le costruzioni»}, "
    "Gazzetta Ufficiale n. 42 del 20 febbraio 2018, Suppl. Ord. n. 8, cap. 8.}"
    " applicate con le indicazioni della relativa circolare esplicativa.{fn:Circolare 21 gennaio "
    "2019, n. 7 C.S.LL.PP., {it:Istruzioni per l'applicazione dell'«Aggiornamento delle "
    "“Norme tecniche per le costruzioni”» di cui al decreto ministeriale 17 gennaio 2018}, "
    "Gazzetta Ufficiale n. 35 dell'11 febbraio 2019, § C8.5.}",
    "Per gli edifici esistenti in calcestruzzo armato si è fatto riferimento anche alla parte 3 "
    "dell'Eurocodice 8,{fn:UNI EN 1998-3:2005, {it:Eurocodice 8 – Progettazione delle strutture per "
    "la resistenza sismica – Parte 3: Valutazione e adeguamento degli edifici}, UNI, Milano 2005.}"
    " in particolare per la definizione dei livelli di conoscenza e dei fattori di confidenza.",
    "## 3.2 Indagini sui materiali",
    "Il calcestruzzo è stato caratterizzato con sei carotaggi prelevati e provati a compressione"
    "{fn:UNI EN 12504-1:2019, {it:Prove sul calcestruzzo nelle strutture – Parte 1: Carote – "
    "Prelievo, esame e prova di compressione}, UNI, Milano 2019.}"
    " e con una campagna di prove sclerometriche estesa a tutti i pilastri del piano terra.{fn:UNI "
    "EN 12504-2:2021, {it:Prove sul calcestruzzo nelle strutture – Parte 2: Prove non distruttive – "
    "Determinazione dell'indice sclerometrico}, UNI, Milano 2021.}",
    "La correlazione tra indice sclerometrico e resistenza delle carote è stata costruita con il "
    "metodo SonReb, nella forma proposta per i calcestruzzi italiani degli anni Settanta.{fn:A. "
    "Masi, L. Chiauzzi, «An experimental study on the within-member variability of in situ "
    "concrete strength in RC building structures», {it:Construction and Building Materials}, "
    "vol. 47, 2013, pp. 951–961, doi:10.1016/j.conbuildmat.2013.05.102.}"
    " Le barre di armatura estratte sono state provate a trazione presso il laboratorio "
    "ufficiale del Dipartimento.{fn:UNI EN ISO 15630-1:2019, {it:Acciaio per calcestruzzo armato e "
    "calcestruzzo armato precompresso – Metodi di prova – Parte 1: Barre, rotoli e fili per "
    "calcestruzzo armato}, UNI, Milano 2019.}",
    "I valori ottenuti (resistenza media a compressione 17,8 MPa, tensione di snervamento media "
    "delle barre lisce 312 MPa) sono coerenti con quelli raccolti per il patrimonio scolastico "
    "della regione.{fn:Regione Lombardia, Direzione Generale Istruzione, {it:Vulnerabilità "
    "sismica degli edifici scolastici: esiti della campagna di indagini 2019–2022}, Rapporto "
    "tecnico RT-DGI-2023/04, Milano, 2023.}",
    "## 3.3 Modellazione e analisi",
    "Il modello a telaio equivalente è stato costruito con il programma SAP2000{fn:Computers and "
    "Structures, Inc., {it:CSI Analysis Reference Manual for SAP2000, ETABS, SAFE and CSiBridge}, "
    "Walnut Creek (CA), 2017.}"
    " adottando cerniere plastiche concentrate alle estremità di travi e pilastri, con le rotazioni "
    "ultime della circolare.{fn:Circolare 21 gennaio 2019, n. 7, cit., § C8.7.2.}",
    "L'analisi statica non lineare segue l'impostazione agli spostamenti di Priestley, Calvi e "
    "Kowalsky,{fn:M.J.N. Priestley, G.M. Calvi, M.J. Kowalsky, {it:Displacement-Based Seismic "
    "Design of Structures}, IUSS Press, Pavia 2007.}"
    " mentre per i nodi trave-pilastro privi di staffe si è adottato il modello di "
    "Fardis.{fn:M.N. Fardis, {it:Seismic Design, Assessment and Retrofitting of Concrete "
    "Buildings: Based on EN-Eurocode 8}, Springer, Dordrecht 2009, pp. 428–433.}",
    "Il controllo dei risultati del programma è stato svolto con un foglio di calcolo "
    "indipendente, secondo lo schema già usato in una tesi precedente del Dipartimento.{fn:G. "
    "Bertoldi, {it:Analisi pushover di edifici scolastici in c.a. progettati per soli carichi "
    "verticali}, Tesi di laurea magistrale, Politecnico di Lombardia Orientale, 2021, relatore "
    "prof. F. Saleri.}",
    "## 3.4 Ipotesi di intervento",
    "Il rinforzo dei nodi è previsto con tessuti in fibra di carbonio, progettati secondo le "
    "istruzioni del CNR.{fn:CNR-DT 200 R1/2013, {it:Istruzioni per la Progettazione, "
    "l'Esecuzione ed il Controllo di Interventi di Consolidamento Statico mediante l'utilizzo di "
    "Compositi Fibrorinforzati}, Consiglio Nazionale delle Ricerche, Roma 2013.}"
    " Le proprietà del tessuto sono quelle dichiarate dal produttore.{fn:Sistemi Compositi "
    "Padani S.r.l., {it:Scheda tecnica CarboTex UD 300 – tessuto unidirezionale in fibra di "
    "carbonio}, rev. 4, Cremona 2022, "
    "{link:https://www.scpadani.example.it/schede/carbotex-ud300.pdf|https://www.scpadani.example.it/schede/carbotex-ud300.pdf}"
    " (consultato il 3 febbraio 2025).}",
    "Per i collegamenti tra tamponature e telaio è stata valutata anche una soluzione con "
    "connettori brevettati,{fn:F. Saleri, M. Ongaro, {it:Dispositivo di ritegno per tamponature "
    "in laterizio di telai in calcestruzzo armato}, Brevetto europeo EP 3 456 789 B1, 2020.}"
    " poi scartata per i costi; le verifiche dei nodi rinforzati restano quelle della "
    "norma.{fn:CNR-DT 200 R1/2013, cit., § 4.5.}",
    "Le linee guida della rete dei laboratori universitari suggeriscono infine di associare a "
    "ogni intervento la stima del costo per metro quadrato.{fn:ReLUIS, {it:Linee guida per la "
    "riparazione e il rafforzamento di elementi strutturali, tamponature e partizioni}, Doppiavoce, "
    "Napoli 2011.}"
    " Tale stima è riportata nel capitolo 5.{fn:Si veda {it:infra}, cap. 5, tab. 5.2.}",
]


def main() -> None:
    meta = json.loads((HERE / "odt_meta.json").read_text(encoding="utf-8"))
    doc = build_odt.Doc("verifica-sismica-it", meta, LINES)
    build_odt.OUT.mkdir(parents=True, exist_ok=True)
    doc.write()
    print(f"wrote {build_odt.OUT / doc.name}.odt")


if __name__ == "__main__":
    main()
