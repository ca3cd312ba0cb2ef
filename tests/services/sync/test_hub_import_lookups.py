"""A hub import on PostgreSQL looks up a chunk's records by one array parameter (`store/dialect.among`,
`store/bulk.rows_in`): no statement it reads with grows with the bundle, where IN lists made the driver split and
SQLAlchemy cast a text of one parameter per record (#15)."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.importing import import_bundle
from tests.support.sites import enrol_many, sites  # noqa: F401  (the `sites` fixture)

RECORDS = 12


@pytest.mark.parametrize("hub_database_url", ["postgresql"], indirect=True)
def test_lookups_take_one_parameter_whatever_the_bundle_size(sites, tmp_path):  # noqa: F811
    hub, ambon, _tual = sites
    enrol_many(ambon, range(RECORDS))
    (bundle,) = export_bundles(ambon.ctx, tmp_path / "usb")
    reads: list[str] = []

    def note(_conn, _cursor, statement, *_rest):
        if statement.lstrip().upper().startswith("SELECT"):
            reads.append(statement)

    event.listen(hub.ctx.db.engine, "before_cursor_execute", note)
    try:
        result = import_bundle(hub.ctx, bundle.path, tmp_path / "acks")
    finally:
        event.remove(hub.ctx.db.engine, "before_cursor_execute", note)
    assert result.counts["new"] == RECORDS
    assert max(s.count("%(") + s.count("%s") for s in reads) < RECORDS  # SQLAlchemy's and plain driver SQL's
    assert any("h.uuid = ANY(%s)" in s for s in reads), "the chunk's hub rows are read by uuid (store/bulk.rows_in)"
