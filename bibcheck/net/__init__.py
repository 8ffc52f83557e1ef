"""Net: talking to the web, shared by the check, archive and verify stages.

Owns how a request is made and what an answer means: request settings
(:mod:`.settings`), the address policy that refuses private networks at every
hop (:mod:`.policy`), fetching with redirects, retries and capped reads
(:mod:`.fetch`), the closed set of verdicts and their reasons
(:mod:`.verdicts`) and the signs of a "not found" page served as 200
(:mod:`.soft404`).  Nothing here knows about manuscripts or the database.
"""
