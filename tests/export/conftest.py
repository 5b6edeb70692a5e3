import pytest


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path, monkeypatch):
    """Every test gets its own user folders (LAWGOV_DATA_DIR), never the real ones."""
    monkeypatch.setenv("LAWGOV_DATA_DIR", str(tmp_path / "user"))
    return tmp_path / "user"
