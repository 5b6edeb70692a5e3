"""Options that several subcommands share: the catalog to use and the per-file limits."""
from __future__ import annotations

import argparse

from ..core.catalog import Catalog, load_catalog_or_bundled
from ..core.guard import DEFAULT_SECONDS
from .output import say


def add_catalog_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--catalog", metavar="FILE", help="使用另一份指标目录文件")
    parser.add_argument("--no-user-catalog", action="store_true", help="不合并用户配置目录中的指标目录")


def add_output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--force", action="store_true",
                        help="输出文件旁有 Excel/WPS/LibreOffice 的锁定文件（~$文件名、.~lock.文件名#）时仍然覆盖"
                             "（程序异常退出时可能留下锁定文件）；只读文件从不覆盖")


def add_reading_options(parser: argparse.ArgumentParser, timeout_help: str, jobs_help: str) -> None:
    parser.add_argument("--timeout", type=positive_seconds, default=None, metavar="秒", help=timeout_help)
    parser.add_argument("--jobs", type=int, default=None, metavar="N", help=jobs_help)


def positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是秒数") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("时限必须大于 0 秒")
    return value


def catalog_from(args: argparse.Namespace) -> Catalog:
    """The catalog the options name; a broken bureau file is reported and the bundled one used.

    Raises CatalogError when the file named with --catalog itself is broken.
    """
    catalog, warning = load_catalog_or_bundled(args.catalog, use_user_file=not args.no_user_catalog)
    from ..core import vocabulary
    from ..core.checks.rules import default_rules

    for message in filter(None, [warning, *vocabulary.warnings(), *default_rules().warnings]):
        say(f"警告：{message}")
    return catalog


def timeout_of(args: argparse.Namespace) -> float:
    return args.timeout if args.timeout is not None else DEFAULT_SECONDS
