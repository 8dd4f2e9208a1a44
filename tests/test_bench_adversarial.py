"""bench/adversarial.py prints a row per pathological page for both tools (no timing
asserted: the figures are for reading)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import adversarial as bench


def test_prints_both_tools_for_each_page(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    small = {k: bench.PAGES[k] for k in ("title of 1,000 separators", "70 unparseable dates")}
    monkeypatch.setattr(bench, "PAGES", small)
    assert bench.main(["--repeat", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "newscrawl ms" in lines[0] and "trafilatura ms" in lines[0]
    rows = {line[:28].strip(): line[28:].split() for line in lines[1:]}
    assert set(rows) == set(small)
    for kb, nc, tf, ratio in rows.values():
        assert int(kb) >= 4 and float(nc) >= 0 and float(tf) >= 0 and float(ratio) >= 0
