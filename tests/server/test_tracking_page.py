"""The public tracking page /lacak/<number> and the citizen's rating, on a real server
process (SQLite and PostgreSQL): what it shows is what Open311 shows, no identity,
the same 404 for unknown and malformed numbers, a shared rate limit, CSRF-safe
rating once per report with the receipt's code, and the rating in the change feed."""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
import requests
from PIL import Image

from central_server.testing import LiveServer, server_rows
from central_server.tracking import STATUS_WORDS
from central_server.tracking_page import when
from crm_shared.domain.rating import RATING_EVENT, new_rating_code

from .conftest import Client
from .helpers import action, walk_in

ServerStarter = Callable[..., LiveServer]
REPORTER = "Siti Pelapor Rahasia"
NIK = "3171014508900001"
DESCRIPTION = "Sampah tidak diangkut selama seminggu"


def _jpeg(colour: str) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (320, 240), colour).save(buf, "JPEG", quality=85)
    return buf.getvalue()


def _upload(client: Client, data: bytes) -> str:
    sha = hashlib.sha256(data).hexdigest()
    resp = client.put(f"/media/{sha}", data=data, headers={"Content-Type": "image/jpeg"})
    assert resp.status_code in (200, 201), resp.text
    return sha


def _walk_in(server: LiveServer, code: str | None, **extra: Any) -> dict[str, Any]:
    desk = Client(server, "desk")
    payload: dict[str, Any] = dict(extra)
    if code is not None:
        payload["rating_code"] = code
    (created,) = desk.act(walk_in(**payload))
    assert created["status"] == "applied", created
    return dict(created["report"])


def _finish(server: LiveServer, report: dict[str, Any]) -> dict[str, Any]:
    """Accept, follow up with photos, validate: the report is Selesai (real actions)."""
    field = Client(server, "field.a")
    (accepted,) = field.act(action(report["id"], "accept", report["version"]))
    assert accepted["status"] == "applied", accepted
    before, after = _upload(field, _jpeg("brown")), _upload(field, _jpeg("green"))
    (followed,) = field.act(
        action(
            report["id"],
            "followup",
            accepted["report"]["version"],
            note="Sampah sudah diangkut petugas PPSU",
            photos=[{"sha256": before, "kind": "before"}, {"sha256": after, "kind": "after"}],
        )
    )
    assert followed["status"] == "applied", followed
    validator = Client(server, "validator")
    (done,) = validator.act(action(report["id"], "validate", followed["report"]["version"]))
    assert done["status"] == "applied", done
    assert done["report"]["status"] == "selesai"
    return dict(done["report"])


