"""Whether the signed-in operator may change one record, asked before the form offers to save it."""

from __future__ import annotations

from pekerja_desktop.errors import AccessError
from pekerja_desktop.services.enrolment.edit_rights import require_edit
from pekerja_desktop.services.enrolment.participants import find_participant


def edit_refusal(ctx, registration_number: str) -> str | None:
    """None if saving changes to the record would be allowed, else the refusal in the user's language."""
    with ctx.db.session() as session:
        participant = find_participant(session, registration_number)
        try:
            require_edit(ctx, session, participant)
        except AccessError as exc:
            return exc.message()
    return None
