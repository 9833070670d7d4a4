#!/usr/bin/env python3
"""Writes ouderbrief-batch.json: the parent letters of one class (default 24 pupils) for lars-render."""
import json, os, random, sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 24
out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "ouderbrief-batch.json")
rnd = random.Random(7)
first = ["Zoë", "Noël", "Amélie", "Lars", "Inès", "Jef", "Chloé", "Mats", "Elif", "Lucas", "Noor", "Ömer", "Julie", "Rayan", "Fien", "Senne"]
last = ["Peeters", "Janssens", "Maes", "Dewaële", "Van den Broeck", "Çelik", "De Smet", "Claes", "Goossens", "Wouters", "Mertens", "Willems"]
base = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "ouderbrief.json"), encoding="utf-8"))
letters = []
for i in range(n):
    l = json.loads(json.dumps(base))
    sex = rnd.choice(["male", "female"])
    l["pupil"].update(firstName=rnd.choice(first), lastName=rnd.choice(last), sex=sex,
                      birthDate=f"2016-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
                      reference=f"GZ-2016-{10000 + i}")
    h = 139 + rnd.gauss(0, 6)
    l["measurements"] = [
        {"date": "2019-09-20", "heightCm": round(h * 0.73, 1), "weightKg": round(16 + rnd.gauss(0, 1.5), 1)},
        {"date": "2022-10-04", "heightCm": round(h * 0.865, 1), "weightKg": round(22 + rnd.gauss(0, 2.5), 1)},
        {"date": "2025-10-07", "heightCm": round(h, 1), "weightKg": round(32 + rnd.gauss(0, 4), 1)},
    ]
    if i % 4 == 3:
        l.pop("parents")  # parent heights not known for every pupil
    else:
        l["parents"] = {"fatherHeightCm": rnd.randint(168, 195), "motherHeightCm": rnd.randint(155, 180)}
    l["advice"] = "" if i % 5 == 4 else l["advice"].replace("Zoë", l["pupil"]["firstName"])
    letters.append(l)
json.dump(letters, open(out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
