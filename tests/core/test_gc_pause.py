"""The cyclic collector is off inside a tree build and as it was afterwards."""

from __future__ import annotations

import gc

import pytest

from outliner.core.gc_pause import cyclic_gc_paused


def test_the_collector_is_off_inside_and_back_on_after() -> None:
    assert gc.isenabled()
    with cyclic_gc_paused():
        assert not gc.isenabled()
        with cyclic_gc_paused():  # nested: the inner end must not switch it on
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_failing_build_still_switches_it_back_on() -> None:
    with pytest.raises(ValueError), cyclic_gc_paused():
        raise ValueError("a bad file")
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off() -> None:
    gc.disable()
    try:
        with cyclic_gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
