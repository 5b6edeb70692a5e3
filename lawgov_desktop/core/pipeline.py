"""From a file on disk to a ``Report``: read, extract values and metadata, check.

This is the one function the CLI, the window's workers and the benchmarks call.
It never raises for a bad file: the failure becomes ``Report.errors`` with a
Chinese message naming the file.
"""
from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from .catalog import Catalog, default_catalog
from .errors import UNEXPECTED_MARK, LawgovError, ReportReadError, os_error_reason, printable
from .ingest import SUPPORTED_SUFFIXES, TOO_LARGE_FOR_MEMORY, read_document
from .types import Document, Report, ReportMetadata

log = logging.getLogger(__name__)


def content_hash(text: str) -> str:
    """Hash of the text with all white space removed: a .docx and its .pdf match."""
    squeezed = "".join(text.split())
    return hashlib.sha256(squeezed.encode("utf-8")).hexdigest()[:32]


def extract_document(document: Document, catalog: Catalog | None = None) -> Report:
    """Values, metadata and findings for a document already read."""
    from .extract.extractor import extract_indicators
    from .extract.metadata import extract_metadata

    catalog = catalog or default_catalog()
    metadata = extract_metadata(document)
    indicators = extract_indicators(document, catalog, report_year=metadata.year, region=metadata.region,
                                    title=metadata.title)
    report = Report(
        file=document.path,
        document=document,
        metadata=metadata,
        indicators=indicators,
        content_hash=content_hash(document.text),
    )
    return _with_findings(report, catalog)


def _with_findings(report: Report, catalog: Catalog) -> Report:
    from dataclasses import replace

    from .checks import run_report_checks

    return replace(report, findings=tuple(run_report_checks(report, catalog)))


def process_text(text: str, file: str = "文本.txt", catalog: Catalog | None = None) -> Report:
    return extract_document(Document(path=file, text=text, format="txt"), catalog)


def process_file(path: str | Path, catalog: Catalog | None = None) -> Report:
    """Read and extract one file; a failure is reported, never raised."""
    try:
        document = read_document(path)
        if not document.text.strip():
            raise ReportReadError(path, "没有可提取的文字")
        return extract_document(document, catalog)
    except LawgovError as exc:
        log.info("cannot read %s: %s", path, exc.detail or exc.message)
        return Report(file=str(path), document=None, metadata=ReportMetadata(), errors=(exc.message,))
    except MemoryError:  # the guard's memory budget, struck while extracting
        log.warning("extracting %s ran out of its memory budget", path)
        message = ReportReadError(path, TOO_LARGE_FOR_MEMORY).message
        return Report(file=str(path), document=None, metadata=ReportMetadata(), errors=(message,))
    except Exception as exc:  # a bug must not take down the batch
        log.exception("unexpected failure reading %s", path)
        message = ReportReadError(path, f"{UNEXPECTED_MARK}（{type(exc).__name__}），已跳过；其他文件不受影响").message
        return Report(file=str(path), document=None, metadata=ReportMetadata(), errors=(message,))


def iter_report_files(inputs: Iterable[str | Path], skipped: list[str] | None = None) -> Iterator[Path]:
    """Expand folders (recursively, sorted) into the report files inside them.

    Files named on the command line are always yielded, whatever their suffix, so
    that an unsupported one gets its message; inside folders only known suffixes are
    taken and hidden or temporary files (~$x.docx from Word) are skipped.  A folder
    that cannot be entered, and a link to a folder (not followed: it may point back
    up and loop, or out of the batch), add a Chinese message to ``skipped`` so the
    reviewer learns that the reading was not complete.
    """
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            yield from _walk(path, skipped if skipped is not None else [])
        else:
            yield path


def _walk(folder: Path, skipped: list[str]) -> Iterator[Path]:
    def unreadable(error: OSError) -> None:
        where = printable(str(error.filename or folder))
        skipped.append(f"文件夹《{where}》无法打开（{os_error_reason(error)}），其中的报告未读取")

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        kept = []
        for name in sorted(dirs):
            if name.startswith("."):
                continue
            if os.path.islink(os.path.join(root, name)):
                where = printable(os.path.join(root, name))
                skipped.append(f"《{where}》是指向其他位置的链接，未进入读取；需要时请直接打开它所指的文件夹")
                continue
            kept.append(name)
        dirs[:] = kept
        for name in sorted(files):
            if name.startswith((".", "~$")):
                continue
            if Path(name).suffix.lower() in SUPPORTED_SUFFIXES:
                yield Path(root) / name


def mark_duplicates(reports: list[Report]) -> list[Report]:
    """Flag reports whose text already appeared under another file name (never drop them)."""
    from dataclasses import replace

    first_by_hash: dict[str, str] = {}
    out = []
    for report in reports:
        if report.content_hash and report.content_hash in first_by_hash:
            report = replace(report, duplicate_of=first_by_hash[report.content_hash])
        elif report.content_hash:
            first_by_hash[report.content_hash] = report.file
        out.append(report)
    return out
