# Queries over the served dev corpus, shared by tests/clients/run.sh and bench/load/run.sh (sourced).
NG_PREFIXES='PREFIX ng: <https://w3id.org/newsgraph/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>'
NG_SELECT="$NG_PREFIXES SELECT ?visit ?visitor ?place ?date WHERE { ?visit a ng:Visit ; ng:visitor ?visitor . OPTIONAL { ?visit ng:place ?place } OPTIONAL { ?visit ng:date ?date } } ORDER BY ?visit LIMIT 20"
NG_ASK="$NG_PREFIXES ASK { ?meeting a ng:Meeting ; ng:participant ?a , ?b . FILTER (?a != ?b) }"
NG_CONSTRUCT="$NG_PREFIXES CONSTRUCT { ?s ng:speaker ?who ; ng:quote ?q } WHERE { ?s ng:speaker ?who ; ng:quote ?q } LIMIT 20"
