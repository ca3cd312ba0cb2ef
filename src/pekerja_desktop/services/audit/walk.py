"""Walking an audit chain link by link and naming the first event that does not fit.

Checked for every event, in number order: its number follows the previous one (else events were deleted,
or numbers changed), it names the previous event's hash (else an event before it was changed, removed or
moved), and its own hash matches its fields (else it was edited). Anchors — heads recorded outside the
chain — must be found in it with the same hash (else the chain was rewritten) and not beyond its end (else
its last events were deleted). A declared restore gap (audit.GAP_ACTION) is accepted where it says it
resumes, and reported.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from pekerja_desktop.store.audit_chain import GENESIS_HASH, Head, Link, declared_resume, hash_of, parse_utc

# reasons a link is broken
EDITED, MISSING, LINK, REORDERED, SEQUENCE = "edited", "missing", "link", "reordered", "sequence"
TRUNCATED, REWRITTEN, FORK = "truncated", "rewritten", "fork"
GENESIS = Head(0, GENESIS_HASH)


@dataclass(frozen=True)
class Anchor:
    """A head recorded outside the chain: by whom (`source`), which event, when that event happened."""
    source: str
    seq: int
    hash: str
    at: str = ""


@dataclass(frozen=True)
class ChainBreak:
    """The first event that does not fit (seq 0: none is left), and why; `params` fill the message."""
    seq: int
    reason: str
    action: str = ""
    actor: str = ""
    at: dt.datetime | None = None
    params: dict = field(default_factory=dict)

    def as_detail(self) -> dict:
        return {"seq": self.seq, "reason": self.reason, "event_action": self.action, "event_actor": self.actor,
                "event_at": self.at.isoformat() if self.at else None, **self.params}


@dataclass(frozen=True)
class Gap:
    """A declared restore gap: events `first`–`last` are missing, said so by the event `seq`."""
    seq: int
    first: int
    last: int
    actor: str
    at: dt.datetime | None


@dataclass(frozen=True)
class ChainReport:
    events: int
    head_seq: int
    head_hash: str
    broken: ChainBreak | None
    gaps: tuple[Gap, ...] = ()
    anchors: tuple[Anchor, ...] = ()

    @property
    def ok(self) -> bool:
        return self.broken is None


def break_at(link: Link | None, reason: str, **params) -> ChainBreak:
    if link is None:
        return ChainBreak(0, reason, params=params)
    return ChainBreak(link.seq, reason, link.action, link.actor, parse_utc(link.at), params)


class _Walk:
    def __init__(self, start: Head, anchors: Iterable[Anchor], hash_at: Callable[[int], str | None] | None):
        self.prev, self.count = start, 0
        self.last: Link | None = None
        self.pending = sorted((a for a in anchors if a.seq > start.seq), key=lambda a: a.seq)
        self.hash_at = hash_at
        self.gaps: list[Gap] = []

    def step(self, link: Link) -> ChainBreak | None:
        self.count += 1
        problem = self._placement(link)
        if problem is None and hash_of(link) != link.hash:
            problem = break_at(link, EDITED)
        if problem is None:
            problem = self._anchors_up_to(link)
        self.prev, self.last = Head(link.seq, link.hash, link.at), link
        return problem

    def _placement(self, link: Link) -> ChainBreak | None:
        expected = self.prev.seq + 1
        if link.seq == expected:
            if link.prev_hash == self.prev.hash:
                return None
            return break_at(link, LINK, previous=self.prev.seq, names=link.prev_hash)
        if link.seq < expected:
            return break_at(link, SEQUENCE, expected=expected)
        if self._declared_gap(link, expected):
            return None
        return break_at(link, MISSING, first=expected, last=link.seq - 1)

    def _declared_gap(self, link: Link, expected: int) -> bool:
        resume = declared_resume(link)
        if resume is None or resume.seq >= expected:
            return False
        if self._hash_of_seq(resume.seq) != resume.hash:
            return False
        self.gaps.append(Gap(link.seq, expected, link.seq - 1, link.actor, parse_utc(link.at)))
        return True

    def _hash_of_seq(self, seq: int) -> str | None:
        if seq == self.prev.seq:
            return self.prev.hash
        if seq == 0:
            return GENESIS_HASH
        return self.hash_at(seq) if self.hash_at else None

    def _anchors_up_to(self, link: Link) -> ChainBreak | None:
        while self.pending and self.pending[0].seq <= link.seq:
            anchor = self.pending.pop(0)
            if anchor.seq == link.seq and anchor.hash != link.hash:
                return break_at(link, REWRITTEN, anchor=anchor.source, anchor_at=anchor.at)
            if anchor.seq == link.seq - 1 and anchor.hash != link.prev_hash:  # a gap event after the anchor
                return break_at(link, REWRITTEN, anchor=anchor.source, anchor_at=anchor.at, anchor_seq=anchor.seq)
        return None

    def end(self) -> ChainBreak | None:
        if not self.pending:
            return None
        anchor = self.pending[-1]
        return break_at(self.last, TRUNCATED, first=self.prev.seq + 1, anchor=anchor.source, anchor_seq=anchor.seq,
                        anchor_at=anchor.at)


def walk(links: Iterable[Link], *, start: Head = GENESIS, anchors: Iterable[Anchor] = (),
         hash_at: Callable[[int], str | None] | None = None) -> ChainReport:
    """Check `links` (in number order) after `start`; stops at the first break."""
    anchors = tuple(anchors)
    state = _Walk(start, anchors, hash_at)
    for link in links:
        problem = state.step(link)
        if problem is not None:
            return ChainReport(state.count, link.seq, link.hash, problem, tuple(state.gaps), anchors)
    return ChainReport(state.count, state.prev.seq, state.prev.hash, state.end(), tuple(state.gaps), anchors)


def refine_link_break(report: ChainReport, seq_of_hash: Callable[[str], int | None]) -> ChainReport:
    """A broken link whose named predecessor sits elsewhere in the chain is a reordering."""
    broken = report.broken
    if broken is None or broken.reason != LINK:
        return report
    follows = seq_of_hash(broken.params["names"])
    if follows is None or follows == broken.seq - 1:
        return report
    moved = ChainBreak(broken.seq, REORDERED, broken.action, broken.actor, broken.at, {"follows": follows})
    return ChainReport(report.events, report.head_seq, report.head_hash, moved, report.gaps, report.anchors)
