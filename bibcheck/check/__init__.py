"""Check: is every cited URL still there?  (``bibcheck check``)

Owns the link-checking stage: its settings (:mod:`.settings`), the per-host
scheduler and politeness rules (:mod:`.scheduler`), the offline guard
(:mod:`.offline`), the engine that runs many checks at once (:mod:`.engine`)
and one stored run (:mod:`.run`: due URLs from the store in, one appended
observation per URL out).  How a single request is made and judged is
:mod:`bibcheck.net`'s business; confirmation over time is read from the stored
history (:mod:`bibcheck.store.links`).
"""
