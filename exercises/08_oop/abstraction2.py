"""Abstraction: let an abstract base class write the rest.

`collections.abc.Sequence` is an abstract base class (ABC) from the
standard library. A subclass has to implement its two abstract methods,
`__getitem__` and `__len__`, and can't be instantiated until it does; in
return it inherits `__contains__`, `__iter__`, `__reversed__`, `index` and
`count`, all written on top of those two. Make `Playlist` a subclass of
`Sequence` and implement just the two abstract methods: don't write the
inherited ones yourself.
"""
from collections.abc import Sequence


# TODO: make Playlist a Sequence.
class Playlist:
    def __init__(self, name, songs):
        self.name = name
        self._songs = list(songs)

    # TODO: implement the two abstract methods of Sequence, using self._songs.


# --- tests: read them, don't change them ---

from collections.abc import Sequence

import pytest


def make_playlist():
    return Playlist("road trip", ["Africa", "Roxanne", "Africa", "Gloria"])


def test_a_playlist_is_a_sequence():
    assert isinstance(make_playlist(), Sequence), "Playlist must inherit from Sequence"


def test_len_and_indexing():
    playlist = make_playlist()
    assert len(playlist) == 4
    assert playlist[1] == "Roxanne"
    assert playlist[-1] == "Gloria"
    with pytest.raises(IndexError):
        playlist[4]


def test_inherited_iteration_and_membership():
    playlist = make_playlist()
    assert list(playlist) == ["Africa", "Roxanne", "Africa", "Gloria"]
    assert list(reversed(playlist)) == ["Gloria", "Africa", "Roxanne", "Africa"]
    assert "Gloria" in playlist
    assert "Yesterday" not in playlist


def test_inherited_index_and_count():
    playlist = make_playlist()
    assert playlist.index("Roxanne") == 1
    assert playlist.index("Africa", 1) == 2
    assert playlist.count("Africa") == 2
    with pytest.raises(ValueError):
        playlist.index("Yesterday")


def test_an_empty_playlist():
    empty = Playlist("silence", [])
    assert len(empty) == 0
    assert list(empty) == []


def test_the_inherited_methods_are_not_rewritten():
    written = [name for name in ("__contains__", "__iter__", "__reversed__", "index", "count")
               if name in vars(Playlist)]
    assert not written, f"Sequence already gives you {', '.join(written)}: remove your own"
