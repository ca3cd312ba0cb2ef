"""Which settings a reference bundle carries: provincial policy (coverage targets, retention…) reaches the
offices; what belongs to one installation (an office's address and printer offsets, its backups and screen
lock, the hub's BPJS template and bill signer) stays where it was set."""

from __future__ import annotations

from pekerja_desktop.services.cards.settings import save_back_offset, save_office_address
from pekerja_desktop.services.dashboard.targets import load_targets, save_targets
from pekerja_desktop.services.reference.data import get_setting, set_setting
from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.importing import import_bundle


def _setting(site, key):
    with site.ctx.db.session() as session:
        return get_setting(session, key)


def test_policy_travels_and_local_choices_stay(sites, tmp_path):
    hub, ambon, _ = sites
    save_office_address(ambon.ctx, "Jl. Raya Pattimura No. 1, Ambon")
    save_back_offset(ambon.ctx, 1.5, -0.5)
    save_office_address(hub.ctx, "Jl. Kapitan Ulupaha, Ambon (kantor provinsi)")
    save_back_offset(hub.ctx, 3.0, 3.0)
    targets = dict(load_targets(hub.ctx).by_regency)
    targets["81.71"] += 500
    save_targets(hub.ctx, targets)
    with hub.ctx.db.write() as session:
        set_setting(session, "retention_months", 72)
        set_setting(session, "bpjs_template", {"columns": [{"header": "NIK", "field": "nik"}]})
        set_setting(session, "idle_lock_minutes", 30)
    with ambon.ctx.db.write() as session:
        set_setting(session, "idle_lock_minutes", 5)
    for bundle in export_bundles(hub.ctx, tmp_path / "usb", office=ambon.ctx.office.code):
        import_bundle(ambon.ctx, bundle.path)
    ambon.reopen()
    assert dict(load_targets(ambon.ctx).by_regency)["81.71"] == targets["81.71"]
    assert _setting(ambon, "retention_months") == 72
    assert _setting(ambon, "office_address") == "Jl. Raya Pattimura No. 1, Ambon"
    assert _setting(ambon, "card_back_offsets") == {"default": {"dx_mm": 1.5, "dy_mm": -0.5}}
    assert _setting(ambon, "idle_lock_minutes") == 5
    assert _setting(ambon, "bpjs_template") is None
