"""The register of processing cannot drift from the code: every column that holds
personal data is in central_server.personal_data, every entry names real columns,
and the committed docs/register-of-processing.md is what the code generates."""

from __future__ import annotations

import re
from pathlib import Path

from central_server import models
from central_server.personal_data import NOT_PERSONAL, PROCESSING
from central_server.privacy.register import generate

ROOT = Path(__file__).resolve().parents[2]
# A column whose name says it may hold data about a person.
LOOKS_PERSONAL = re.compile(
    r"(^|_)(name|nik|phone|email|address|description|detail|note|lat|lon|label)$"
    r"|_by$|(^|_)(actor|officer|assignee)_id$|^captured_at$"
)
# The tables that exist only to hold people's identities: every column but these.
IDENTITY_TABLES = {"reporter_identities", "report_supporters"}
STRUCTURAL = {"id", "report_id", "action_id", "channel", "anonymous", "at"}


def registered() -> set[str]:
    return {f"{p.table}.{c}" for p in PROCESSING for c in p.columns}


def all_columns() -> dict[str, object]:
    return {
        f"{table.name}.{column.name}": column
        for table in models.Base.metadata.sorted_tables
        for column in table.columns
    }


def test_every_personal_column_of_the_models_is_in_the_register() -> None:
    missing = sorted(
        name
        for name in all_columns()
        if LOOKS_PERSONAL.search(name.split(".", 1)[1])
        and name not in registered()
        and name not in NOT_PERSONAL
    )
    assert missing == []


def test_every_identity_column_is_registered() -> None:
    identity = {
        name
        for name in all_columns()
        if name.split(".")[0] in IDENTITY_TABLES and name.split(".")[1] not in STRUCTURAL
    }
    assert identity  # the tables exist
    assert sorted(identity - registered()) == []
    # name, NIK, phone and address of reporters and supporters in particular
    for column in ("name", "nik", "phone", "address"):
        assert f"reporter_identities.{column}" in registered()
        assert f"report_supporters.{column}" in registered()


def test_the_register_names_only_columns_that_exist() -> None:
    assert sorted(registered() - set(all_columns())) == []
    assert sorted(set(NOT_PERSONAL) - set(all_columns())) == []
    assert len({p.key for p in PROCESSING}) == len(PROCESSING)


def test_the_committed_register_is_what_the_code_generates() -> None:
    committed = (ROOT / "docs" / "register-of-processing.md").read_text(encoding="utf-8")
    assert committed == generate(), (
        "regenerate: crm-central privacy register --output docs/register-of-processing.md"
    )


def test_each_entry_says_purpose_who_where_how_long_and_protection() -> None:
    text = generate()
    for p in PROCESSING:
        for value in (p.purpose, p.seen_by, p.stored_where, p.retention, p.protection):
            assert value.strip()
            assert " ".join(value.split()).replace("|", "\\|") in text
