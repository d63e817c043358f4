"""``capscope.cli._startup.loading``: no cyclic collection while loading, then what was loaded is
frozen, and the collector's state comes back as it was, even when loading fails."""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest

from capscope.cli._startup import loading


@pytest.fixture(autouse=True)
def _restore_collector():
    was = gc.isenabled()
    yield
    gc.unfreeze()
    if was:
        gc.enable()
    else:
        gc.disable()


def test_no_collection_inside_and_the_loaded_objects_frozen_after():
    gc.enable()
    collections: list[int] = []

    def count(phase: str, info: dict) -> None:
        if phase == "start":
            collections.append(info["generation"])

    gc.callbacks.append(count)
    try:
        with loading():
            assert not gc.isenabled()
            built = [[i] for i in range(50_000)]  # far past the young generation's threshold
            assert collections == []
        assert gc.isenabled()
        assert gc.get_freeze_count() >= len(built)
    finally:
        gc.callbacks.remove(count)


def test_a_disabled_collector_stays_disabled():
    gc.disable()
    with loading():
        pass
    assert not gc.isenabled()


def test_a_failed_load_restores_the_collector():
    gc.enable()
    with pytest.raises(ImportError), loading():
        raise ImportError("no module named nowhere")
    assert gc.isenabled()


def test_importing_the_command_line_leaves_the_collector_on_and_its_modules_frozen():
    # a fresh interpreter: in this one capscope.cli may have been imported long before
    code = ("import gc, capscope.cli; print(gc.isenabled(), gc.get_freeze_count() > 10_000)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "True"]
