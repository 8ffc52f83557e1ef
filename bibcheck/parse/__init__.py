"""Parse: a reader's syntax-level document -> the citation model (no I/O but reading the file).

Owns everything between the format readers and the store: reference fields in
every supported citation style (:mod:`.references`), the claim each marker
supports (:mod:`.claim_text`), numbering checks (:mod:`.numbering`), matching
footnotes to literature entries (:mod:`.matching`), and the pipeline that runs
them over one manuscript (:mod:`.document`: ``parse_file``).
"""
