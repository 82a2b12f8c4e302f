/// A small but complete data directory after the Terek district roadmap for
/// 2022 (seed 003): three sections, a municipal measure, a measure for every
/// school, the monthly «час контроля» for one school, and progress for both
/// kinds. Tests break one thing in it and expect one exact message.
extension StoreFixture {
    static let goodFiles: [String: String] = [
        "roadmap.json": roadmapJSON,
        "schools.json": schoolsJSON,
        "measures.json": measuresJSON,
        "progress/municipal.json": municipalJSON,
        "progress/schools/urozhaynoe.json": urozhaynoeJSON,
        "progress/schools/khamidie.json": khamidieJSON,
    ]

    static let roadmapJSON = """
    {
      "format": 1,
      "title": "План мероприятий («Дорожная карта») по работе с общеобразовательными организациями с низкими образовательными результатами обучающихся в Терском муниципальном районе на 2022 год",
      "municipality": "Терский муниципальный район",
      "order": {
        "number": "12",
        "date": "2022-01-20",
        "issuer": "МКУ «Управление образования»"
      },
      "period": "2022",
      "sections": [
        {
          "number": "1",
          "title": "Общесистемные"
        },
        {
          "number": "2",
          "title": "Общее образование"
        },
        {
          "number": "5",
          "title": "Контроль за качеством образования"
        }
      ],
      "glossary": [
        {
          "term": "ИМЦ УО",
          "meaning": "информационно-методический центр управления образования"
        }
      ],
      "terms": [
        {
          "name": "III четверть",
          "end": "2022-03-25"
        }
      ],
      "riskFactors": [
        "Низкая учебная мотивация обучающихся",
        "Дефицит педагогических кадров"
      ],
      "notes": "Номер и дата приказа — пример"
    }

    """

    static let schoolsJSON = """
    {
      "format": 1,
      "schools": [
        {
          "id": "urozhaynoe",
          "name": "МКОУ СОШ с.п. Урожайное",
          "shortName": "Урожайное",
          "locality": "с.п. Урожайное",
          "programmes": [
            "ШНОР",
            "500+"
          ],
          "curator": "Куратор проекта «500+»",
          "growthPoint": {
            "opened": "2022-09-01",
            "planned": true
          },
          "riskFactors": [
            "Низкая учебная мотивация обучающихся"
          ],
          "joined": "2022-01-01",
          "exampleFields": [
            "curator"
          ]
        },
        {
          "id": "khamidie",
          "name": "МКОУ СОШ с.п. Хамидие",
          "shortName": "Хамидие"
        }
      ]
    }

    """

    static let measuresJSON = """
    {
      "format": 1,
      "measures": [
        {
          "id": "1",
          "number": "1.",
          "section": "1",
          "title": "Проведение анализа школьных «Дорожных карт» по подготовке и проведению ГИА-9 и ГИА-11",
          "deadline": "Февраль",
          "responsible": [
            "ИМЦ УО Шидукова Л.П."
          ],
          "scope": "municipal"
        },
        {
          "id": "10",
          "number": "10.",
          "section": "2",
          "title": "Организация системной работы с неуспевающими обучающимися ШНОР",
          "deadline": "Постоянно",
          "responsible": [
            "Руководители ОО"
          ],
          "result": "Адресная помощь обучающимся",
          "scope": "every-school"
        },
        {
          "id": "18",
          "number": "18.",
          "section": "5",
          "title": "Час контроля с директорами ОО",
          "deadline": "Ежемесячно",
          "responsible": [
            "УО",
            "ИМЦ УО"
          ],
          "scope": [
            "urozhaynoe"
          ],
          "notes": "Директора отчитываются о ходе работы"
        }
      ]
    }

    """

    static let municipalJSON = """
    {
      "format": 1,
      "records": [
        {
          "measure": "1",
          "status": "done",
          "note": "Анализ проведён, справка направлена в ОО",
          "doneOn": "2022-02-25",
          "by": "Шидукова Л.П.",
          "at": "2022-02-25T16:40:00+03:00",
          "history": [
            {
              "at": "2022-02-01T09:00:00+03:00",
              "by": "Шидукова Л.П.",
              "status": "in-progress"
            },
            {
              "at": "2022-02-25T16:40:00+03:00",
              "by": "Шидукова Л.П.",
              "status": "done",
              "note": "Анализ проведён, справка направлена в ОО",
              "doneOn": "2022-02-25"
            }
          ]
        }
      ]
    }

    """

    static let urozhaynoeJSON = """
    {
      "format": 1,
      "school": "urozhaynoe",
      "records": [
        {
          "measure": "10",
          "status": "in-progress",
          "by": "Директор ОО",
          "at": "2022-04-04T10:00:00+03:00",
          "history": [
            {
              "at": "2022-04-04T10:00:00+03:00",
              "by": "Директор ОО",
              "status": "in-progress"
            }
          ]
        },
        {
          "measure": "18",
          "occurrence": "2022-03-31",
          "status": "done",
          "note": "Проведён час контроля 28.03.2022",
          "doneOn": "2022-03-28",
          "by": "Шидукова Л.П.",
          "at": "2022-03-28T15:02:11+03:00",
          "history": [
            {
              "at": "2022-03-20T09:00:00+03:00",
              "by": "Шидукова Л.П.",
              "status": "in-progress"
            },
            {
              "at": "2022-03-28T15:02:11+03:00",
              "by": "Шидукова Л.П.",
              "status": "done",
              "note": "Проведён час контроля 28.03.2022",
              "doneOn": "2022-03-28"
            }
          ]
        }
      ]
    }

    """

    static let khamidieJSON = """
    {
      "format": 1,
      "school": "khamidie",
      "records": []
    }

    """
}
