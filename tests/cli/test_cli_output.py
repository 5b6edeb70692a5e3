"""Issue 14, items 5, 7 and 8 at the command line: what ``extract`` and ``export`` write.

- An output that cannot be written (a folder, a missing folder, a full disk, a read-only
  file, a workbook open in an office program) gives one Chinese message, exit 1, and
  leaves the old file and no temporary file; the other outputs are still written.
- ``--force`` writes over a file whose office lock file is beside it (a crash may leave one).
- File names that are not UTF-8 are shown with U+FFFD and never end the run.
- A folder that cannot be entered, or a link to a folder, is reported and the exit code says so.
- Ctrl-C stops the workers without a traceback and says what was written.
"""
from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lawgov_desktop.cli import main as cli_main
from lawgov_desktop.core.errors import display_name

REPO_ROOT = Path(__file__).resolve().parents[2]
GOOD = (
    "示例县人民政府关于2024年度法治政府建设情况的报告\n"
    "2024年，全县坚持依法行政。全年办理法律援助案件720件，调解矛盾纠纷3860件，调解成功率98.6%。\n"
    "示例县人民政府\n2025年2月18日\n"
)
OLD = b"old content"
GBK_NAME = os.fsdecode("示例县报告".encode("gbk") + b".txt")  # a zip from Windows unpacked on UOS/Kylin


@pytest.fixture
def report(tmp_path) -> Path:
    path = tmp_path / "示例县.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def _folder_target(folder: Path) -> Path:
    (folder / "结果.json").mkdir()
    return folder / "结果.json"


def _read_only_target(folder: Path) -> Path:
    target = folder / "结果.json"
    target.write_bytes(OLD)
    target.chmod(0o444)
    return target


def _open_target(folder: Path) -> Path:
    target = folder / "结果.json"
    target.write_bytes(OLD)
    (folder / "~$结果.json").write_bytes(b"")
    return target


# (id, make the target, words of the message)
BAD_TARGETS = [
    ("a folder", _folder_target, "是一个文件夹"),
    ("missing folder", lambda folder: folder / "没有" / "结果.json", "文件夹不存在"),
    ("read-only file", _read_only_target, "是只读文件，未覆盖"),
    ("open in an office program", _open_target, "正被其他程序打开"),
]


@pytest.mark.parametrize("option", ["--json", "--jsonl"])
@pytest.mark.parametrize("make_target, words", [pytest.param(*case[1:], id=case[0]) for case in BAD_TARGETS])
def test_extract_to_a_target_it_cannot_write(tmp_path, capsys, report, option, make_target, words):
    target = make_target(tmp_path)
    before = target.read_bytes() if target.is_file() else None
    assert cli_main(["extract", str(report), option, str(target)]) == 1
    err = capsys.readouterr().err
    assert words in err and "《结果.json》" in err
    assert "Traceback" not in err and "Is a directory" not in err and "No such file" not in err
    assert (target.read_bytes() if target.is_file() else None) == before
    assert leftovers(tmp_path) == []


def test_extract_to_a_good_target_exits_0(tmp_path, report):
    """The pair of the rows above."""
    target = tmp_path / "结果.json"
    assert cli_main(["extract", str(report), "--json", str(target)]) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["reports"]


def test_force_writes_over_an_open_target(tmp_path, capsys, report):
    target = _open_target(tmp_path)
    assert cli_main(["extract", str(report), "--json", str(target)]) == 1
    assert "--force" in capsys.readouterr().err
    assert cli_main(["extract", str(report), "--json", str(target), "--force"]) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["reports"]


def test_a_full_disk_while_writing_keeps_the_old_file(tmp_path, capsys, report, monkeypatch):
    target = tmp_path / "结果.json"
    target.write_bytes(OLD)
    real_open = Path.open

    def full(self, mode="r", *args, **kwargs):
        stream = real_open(self, mode, *args, **kwargs)
        if "w" in mode and self.name.endswith(".tmp"):
            stream.close()
            raise OSError(errno.ENOSPC, "No space left on device")
        return stream

    monkeypatch.setattr(Path, "open", full)
    assert cli_main(["extract", str(report), "--json", str(target)]) == 1
    err = capsys.readouterr().err
    assert "磁盘空间不足" in err and "No space" not in err
    assert target.read_bytes() == OLD
    assert leftovers(tmp_path) == []


