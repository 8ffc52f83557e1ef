"""Net: talking to the web, shared by the check, archive and verify stages.

Owns how a request is made and what an answer means: request settings
(:mod:`.settings`), the one asynchronous HTTP client with its pools, total
deadline, capped reads, retries and redirect chains (:mod:`.client`), name
resolution through the address policy that refuses private networks at every
hop (:mod:`.dns`, :mod:`.policy`), URL checks that need no network
(:mod:`.precheck`), page text (:mod:`.pages`), the closed set of verdicts and
their reasons (:mod:`.verdicts`), the signs of a "not found" page served as 200
(:mod:`.soft404`) and the open-file budget (:mod:`.limits`).  Nothing here
knows about manuscripts or the database.
"""
