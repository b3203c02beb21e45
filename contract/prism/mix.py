#!/usr/bin/env python3
"""Sends a realistic mix of requests through a Prism 5 validating proxy in front of the app and
reads Prism's verdict on each exchange (the sl-violations header it adds in proxy mode).

Every valid request and every answer must satisfy the document: a flagged one is a contradiction
between the document and the API. Each invalid request (marked so below) must be flagged: the
document must state the rule the API enforces. Exits 1 on any exception to either.

usage: mix.py PROXY_URL ADMIN_KEY        (contract/prism/run.sh starts the proxy and calls it)
"""
import json
import sys
import urllib.error
import urllib.request
import uuid

base, key = sys.argv[1], sys.argv[2]
exchanges = []


def call(method, path, body=None, headers=None, media="application/json", valid=True):
    sent = {"X-Api-Key": key, **(headers or {})}
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        sent["Content-Type"] = media
    request = urllib.request.Request(base + path, data=data, method=method, headers=sent)
    try:
        with urllib.request.urlopen(request) as answer:
            status, answer_headers, text = answer.status, answer.headers, answer.read()
    except urllib.error.HTTPError as refusal:
        status, answer_headers, text = refusal.code, refusal.headers, refusal.read()
    violations = json.loads(answer_headers.get("sl-violations") or "[]")
    exchanges.append((method, path, status, valid, violations))
    is_json = "json" in (answer_headers.get("Content-Type") or "")
    return status, answer_headers, (json.loads(text) if text and is_json else text or None)


# Reads: every list, a few records of each, an id that does not exist.
for resource in ["letters", "incidents", "organisations", "recipients", "sources", "citations", "casualty-figures", "dispatches"]:
    _, _, page = call("GET", f"/api/{resource}?limit=50")
    for item in page["items"][:4]:
        call("GET", f"/api/{resource}/{item['id']}")
    call("GET", f"/api/{resource}/{uuid.uuid4()}")

_, answer, first = call("GET", "/api/recipients?limit=5")
if first["nextCursor"]:
    call("GET", f"/api/recipients?limit=5&cursor={first['nextCursor']}")
letter = call("GET", "/api/letters")[2]["items"][0]["id"]
call("GET", f"/api/letters/{letter}/dispatches")
call("GET", f"/api/stats/letters/{letter}")
call("GET", "/api/stats/recipients")
call("GET", "/api/stats/overview")
call("GET", "/api/search?q=Aghdam")
call("GET", "/api/search?q=OSCE&type=recipient")
call("GET", "/api/dispatches?overdue=true")
call("GET", "/api/dispatches?status=sent&sort=-dueOn")
call("GET", "/api/audit?limit=5")
call("GET", "/api/api-keys")
# Lists as CSV: the answer's media type must be one the document gives for the 200.
status, answer, csv = call("GET", "/api/dispatches?overdue=true&sort=dueOn", headers={"Accept": "text/csv"})
assert status == 200 and answer["Content-Type"].startswith("text/csv") and csv.startswith(b"id,"), (status, answer["Content-Type"])
call("GET", "/api/stats/recipients?format=csv")

# Writes: create with an Idempotency-Key, read, patch one field, clear one with null, a stale patch,
# put back the record as read with one field changed (read-only fields included), delete.
incident = {
    "title": "Contract check", "kind": "other", "country": "Azerbaijan", "district": "Aghdam",
    "districtAliases": [], "place": "a road", "occurredFrom": "2025-04-06", "occurredTo": "2025-04-06",
    "description": "A record made by the contract check.",
}
_, answer, created = call("POST", "/api/incidents", incident, {"Idempotency-Key": str(uuid.uuid4())})
id, etag = created["id"], answer["ETag"]
call("GET", f"/api/incidents/{id}")
_, answer, _ = call("PATCH", f"/api/incidents/{id}", {"title": "Contract check, renamed"}, {"If-Match": etag}, "application/merge-patch+json")
_, answer, cleared = call("PATCH", f"/api/incidents/{id}", {"place": None}, {"If-Match": answer["ETag"]}, "application/merge-patch+json")
etag = answer["ETag"]
call("PATCH", f"/api/incidents/{id}", {"title": "stale"}, {"If-Match": '"1"'}, "application/merge-patch+json")
replacement = {**cleared, "description": "Replaced by the contract check."}  # the record as read, one field changed
_, answer, _ = call("PUT", f"/api/incidents/{id}", replacement, {"If-Match": etag})
call("DELETE", f"/api/incidents/{id}", headers={"If-Match": answer["ETag"]})

# Requests the document says are wrong: Prism must flag each.
call("GET", "/api/letters?limit=0", valid=False)
call("GET", "/api/letters?sort=bogus", valid=False)
call("GET", "/api/letters?status=lost", valid=False)
call("GET", "/api/letters?format=xml", valid=False)
call("POST", "/api/incidents", {}, valid=False)
call("POST", "/api/incidents", {**incident, "title": "x" * 501}, valid=False)
call("POST", "/api/recipients", {"name": "Contract check", "kind": "ngo", "nickname": "unknown field"}, valid=False)

wrong = [e for e in exchanges if e[3] and e[4]]
missed = [e for e in exchanges if not e[3] and not e[4]]
invalid = sum(1 for e in exchanges if not e[3])
print(f"prism: {len(exchanges)} exchanges; {len(exchanges) - invalid} valid requests, {len(wrong)} of them flagged; "
      f"{invalid} invalid requests, {invalid - len(missed)} of them flagged")
for method, path, status, _, violations in wrong:
    print(f"  FLAGGED {method} {path} -> {status}: " + "; ".join(f"{'/'.join(map(str, v['location']))}: {v['message']}" for v in violations))
for method, path, status, _, _ in missed:
    print(f"  NOT FLAGGED (the document does not state this rule) {method} {path} -> {status}")
sys.exit(1 if wrong or missed else 0)