@pytest.fixture
def tiny_disk(tmp_path):
    """A real 64 KB file system (tmpfs), where root may mount one."""
    mount = tmp_path / "小磁盘"
    mount.mkdir()
    if sys.platform != "linux" or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)],
                                                 capture_output=True).returncode != 0:
        pytest.skip("cannot mount a small file system here")
    yield mount
    subprocess.run(["umount", str(mount)], capture_output=True)


def test_a_really_full_disk(tiny_disk, capsys, report):
    target = tiny_disk / "结果.json"
    target.write_bytes(OLD)
    fd = os.open(tiny_disk / "填满", os.O_WRONLY | os.O_CREAT)
    try:  # fill the disk to the last block
        while os.write(fd, b"x" * 1024):
            pass
    except OSError:
        pass
    finally:
        os.close(fd)
    code = cli_main(["export", str(report), "--json", str(target), "--csv", str(tiny_disk.parent / "结果.csv")])
    err = capsys.readouterr().err
    assert code == 1 and "磁盘空间不足" in err
    assert target.read_bytes() == OLD and leftovers(tiny_disk) == []
    assert (tiny_disk.parent / "结果.csv").is_file()  # the other output is still written


@pytest.mark.parametrize("option, suffix", [("--xlsx", ".xlsx"), ("--csv", ".csv"), ("--json", ".json")])
def test_export_keeps_an_open_workbook_unless_forced(tmp_path, capsys, report, option, suffix):
    target = tmp_path / f"汇总表{suffix}"
    target.write_bytes(OLD)
    (tmp_path / f".~lock.{target.name}#").write_bytes(b"")
    assert cli_main(["export", str(report), option, str(target)]) == 1
    err = capsys.readouterr().err
    assert f"《{target.name}》正被其他程序打开" in err and f"《.~lock.{target.name}#》" in err and "--force" in err
    assert target.read_bytes() == OLD
    assert cli_main(["export", str(report), option, str(target), "--force"]) == 0
    assert target.read_bytes() != OLD


def test_export_writes_the_other_outputs_when_one_fails(tmp_path, capsys, report):
    _read_only_target(tmp_path)
    code = cli_main(["export", str(report), "--json", str(tmp_path / "结果.json"), "--csv", str(tmp_path / "结果.csv")])
    assert code == 1
    assert (tmp_path / "结果.csv").is_file()


# ------------------------------------------------------------------ file names

@pytest.fixture
def odd_names(tmp_path) -> Path:
    folder = tmp_path / "报告"
    folder.mkdir()
    try:
        (folder / GBK_NAME).write_text(GOOD, encoding="utf-8")
    except (UnicodeEncodeError, OSError):
        pytest.skip("this file system takes only valid names")
    (folder / "示例县二.txt").write_text(GOOD.replace("720", "721"), encoding="utf-8")
    return folder


@pytest.mark.skipif(sys.platform == "win32", reason="Windows names are UTF-16")
def test_extract_with_a_name_that_is_not_utf8(tmp_path, capsysbinary, odd_names):
    out = tmp_path / "结果.json"
    assert cli_main(["extract", str(odd_names), "--json", str(out)]) == 0
    payload = json.loads(out.read_bytes().decode("utf-8"))  # strict: valid UTF-8 throughout
    names = sorted(Path(report["file"]).name for report in payload["reports"])
    assert names == sorted([display_name(GBK_NAME), "示例县二.txt"])
    assert "\ufffd" in display_name(GBK_NAME)
    assert all(report["indicators"] for report in payload["reports"])


@pytest.mark.skipif(sys.platform == "win32", reason="Windows names are UTF-16")
@pytest.mark.parametrize("option, suffix", [("--xlsx", ".xlsx"), ("--csv", ".csv"), ("--json", ".json")])
def test_export_with_a_name_that_is_not_utf8(tmp_path, capsys, odd_names, option, suffix):
    target = tmp_path / f"汇总表{suffix}"
    assert cli_main(["export", str(odd_names), option, str(target)]) == 0
    assert target.stat().st_size > 0
    assert "已导出 2 份报告" in capsys.readouterr().err


