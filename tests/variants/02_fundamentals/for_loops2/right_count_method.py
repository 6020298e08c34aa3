def count_vowels(word):
    total = 0
    for vowel in "aeiou":
        total += word.count(vowel)
    return total
