"""The region picker: same-name villages told apart and the office's own kabupaten/kota first; a chosen field
shows the name alone, where it lies and its code in the tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pekerja_desktop.assets import packaged_region_index
from pekerja_desktop.ui.widgets.region_picker import RegionPicker


@pytest.fixture
def picker(qtbot):
    widget = RegionPicker(packaged_region_index(), depth=3, home="81.71")
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def suggestions(field) -> list[str]:
    return field._model.stringList()


def test_same_name_villages_name_their_place_and_the_offices_own_comes_first(picker, qtbot):
    village = picker.fields()[2]
    village.setFocus()
    qtbot.keyClicks(village, "Batu Merah")
    shown = suggestions(village)
    assert shown[:2] == ["Batu Merah — Sirimau, Kota Ambon",
                         f"Batu Merah — {packaged_region_index().get('81.08.02').name}, "
                         f"{packaged_region_index().get('81.08').name}"]


def test_typing_a_name_found_twice_takes_the_offices_own(picker, qtbot):
    village = picker.fields()[2]
    village.setFocus()
    qtbot.keyClicks(village, "Batu Merah")
    village.resolve()
    assert picker.code() == "81.71.02.2003"
    assert [f.text() for f in picker.fields()] == ["Kota Ambon", "Sirimau", "Batu Merah"]
    assert village.toolTip() == "Batu Merah — Sirimau, Kota Ambon (81.71.02.2003)"
    assert village.cursorPosition() == 0


def test_choosing_the_other_kabupatens_village_from_the_list(picker, qtbot):
    village = picker.fields()[2]
    village.setFocus()
    qtbot.keyClicks(village, "Batu Merah")
    qtbot.keyClick(village._completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(village._completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(village._completer.popup(), Qt.Key.Key_Return)
    assert picker.code() == "81.08.02.2002"
