"""``lawgov-desktop extract PATH… [--json OUT | --jsonl OUT] [--catalog FILE]``.

Reads every file (folders are walked), extracts values, metadata and findings, and
writes the JSON contract the scorer and the other tools read.  Exit 0 when every
file was read, 1 when some were not, a folder was skipped or the output could not
be written (the rest are still written), 2 for usage.  Every file, even a single
one, is read by a guarded worker under the time and memory limits.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.errors import CatalogError, display_name
from ..core.guard import DEFAULT_SECONDS
from ..service.extraction import extract_reports, report_files
from .options import add_catalog_options, add_output_options, add_reading_options, catalog_from, timeout_of
from .output import json_text, say
from .progress import Progress


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "extract", help="抽取报告中的指标", description="从报告文件（或文件夹）中抽取指标值、依据和基本信息。"
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="报告文件或文件夹")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", metavar="OUT", help="写出 JSON 文件（- 表示标准输出）")
    output.add_argument("--jsonl", metavar="OUT", help="每份报告一行的 JSON Lines 文件")
    add_catalog_options(parser)
    add_output_options(parser)
    add_reading_options(
        parser,
        timeout_help=f"单个文件的读取时限（默认 {DEFAULT_SECONDS:g} 秒），超时的文件跳过并报告",
        jobs_help="同时处理的文件数（默认为 CPU 核数，最多 2）",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        catalog = catalog_from(args)
    except CatalogError as exc:
        say(f"错误：{exc.message}")
        return 2
    # A path that does not exist is a mistyped command (usage error), not an unreadable report.
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        for path in missing:
            say(f"错误：找不到《{path}》，请检查路径")
        return 2
    skipped: list[str] = []
    files = report_files(args.paths, skipped)
    for message in skipped:
        say(f"警告：{message}")
    with Progress(len(files), stream=sys.stderr) as progress:
        # Duplicates flagged, findings from the report and batch checks: the service does it as for the window.
        reports = extract_reports(files, catalog, seconds=timeout_of(args), jobs=args.jobs, in_process_for_one=True,
                                  on_done=lambda path, _report: progress.advance(path.name))
    failed = [r for r in reports if r.errors]
    for report in failed:
        for message in report.errors:
            say(message)
    for report in reports:
        if report.duplicate_of:
            say(f"提示：《{display_name(report.file)}》与《{display_name(report.duplicate_of)}》内容相同")
    payload = {
        "reports": [r.to_json() for r in reports],
        "errors": [{"file": r.file, "message": m} for r in failed for m in r.errors],
    }
    written = _write(payload, args)
    return 1 if failed or skipped or not written else 0


def _write(payload: dict, args: argparse.Namespace) -> bool:
    """The JSON (or JSON Lines) to its file or standard output; False when it could not be written."""
    if args.jsonl:
        lines = [json_text(r, indent=None) for r in payload["reports"]]
        lines += [json_text({"error": e}, indent=None) for e in payload["errors"]]
        return args.outputs.write_text(args.jsonl, "\n".join(lines) + "\n")
    # No indentation: Python's JSON encoder runs in C only without it (a 1,000-report batch
    # took seconds more to write indented).
    return args.outputs.write_text(args.json or "-", json_text(payload, indent=None) + "\n")
