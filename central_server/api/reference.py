"""GET /api/v1/reference: categories, units, officers, SLA rules, channels, the
category suggestion model (with an ETag)."""

from __future__ import annotations

import hashlib
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_shared.domain import Channel, Role
from crm_shared.protocol.wire import CategoryOut, OfficerOut, ReferenceData, SlaRuleOut, UnitOut

from ..auth import CurrentOfficer, current_officer
from ..db import get_session
from ..models import Category, Officer, SlaRuleRow, Unit
from ..suggest_model import current_model
from ..tracking_routes import public_base_url

router = APIRouter()


def build_reference(session: Session) -> ReferenceData:
    return ReferenceData(
        categories=[
            CategoryOut(
                id=c.id,
                name=c.name,
                agency_unit_id=c.agency_unit_id,
                handled_by_kelurahan=c.handled_by_kelurahan,
            )
            for c in session.execute(select(Category).order_by(Category.id)).scalars()
        ],
        units=[
            UnitOut(
                id=u.id,
                name=u.name,
                kind=u.kind,
                parent_id=u.parent_id,
                code=u.code,
            )
            for u in session.execute(select(Unit).order_by(Unit.id)).scalars()
        ],
        officers=[
            OfficerOut(
                id=o.id,
                name=o.name,
                role=o.role,
                unit_id=o.unit_id,
            )
            for o in session.execute(
                select(Officer)
                .where(
                    Officer.active.is_(True),
                    # not someone reports are assigned to; workstations need not know them
                    Officer.role != Role.PRIVACY_OFFICER.value,
                )
                .order_by(Officer.id)
            ).scalars()
        ],
        sla_rules=[
            SlaRuleOut(
                category_id=r.category_id,
                channel=r.channel,
                response_hours=r.response_hours,
                followup_days=r.followup_days,
                answer_days=r.answer_days,
            )
            for r in session.execute(select(SlaRuleRow).order_by(SlaRuleRow.id)).scalars()
        ],
        channels=list(Channel),
    )


@router.get("/reference", response_model=ReferenceData)
def reference(
    request: Request,
    _officer: Annotated[CurrentOfficer, Depends(current_officer)],
    session: Annotated[Session, Depends(get_session)],
) -> Response:
    data = build_reference(session)
    data.tracking_base_url = public_base_url(request)
    # The category suggestion model travels with the categories, under the same ETag;
    # its content hash (version) stands for it, so a "not modified" never serialises it.
    model = current_model(session)
    digest = hashlib.sha256(data.model_dump_json().encode())
    if model is not None:
        digest.update(model.version.encode())
    etag = f'"{digest.hexdigest()[:32]}"'
    wanted = {t.strip() for t in request.headers.get("if-none-match", "").split(",")}
    if etag in wanted or f"W/{etag}" in wanted:
        return Response(status_code=304, headers={"ETag": etag})
    if model is not None:
        data.suggest_model = model
    body = data.model_dump_json().encode()
    return Response(body, media_type="application/json", headers={"ETag": etag})