def _open311(server: LiveServer, number: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    base = server.url.rstrip("/") + "/open311/v2"
    request = requests.get(f"{base}/requests/{number}.json", timeout=30)
    assert request.status_code == 200, request.text
    updates = requests.get(
        f"{base}/servicerequestupdates.json", params={"service_request_id": number}, timeout=30
    )
    assert updates.status_code == 200, updates.text
    return request.json()[0], updates.json()


def _track(server: LiveServer, number: str, http: Any = requests, **kw: Any) -> Any:
    return http.get(f"{server.url.rstrip('/')}/lacak/{number}", timeout=30, **kw)


def _text(page: str) -> str:
    """The page's visible text (tags dropped, entities as in the source)."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))


def _facts(page: str) -> dict[str, str]:
    """The <dt>/<dd> pairs of the page."""
    return dict(re.findall(r"<dt>(.*?)</dt><dd[^>]*>(.*?)</dd>", page))


def test_page_shows_what_open311_shows_and_nothing_of_the_reporter(
    plan_server: ServerStarter,
) -> None:
    server = plan_server()
    report = _walk_in(server, new_rating_code(), is_private=True)
    field = Client(server, "field.a")
    field.act(action(report["id"], "accept", report["version"], note="Dicek ke lokasi besok"))

    resp = _track(server, report["number"])
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("text/html")
    csp = resp.headers["content-security-policy"]
    assert "default-src 'none'" in csp
    assert "style-src 'sha256-" in csp
    assert "script" not in csp
    assert resp.headers["referrer-policy"] == "no-referrer"
    assert resp.headers["x-content-type-options"] == "nosniff"
    page = resp.text
    assert "<script" not in page.lower()
    # Field by field against the public Open311 request and its updates.
    public, updates = _open311(server, report["number"])
    facts = _facts(page)
    assert facts["Nomor laporan"] == public["service_request_id"]
    assert facts["Kategori"] == public["service_name"]
    assert facts["Unit yang menangani"] == public["agency_responsible"]
    expected = datetime.fromisoformat(public["expected_datetime"])
    assert facts["Batas waktu tindak lanjut"] == when(expected, "id")
    latest = updates[-1]["status"]
    assert STATUS_WORDS[latest][0] in facts["Status"]
    steps = re.findall(r"<li><b>(.*?)</b><br><span class='note'>(.*?)</span>", page)
    shown_updates = [("OPEN", public["requested_datetime"])] + [
        (u["status"], u["updated_datetime"]) for u in updates
    ]
    assert [s for s, _ in steps] == [STATUS_WORDS[status][0] for status, _ in shown_updates]
    assert [at for _, at in steps] == [
        when(datetime.fromisoformat(at), "id") for _, at in shown_updates
    ]
    # Private: nothing of the description or notes (Open311 shows none either).
    assert public["description"] is None
    assert public["status_notes"] is None
    for secret in (DESCRIPTION, "Dicek ke lokasi", REPORTER, NIK, "pendopo"):
        assert secret not in page
    assert "Laporan ini bersifat privat" in page


def test_public_report_shows_its_description_and_english_on_request(
    plan_server: ServerStarter,
) -> None:
    server = plan_server()
    report = _walk_in(server, None, is_private=False)
    page = _track(server, report["number"]).text
    public, _ = _open311(server, report["number"])
    assert public["description"] == DESCRIPTION  # public: Open311 shows it too
    assert DESCRIPTION in page
    assert REPORTER not in page
    assert NIK not in page
    english = _track(server, report["number"], params={"lang": "en"}).text
    assert "Unit handling it" in english
    assert "<html lang='en'>" in english
    by_header = _track(server, report["number"], headers={"Accept-Language": "en-GB,en;q=0.9"})
    assert "Report number" in by_header.text
    indonesian_first = _track(server, report["number"], headers={"Accept-Language": "id,en"})
    assert "Nomor laporan" in indonesian_first.text


def test_unknown_and_malformed_numbers_get_the_same_404(plan_server: ServerStarter) -> None:
    server = plan_server()
    unknown = _track(server, "JK2001010001")
    malformed = _track(server, "not-a-number'<script>")
    assert unknown.status_code == malformed.status_code == 404
    assert unknown.text == malformed.text
    assert "Laporan tidak ditemukan" in unknown.text
    assert "<script>" not in malformed.text
    assert unknown.headers["content-security-policy"].startswith("default-src 'none'")


def test_rate_limit_is_per_address_shared_and_answers_429_with_a_page(
    server_factory: ServerStarter, database_url: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CRM_TRACKING_LIMIT", "4/2/600")
    server = server_factory(n_reports=20, seed=3, workers=2, database_url=database_url)
    codes = [_track(server, f"JK20010100{i:02d}").status_code for i in range(4)]
    assert codes == [404] * 4
    refused = _track(server, "JK2001010099")
    assert refused.status_code == 429
    assert int(refused.headers["retry-after"]) > 500
    assert "Terlalu banyak permintaan" in refused.text
    assert refused.headers["x-content-type-options"] == "nosniff"
    # Both workers share the count (the table), so retrying does not get through.
    assert all(_track(server, "JK2001010001").status_code == 429 for _ in range(4))


def _form_session(server: LiveServer, number: str) -> tuple[requests.Session, str]:
    http = requests.Session()
    page = _track(server, number, http=http)
    assert page.status_code == 200
    match = re.search(r"name='token' value='([^']+)'", page.text)
    assert match, "a finished report shows the rating form"
    return http, match.group(1)


def _post(server: LiveServer, http: Any, number: str, **form: str) -> requests.Response:
    response: requests.Response = http.post(
        f"{server.url.rstrip('/')}/lacak/{number}/nilai", data=form, timeout=30
    )
    return response


def test_rating_needs_the_receipt_code_once_and_reaches_the_unit(
    plan_server: ServerStarter,
) -> None:
    server = plan_server()
    code = new_rating_code()
    report = _finish(server, _walk_in(server, code))
    number = report["number"]
    supervisor = Client(server, "super.a")
    _, cursor, _ = supervisor.pull_all()

    http, token = _form_session(server, number)
    wrong = _post(server, http, number, token=token, kode="AAAA-AAAA", nilai="2")
    assert wrong.status_code == 400
    assert "Kode penilaian tidak cocok" in wrong.text
    no_score = _post(server, http, number, token=token, kode=code, nilai="9")
    assert no_score.status_code == 400
    assert "Pilih nilai 1 sampai 5" in no_score.text
    # The code as printed (with its dash, in lower case) is accepted.
    typed = f"{code[:4]}-{code[4:]}".lower()
    sentence = "Lama sekali, baru diangkut setelah dua minggu"
    rated = _post(server, http, number, token=token, kode=typed, nilai="2", kalimat=sentence)
    assert rated.status_code == 200, rated.text
    assert "Terima kasih" in rated.text
    again = _post(server, http, number, token=token, kode=code, nilai="5")
    assert again.status_code == 409
    assert "sudah dinilai" in again.text

    # The unit receives it through the change feed: a timeline event with the score
    # and the sentence, no identity, no code.
    reports, _, pages = supervisor.pull_all(cursor)
    events = [e for e in reports[report["id"]]["events"] if e["type"] == RATING_EVENT]
    assert [(e["rating"], e["note"], e["actor_id"]) for e in events] == [(2, sentence, None)]
    feed = str(pages)
    assert code not in feed
    assert REPORTER not in feed
    # Open311 neither lists it as an update nor publishes the sentence.
    public, updates = _open311(server, number)
    assert sentence not in str(public) + str(updates)
    assert len(updates) == 3  # accept, follow-up, validation
    # Stored: only a hash of the code; the rating once.
    (stored,) = server_rows(
        server, "SELECT code_hash FROM rating_codes WHERE report_id = :r", r=report["id"]
    )
    assert stored[0].startswith("scrypt$")
    assert code not in stored[0]
    ratings = server_rows(server, "SELECT score FROM citizen_ratings")
    assert [r[0] for r in ratings] == [2]
    # The supervisor's figures: count and average per unit and per category.
    stats = supervisor.get("/stats/summary").json()
    (unit,) = [u for u in stats["by_unit"] if u["key"] == report["unit_id"]]
    (category,) = [c for c in stats["by_category"] if c["key"] == report["category_id"]]
    for figures in (unit, category, stats["overall"]):
        assert (figures["rating_count"], figures["average_rating"]) == (1, 2.0)


def test_rating_form_refuses_forged_posts_and_unfinished_reports(
    plan_server: ServerStarter,
) -> None:
    server = plan_server()
    code = new_rating_code()
    finished = _finish(server, _walk_in(server, code))
    number = finished["number"]
    http, token = _form_session(server, number)
    # No cookie (a form on another site): refused.
    forged = _post(server, requests, number, token=token, kode=code, nilai="1")
    assert forged.status_code == 403
    assert "kedaluwarsa" in forged.text
    cross = http.post(
        f"{server.url.rstrip('/')}/lacak/{number}/nilai",
        data={"token": token, "kode": code, "nilai": "1"},
        headers={"Origin": "https://evil.example"},
        timeout=30,
    )
    assert cross.status_code == 403
    assert server_rows(server, "SELECT count(*) FROM citizen_ratings")[0][0] == 0
    # An open report has no form, and a post to it is refused.
    open_report = _walk_in(server, new_rating_code())
    page = _track(server, open_report["number"], http=http).text
    assert "name='kode'" not in page
    early = _post(server, http, open_report["number"], token=token, kode=code, nilai="5")
    assert early.status_code == 409
    assert "belum selesai" in early.text
    # A report filed without a code (an older desk) cannot be rated with any code.
    old = _finish(server, _walk_in(server, None))
    refused = _post(server, http, old["number"], token=token, kode=code, nilai="5")
    assert refused.status_code == 400
    assert "tidak cocok" in refused.text


def test_wrong_codes_count_toward_the_limit(
    plan_server: ServerStarter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CRM_TRACKING_LIMIT", "100/2/600")
    server = plan_server()
    code = new_rating_code()
    number = _finish(server, _walk_in(server, code))["number"]
    http, token = _form_session(server, number)
    for _ in range(2):
        assert (
            _post(server, http, number, token=token, kode="XXXX-XXXX", nilai="3").status_code == 400
        )
    blocked = _post(server, http, number, token=token, kode=code, nilai="3")
    assert blocked.status_code == 429
    assert blocked.headers["retry-after"]
    assert _track(server, number, http=http).status_code == 429


def test_simultaneous_ratings_of_one_report_count_once(
    server_factory: ServerStarter, database_url: str | None
) -> None:
    """Four citizens' browsers (same receipt) send at once to two workers: one rating."""
    from concurrent.futures import ThreadPoolExecutor

    from .conftest import plan_server_kwargs
    from .plan import build

    server = server_factory(**plan_server_kwargs(build(), database_url=database_url, workers=2))
    code = new_rating_code()
    number = _finish(server, _walk_in(server, code))["number"]
    forms = [_form_session(server, number) for _ in range(4)]

    def send(i: int) -> int:
        http, token = forms[i]
        return _post(server, http, number, token=token, kode=code, nilai=str(i + 1)).status_code

    with ThreadPoolExecutor(4) as pool:
        codes = sorted(pool.map(send, range(4)))
    assert codes == [200, 409, 409, 409]
    assert server_rows(server, "SELECT count(*) FROM citizen_ratings")[0][0] == 1
    events = server_rows(server, "SELECT count(*) FROM events WHERE type = 'citizen_rating'")
    assert events[0][0] == 1


def test_hostile_rating_posts_get_a_page_never_a_500(plan_server: ServerStarter) -> None:
    server = plan_server()
    number = _finish(server, _walk_in(server, new_rating_code()))["number"]
    http, token = _form_session(server, number)
    url = f"{server.url.rstrip('/')}/lacak/{number}/nilai"
    answers = [
        http.post(url, data=b"\xff\xfe not a form", timeout=30),
        http.post(url, json={"token": token, "kode": "X", "nilai": 5}, timeout=30),
        http.post(url, data={"token": token, "kode": "X" * 5000, "nilai": "5"}, timeout=30),
        http.post(url, files={"foto": ("a.jpg", b"x")}, data={"token": token}, timeout=30),
        _post(server, http, number, token=token, kode="K7QM4TXA", nilai="5", kalimat="x" * 600),
        _post(server, http, "JK' OR 1=1", token=token, kode="K7QM4TXA", nilai="5"),
    ]
    for resp in answers:
        assert 400 <= resp.status_code < 500, (resp.status_code, resp.text[:200])
        assert resp.headers["content-type"].startswith("text/html")
    assert server_rows(server, "SELECT count(*) FROM citizen_ratings")[0][0] == 0


def _track_from(server: LiveServer, source: str, number: str, forwarded_for: str) -> int:
    """GET the page from the loopback address ``source`` with an X-Forwarded-For header."""
    import http.client
    from urllib.parse import urlsplit

    url = urlsplit(server.url)
    conn = http.client.HTTPConnection(
        url.hostname, url.port, timeout=30, source_address=(source, 0)
    )
    try:
        conn.request("GET", f"/lacak/{number}", headers={"X-Forwarded-For": forwarded_for})
        return conn.getresponse().status
    finally:
        conn.close()


def test_behind_a_trusted_proxy_the_limit_counts_the_forwarded_address(
    server_factory: ServerStarter, database_url: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``crm-central serve --forwarded-allow-ips``: X-Forwarded-For from that proxy names
    the client the limit counts; from any other address it is ignored."""
    from central_server.tracking_limit import address_key

    monkeypatch.setenv("CRM_TRACKING_LIMIT", "2/2/600")
    server = server_factory(
        n_reports=5,
        seed=3,
        database_url=database_url,
        extra_args=["--forwarded-allow-ips", "127.0.0.2"],  # the proxy; not 127.0.0.1
    )
    proxy, other = "127.0.0.2", "127.0.0.1"
    # Two citizens behind the proxy: each has the whole limit.
    assert [_track_from(server, proxy, "JK2001010001", "203.0.113.7") for _ in range(2)] == [
        404
    ] * 2
    assert _track_from(server, proxy, "JK2001010001", "203.0.113.7") == 429
    assert _track_from(server, proxy, "JK2001010001", "203.0.113.8") == 404
    # Not the proxy: its X-Forwarded-For is a forgery and counts nothing.
    assert _track_from(server, other, "JK2001010001", "203.0.113.9") == 404
    hits = dict(server_rows(server, "SELECT address, count(*) FROM tracking_hits GROUP BY address"))
    assert hits == {
        address_key("203.0.113.7"): 2,
        address_key("203.0.113.8"): 1,
        address_key(other): 1,
    }
