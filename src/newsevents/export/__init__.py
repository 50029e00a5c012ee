"""Exports of a store (CSV, Parquet, GDELT 2.0 TSV, PLOVER JSON, JSONL output records) and JSONL import."""
from newsevents.export.gdelt import GDELT_EVENT_COLUMNS, export_gdelt
from newsevents.export.plover import export_plover
from newsevents.export.records import ImportSummary, export_records, import_records
from newsevents.export.rows import iter_events, iter_mentions
from newsevents.export.tabular import export_csv, export_parquet

#: formats ``newsevents export`` offers
EXPORT_FORMATS = ("parquet", "csv", "gdelt", "plover", "jsonl")

__all__ = ["EXPORT_FORMATS", "GDELT_EVENT_COLUMNS", "ImportSummary", "export_csv", "export_gdelt", "export_parquet",
           "export_plover", "export_records", "import_records", "iter_events", "iter_mentions"]
