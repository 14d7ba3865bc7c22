#!/usr/bin/env python3
"""Writes the benchmark corpus of iop-lint: realistic agreements, the same bytes on every run.

Usage: corpus.py FOLDER [FILES]

- FOLDER/files/NNNNN.yaml: FILES agreements (default 10 000) of about 5 KB each, of every kind
  (iop, överenskommelse, kommunalt partnerskap, samverkan), four in five in Swedish; some are
  drafts with placeholders, vague goals or purchase language, as real drafts are;
- FOLDER/large-1mb.yaml … large-8mb.yaml: one agreement each of about 1, 2, 4 and 8 MB (many
  objectives, activities, commitments, budget lines and long texts; ten parties).

The text is made of sentences like those of published agreements and municipal IOP guidelines.
A fixed seed makes the corpus deterministic.
"""
import os
import random
import sys

SV = [
    "Föreningen driver verksamheten med stöd av frivilliga och anställd personal.",
    "Kommunen bidrar med lokaler och en samordnare på halvtid under hela avtalsperioden.",
    "Parterna träffas i styrgruppen fyra gånger per år och för protokoll över besluten.",
    "Verksamheten vänder sig till unga vuxna mellan 18 och 25 år som står långt från arbetsmarknaden.",
    "Samarbetet bygger på ömsesidig respekt för varandras roller och självständighet.",
    "Deltagarna utformar aktiviteterna tillsammans med personalen vid regelbundna möten.",
    "Föreningen behåller sin roll som röst för målgruppen och kan framföra kritik mot kommunen.",
    "Uppföljningen sker kvartalsvis med deltagarnas egna omdömen och statistik över besök.",
    "I området bor cirka 6 000 personer, varav en tredjedel är under 20 år.",
    "Andelen hushåll med ekonomiskt bistånd är tre gånger högre än i kommunen som helhet.",
    "Kommunens medel täcker kostnader för verksamheten, inte vinst, och betalas ut kvartalsvis.",
    "Ingen part kan lösa utmaningen ensam och ingen marknad finns för verksamheten.",
    "Bostadsbolaget ansvarar för belysning, skötsel av gårdar och tillsyn av fastigheterna.",
    "Polisen deltar i trygghetsvandringar och delar lägesbilden med övriga parter varje månad.",
    "Arbetet följs upp med en extern utvärdering av Södertörns högskola efter tre år.",
    "Ändringar och tillägg görs skriftligen och undertecknas av samtliga parter.",
    "Tvister löses i första hand i styrgruppen och i andra hand i allmän domstol.",
    "Part får säga upp överenskommelsen med sex månaders varsel, t.ex. vid väsentligt avtalsbrott.",
    "Socialnämnden beslutade den 12 mars 2025 att ingå partnerskapet, se protokoll § 45.",
    "Verksamheten bedrivs inte på en marknad och är inte en tjänst mot ersättning enligt LOU.",
    "Stödet understiger de minimis-gränsen och utgör därför inte statsstöd.",
    "Föreningens volontärer ger läxhjälp, språkcafé och samtalsstöd tre kvällar i veckan.",
    "Målet är att fler kvinnor i Flemingsberg ska börja arbeta eller studera.",
    "Kommunen köper 40 platser och betalar ersättning per deltagare och dygn.",
    "Verksamheten ska förbättra situationen för unga i området.",
    "Antalet deltagare redovisas i en rapport som lämnas till nämnden senast den 31 januari.",
    "Parterna informerar varandra utan dröjsmål om förändringar som påverkar partnerskapet.",
    "Alla insatser ska vara kostnadsfria för deltagarna och tillgängliga för personer med funktionsnedsättning.",
]
EN = [
    "The association runs the activities with volunteers and paid staff.",
    "The municipality provides premises and a coordinator working half time.",
    "The parties meet in the steering group four times a year and keep minutes.",
    "Young people between 15 and 29 years old take part in planning every new park.",
    "Both municipalities learn from each other as equals, and neither buys a service.",
    "Progress is followed up every quarter with participants' own assessments.",
    "ICLD funds the partnership through the Municipal Partnership programme.",
    "The partnership aims to strengthen civil society in the region.",
    "At least 30 % of the people who speak at the hearings are under 30 by the end of 2027.",
    "Each party is responsible for its own activities within the partnership.",
    "Disputes are settled first in the steering group and then by mediation.",
    "Changes to the agreement are made in writing and signed by both parties.",
    "The coordinators report to the municipal executive boards twice a year.",
    "Open data on waste collection is published every month on the municipal website.",
    "A party may end the agreement with six months' notice.",
]
KINDS = ["iop", "overenskommelse", "kommunalt-partnerskap", "samverkan"]
FIRST = ["Anna", "Erik", "Maria", "Karin", "Jonas", "Lena", "Ahmed", "Sara", "Per", "Fatima", "Giorgi", "Nino"]
LAST = ["Berg", "Lind", "Holmström", "Ekholm", "Nilsson", "Karlsson", "Kapanadze", "Svensson", "Ali", "Ström"]
TOWNS = ["Huddinge", "Västerås", "Eskilstuna", "Sundsvall", "Gävle", "Trollhättan", "Borlänge", "Linköping",
         "Östersund", "Karlstad", "Malmö", "Umeå"]
