"""Refactor: three copies of one class become one base class.

The three alert classes below work (all the behaviour tests pass), but
they are the same class written three times: only `format()` differs.
Refactor: write a base class named `Alert` that holds what they share
(`__init__`, `should_fire` and `check`), and make `EmailAlert`, `SmsAlert`
and `ChatAlert` inherit from it, each keeping only its own `format()`.
Every test must still pass.
"""


class Alert:
    def __init__(self, recipient, threshold):
        self.recipient = recipient
        self.threshold = threshold
        self.sent = []

    def should_fire(self, value):
        return value >= self.threshold

    def check(self, value):
        if not self.should_fire(value):
            return None
        message = self.format(value)
        self.sent.append(message)
        return message

    def format(self, value):
        raise NotImplementedError


class EmailAlert(Alert):
    def format(self, value):
        return f"To: {self.recipient}\nSubject: value {value} reached {self.threshold}"


class SmsAlert(Alert):
    def format(self, value):
        return f"SMS {self.recipient}: {value}>={self.threshold}"


class ChatAlert(Alert):
    def __init__(self, recipient, threshold):
        super().__init__(recipient, threshold)

    def format(self, value):
        return f"@{self.recipient} value {value} is over {self.threshold}"


