"""Card PDFs read back: page sizes, text inside each card's safe area, embedded fonts, viewer preferences,
duplex mirroring, QR codes decoded from a 300-dpi render and verified with the office key."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from pekerja_desktop.domain.card_qr import CardStatus, check_card, parse_payload, public_key_from_hex
from pekerja_desktop.domain.i18n import set_language
from pekerja_desktop.services.cards.errors import CardError
from pekerja_desktop.services.cards.geometry import (
    CARDS_PER_SHEET,
    SAFE_MARGIN,
    SHEET_WIDTH,
    BackOffset,
    Box,
    back_box,
    front_box,
    single_box,
    slot_position,
)
from pekerja_desktop.services.cards.queue import card_queue
from pekerja_desktop.services.cards.render import record_rendered, render_alignment_test, render_cards
from pekerja_desktop.services.cards.settings import save_back_offset, save_office_address, save_office_phone
from tests.support.cards import (
    LONG_NAMES,
    decode_qr_codes,
    enrol_many,
    fonts_without_file,
    page_sizes,
    render_png,
    words_of,
)

A4_SIZE = (595.28, 841.89)
CR80_SIZE = (242.65, 153.01)
NAMES = [*LONG_NAMES, "Maria Latuconsina", "Yo", "Abdul Karim Tuasikal", "Welhelmina de Fretes",
         "Ongky Saimima", "Nona Rumkabu", "Piet Matulessy", "Yusuf Ohorella", "Ahmad Ely"]


@pytest.fixture
def numbers(ctx, participant_factory):
    return enrol_many(ctx, participant_factory, NAMES)


def _close(size, expected) -> bool:
    return abs(size[0] - expected[0]) < 0.01 and abs(size[1] - expected[1]) < 0.01


def _word_box(word) -> tuple[float, float, float, float]:
    return word["x0"], word["y0"], word["x1"], word["y1"]


def _box_of(word, boxes: list[Box]) -> int | None:
    for index, box in enumerate(boxes):
        if box.contains(*_word_box(word)):
            return index
    return None


def _assert_inside_safe_areas(words, boxes: list[Box], allow_outside_grid: bool = False):
    safe = [b.inset(SAFE_MARGIN) for b in boxes]
    for word in words:
        if _box_of(word, safe) is not None:
            continue
        touching = [b for b in boxes if not (word["x1"] < b.x or word["x0"] > b.right
                                             or word["y1"] < b.y or word["y0"] > b.top)]
        assert allow_outside_grid and not touching, f"{word['text']!r} at {_word_box(word)} leaves its card's safe area"


def test_sheet_pages_text_fonts_and_preferences(ctx, numbers, tmp_path):
    out = tmp_path / "cards.pdf"
    result = render_cards(ctx, card_queue(ctx.db.session()), out, "sheet")
    assert (result.cards, result.pages) == (12, 4)
    assert all(_close(size, A4_SIZE) for size in page_sizes(out))
    pages = words_of(out)
    fronts = [front_box(*slot_position(i)) for i in range(CARDS_PER_SHEET)]
    backs = [back_box(*slot_position(i)) for i in range(CARDS_PER_SHEET)]
    for index, words in enumerate(pages):
        _assert_inside_safe_areas(words, fronts if index % 2 == 0 else backs, allow_outside_grid=True)
    text = " ".join(w["text"] for w in pages[0])
    assert "KARTU" in text and "JKK" in text and "8171********0101" in text
    assert "8171014508850101" not in text
    assert fonts_without_file(out) == []
    preferences = PdfReader(out).trailer["/Root"]["/ViewerPreferences"]
    assert preferences["/PrintScaling"] == "/None" and preferences["/Duplex"] == "/DuplexFlipLongEdge"


def test_long_and_unusual_names_fit_on_two_lines(ctx, numbers, tmp_path):
    out = tmp_path / "cards.pdf"
    render_cards(ctx, card_queue(ctx.db.session()), out, "single", record=False)
    for number, name in zip(numbers, NAMES, strict=True):
        index = numbers.index(number)
        words = words_of(out)[2 * index]
        _assert_inside_safe_areas(words, [single_box()])
        printed = " ".join(w["text"] for w in words)
        assert name.upper() in printed.replace("\n", " ") or all(part in printed for part in name.upper().split())


def test_single_cards_are_cr80_pages(ctx, numbers, tmp_path):
    out = tmp_path / "single.pdf"
    result = render_cards(ctx, card_queue(ctx.db.session())[:3], out, "single")
    assert result.pages == 6
    assert all(_close(size, CR80_SIZE) for size in page_sizes(out))
    for words in words_of(out):
        _assert_inside_safe_areas(words, [single_box()])
    assert fonts_without_file(out) == []
    assert PdfReader(out).trailer["/Root"]["/ViewerPreferences"]["/PrintScaling"] == "/None"


def _registration_positions(words, boxes, numbers) -> dict[str, int]:
    """Registration number → the card slot showing it (the sheet label in the margin is not a card)."""
    slots = ((w["text"], _box_of(w, boxes)) for w in words if w["text"] in numbers)
    return {number: slot for number, slot in slots if slot is not None}


def test_each_back_lands_behind_its_front_after_a_long_edge_flip(ctx, numbers, tmp_path):
    offset = save_back_offset(ctx, 1.5, -0.8)
    out = tmp_path / "cards.pdf"
    render_cards(ctx, card_queue(ctx.db.session()), out, "sheet")
    pages = words_of(out)
    fronts = [front_box(*slot_position(i)) for i in range(CARDS_PER_SHEET)]
    backs = [back_box(*slot_position(i), offset) for i in range(CARDS_PER_SHEET)]
    front_slots = _registration_positions(pages[0], fronts, numbers)
    back_slots = _registration_positions(pages[1], backs, numbers)
    assert len(front_slots) == CARDS_PER_SHEET and front_slots == back_slots
    for slot in front_slots.values():
        front, back = fronts[slot], backs[slot]
        flipped_left = SHEET_WIDTH - back.right  # where the back's box lies seen through the sheet
        assert flipped_left == pytest.approx(front.x - offset.dx)
        assert back.y == pytest.approx(front.y + offset.dy)
        column, _ = slot_position(slot)
        assert (back.x < SHEET_WIDTH / 2) == (column == 1), "columns are mirrored"


def test_every_qr_decodes_and_verifies(ctx, numbers, tmp_path):
    out = tmp_path / "cards.pdf"
    render_cards(ctx, card_queue(ctx.db.session()), out, "sheet")
    public = public_key_from_hex(ctx.office.public_key)
    decoded = []
    for png in render_png(out, tmp_path / "page"):
        decoded.extend(decode_qr_codes(png))
    assert len(decoded) == len(numbers)
    claims = [parse_payload(text) for text in decoded]
    assert {c.claim.registration_number for c in claims} == set(numbers)
    assert all(check_card(c, public, 1).status == CardStatus.VALID for c in claims)


def test_single_card_qr_decodes(ctx, numbers, tmp_path):
    out = tmp_path / "single.pdf"
    render_cards(ctx, card_queue(ctx.db.session())[:1], out, "single")
    pngs = render_png(out, tmp_path / "card")
    decoded = decode_qr_codes(pngs[0])
    assert len(decoded) == 1 and parse_payload(decoded[0]).claim.registration_number in numbers


def test_preview_is_marked_and_not_recorded(ctx, numbers, tmp_path):
    out = tmp_path / "preview.pdf"
    result = render_cards(ctx, card_queue(ctx.db.session()), out, "single", record=False)
    assert result.batch_id is None
    assert "PRATINJAU" in " ".join(w["text"] for w in words_of(out)[0])
    assert len(card_queue(ctx.db.session())) == len(numbers)


def test_real_cards_wait_unrecorded_until_the_print_is_confirmed(ctx, numbers, tmp_path):
    out = tmp_path / "to-print.pdf"
    result = render_cards(ctx, card_queue(ctx.db.session()), out, "single", record=False, preview=False)
    assert result.batch_id is None and len(result.unrecorded) == len(numbers)
    assert "PRATINJAU" not in " ".join(w["text"] for w in words_of(out)[0])
    assert len(card_queue(ctx.db.session())) == len(numbers), "nothing recorded before the clerk confirms"
    batch = record_rendered(ctx, result)
    assert batch and card_queue(ctx.db.session()) == []
    with pytest.raises(CardError):  # the same cards cannot be recorded twice
        record_rendered(ctx, result)


def test_english_cards(ctx, numbers, tmp_path):
    set_language("en")
    out = tmp_path / "en.pdf"
    render_cards(ctx, card_queue(ctx.db.session())[:1], out, "single", record=False)
    front, back = (" ".join(w["text"] for w in page) for page in words_of(out))
    assert "MEMBERSHIP CARD" in front and "Registration" in front
    assert "Rp42m" in back


def test_the_back_is_readable_and_gives_the_offices_phone(ctx, numbers, tmp_path):
    save_office_address(ctx, "Jl. Dr. Kayadoe No. 12, Kel. Benteng, Kec. Nusaniwe, Kota Ambon 97117")
    save_office_phone(ctx, "(0911) 352 123")
    out = tmp_path / "back.pdf"
    render_cards(ctx, card_queue(ctx.db.session())[:1], out, "single", record=False)
    back = words_of(out)[1]
    assert "352" in " ".join(w["text"] for w in back)
    body_sizes = {round(w["bottom"] - w["top"], 1) for w in back if w["text"] not in numbers}
    assert min(body_sizes) >= 6.5, "the back keeps its text well above the old 6 pt, even with a long address"


def test_alignment_test_page(ctx, tmp_path):
    out = tmp_path / "align.pdf"
    save_back_offset(ctx, 0.5, 0.5)
    result = render_alignment_test(ctx, out)
    assert result.pages == 2 and all(_close(size, A4_SIZE) for size in page_sizes(out))
    text = " ".join(w["text"] for w in words_of(out)[1])
    assert "+0.5" in text
    assert fonts_without_file(out) == []


def test_back_offset_moves_back_pages_only(ctx):
    offset = BackOffset(2.0, 1.0)
    assert back_box(0, 0, offset).x - back_box(0, 0).x == pytest.approx(2.0 * 72 / 25.4)
    assert back_box(0, 0, offset).y - back_box(0, 0).y == pytest.approx(-1.0 * 72 / 25.4)


def test_qr_modules_stay_inside_the_safe_area_and_clear_of_the_text():
    from pekerja_desktop.services.cards.qr_draw import QUIET_ZONE, VERSION
    from pekerja_desktop.services.cards.render_card import QR_BOX, CardTemplate

    template = CardTemplate("Disnaker Kota Ambon", "175", "Ambon")
    modules = 17 + 4 * VERSION
    quiet = QR_BOX * QUIET_ZONE / (modules + 2 * QUIET_ZONE)
    card = single_box()
    code = Box(template.qr_x + quiet, template.qr_y + quiet, QR_BOX - 2 * quiet, QR_BOX - 2 * quiet)
    safe = card.inset(SAFE_MARGIN)
    assert safe.contains(code.x, code.y, code.right, code.top)
    assert template.value_x + template.value_width <= template.qr_x, "values end before the quiet zone"
