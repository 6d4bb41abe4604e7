class InsufficientFunds(Exception):
    def __init__(self, need):
        super().__init__(f"need {need} more")
        self.need = need
raise InsufficientFunds(5)
