from abc import abstractmethod


class Notifier:
    @abstractmethod
    def send(self, recipient, message):
        pass

    def broadcast(self, recipients, message):
        return [self.send(recipient, message) for recipient in recipients]


class EmailNotifier(Notifier):
    def send(self, recipient, message):
        return f"email to {recipient}: {message}"


class SmsNotifier(Notifier):
    def send(self, recipient, message):
        return f"sms to {recipient}: {message[:20]}"
