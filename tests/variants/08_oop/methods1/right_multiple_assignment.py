class Rectangle:
    def __init__(self, width, height):
        self.width = width
        self.height = height

    def area(self):
        width, height = self.width, self.height
        return width * height

    def perimeter(self):
        return 2 * (self.width + self.height)

    def scale(self, factor):
        self.width, self.height = self.width * factor, self.height * factor
