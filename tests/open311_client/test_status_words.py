"""The status words real GeoReport v2 servers send, mapped onto our workflow as the
table in docs/open311.md says; and the actions refused before queueing."""

from __future__ import annotations

import pytest

from crm_shared.domain import ActionType, Status
from crm_shared.protocol import open311_status as st


@pytest.mark.parametrize(
    ("request_status", "extended", "ours"),
    [
        ("open", None, Status.MENUNGGU),
        ("closed", None, Status.SELESAI),
        ("open", "confirmed", Status.MENUNGGU),
        ("open", "investigating", Status.PROSES),
        ("open", "in progress", Status.PROSES),  # FixMyStreet's spelling
        ("open", "IN_PROGRESS", Status.PROSES),
        ("open", "action-scheduled", Status.PROSES),
        ("open", "internal_referral", Status.KOORDINASI),
        ("open", "fixed", Status.MENUNGGU_VALIDASI),
        ("closed", "fixed", Status.SELESAI),
        ("closed", "fixed - council", Status.SELESAI),
        ("closed", "not councils responsibility", Status.DITOLAK),
        ("closed", "duplicate", Status.DITOLAK),
        ("closed", "no_further_action", Status.DITOLAK),
        ("closed", "unable to fix", Status.DITOLAK),
        ("open", "closed", Status.MENUNGGU),  # they disagree: open/closed wins
        ("closed", "in_progress", Status.SELESAI),
        ("open", "something_new", Status.MENUNGGU),
        ("closed", "something_new", Status.SELESAI),
        ("in_progress", None, Status.PROSES),  # an extended word in ``status`` itself
        ("OPEN", None, Status.MENUNGGU),
    ],
)
def test_inbound_words(request_status: str, extended: str | None, ours: Status) -> None:
    assert st.our_status(request_status, extended) is ours


@pytest.mark.parametrize(
    ("action", "photos", "code"),
    [
        (ActionType.FORWARD, False, "open311_no_forward"),
        (ActionType.DISPOSE, False, "open311_no_forward"),
        (ActionType.REASSIGN, False, "open311_no_reassign"),
        (ActionType.SET_PRIORITY, False, "open311_no_priority"),
        (ActionType.FOLLOWUP, True, "open311_no_photos"),
        (ActionType.NOTE, True, "open311_no_photos"),
        (ActionType.NOTE, False, None),
        (ActionType.ACCEPT, False, None),
        (ActionType.REJECT, False, None),
        (ActionType.VALIDATE, False, None),
        (ActionType.CREATE, True, None),
    ],
)
def test_local_refusals(action: ActionType, photos: bool, code: str | None) -> None:
    refusal = st.local_refusal(action, has_photos=photos)
    assert (refusal[0] if refusal else None) == code
    if refusal:
        assert refusal[1].startswith("Server Open311")  # a sentence in Indonesian


def test_a_note_has_no_status_of_its_own() -> None:
    assert st.update_status(ActionType.NOTE) is None
    assert st.update_status(ActionType.ACCEPT) == st.IN_PROGRESS
    assert st.update_status(ActionType.FORWARD) == st.INTERNAL_REFERRAL  # but refused first
    assert not st.expressible(ActionType.FORWARD)
