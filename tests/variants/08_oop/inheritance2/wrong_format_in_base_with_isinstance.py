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
        if isinstance(self, EmailAlert):
            return f"To: {self.recipient}\nSubject: value {value} reached {self.threshold}"
        if isinstance(self, SmsAlert):
            return f"SMS {self.recipient}: {value}>={self.threshold}"
        return f"@{self.recipient} value {value} is over {self.threshold}"


class EmailAlert(Alert):
    pass


class SmsAlert(Alert):
    pass


class ChatAlert(Alert):
    pass
