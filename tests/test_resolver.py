from crawler.reference.comuni import lombardia, normalize_name


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
