# Strings are sequences of code points, not bytes.
s = "héllo wörld"
print(len(s))  # expect: 11
print(s[1], s[-4])  # expect: é ö
print(s[1:4])  # expect: éll
print(s.upper())  # expect: HÉLLO WÖRLD
print(s[::-1])  # expect: dlröw olléh
print(s.find("w"))  # expect: 6
print("ñ" in s, "ö" in s)  # expect: False True
print(ord("é"), chr(233))  # expect: 233 é
print("€" + "5")  # expect: €5
print(len("日本語"), "日本語"[1])  # expect: 3 本
