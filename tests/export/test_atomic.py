"""A failed save leaves the old file as it was and no temporary file behind."""
import errno
import os
from datetime import datetime

import openpyxl
import pytest

from lawgov_desktop.core.errors import LawgovError
from lawgov_desktop.export import DiskFullError, ExportError, TargetLockedError, export_workbook
from lawgov_desktop.export import atomic
from lawgov_desktop.export.atomic import atomic_write

from invented_reviewed import CATALOG, batch

OLD = b"old workbook bytes"


@pytest.fixture(autouse=True)
def no_waiting(monkeypatch):
    monkeypatch.setattr(atomic, "REPLACE_DELAY_SECONDS", 0)


@pytest.fixture
def old_file(tmp_path):
    target = tmp_path / "汇总表.xlsx"
    target.write_bytes(OLD)
    return target


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name != "汇总表.xlsx")


def test_replaces_the_old_file(old_file):
    export_workbook(batch(), CATALOG, old_file, exported_at=datetime(2025, 4, 8))
    assert openpyxl.load_workbook(old_file).sheetnames[0].endswith("汇总")  # 2024年汇总: a table per year
    assert leftovers(old_file.parent) == []


def test_new_file_is_readable_by_others(tmp_path):
    """mkstemp makes owner-only files; a shared summary must not end up that way."""
    target = atomic_write(tmp_path / "new.csv", lambda path: path.write_text("x"))
    if os.name == "posix":
        mask = os.umask(0)
        os.umask(mask)
        assert target.stat().st_mode & 0o777 == 0o666 & ~mask


def test_locked_target(old_file, monkeypatch):
    attempts = []

    def locked(source, target):
        attempts.append(target)
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(TargetLockedError) as caught:
        export_workbook(batch(), CATALOG, old_file, exported_at=datetime(2025, 4, 8))
    assert caught.value.message == "《汇总表.xlsx》正被其他程序打开，请关闭后重试"
    assert isinstance(caught.value, LawgovError)
    assert len(attempts) == atomic.REPLACE_ATTEMPTS  # retried before giving up
    assert old_file.read_bytes() == OLD
    assert leftovers(old_file.parent) == []


def test_lock_released_during_retry(old_file, monkeypatch):
    real_replace = os.replace
    calls = []

    def locked_once(source, target):
        calls.append(target)
        if len(calls) == 1:
            raise PermissionError(13, "Permission denied")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", locked_once)
    export_workbook(batch(), CATALOG, old_file, exported_at=datetime(2025, 4, 8))
    assert len(calls) == 2
    assert openpyxl.load_workbook(old_file).sheetnames[0].endswith("汇总")  # 2024年汇总: a table per year


def test_disk_full_while_writing(old_file):
    def fill_disk(path):
        path.write_bytes(b"half a workbook")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(DiskFullError) as caught:
        atomic_write(old_file, fill_disk)
    assert "磁盘空间不足" in caught.value.message and "《汇总表.xlsx》" in caught.value.message
    assert old_file.read_bytes() == OLD
    assert leftovers(old_file.parent) == []


def test_disk_full_in_workbook_save(old_file, monkeypatch):
    from openpyxl.workbook.workbook import Workbook

    real_save = Workbook.save

    def full(self, filename):
        real_save(self, filename)  # the disk runs full as the last bytes go out
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Workbook, "save", full)
    with pytest.raises(DiskFullError):
        export_workbook(batch(), CATALOG, old_file, exported_at=datetime(2025, 4, 8))
    assert old_file.read_bytes() == OLD
    assert leftovers(old_file.parent) == []


def test_other_os_error_names_the_file(old_file):
    def broken(path):
        raise OSError(errno.EIO, "Input/output error")

    with pytest.raises(ExportError) as caught:
        atomic_write(old_file, broken)
    assert caught.value.message == "《汇总表.xlsx》未能保存（Input/output error），原文件未改动"
    assert old_file.read_bytes() == OLD


def test_missing_folder(tmp_path):
    with pytest.raises(ExportError) as caught:
        atomic_write(tmp_path / "没有的文件夹" / "汇总表.xlsx", lambda path: None)
    assert "文件夹不存在" in caught.value.message


def test_a_bug_in_the_writer_also_leaves_no_temporary_file(old_file):
    def buggy(path):
        raise ValueError("bug")

    with pytest.raises(ValueError):
        atomic_write(old_file, buggy)
    assert old_file.read_bytes() == OLD
    assert leftovers(old_file.parent) == []
