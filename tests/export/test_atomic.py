"""Every output (workbook, CSV, JSON, JSON Lines) is written so that a failure leaves the old
file as it was, no temporary file behind, and a Chinese message naming the file and the reason.

A target that is open in an office program (its lock file beside it), read-only, a folder
or in a folder that does not exist is refused before anything is written.
"""
import errno
import json
import os
import re
import stat
from datetime import datetime

import openpyxl
import pytest

from lawgov_desktop.core.errors import LawgovError, os_error_reason
from lawgov_desktop.export import (DiskFullError, ExportError, TargetInUseError, TargetLockedError,
                                   TargetReadOnlyError, export_workbook, write_csv, write_json)
from lawgov_desktop.export import atomic
from lawgov_desktop.export.atomic import atomic_write, office_lock_files

from invented_reviewed import CATALOG, batch

OLD = b"old workbook bytes"
LATIN = re.compile(r"[A-Za-z]{3,}")


@pytest.fixture(autouse=True)
def no_waiting(monkeypatch):
    monkeypatch.setattr(atomic, "REPLACE_DELAY_SECONDS", 0)


@pytest.fixture
def old_file(tmp_path):
    target = tmp_path / "汇总表.xlsx"
    target.write_bytes(OLD)
    return target


def leftovers(folder, keep=("汇总表.xlsx",)):
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


def write_text(path):
    path.write_text("新内容", encoding="utf-8")


# Every kind of output the program writes, through its own writer.
OUTPUTS = {
    "xlsx": lambda target, **kw: export_workbook(batch(), CATALOG, target, exported_at=datetime(2025, 4, 8), **kw),
    "csv": lambda target, **kw: write_csv(batch(), CATALOG, target, **kw),
    "json": lambda target, **kw: write_json(batch(), CATALOG, target, exported_at=datetime(2025, 4, 8), **kw),
    "jsonl": lambda target, **kw: atomic_write(target, write_text, **kw),
}
LOCK_FILES = {
    "Excel/WPS": "~${}",
    "LibreOffice": ".~lock.{}#",
}


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


@pytest.mark.parametrize("program, pattern", LOCK_FILES.items())
@pytest.mark.parametrize("suffix", sorted(OUTPUTS))
def test_a_target_open_in_an_office_program_is_kept(tmp_path, suffix, program, pattern):
    target = tmp_path / f"汇总表.{suffix}"
    target.write_bytes(OLD)
    lock = tmp_path / pattern.format(target.name)
    lock.write_bytes(b"")
    with pytest.raises(TargetInUseError) as caught:
        OUTPUTS[suffix](target)
    message = caught.value.message
    assert message.startswith(f"《{target.name}》正被其他程序打开")
    assert f"《{lock.name}》" in message  # a crash may have left it: the reviewer can delete it
    assert caught.value.lock_file == lock
    assert target.read_bytes() == OLD
    assert leftovers(tmp_path, keep=(target.name, lock.name)) == []


@pytest.mark.parametrize("suffix", sorted(OUTPUTS))
def test_force_writes_over_a_target_with_a_lock_file(tmp_path, suffix):
    target = tmp_path / f"汇总表.{suffix}"
    target.write_bytes(OLD)
    (tmp_path / f"~${target.name}").write_bytes(b"")
    OUTPUTS[suffix](target, force=True)
    assert target.read_bytes() != OLD


def test_a_lock_file_of_another_name_is_not_a_lock(tmp_path):
    (tmp_path / "~$其他表.xlsx").write_bytes(b"")
    assert office_lock_files(tmp_path / "汇总表.xlsx") == []
    atomic_write(tmp_path / "汇总表.xlsx", write_text)


@pytest.mark.parametrize("suffix", sorted(OUTPUTS))
def test_a_read_only_target_is_kept(tmp_path, suffix):
    """Also for an administrator, for whom the OS would allow the write."""
    target = tmp_path / f"汇总表.{suffix}"
    target.write_bytes(OLD)
    target.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)  # 444
    with pytest.raises(TargetReadOnlyError) as caught:
        OUTPUTS[suffix](target, force=True)  # --force is about lock files, never about read-only files
    assert caught.value.message.startswith(f"《{target.name}》是只读文件，未覆盖")
    assert target.read_bytes() == OLD
    assert leftovers(tmp_path, keep=(target.name,)) == []