ORG_NUMBERS = ["802015-1232", "212000-0076", "212000-2080", "232100-0172", "802457-3317", "212000-2445"]


def text(rng, pool, sentences):
    return " ".join(rng.choice(pool) for _ in range(sentences))


def block(value, indent):
    """A folded block scalar, wrapped near 100 columns."""
    pad = " " * indent
    lines, line = [], ""
    for word in value.split(" "):
        if line and len(line) + 1 + len(word) > 100 - indent:
            lines.append(pad + line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(pad + line)
    return ">\n" + "\n".join(lines)


def quote(value):
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def agreement(rng, number, scale=1, parties_count=None):
    kind = KINDS[number % 4]
    pool = EN if kind == "kommunalt-partnerskap" or number % 5 == 4 else SV
    language = "en" if pool is EN else "sv"
    town = rng.choice(TOWNS)
    draft = number % 7 == 3
    out = ["iop-lint: 1", f"id: {kind}-{town.lower().replace('ä', 'a').replace('ö', 'o')}-{number}",
           f"title: {quote(text(rng, pool, 1)[:-1])}", f"kind: {kind}", f"language: {language}",
           f"status: {'draft' if draft else rng.choice(['review', 'decided', 'signed'])}", f"area: {town}"]
    if kind == "samverkan":
        out.append(f"model: {rng.choice(['iop', 'bid', 'est'])}")
    parties = parties_count or (3 if kind == "samverkan" else 2)
    ids = [f"part-{i}" for i in range(parties)]
    out.append("parties:")
    for i, party in enumerate(ids):
        kind_of = "idea-based" if i == 0 else ("housing-company" if i == 2 else "public")
        out += [f"  - id: {party}", f"    name: {rng.choice(TOWNS)} {'förening' if i == 0 else 'kommun'} {i}",
                f"    type: {kind_of}", f"    org-number: {quote(rng.choice(ORG_NUMBERS))}",
                f"    representative: {{ name: {rng.choice(FIRST)} {rng.choice(LAST)}, title: Verksamhetschef }}",
                f"    mandate: {{ body: Styrelsen, decision: \"§ {rng.randint(1, 99)}\", "
                f"date: 2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}, level: highest }}"]
        if i == 0:
            out.append("    roles: [voice, service]")
    out += ["initiative:", f"  by: [{ids[0]}]", f"  description: {block(text(rng, pool, 2), 4)}",
            f"form-choice: {block(text(rng, pool, 2), 2)}",
            f"background: {block(text(rng, pool, 2 * scale), 2)}",
            "problem:", f"  statement: {block(text(rng, pool, 4 * scale), 4)}",
            f"  evidence: [{quote('SCB, Befolkningsstatistik 2024')}, {quote('Kolada, nyckeltal 2024')}]",
            f"  agreed-by: [{', '.join(ids)}]",
            "goals:", f"  overall: {block(text(rng, pool, 2), 4)}", "  objectives:"]
    for _ in range(2 * scale):
        out += [f"    - description: {text(rng, pool, 1)}",
                f"      indicator: {text(rng, pool, 1)}",
                f"      baseline: {rng.randint(1, 40)} %",
                f"      target: {'TODO' if draft and rng.random() < 0.3 else str(rng.randint(41, 90)) + ' %'}",
                f"      by: 202{rng.randint(6, 9)}-12-31"]
    out += ["target-group:", f"  description: {text(rng, pool, 1)}", f"  size: {rng.randint(20, 400)}",
            "  participation:", "    - stage: planning", f"      how: {text(rng, pool, 1)}"]
    out.append("activities:")
    for _ in range(2 * scale):
        out += [f"  - what: {text(rng, pool, 1)}", f"    party: {rng.choice(ids)}"]
    out.append("commitments:")
    for party in ids:
        out += [f"  - party: {party}", f"    what: {block(text(rng, pool, 2), 6)}"]
    for _ in range(scale - 1):
        out += [f"  - party: {rng.choice(ids)}", f"    what: {block(text(rng, pool, 2), 6)}"]
    out.append("resources:")
    for party in ids:
        out.append(f"  - {{ party: {party}, kind: {rng.choice(['money', 'staff', 'premises', 'volunteers'])}, "
                   f"amount: {rng.randint(1, 900) * 1000}, unit: SEK, per: year }}")
    out += ["economy:", "  budget:"]
    for _ in range(2 * scale):
        out.append(f"    - {{ item: {rng.choice(['Lokalhyra', 'Samordnare', 'Material', 'Resor'])}, "
                   f"amount: {rng.randint(1, 500) * 1000}, party: {rng.choice(ids)} }}")
    out.append(f"  payment: {text(rng, pool, 1)}")
    out += ["principles:", f"  independence: {text(rng, pool, 1)}", f"  dialogue: {text(rng, pool, 1)}",
            f"  quality: {text(rng, pool, 1)}", f"  openness: {text(rng, pool, 1)}",
            "governance:", "  steering-group:"]
    for party in ids:
        out.append(f"    - {{ party: {party}, name: {rng.choice(FIRST)} {rng.choice(LAST)}, role: Ledamot }}")
    out += [f"  meetings-per-year: {rng.randint(2, 6)}",
            "follow-up:", f"  what: {text(rng, pool, 1)}", "  frequency: quarterly",
            f"  responsible: [{ids[0]}]", "  evaluation: { type: external, every-years: 3, by: Högskolan }",
            f"information: {text(rng, pool, 1)}",
            "legal-assessment:", f"  procurement: {text(rng, pool, 1)}", f"  state-aid: {text(rng, pool, 1)}"]
    if kind == "kommunalt-partnerskap":
        out += ["icld:", "  core-areas: [participation, transparency]", "  benefit:"]
        for party in ids:
            out += [f"    - party: {party}", f"      how: {text(rng, pool, 1)}"]
    out += ["term:", "  start: 2025-03-01", "  end: 2028-02-29", "  notice-months: 6",
            f"  extension: {text(rng, pool, 1)}", f"termination: {text(rng, pool, 1)}",
            f"changes: {text(rng, pool, 1)}", f"disputes: {text(rng, pool, 1)}", "signatures:"]
    if not draft:
        for party in ids:
            out.append(f"  - {{ party: {party}, name: {rng.choice(FIRST)} {rng.choice(LAST)}, "
                       f"title: Ordförande, date: 2025-02-2{rng.randint(0, 8)} }}")
    else:
        out[-1] = "signatures: []"
    return "\n".join(out) + "\n"


def main():
    folder = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    os.makedirs(f"{folder}/files", exist_ok=True)
    rng = random.Random(12)
    for number in range(count):
        with open(f"{folder}/files/{number:05}.yaml", "w") as out:
            out.write(agreement(rng, number))
    for megabytes in (1, 2, 4, 8):
        rng = random.Random(megabytes)
        # About 1.7 KB per step of scale, measured on this generator.
        scale = megabytes * 600
        with open(f"{folder}/large-{megabytes}mb.yaml", "w") as out:
            out.write(agreement(rng, 0, scale=scale, parties_count=10))


if __name__ == "__main__":
    main()
