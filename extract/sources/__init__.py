"""Documents fetched from their publishers, with the metadata the publisher states about them.

`record` (what a source says about one document), `manifest` (the corpus folder's list of those
records), `polite` (one HTTP session that waits, retries and backs off for both clients),
`tweedekamer` (the Tweede Kamer's OData API through `tkapi`), `bekendmakingen`
(officielebekendmakingen.nl through `sruthi`) and `fetch` (search, download, record, resume).

Building reads only `record` and `manifest`, so a build never imports the HTTP clients.
"""
