from abc import ABC


class Notifier(ABC):
    def send(self, recipient, message):
        raise NotImplementedError

    def broadcast(self, recipients, message):
        return [self.send(recipient, message) for recipient in recipients]


class EmailNotifier(Notifier):
    def send(self, recipient, message):
        return f"email to {recipient}: {message}"


class SmsNotifier(Notifier):
    def send(self, recipient, message):
        return f"sms to {recipient}: {message[:20]}"
