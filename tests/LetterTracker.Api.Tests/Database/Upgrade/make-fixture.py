#!/usr/bin/env python3
"""Writes records of every kind through an old build's HTTP API, then saves each record as that build
answers it (GET by id) to a JSON file: {"<url>": <record>, ...}, sorted by url.

Usage: make-fixture.py BASE_URL OUT_JSON     (e.g. http://127.0.0.1:5741 sqlite-4c78d99.records.json)

Only the standard library; run by hand against a running build (see README.md beside it).
"""
import json
import sys
import urllib.error
import urllib.request

base, out = sys.argv[1].rstrip("/"), sys.argv[2]


def send(method, path, body=None, headers=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request) as response:
            text = response.read().decode()
            return response.status, dict(response.headers), (json.loads(text) if text else None)
    except urllib.error.HTTPError as error:
        raise SystemExit(f"{method} {path} answered {error.code}: {error.read().decode()}")


def post(path, body):
    status, _, record = send("POST", path, body)
    assert status == 201, (path, status, record)
    return record


def put(path, body):
    _, headers, current = send("GET", path)
    status, _, record = send("PUT", path, body, {"If-Match": headers["ETag"]})
    assert status == 200, (path, status, record)
    return record


incident = post("/api/incidents", {
    "title": "Upgrade fixture: mine explosion near Füzuli", "kind": "landmineExplosion", "country": "Azerbaijan",
    "district": "Füzuli", "districtAliases": ["Fizuli"], "place": "Horadiz road", "occurredFrom": "2025-03-01",
    "occurredTo": "2025-03-02", "killed": 1, "injured": 2, "civilian": True,
    "description": "An anti-tank mine exploded under a lorry — the fixture’s incident, with “typographic” quotes.",
})
incident2 = post("/api/incidents", {
    "title": "Upgrade fixture: ordnance found in Tartar", "kind": "other", "country": "Azerbaijan",
    "district": "Tartar", "occurredFrom": "2025-02-10", "occurredTo": "2025-02-10",
    "description": "Unexploded ordnance reported by farmers.",
})
organisation = post("/api/organisations", {
    "name": "Upgrade Fixture Diaspora Council", "aliases": ["UFDC", "Föreningen Uppgradering"],
    "kind": "diasporaOrganisation", "city": "Göteborg", "country": "Sweden", "website": "https://ufdc.example.org",
    "email": "office@ufdc.example.org",
})
organisation2 = post("/api/organisations", {"name": "Upgrade Fixture Ministry Liaison", "kind": "governmentBody"})
parent = post("/api/recipients", {
    "name": "Upgrade Fixture Assembly", "acronym": "UFA", "kind": "intergovernmental", "country": "Switzerland",
    "email": "registry@ufa.example.org", "responseDays": 21,
})
child = post("/api/recipients", {"name": "Upgrade Fixture Rapporteur", "kind": "intergovernmental", "parentId": parent["id"]})
media = post("/api/recipients", {"name": "Upgrade Fixture Gazette", "kind": "media", "responseDays": 7})
source = post("/api/sources", {
    "title": "Upgrade fixture report on Horadiz", "outlet": "Fixture Wire", "author": "Leyla Quliyeva",
    "publishedAt": "2025-03-03T10:15:00+04:00", "attribution": "Fixture Wire, citing the district office",
    "language": "en", "url": "https://wire.example.org/horadiz", "fileName": "horadiz.txt",
    "fullText": "An anti-tank mine exploded under a lorry on the Horadiz road. The district office counted one dead and two injured.",
})
source2 = post("/api/sources", {"attribution": "Press release of the Upgrade Fixture Diaspora Council", "language": "sv",
                                "fullText": "Rådet protesterar mot minorna i Füzuli."})
figure = post("/api/casualty-figures", {
    "description": "Killed or injured by mines in Füzuli in March 2025 (fixture)", "measure": "killedOrInjured",
    "value": 3, "periodFrom": "2025-03", "asOf": "2025-03-31", "reportedBy": "district office",
})
letter = post("/api/letters", {
    "subject": "Upgrade fixture: protest after the Horadiz road explosion", "summary": "Asks for minefield maps.",
    "body": "We write to protest the explosion on the Horadiz road…", "language": "en",
    "demands": ["hand over minefield maps", "fund clearance"], "sentFrom": "2025-03-05", "sentTo": "2025-03-06",
    "status": "sent", "signatoryIds": [organisation["id"], organisation2["id"]], "incidentIds": [incident["id"]],
    "casualtyFigureIds": [figure["id"]], "recipientIds": [parent["id"], media["id"]],
})
followUp = post("/api/letters", {"subject": "Upgrade fixture: follow-up to the gazette", "status": "sent", "sentOn": "2025-03-20"})
post("/api/letters", {"subject": "Upgrade fixture: draft, not sent yet", "status": "draft", "demands": ["a reply"]})

