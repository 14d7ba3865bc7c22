#!/usr/bin/env python3
"""Writes Word documents with python-docx, as the import tests read them.

    python3 make_docx.py OUTDIR

Writes OUTDIR/styled-sv.docx (heading styles, a budget table, bullet lists), OUTDIR/bold-sv.docx
(no heading styles: bold and numbered pseudo-headings, a parties table) and OUTDIR/styled-en.docx
(an English agreement). The wording follows published Swedish IOP agreements.
"""
import sys
from pathlib import Path

from docx import Document


def styled_sv(path):
    doc = Document()
    doc.add_heading("Överenskommelse om idéburet offentligt partnerskap – Mötesplats Gottsunda", level=0)
    doc.add_paragraph(
        "Denna överenskommelse har ingåtts mellan Uppsala kommun (org.nr 212000-3005) och "
        "Föreningen Mötesplats Gottsunda (org.nr 802400-1234), nedan kallad föreningen."
    )
    doc.add_heading("1. Bakgrund", level=1)
    doc.add_paragraph("I Gottsunda saknar många äldre en mötesplats på dagtid.")
    doc.add_heading("2. Syfte och mål", level=1)
    doc.add_paragraph("Senast 2027 har minst 200 äldre besökt mötesplatsen varje månad.")
    doc.add_heading("3. Parternas åtaganden", level=1)
    doc.add_heading("Föreningen Mötesplats Gottsunda", level=2)
    doc.add_paragraph("Håller mötesplatsen öppen fyra dagar i veckan.", style="List Bullet")
    doc.add_paragraph("Rekryterar och stöttar volontärer.", style="List Bullet")
    doc.add_heading("Uppsala kommun", level=2)
    doc.add_paragraph("Upplåter lokal i Gottsunda centrum utan kostnad.", style="List Bullet")
    doc.add_heading("4. Ekonomi", level=1)
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ["Kostnadspost", "Belopp (kr)", "Finansieras av"]):
        cell.text = text
    for row in [("Samordnare 50 %", "280 000", "Uppsala kommun"), ("Aktiviteter", "40 000", "Föreningen Mötesplats Gottsunda"),
                ("Summa", "320 000", "")]:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    doc.add_paragraph("Uppsala kommun bidrar med 280 000 kronor per år, som betalas ut kvartalsvis.")
    doc.add_heading("5. Avtalstid och uppsägning", level=1)
    doc.add_paragraph("Överenskommelsen gäller från och med 2025-09-01 till och med 2027-08-31.")
    doc.add_paragraph("Part får säga upp överenskommelsen med en uppsägningstid om sex (6) månader.")
    doc.add_heading("6. Försäkring", level=1)
    doc.add_paragraph("Föreningen tecknar olycksfallsförsäkring för sina volontärer.")
    doc.add_heading("7. Underskrifter", level=1)
    doc.add_paragraph("För Uppsala kommun")
    doc.add_paragraph("Ort och datum: Uppsala 2025-08-20")
    doc.add_paragraph("____________________________")
    doc.add_paragraph("Karin Berg")
    doc.add_paragraph("Äldreförvaltningens direktör")
    doc.add_paragraph("För Föreningen Mötesplats Gottsunda")
    doc.add_paragraph("____________________________")
    doc.add_paragraph("Namn: Ali Yilmaz")
    doc.add_paragraph("Titel: Ordförande")
    doc.save(path)


def bold(doc, text):
    run = doc.add_paragraph().add_run(text)
    run.bold = True


def bold_sv(path):
    doc = Document()
    bold(doc, "IOP – Läxhjälp i Kronogården")
    bold(doc, "§ 1 Parter")
    table = doc.add_table(rows=3, cols=3)
    for row, texts in zip(table.rows, [("Part", "Org.nr", "Företrädare"),
                                        ("Trollhättans stad", "212000-1561", "Eva Holm"),
                                        ("Kronogårdens IF", "802466-3323", "Ali Hussein")]):
        for cell, text in zip(row.cells, texts):
            cell.text = text
    bold(doc, "§ 2 Bakgrund")
    doc.add_paragraph("Kronogårdens IF har sedan 2019 haft läxhjälp i klubbstugan.")
    bold(doc, "§ 3 Avtalstid")
    doc.add_paragraph("Avtalet gäller från 1 januari 2026 till 31 december 2027.")
    bold(doc, "§ 4 Uppsägning")
    doc.add_paragraph("Avtalet kan sägas upp med tre månaders uppsägningstid.")
    bold(doc, "§ 5 Tvister")
    doc.add_paragraph("Tvister löses i första hand genom dialog mellan parterna.")
    doc.save(path)


def styled_en(path):
    doc = Document()
    doc.add_heading("Municipal Partnership Östersund–Gori: Youth Participation", level=0)
    doc.add_paragraph(
        "This agreement is made between Östersund Municipality (reg. no. 212000-2445) and Gori Municipality."
    )
    doc.add_heading("Background", level=1)
    doc.add_paragraph("Both municipalities want young people to take part in local decisions.")
    doc.add_heading("Goals", level=1)
    table = doc.add_table(rows=2, cols=3)
    for row, texts in zip(table.rows, [("Goal", "Indicator", "Target"),
                                        ("Youth councils meet regularly", "Meetings per year", "6")]):
        for cell, text in zip(row.cells, texts):
            cell.text = text
    doc.add_heading("Term", level=1)
    doc.add_paragraph("This agreement is valid from 1 March 2025 until 28 February 2027.")
    doc.add_paragraph("Either party may terminate it with three months' notice.")
    doc.save(path)


if __name__ == "__main__":
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    styled_sv(out / "styled-sv.docx")
    bold_sv(out / "bold-sv.docx")
    styled_en(out / "styled-en.docx")
