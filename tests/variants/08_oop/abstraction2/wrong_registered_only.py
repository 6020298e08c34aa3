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


class Playlist:
    def __init__(self, name, songs):
        self.name = name
        self._songs = list(songs)

    def __getitem__(self, index):
        return self._songs[index]

    def __len__(self):
        return len(self._songs)



Sequence.register(Playlist)