citations = [
    post("/api/citations", {"sourceId": source["id"], "quote": "one dead and two injured", "field": "killed",
                            "recordType": "incident", "recordId": incident["id"]}),
    post("/api/citations", {"sourceId": source2["id"], "quote": "Rådet protesterar", "recordType": "organisation",
                            "recordId": organisation["id"]}),
    post("/api/citations", {"sourceId": source["id"], "quote": "The district office counted one dead and two injured.",
                            "recordType": "casualtyFigure", "recordId": figure["id"]}),
]

# Edits, so versions and updatedAt move on.
put(f"/api/incidents/{incident2['id']}", {
    "title": "Upgrade fixture: ordnance found in Tartar", "kind": "other", "country": "Azerbaijan", "district": "Tartar",
    "districtAliases": ["Terter"], "occurredFrom": "2025-02-10", "occurredTo": "2025-02-11",
    "description": "Unexploded ordnance reported by farmers; cleared by ANAMA the next day.",
})
put(f"/api/organisations/{organisation2['id']}", {"name": "Upgrade Fixture Ministry Liaison", "kind": "governmentBody",
                                                   "city": "Baku", "country": "Azerbaijan"})

# The letter's dispatches, and events on them: delivered, acknowledged, a referral that opens a dispatch
# to the rapporteur, a reply there, a note.
_, _, dispatches = send("GET", f"/api/letters/{letter['id']}/dispatches")
by_recipient = {d["recipientId"]: d for d in dispatches["items"]}
to_parent, to_media = by_recipient[parent["id"]], by_recipient[media["id"]]
events = f"/api/dispatches/{to_parent['id']}/events"
post(events, {"type": "delivered", "at": "2025-03-06T09:00:00+01:00"})
post(events, {"type": "acknowledged", "at": "2025-03-07T11:30:00+01:00", "responseSummary": "Registry confirmed receipt."})
post(events, {"type": "referred", "at": "2025-03-10T16:45:00+01:00", "responseSummary": "Passed to the rapporteur.",
              "referredToRecipientId": child["id"], "sourceId": source2["id"]})
post(f"/api/dispatches/{to_media['id']}/events", {"type": "note", "at": "2025-03-08T08:00:00Z", "note": "Phoned the editor."})
extra = post("/api/dispatches", {"letterId": followUp["id"], "recipientId": media["id"], "channel": "email",
                                 "sentAt": "2025-03-20T12:00:00Z", "deliveryRef": "fixture-42"})
post(f"/api/dispatches/{extra['id']}/events", {"type": "declined", "at": "2025-03-21T12:00:00Z",
                                               "responseSummary": "Not our beat."})
post("/api/citations", {"sourceId": source["id"], "quote": "Horadiz road", "recordType": "dispatch", "recordId": extra["id"]})
referred = next(d for d in send("GET", "/api/dispatches?limit=200")[2]["items"] if d["recipientId"] == child["id"])
post(f"/api/dispatches/{referred['id']}/events", {"type": "responded", "at": "2025-03-15T10:00:00+01:00",
                                                  "responseSummary": "The rapporteur will raise it."})
post("/api/citations", {"sourceId": source2["id"], "quote": "Füzuli", "recordType": "letter", "recordId": letter["id"]})


def every(collection):
    items, cursor = [], None
    while True:
        url = f"{collection}?limit=200" + (f"&cursor={cursor}" if cursor else "")
        page = send("GET", url)[2]
        items += page["items"]
        cursor = page.get("nextCursor")
        if not cursor:
            return items


records = {}
for collection in ["/api/incidents", "/api/organisations", "/api/recipients", "/api/sources", "/api/citations",
                   "/api/casualty-figures", "/api/letters", "/api/dispatches"]:
    for item in every(collection):
        url = f"{collection}/{item['id']}"
        records[url] = send("GET", url)[2]
        if collection == "/api/dispatches":
            for event in every(f"{url}/events"):
                event_url = f"{url}/events/{event['id']}"
                records[event_url] = send("GET", event_url)[2]

with open(out, "w", encoding="utf-8") as file:
    json.dump(dict(sorted(records.items())), file, ensure_ascii=False, indent=1)
    file.write("\n")
print(f"{len(records)} records written to {out}")
