"""Check: is every cited URL still there?  (``bibcheck check``)

Owns the link-checking stage: its settings (:mod:`.settings`), the per-host
scheduler and politeness rules (:mod:`.scheduler`), the offline guard
(:mod:`.offline`), which requests one URL needs and what they mean
(:mod:`.judge`), the asynchronous engine that runs many checks at once
(:mod:`.engine`) and one stored run (:mod:`.run`: due URLs streamed from the
store in, observations written in batches).  How a single request is made is
:mod:`bibcheck.net`'s business; confirmation over time is read from the stored
history (:mod:`bibcheck.store.links`).
"""
