"""Load users' YAML files with limits: size, alias expansion (no "billion laughs"), depth.

``yaml.safe_load`` never runs code, but a few hundred bytes of nested aliases expand into
billions of nodes for whoever walks the result, and a deeply nested file exhausts the
stack. :func:`load_yaml_file` refuses both, and files over :data:`MAX_FILE_BYTES`, with a
:class:`~newsevents.errors.UserFileError` that names the file.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from newsevents.errors import UserFileError

#: largest actors/patterns file read (the built-in dictionaries are a few MB)
MAX_FILE_BYTES = 50 * 1024 * 1024
#: most nodes a document may hold once its aliases are expanded
MAX_EXPANDED_NODES = 5_000_000
#: deepest nesting of lists and mappings
MAX_DEPTH = 200


def read_user_file(path: str | Path, max_bytes: int = MAX_FILE_BYTES) -> str:
    """The UTF-8 text of a user's file, refused when larger than ``max_bytes``."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise UserFileError(f"{path}: file too large ({size:,} bytes; limit {max_bytes:,})")
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise UserFileError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise UserFileError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc


def _expanded_size(root: yaml.Node, where: str, max_nodes: int, max_depth: int) -> int:
    """Nodes in the document with every alias expanded; UserFileError past the limits or on a cycle."""
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()

    def size(node: yaml.Node, depth: int) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if depth > max_depth:
            raise UserFileError(f"{where}: nested more than {max_depth} levels deep")
        if key in open_nodes:
            raise UserFileError(f"{where}: an alias refers to a node that contains it")
        open_nodes.add(key)
        total = 1
        if isinstance(node, yaml.SequenceNode):
            total += sum(size(child, depth + 1) for child in node.value)
        elif isinstance(node, yaml.MappingNode):
            total += sum(size(k, depth + 1) + size(v, depth + 1) for k, v in node.value)
        open_nodes.discard(key)
        if total > max_nodes:
            raise UserFileError(f"{where}: too many values once its aliases are expanded (over {max_nodes:,}); "
                                "YAML aliases (*name) may not multiply the data")
        sizes[key] = total
        return total

    return size(root, 0)


def load_yaml(text: str, where: str, loader: type[yaml.SafeLoader] = yaml.SafeLoader,
              max_nodes: int = MAX_EXPANDED_NODES, max_depth: int = MAX_DEPTH) -> Any:
    """``text`` parsed with ``loader`` (a SafeLoader subclass), within the limits; ``where`` names it in errors."""
    if not (isinstance(loader, type) and issubclass(loader, yaml.SafeLoader)):
        raise TypeError("load_yaml needs yaml.SafeLoader or a subclass of it")
    parser = loader(text)
    try:
        node = parser.get_single_node()
        if node is None:
            return None
        _expanded_size(node, where, max_nodes, max_depth)
        return parser.construct_document(node)
    except yaml.YAMLError as exc:
        raise UserFileError(f"{where}: not valid YAML: {' '.join(str(exc).split())}") from exc
    except RecursionError as exc:  # the composer recurses once per level: deeper than Python allows
        raise UserFileError(f"{where}: nested too deeply") from exc
    finally:
        parser.dispose()


def load_yaml_file(path: str | Path, loader: type[yaml.SafeLoader] = yaml.SafeLoader,
                   max_bytes: int = MAX_FILE_BYTES) -> Any:
    """A user's YAML file, loaded with :func:`load_yaml` after the size check of :func:`read_user_file`."""
    return load_yaml(read_user_file(path, max_bytes), str(path), loader)
