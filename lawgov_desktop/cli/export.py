"""``lawgov-desktop export (BATCH | PATH…) [--xlsx OUT] [--csv OUT] [--json OUT]``.

From a saved batch (a ``.sqlite3`` file, or a batch name/number in the default
database) the reviewed values are exported; from report files or folders the
extracted values, every report marked 未审核 (read by the same guarded worker
processes as ``extract``, each file under ``--timeout``).  Exit 0 when all went well, 1 when
some input files could not be read or a folder was skipped (the rest are still exported)
or an output could not be written, 2 for usage errors (no output named, input or batch
not found).  An output open in an office program is kept unless ``--force`` is given.
"""
from __future__ import annotations

import argparse
import sqlite3
import sys
from dataclasses import replace
from pathlib import Path

from .. import paths
from ..core.batch import extract_files
from ..core.catalog import Catalog
from ..core.errors import CatalogError, LawgovError, display_name, printable
from ..core.guard import DEFAULT_SECONDS
from ..core.pipeline import mark_duplicates
from ..core.review import ReviewedReport
from ..export import export_workbook, write_csv, write_json
from ..service.extraction import report_files, unreviewed_reports
from .options import add_catalog_options, add_output_options, add_reading_options, catalog_from, timeout_of
from .output import Outputs, say
from .progress import Progress

BATCH_SUFFIXES = (".sqlite3", ".sqlite", ".db")


class UsageError(Exception):
    """A problem with the command line; ``str()`` is the Chinese message."""


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export", help="导出汇总表（Excel/CSV/JSON）",
        description="把审核批次（或直接把报告文件）导出为汇总表。直接读文件时，数值标为“未审核”。",
    )
    parser.add_argument("inputs", nargs="+", metavar="BATCH|PATH",
                        help="批次数据库文件（.sqlite3）、默认数据库中的批次名称或编号，或报告文件/文件夹")
    parser.add_argument("--xlsx", metavar="OUT", help="写出 Excel 汇总表")
    parser.add_argument("--csv", metavar="OUT", help="写出指标明细 CSV（UTF-8 带 BOM，Excel 可直接打开）")
    parser.add_argument("--json", metavar="OUT", help="写出审核后的数值（JSON）")
    parser.add_argument("--unit", default="", metavar="名称", help="汇总表上的填报单位")
    add_catalog_options(parser)
    add_output_options(parser)
    add_reading_options(
        parser,
        timeout_help=f"直接读报告文件时，单个文件的读取时限（默认 {DEFAULT_SECONDS:g} 秒），超时的文件跳过并报告",
        jobs_help="直接读报告文件时，同时处理的文件数（默认为 CPU 核数，最多 2）",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not (args.xlsx or args.csv or args.json):
        say("错误：请至少指定一个输出：--xlsx、--csv 或 --json")
        return 2
    skipped: list[str] = []
    try:
        catalog = catalog_from(args)
        batch = _batch_source(args.inputs)
        if batch is not None:
            reports = _from_batch(*batch, catalog)
        else:
            reports = _from_files(args.inputs, catalog, timeout_of(args), args.jobs, skipped)
    except (UsageError, CatalogError) as exc:
        say(f"错误：{exc}")
        return 2
    except LawgovError as exc:  # the batch database cannot be opened
        say(f"错误：{exc.message}")
        return 1

    unreadable = [r for r in reports if r.errors and not r.cells]
    for report in unreadable:
        for message in report.errors:
            say(message)
    # A file name that is not valid UTF-8 (surrogate escapes) goes into the outputs as U+FFFD.
    exported = [replace(r, file=printable(r.file)) for r in reports if not (r.errors and not r.cells)]
    failed_output = _write_outputs(exported, catalog, args, args.outputs)
    if not failed_output:
        say(f"已导出 {len(exported)} 份报告")
    return 1 if unreadable or skipped or failed_output else 0


def _write_outputs(reports: list[ReviewedReport], catalog: Catalog, args: argparse.Namespace,
                   outputs: Outputs) -> bool:
    """Write each output named; a failed one does not stop the others.  True when any failed."""
    force = outputs.force
    writers = (
        (args.xlsx, lambda target: export_workbook(reports, catalog, target, unit_name=args.unit, force=force)),
        (args.csv, lambda target: write_csv(reports, catalog, target, force=force)),
        (args.json, lambda target: write_json(reports, catalog, target, unit_name=args.unit, force=force)),
    )
    failed = False
    for target, write in writers:
        if target and not outputs.write_file(target, write):
            failed = True
    return failed


def _batch_source(inputs: list[str]) -> tuple[Path, str | None] | None:
    """(database, batch name or number) when the input names a batch, None for report files."""
    if len(inputs) != 1:
        return None
    item = Path(inputs[0])
    if item.is_file() and item.suffix.lower() in BATCH_SUFFIXES:
        return item, None
    if item.exists():
        return None
    database = paths.database_file()
    if not database.is_file():
        raise UsageError(f"找不到文件或批次《{inputs[0]}》")
    return database, inputs[0]


def is_batch_database(path: Path) -> bool:
    """True for a database this program wrote, checked read-only.

    Opening any other file with ``BatchStore`` would treat it as damaged and move it
    aside, or add our tables to another program's database: an export must never do that.
    """
    from ..store.integrity import read_only_connection

    try:
        connection = read_only_connection(path)  # creates no side files either
    except sqlite3.Error:
        return False
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error:  # not an SQLite file at all
        return False
    finally:
        connection.close()
    return {"batches", "reports", "cells"} <= tables


def _from_batch(database: Path, name: str | None, catalog: Catalog) -> list[ReviewedReport]:
    """The batch's reviewed reports with their findings checked now, read without writing the file."""
    from ..service import BatchService
    from ..store.sqlite import BatchStore

    if not is_batch_database(database):
        raise UsageError(f"《{database.name}》不是本程序保存的审核批次文件")
    with BatchStore(database, read_only=True) as store:
        if store.recovery_message:
            say(f"提示：{store.recovery_message}")
        service = BatchService(store, catalog)
        if name is None:
            return service.reviewed_reports()
        batch_id = store.batch_named(name)
        if batch_id is None and name.isdigit() and any(b.id == int(name) for b in store.batches()):
            batch_id = int(name)
        if batch_id is None:
            raise UsageError(f"找不到文件或批次《{name}》")
        return service.reviewed_reports(batch_id)


def _from_files(inputs: list[str], catalog: Catalog, seconds: float, jobs: int | None,
                skipped: list[str]) -> list[ReviewedReport]:
    missing = [item for item in inputs if not Path(item).exists()]
    if missing:
        raise UsageError("找不到" + "、".join(f"《{item}》" for item in missing))
    files = report_files(inputs, skipped)
    for message in skipped:
        say(f"警告：{message}")
    # The same guarded workers as ``extract``: a file that hangs a reader costs its time limit.
    with Progress(len(files), stream=sys.stderr) as progress:
        reports = extract_files(files, catalog, seconds=seconds, jobs=jobs,
                                on_done=lambda path, _report: progress.advance(path.name))
    reports = mark_duplicates(reports)
    for report in reports:
        if report.duplicate_of:  # the same text twice would count twice in the summary
            say(f"提示：《{display_name(report.file)}》与《{display_name(report.duplicate_of)}》内容相同，只导出一次")
    # Every report 未审核, with the findings the window would show for the same batch.
    return unreviewed_reports(reports, catalog)
