def count_vowels(word):
    count = 0
    for vowel in "aeiou":
        if vowel in word:
            count += 1
    return count
