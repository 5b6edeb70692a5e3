import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "store"))  # invented_reports, invented_counties


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("LAWGOV_DATA_DIR", str(tmp_path / "user"))
    return tmp_path / "user"


@pytest.fixture
def catalog():
    from lawgov_desktop.core.catalog import load_catalog

    return load_catalog(use_user_file=False)


@pytest.fixture
def service(tmp_path, catalog):
    from lawgov_desktop.service import BatchService
    from lawgov_desktop.store import BatchStore

    with BatchStore(tmp_path / "batch.sqlite3", reviewer="王审核") as store:
        store.create_batch("测试批次")
        yield BatchService(store, catalog)
