"""Abstraction: abstract base classes.

`Notifier` describes what every notifier offers without implementing the
sending. Make it an abstract base class (`abc.ABC`) with `send` as an
`@abstractmethod`, so that neither Notifier itself nor a subclass that
forgets `send` can be instantiated. Then implement `EmailNotifier.send`.
"""
from abc import ABC, abstractmethod


class Notifier(ABC):
    @abstractmethod
    def send(self, recipient, message):
        """Send one message and return a description of what was sent."""

    def broadcast(self, recipients, message):
        return [self.send(recipient, message) for recipient in recipients]


class EmailNotifier(Notifier):
    def send(self, recipient, message):
        return f"email to {recipient}: {message}"


class SmsNotifier(Notifier):
    def send(self, recipient, message):
        return f"sms to {recipient}: {message[:20]}"


# --- tests: read them, don't change them ---

import pytest


def test_the_abstract_class_cannot_be_instantiated():
    with pytest.raises(TypeError):
        Notifier()


def test_a_subclass_without_send_cannot_be_instantiated():
    class PigeonNotifier(Notifier):
        pass

    with pytest.raises(TypeError):
        PigeonNotifier()


def test_email_notifier_sends():
    assert EmailNotifier().send("ada@example.com", "hi") == "email to ada@example.com: hi"


def test_broadcast_uses_the_subclass_send():
    assert SmsNotifier().broadcast(["111", "222"], "server down") == [
        "sms to 111: server down",
        "sms to 222: server down",
    ]
    assert EmailNotifier().broadcast(["a@b.c"], "ok") == ["email to a@b.c: ok"]


def test_notifiers_are_notifiers():
    assert isinstance(EmailNotifier(), Notifier)
    assert isinstance(SmsNotifier(), Notifier)
