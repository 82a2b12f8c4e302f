#!/usr/bin/env python3
"""A roadmap table of any size, for timing `roadmap import` (README «Надёжность»).

    python3 Sources/roadmap-bench/Scripts/import-table.py 8000 карта.tsv
    python3 Sources/roadmap-bench/Scripts/import-table.py 8000 карта.docx
    python3 Sources/roadmap-bench/Scripts/import-table.py 8000 карта.tsv --shape lines
    time roadmap import карта.tsv --into карта-данные --force

ROWS table rows under a title and the header. `--shape measures` (default):
a section every 50 rows and one measure per row; `--shape lines`: ten
measures whose cells go on over the other rows (a continuation row has an
empty number cell), so one cell gathers thousands of lines. The file kind
follows the extension: .tsv, .csv (`;`) or .docx (a plain WordprocessingML
table, zipped with deflate).
"""
import argparse
import zipfile
from xml.sax.saxutils import escape

HEADER = ["№ п/п", "Наименование мероприятия", "Сроки исполнения",
          "Ответственные исполнители", "Ожидаемый результат"]
DEADLINES = ["до 30.09.2022", "ежеквартально", "в течение года", "ноябрь 2022 года",
             "до 25 числа каждого месяца", "март, октябрь 2022 года"]
PEOPLE = ["Петрова А.В., ведущий специалист УО", "ИМЦ УО Шидукова Л.П.",
          "Руководители ОО", "Методисты ИМЦ УО"]


def measure_rows(count):
    rows, section, number = [], 0, 0
    for index in range(count):
        if index % 50 == 0:
            section += 1
            number = 0
            rows.append([f"{section}. Раздел номер {section} плана", "", "", "", ""])
            continue
        number += 1
        rows.append([f"{section}.{number}", f"Семинар для педагогов школ № {index} по теме «Оценка результатов»",
                     DEADLINES[index % len(DEADLINES)], PEOPLE[index % len(PEOPLE)],
                     f"Повышение качества образования, отчёт {index}"])
    return rows


def line_rows(count):
    rows, per = [], max(1, count // 10)
    for index in range(count):
        if index % per == 0:
            rows.append([f"{index // per + 1}.", "Мониторинг результатов школ", "в течение года",
                         "Руководители ОО", "Аналитическая справка"])
        else:
            rows.append(["", f"продолжение строки {index} названия мероприятия", f"этап {index}",
                         f"Специалист {index} УО", f"пункт {index} результата"])
    return rows


def delimited(rows, separator):
    def field(text):
        if separator in text or '"' in text or "\n" in text:
            return '"' + text.replace('"', '""') + '"'
        return text
    lines = ["План мероприятий («дорожная карта») на 2022 год", separator.join(HEADER)]
    lines += [separator.join(field(cell) for cell in row) for row in rows]
    return "\n".join(lines) + "\n"


def docx(rows, path):
    def paragraph(text):
        return f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'

    def row(cells):
        return "<w:tr>" + "".join(f"<w:tc>{paragraph(cell)}</w:tc>" for cell in cells) + "</w:tr>"

    body = paragraph("План мероприятий («дорожная карта») на 2022 год")
    body += "<w:tbl>" + row(HEADER) + "".join(row(cells) for cells in rows) + "</w:tbl><w:sectPr/>"
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                f"<w:body>{body}</w:body></w:document>")
    types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="xml" ContentType="application/xml"/></Types>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr("word/document.xml", document)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("rows", type=int)
    parser.add_argument("output")
    parser.add_argument("--shape", choices=["measures", "lines"], default="measures")
    options = parser.parse_args()
    rows = measure_rows(options.rows) if options.shape == "measures" else line_rows(options.rows)
    if options.output.endswith(".docx"):
        docx(rows, options.output)
    else:
        with open(options.output, "w", encoding="utf-8") as file:
            file.write(delimited(rows, ";" if options.output.endswith(".csv") else "\t"))


main()
