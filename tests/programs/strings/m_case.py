# Pins str upper/lower/casefold/title/capitalize/swapcase and isupper/islower/istitle, including full Unicode mappings (ß, ǅ, ﬁ, İ), Georgian, Cherokee and final sigma.
words = ["hello world", "HeLLo WoRLD", "they're bill's friends", "ǆemal ǈ ǋ", "ß straße", "ﬁne ﬂow", "İstanbul",
         "ΑΣ", "ΑΣ Σ", "ΑΣα", "Σ", "aΣ.", "ΣΑΣ ΣΑΣ", "ΌΣΟΣ.", "a Σ b", "ǅ", "123abc", "", "a1b2 c3", "ÀÉÎ õü",
         "ꭰᏸ Ꭰ", "ΐ ŉ ǰ", "ᾀ ᾈ ᾳ", "Ǆ ǉ", "ა ბ გ", "ԱՒ և", "ǰ̌", "mIxEd_CaSe-123", "ⓐⓑ Ⓐ", "ﬃ", "ᲀ"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.casefold()), repr(w.title()), repr(w.capitalize()),
          repr(w.swapcase()), w.isupper(), w.islower(), w.istitle())
print("ß".upper(), len("ß".upper()), "İ".lower(), len("İ".lower()), "ﬁ".upper(), "ŉ".upper(), "ǰ".title())
print("hello".upper().lower() == "hello", "Straße".casefold() == "STRASSE".casefold(), "ΣΑΣ".casefold())
for bad in [lambda: "a".upper(1), lambda: "a".lower(x=1), lambda: str.title(), lambda: str.swapcase(1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