def _a_folder(tmp):
    (tmp / "结果.json").mkdir()
    return tmp / "结果.json"


def _parent_is_a_file(tmp):
    (tmp / "文件").write_text("x")
    return tmp / "文件" / "结果.json"


# (case, how to make the target, words the message must hold)
REFUSED_TARGETS = [
    ("a folder", _a_folder, "是一个文件夹"),
    ("missing folder", lambda tmp: tmp / "没有的文件夹" / "结果.json", "文件夹不存在"),
    ("parent is a file", _parent_is_a_file, "文件夹不存在"),
]


@pytest.mark.parametrize("case, make, words", REFUSED_TARGETS, ids=[c[0] for c in REFUSED_TARGETS])
def test_targets_that_cannot_be_files_get_a_chinese_message(tmp_path, case, make, words):
    target = make(tmp_path)
    with pytest.raises(ExportError) as caught:
        atomic_write(target, write_text)
    assert words in caught.value.message
    assert "结果.json" in caught.value.message
    assert not LATIN.search(caught.value.message.replace(str(tmp_path), "").replace("结果.json", "")), caught.value.message


def test_locked_target(old_file, monkeypatch):
    attempts = []

    def locked(source, target):
        attempts.append(target)
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(TargetLockedError) as caught:
        export_workbook(batch(), CATALOG, old_file, exported_at=datetime(2025, 4, 8))
    assert caught.value.message.startswith("《汇总表.xlsx》正被其他程序打开，请关闭后重试")
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


@pytest.mark.parametrize("code, reason", [(errno.EIO, "磁盘读写出错"), (errno.EROFS, "只读"),
                                          (errno.EACCES, "没有访问权限"), (errno.EISDIR, "是一个文件夹")])
def test_other_os_errors_are_told_in_chinese(old_file, code, reason):
    def broken(path):
        raise OSError(code, os.strerror(code))

    with pytest.raises(ExportError) as caught:
        atomic_write(old_file, broken)
    assert caught.value.message.startswith("《汇总表.xlsx》未能保存（")
    assert reason in caught.value.message and "原文件未改动" in caught.value.message
    assert os.strerror(code) not in caught.value.message
    assert old_file.read_bytes() == OLD


def test_every_os_error_reason_is_chinese():
    for code in sorted(errno.errorcode):
        reason = os_error_reason(OSError(code, os.strerror(code)))
        assert not LATIN.search(reason), (code, reason)
    assert os_error_reason(OSError(None, "weird")) == "系统错误"


def test_a_bug_in_the_writer_also_leaves_no_temporary_file(old_file):
    def buggy(path):
        raise ValueError("bug")

    with pytest.raises(ValueError):
        atomic_write(old_file, buggy)
    assert old_file.read_bytes() == OLD
    assert leftovers(old_file.parent) == []


def test_ctrl_c_while_writing_leaves_the_old_file_and_no_temporary_file(old_file):
    def interrupted(path):
        path.write_bytes(b"half")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        atomic_write(old_file, interrupted)
    assert old_file.read_bytes() == OLD
    assert leftovers(old_file.parent) == []


def test_a_file_name_that_is_not_utf8_is_shown_with_replacement_characters(tmp_path):
    name = os.fsdecode(b"\xbb\xe3\xd7\xdc.json")  # 汇总 in GBK: surrogate escapes on a UTF-8 system
    target = tmp_path / name
    target.mkdir()
    with pytest.raises(ExportError) as caught:
        atomic_write(target, write_text)
    assert "《\ufffd\ufffd\ufffd\ufffd.json》" in caught.value.message
    caught.value.message.encode("utf-8")  # printable


def test_json_written_is_complete(tmp_path):
    target = write_json(batch(), CATALOG, tmp_path / "结果.json")
    assert json.loads(target.read_text(encoding="utf-8"))["reports"]
