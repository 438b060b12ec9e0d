from crawler.reference.comuni import NameResolver, load_comuni, load_former, lombardia, normalize_name


def test_spellings_resolve_to_one_code():
    r = lombardia()
    for spelling in ["Cassina de' Pecchi", "CASSINA DE’ PECCHI", "Cassina de Pecchi", "cassina-de-pecchi"]:
        assert r.code(spelling) == "015060", spelling
    assert r.code("S. Giuliano Milanese") == "015195"
    assert r.code("Comune di Pioltello") == "015175"
    assert r.code("Gazzada-Schianno") == "012073"


def test_small_typo_is_fuzzy_but_ambiguous_or_foreign_names_are_not_guessed():
    r = lombardia()
    found = r.resolve("Gorgonzolla")
    assert found is not None and found.istat == "015108" and found.method == "fuzzy"
    assert r.code("Cernusco") is None  # sul Naviglio or Lombardone: report, don't guess
    assert r.code("Roma") is None  # not in Lombardy
    assert r.code("") is None


def test_normalize_folds_accents_apostrophes_and_prefix():
    assert normalize_name("Comune di Cantù") == "cantu"
    assert normalize_name("Bascape’") == "bascape"


def test_reference_has_every_lombardy_comune():
    assert len(lombardia().comuni) == 1502


def test_former_names_resolve_to_today_s_comune_and_the_data_file_is_consistent():
    r = lombardia()
    found = r.resolve("Zelo Surrigone")
    assert found is not None and (found.istat, found.method) == ("015251", "former")
    assert r.code("Virgilio") == r.code("Borgoforte") == "020071"  # Borgo Virgilio since 2014
    for old, istat in load_former():
        assert istat in r.comuni, (old, istat)
        assert r.resolve(old, fuzzy=False).method == "former", old  # never the name of a comune of today
    assert r.ambiguous_former == []


def test_an_ambiguous_former_name_is_reported_not_guessed():
    comuni = load_comuni()
    r = NameResolver(comuni, [("Pero", "015182"), ("Vecchio Borgo", "015182"), ("Vecchio Borgo", "015170")])
    assert r.ambiguous_former == ["pero", "vecchio borgo"]
    assert r.code("Pero") == "015170"  # today's Pero, not the former name pointing elsewhere
    assert r.code("Vecchio Borgo") is None


def test_gazetteer_finds_names_as_pages_write_them_with_offsets_back_to_the_text():
    text = (
        "1. ARLUNO      8. MESERO\n7. MARCALLO CON CA-\nSONE, TREZZO SULL’ADDA, S. Giuliano Milanese, CANTU',"
        " Motta\nVisconti e Sermide e Felonica"
    )
    found = lombardia().gazetteer.find(text)
    assert [text[f.start : f.end] for f in found] == [
        "ARLUNO",
        "MESERO",
        "MARCALLO CON CA-\nSONE",  # hyphenated at a line end
        "TREZZO SULL’ADDA",
        "S. Giuliano Milanese",
        "CANTU",
        "Motta\nVisconti",  # broken by a line break
        "Sermide e Felonica",  # the longest spelling, not "Sermide"
    ]
    assert [f.istat for f in found][:3] == ["015010", "015144", "015134"]


def test_gazetteer_matches_whole_words_only():
    assert lombardia().gazetteer.find("Rhodense, Peroni, Aresee") == []


def test_abbreviated_names_are_short_forms_that_name_one_comune_or_none():
    r = lombardia()
    for written, name in [
        ("Bernate T.", "Bernate Ticino"),
        ("Boffalora s/Ticino", "Boffalora sopra Ticino"),
        ("Villanova d/Sillaro", "Villanova del Sillaro"),
        ("Castelnuovo B.D.", "Castelnuovo Bocca d'Adda"),
        ("Castiglione d'A.", "Castiglione d'Adda"),
        ("S.ta Maria H.", "Santa Maria Hoè"),
    ]:
        found = r.resolve(written, fuzzy=False)
        assert found is not None and (found.istat, found.method) == (r.code(name), "short"), written
    assert r.resolve("Caselle L.", fuzzy=False) is None  # Caselle Landi or Caselle Lurani
    assert r.code("Paderno D.") is None and r.code("Paderno D.", province="MI") == r.code("Paderno Dugnano")
    assert r.code("Jerago c/o") is None  # "c/o" is "care of", not Jerago con Orago
