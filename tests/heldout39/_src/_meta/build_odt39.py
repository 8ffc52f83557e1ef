"""Builds heldout39 half A's odt document (an Indonesian lab report, author-date citations and a
typed DAFTAR PUSTAKA) with the corpus ODT builder (tests/corpus_build/build_odt.py), pointed at
tests/heldout39/odt. Its key (labels from the ⟦⟧ marks, lines = body paragraph numbers) is
written by the builder from the same markup; the fields come from here.

    .venv/bin/python tests/heldout39/_src/_meta/build_odt39.py
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "corpus_build"))
import build_odt  # noqa: E402

build_odt.OUT = ROOT / "heldout39" / "odt"
B, A, C, R, W, T = "book", "article", "commentary", "report", "web", "thesis"

LIT = [
 dict(authors=["Arifin", "Nurdin", "Sari"], title="Stabilitas vitamin C pada jus buah selama penyimpanan", year=2019, doi="10.14710/jksa.22.4.150-156", kind=A),
 dict(title="SNI 01-2891-1992: Cara Uji Makanan dan Minuman", year=1992, kind=R),
 dict(authors=["Day", "Underwood"], title="Analisis Kimia Kuantitatif", year=2002, kind=B),
 dict(authors=["Harris"], title="Quantitative chemical analysis", year=2016, kind=B),
 dict(year=2019, kind=R),
 dict(authors=["Khopkar"], title="Konsep Dasar Kimia Analitik", year=2008, kind=B),
 dict(authors=["Rahmawati", "Putri", "Hidayat"], title="Determination of ascorbic acid in local citrus fruits by iodometric titration and UV–Vis spectrophotometry", year=2020, kind=A),
 dict(title="Modul Praktikum Kimia Analitik II", year=2024),
 dict(title="Asam askorbat", year=2023, url="https://id.wikipedia.org/wiki/Asam_askorbat", kind=W),
]

LINES = [
 "LAPORAN PRAKTIKUM KIMIA ANALITIK II",
 "Percobaan 4: Penentuan Kadar Vitamin C dalam Buah Jeruk dengan Titrasi Iodimetri",
 "Nama: Dewi Lestari    NIM: 140310220047    Kelompok: 3    Tanggal praktikum: 26 September 2024",
 "# I. TUJUAN",
 "Menentukan kadar vitamin C (asam askorbat) dalam sampel buah jeruk lokal dan jeruk impor dengan metode titrasi iodimetri menggunakan indikator amilum.",
 "# II. DASAR TEORI",
 "Vitamin C atau asam askorbat adalah vitamin larut air yang berperan sebagai antioksidan. Senyawa ini mudah teroksidasi oleh udara, cahaya dan panas, sehingga kadarnya dalam jus buah menurun selama penyimpanan (Arifin dkk., 2019). Kebutuhan vitamin C orang dewasa di Indonesia ditetapkan 75–90 mg per hari (Kementerian Kesehatan RI, 2019).⟦[1]|[5]⟧",
 "Titrasi iodimetri adalah titrasi langsung dengan larutan baku iodin, di mana zat pereduksi seperti asam askorbat dioksidasi oleh I₂ (Day dan Underwood, 2002). Titik akhir ditandai oleh warna biru kompleks iodin–amilum yang muncul ketika iodin sudah berlebih. Menurut Harris (2016, hlm. 345), amilum sebaiknya ditambahkan mendekati titik akhir agar kompleks tidak terbentuk terlalu awal.⟦[3]|[4]⟧",
 "Larutan iodin tidak stabil karena iodin mudah menguap, sehingga harus distandardisasi terlebih dahulu dengan larutan natrium tiosulfat yang telah dibakukan. Hal ini sudah dijelaskan oleh Vogel sebagaimana dikutip Khopkar (2008). Prosedur lengkap mengikuti modul praktikum (Tim Asisten Kimia Analitik, 2024) yang mengacu pada SNI cara uji makanan dan minuman (Badan Standardisasi Nasional, 1992).⟦[6]|[8]|[2]⟧",
 "# III. ALAT DAN BAHAN",
 "Buret 50 mL, labu Erlenmeyer 250 mL, pipet volume 10 mL, labu ukur 100 mL, blender, kertas saring; larutan I₂ 0,01 N, Na₂S₂O₃ 0,01 N, amilum 1 %, akuades, sampel jeruk siam (lokal) dan jeruk sunkist (impor).",
 "# IV. HASIL DAN PEMBAHASAN",
 "|Sampel|Volume I₂ rata-rata (mL)|Kadar vitamin C (mg/100 g)|",
 "|Jeruk siam|4,35|38,3|",
 "|Jeruk sunkist|5,10|44,9|",
 "Kadar vitamin C jeruk siam yang diperoleh (38,3 mg/100 g) lebih rendah daripada nilai yang dilaporkan Rahmawati et al. untuk jeruk lokal dari Garut, tetapi masih dalam rentang yang sama (Rahmawati et al., 2020). Perbedaan ini kemungkinan disebabkan oleh lamanya penyimpanan sampel sebelum praktikum, karena sampel dibeli dua hari sebelumnya.⟦[7]⟧",
 "Jeruk impor memiliki kadar yang sedikit lebih tinggi. Rahmawati dkk. (2020) juga menemukan bahwa metode iodimetri memberikan hasil sekitar 5 % lebih tinggi daripada spektrofotometri UV–Vis, karena zat pereduksi lain dalam sampel ikut bereaksi dengan iodin. Kesalahan lain dapat berasal dari penentuan titik akhir secara visual (Day & Underwood, 2002; Harris, 2016).⟦[7]|[3]|[4]⟧",
 "Sebagai pembanding, nilai kadar vitamin C jeruk yang tercantum di Wikipedia adalah sekitar 53 mg/100 g (Wikipedia, 2023), tetapi sumber ini tidak menyebutkan varietas jeruknya sehingga kurang tepat dijadikan acuan.⟦[9]⟧",
 "# V. KESIMPULAN",
 "Kadar vitamin C jeruk siam adalah 38,3 mg/100 g dan jeruk sunkist 44,9 mg/100 g. Titrasi iodimetri merupakan metode yang sederhana dan cepat, tetapi kurang selektif.",
 "# DAFTAR PUSTAKA",
 "Arifin, B., Nurdin, M., & Sari, D. P. (2019). Stabilitas vitamin C pada jus buah selama penyimpanan. {it:Jurnal Kimia Sains dan Aplikasi}, 22(4), 150–156. https://doi.org/10.14710/jksa.22.4.150-156",
 "Badan Standardisasi Nasional. 1992. {it:SNI 01-2891-1992: Cara Uji Makanan dan Minuman}. Jakarta: BSN.",
 "Day, R.A. dan Underwood, A.L. 2002. {it:Analisis Kimia Kuantitatif}. Edisi Keenam. Alih bahasa: Iis Sopyan. Jakarta: Erlangga.",
 "Harris, D. C. (2016). {it:Quantitative chemical analysis} (9th ed.). W. H. Freeman.",
 "Kementerian Kesehatan RI. 2019. Peraturan Menteri Kesehatan Republik Indonesia Nomor 28 Tahun 2019 tentang Angka Kecukupan Gizi yang Dianjurkan untuk Masyarakat Indonesia. Jakarta: Kemenkes RI.",
 "Khopkar, S.M. 2008. {it:Konsep Dasar Kimia Analitik}. Jakarta: UI Press.",
 "Rahmawati S, Putri AN, Hidayat T. Determination of ascorbic acid in local citrus fruits by iodometric titration and UV–Vis spectrophotometry. Indones J Chem. 2020;20(3):612-20.",
 "Tim Asisten Kimia Analitik. 2024. {it:Modul Praktikum Kimia Analitik II}. Jatinangor: Program Studi Kimia FMIPA Universitas Padjadjaran.",
 "Wikipedia. 2023. Asam askorbat. https://id.wikipedia.org/wiki/Asam_askorbat. Diakses pada 2 Oktober 2024.",
]

ABOUT = ("An invented Indonesian undergraduate lab report (analytical chemistry practical: vitamin C in oranges by iodimetric titration) saved by "
 "LibreOffice Writer as .odt (built with the corpus ODT builder): title, experiment and student paragraphs (spaces as text:s), Heading 1 sections "
 "(TUJUAN, DASAR TEORI, ALAT DAN BAHAN, HASIL DAN PEMBAHASAN, KESIMPULAN), a results table (cells are paragraphs), author-date citations in "
 "Indonesian and English forms ('(Arifin dkk., 2019)', '(Day dan Underwood, 2002)', 'Harris (2016, hlm. 345)', '(Rahmawati et al., 2020)' and "
 "'Rahmawati dkk. (2020)', '(Day & Underwood, 2002; Harris, 2016)', corporate authors '(Kementerian Kesehatan RI, 2019)', '(Badan Standardisasi "
 "Nasional, 1992)', '(Tim Asisten Kimia Analitik, 2024)', '(Wikipedia, 2023)'), a secondary citation in prose ('dijelaskan oleh Vogel sebagaimana "
 "dikutip Khopkar (2008)': Vogel has no year and no entry, only Khopkar is cited), and a typed DAFTAR PUSTAKA of plain paragraphs mixing the "
 "Indonesian university style ('Day, R.A. dan Underwood, A.L. 2002. Title. Kota: Penerbit.'), APA 7 (Arifin with https://doi.org, Harris) and "
 "Vancouver from PubMed (Rahmawati). 'Rahmawati et al.' without a year (the first sentence of the paragraph) is no citation. Labels: author-date "
 "citations cite the list as [n], the position of the entry (1 Arifin … 9 Wikipedia); lines are body paragraph numbers. Corporate authors "
 "(BSN, Kemenkes, the assistants' team, Wikipedia) not keyed. Kinds: the SNI standard and the ministerial regulation (legislation, keyed by year) "
 "report; the lab manual no kind; Wikipedia web. Invented: the report, student, group, results, Arifin et al. 2019 and its DOI, Rahmawati et al. "
 "2020, the lab manual. Real with data as remembered: Day & Underwood's Indonesian translation (Erlangga 2002), Harris 2016 (9th ed.), Khopkar's "
 "Indonesian translation (UI Press), SNI 01-2891-1992, Permenkes 28/2019. Clean.")

doc = build_odt.Doc("vitamin-c-praktikum-id", {"title": "Laporan Praktikum Vitamin C", "reader": "odt", "clean": True, "about": ABOUT,
                    "notes": {f"[{i + 1}]": e for i, e in enumerate(LIT)}, "literature": LIT}, LINES)
doc.write()
print("odt/vitamin-c-praktikum-id.key.json")
