import abc


class Notifier(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def send(self, recipient, message):
        raise NotImplementedError

    def broadcast(self, recipients, message):
        results = []
        for recipient in recipients:
            results.append(self.send(recipient, message))
        return results


class EmailNotifier(Notifier):
    def send(self, recipient, message):
        return "email to " + recipient + ": " + message


class SmsNotifier(Notifier):
    def send(self, recipient, message):
        return f"sms to {recipient}: {message[:20]}"