@pytest.mark.skipif(sys.platform == "win32", reason="Windows names are UTF-16")
def test_an_unreadable_file_with_such_a_name_gets_a_printable_message(tmp_path, capsys):
    folder = tmp_path / "报告"
    folder.mkdir()
    (folder / os.fsdecode("坏".encode("gbk") + b".docx")).write_bytes(b"PK\x03\x04" + os.urandom(500))
    out = tmp_path / "结果.json"
    assert cli_main(["extract", str(folder), "--json", str(out)]) == 1
    (error,) = json.loads(out.read_bytes().decode("utf-8"))["errors"]
    shown = display_name(os.fsdecode("坏".encode("gbk") + b".docx"))
    assert "\ufffd" in shown
    assert error["message"].startswith(f"《{shown}》")
    assert f"《{shown}》" in capsys.readouterr().err


# ------------------------------------------------------------------ folders not read

def test_a_folder_that_cannot_be_entered_is_reported(tmp_path, capsys, monkeypatch, report):
    locked = tmp_path / "锁住的文件夹"
    locked.mkdir()
    (locked / "里面的报告.txt").write_text(GOOD, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(path).name == "锁住的文件夹":  # as a folder without read permission does (root ignores modes)
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    out = tmp_path / "结果.json"
    assert cli_main(["extract", str(tmp_path), "--json", str(out)]) == 1
    err = capsys.readouterr().err
    assert "文件夹《" in err and "锁住的文件夹》无法打开（没有访问权限）" in err
    assert [Path(r["file"]).name for r in json.loads(out.read_text(encoding="utf-8"))["reports"]] == ["示例县.txt"]


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need a privilege on Windows")
def test_a_link_to_a_folder_is_reported_and_not_followed(tmp_path, capsys, report):
    elsewhere = tmp_path.parent / f"{tmp_path.name}-别处"
    elsewhere.mkdir()
    (elsewhere / "别处的报告.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "链接").symlink_to(elsewhere, target_is_directory=True)
    out = tmp_path / "结果.json"
    assert cli_main(["extract", str(tmp_path), "--json", str(out)]) == 1
    assert "链接》是指向其他位置的链接，未进入读取" in capsys.readouterr().err
    assert [Path(r["file"]).name for r in json.loads(out.read_text(encoding="utf-8"))["reports"]] == ["示例县.txt"]


def test_a_plain_folder_exits_0(tmp_path, report):
    """The pair: nothing skipped, nothing said, exit 0."""
    assert cli_main(["extract", str(tmp_path), "--json", str(tmp_path / "结果.json")]) == 0


# ------------------------------------------------------------------ Ctrl-C

@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a process group")
@pytest.mark.parametrize("command", ["export"])  # extract reads through the same batch and writes the same way
def test_ctrl_c_stops_quietly_and_writes_nothing(tmp_path, command):
    folder = tmp_path / "报告"
    folder.mkdir()
    # Slow to extract (no sentence punctuation on one long line), so Ctrl-C comes mid-batch.
    slow = ("全年收到行政复议申请58件受理52件审结49件" * 40_000).encode("utf-8")
    for number in range(4):
        (folder / f"报告{number}.txt").write_bytes(slow + str(number).encode())
    target = tmp_path / ("结果.json" if command == "extract" else "汇总表.xlsx")
    option = "--json" if command == "extract" else "--xlsx"
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT), PYTHONIOENCODING="utf-8")
    # A shell without job control starts background commands with SIGINT ignored, and Python
    # then installs no Ctrl-C handler: the command under test gets the default, as in a terminal.
    process = subprocess.Popen([sys.executable, "-m", "lawgov_desktop", command, str(folder), option, str(target)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(2)  # the workers are reading by now
    os.killpg(process.pid, signal.SIGINT)  # what the terminal does: the whole group
    try:
        _out, err = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    err = err.decode("utf-8", "replace")
    assert process.returncode == 130, err
    assert "已中断：没有写出任何文件" in err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert not target.exists() and leftovers(tmp_path) == []


def test_a_command_runs_with_fewer_collector_passes_and_gives_the_defaults_back(monkeypatch, tmp_path):
    # The collector walked a 1,000-report batch again and again at the default thresholds.
    import gc

    from lawgov_desktop import cli
    from lawgov_desktop.cli import extract

    seen = []
    monkeypatch.setattr(extract, "run", lambda args: seen.append(gc.get_threshold()) or 0)
    before = gc.get_threshold()
    assert cli.main(["extract", str(tmp_path), "--json", str(tmp_path / "out.json")]) == 0
    assert seen == [cli.COMMAND_GC_THRESHOLDS] != [before]
    assert gc.get_threshold() == before
