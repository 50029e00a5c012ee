"""Users' YAML files load within limits: alias bombs, deep nesting and huge files are refused quickly."""
from __future__ import annotations

import pytest
import yaml

from newsevents.errors import NewsEventsError, UserFileError
from newsevents.ingest.yaml_safe import load_yaml, load_yaml_file, read_user_file

#: the 377-byte kind of file that once took 73 s and 3.2 GB as --actors
BOMB = """a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


def test_an_alias_bomb_is_refused(tmp_path):
    path = tmp_path / "bomb.yml"
    path.write_text(BOMB, encoding="utf-8")
    with pytest.raises(UserFileError, match="aliases"):
        load_yaml_file(path)


def test_a_few_aliases_are_fine():
    data = load_yaml("base: &b {code: RUS}\nactors:\n  - {name: Putin, <<: *b}\n  - {name: Lavrov, <<: *b}\n", "x")
    assert data["actors"][1] == {"name": "Lavrov", "code": "RUS"}


def test_recursive_aliases_and_deep_nesting_are_refused():
    with pytest.raises(UserFileError):
        load_yaml("&a [*a]", "cycle")
    with pytest.raises(UserFileError, match="nested"):
        load_yaml("[" * 5000 + "]" * 5000, "deep")


def test_invalid_yaml_is_a_one_line_error_naming_the_file():
    with pytest.raises(UserFileError) as caught:
        load_yaml("a: [b\n", "mine.yml")
    assert str(caught.value).startswith("mine.yml: not valid YAML") and "\n" not in str(caught.value)
    assert isinstance(caught.value, NewsEventsError) and isinstance(caught.value, ValueError)


def test_size_limit_and_encoding(tmp_path):
    big = tmp_path / "big.yml"
    big.write_text("a: " + "x" * 2000, encoding="utf-8")
    with pytest.raises(UserFileError, match="too large"):
        load_yaml_file(big, max_bytes=1000)
    latin = tmp_path / "latin.yml"
    latin.write_bytes("name: Ramírez".encode("latin-1"))
    with pytest.raises(UserFileError, match="UTF-8"):
        read_user_file(latin)
    with pytest.raises(UserFileError, match="cannot read"):
        read_user_file(tmp_path / "missing.yml")


def test_only_safe_loaders_and_python_tags_are_refused():
    with pytest.raises(TypeError):
        load_yaml("a: 1", "x", loader=yaml.Loader)
    with pytest.raises(UserFileError):
        load_yaml("!!python/object/apply:os.system ['echo pwned']", "x")


def test_a_custom_safe_loader_keeps_its_resolvers():
    class NoYesBool(yaml.SafeLoader):
        pass

    NoYesBool.yaml_implicit_resolvers = {k: [(t, r) for t, r in v if t != "tag:yaml.org,2002:bool"]
                                         for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
    assert load_yaml("word: no", "x", loader=NoYesBool) == {"word": "no"}
    assert load_yaml("word: no", "x") == {"word": False}
