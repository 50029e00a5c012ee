"""The Spark runner's output folder through Hadoop's FileSystem (local, HDFS, S3 alike), with
the staged commit that makes a run visible at once or not at all."""
from __future__ import annotations

import json
from typing import Any

STAGING = "_staging"
COMMIT = "_commit.json"
#: what each table's staging folder holds while a run is being committed (articles last)
_MOVED = ("event_mentions", "actor_mentions", "quotes", "timexes", "places", "articles")
_REPLACED = ("events", "errors")


class DatasetFiles:
    """The output folder through Hadoop's FileSystem (local, HDFS, S3 alike), with the commit steps."""

    def __init__(self, spark: Any, root: str) -> None:
        jvm = spark._jvm
        self._Path = jvm.org.apache.hadoop.fs.Path
        self.root = root.rstrip("/")
        self.fs = self._Path(self.root).getFileSystem(spark._jsc.hadoopConfiguration())

    def path(self, rel: str) -> Any:
        return self._Path(f"{self.root}/{rel}" if rel else self.root)

    def uri(self, rel: str) -> str:
        return str(self.path(rel).toString())

    def exists(self, rel: str) -> bool:
        return bool(self.fs.exists(self.path(rel)))

    def delete(self, rel: str) -> None:
        if self.exists(rel):
            self.fs.delete(self.path(rel), True)

    def files(self, rel: str) -> list[str]:
        """Data files under ``rel`` (recursively), relative to it; Spark's markers left out."""
        if not self.exists(rel):
            return []
        base = self.path(rel).toUri().getPath().rstrip("/") + "/"
        found, listing = [], self.fs.listFiles(self.path(rel), True)
        while listing.hasNext():
            path = listing.next().getPath()
            relative = path.toUri().getPath()[len(base):]
            if not any(part.startswith(("_", ".")) for part in relative.split("/")):
                found.append(relative)
        return sorted(found)

    def write_text(self, rel: str, text: str) -> None:
        stream = self.fs.create(self.path(rel), True)
        try:
            stream.write(bytearray(text.encode("utf-8")))
        finally:
            stream.close()

    def has_data(self) -> bool:
        return bool(self.files("articles"))

    def commit(self, batch: int) -> None:
        """Make the staged run visible: mark the commit, move the files in (articles last), swap the
        recomputed tables, then remove the mark. Each step may be repeated (see :meth:`recover`)."""
        self.write_text(COMMIT, json.dumps({"batch": batch}))
        self.recover()

    def recover(self) -> None:
        """Finish a commit that was interrupted, or drop a run that never reached its commit."""
        if not self.exists(COMMIT):
            self.delete(STAGING)
            return
        for table in _MOVED:
            for rel in self.files(f"{STAGING}/{table}"):
                target = self.path(f"{table}/{rel}")
                self.fs.mkdirs(target.getParent())
                self.fs.rename(self.path(f"{STAGING}/{table}/{rel}"), target)
        for table in _REPLACED:
            if self.exists(f"{STAGING}/{table}"):
                self.delete(table)
                self.fs.rename(self.path(f"{STAGING}/{table}"), self.path(table))
        self.delete(STAGING)
        self.delete(COMMIT)
