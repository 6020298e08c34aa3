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
        return f"email {recipient}: {message}"


class SmsNotifier(Notifier):
    def send(self, recipient, message):
        return f"sms to {recipient}: {message[:20]}"


