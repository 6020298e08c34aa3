def count_vowels(word):
    count = 0
    for i in range(len(word) - 1):
        if word[i] in "aeiou":
            count += 1
    return count
