def count_vowels(word):
    return sum(1 for letter in word if letter in "aeiou")
