// The kban program end to end: exit codes, stdout and stderr, word for word.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support.hpp"

using kban::test::run_kban;
using kban::test::write_temp;

TEST_CASE("kban sources lists the built-in corpus from any folder", "[cli]") {
  const auto r = run_kban("sources --format json");
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.empty());
  const auto doc = nlohmann::json::parse(r.out);
  CHECK(doc["schema_version"] == 1);
  REQUIRE(doc["documents"].size() == 5);
  CHECK(doc["documents"][1]["id"] == "circleid");
  CHECK(doc["documents"][1]["published"] == "2024-07-16");
  CHECK(doc["documents"][0]["published"].is_null());
}

TEST_CASE("kban sources in every format", "[cli]") {
  const std::string corpus = write_temp("two.json", R"({"schema_version": 1, "documents": [
    {"id": "a", "title": "Hello, world", "outlet": "Wire", "published": "2024-01-02", "text": "One two three."},
    {"id": "b", "title": "Pipe | here", "text": "Four."}]})");
  const auto table = run_kban("--corpus " + corpus + " sources");
  CHECK(table.exit_code == 0);
  CHECK(table.out ==
        "ID  OUTLET  PUBLISHED   WORDS  TITLE\n"
        "a   Wire    2024-01-02  3      Hello, world\n"
        "b   -       -           1      Pipe | here\n");
  const auto csv = run_kban("--corpus " + corpus + " sources --format csv");
  // CSV is data: the record's fields, empty where unknown.
  CHECK(csv.out == "id,title,outlet,author,published,url,words\r\na,\"Hello, world\",Wire,,2024-01-02,,3\r\nb,Pipe | here,,,,,1\r\n");
  const auto md = run_kban("sources --format markdown --corpus " + corpus);
  CHECK(md.out ==
        "| ID | OUTLET | PUBLISHED | WORDS | TITLE |\n| --- | --- | --- | --- | --- |\n"
        "| a | Wire | 2024-01-02 | 3 | Hello, world |\n| b | - | - | 1 | Pipe \\| here |\n");
  const auto jsonl = run_kban("--corpus " + corpus + " sources --format jsonl");
  const auto rows = kban::test::lines(jsonl.out);
  REQUIRE(rows.size() == 2);
  CHECK(nlohmann::json::parse(rows[1])["type"] == "document");
  CHECK(nlohmann::json::parse(rows[1])["data"]["id"] == "b");
}

TEST_CASE("color follows --color and NO_COLOR", "[cli]") {
  const std::string bold = "\x1b[1m";
  CHECK(run_kban("sources --color always").out.find(bold) != std::string::npos);
  CHECK(run_kban("sources --color never").out.find(bold) == std::string::npos);
  // Not a terminal: auto means no color.
  CHECK(run_kban("sources").out.find(bold) == std::string::npos);
  CHECK(run_kban("sources --color always", "", "NO_COLOR=1").out.find(bold) != std::string::npos);
}

TEST_CASE("the corpus can come from stdin", "[cli]") {
  const auto r = run_kban("--corpus - sources --format csv", R"({"schema_version":1,"documents":[{"id":"x","text":"a b"}]})");
  CHECK(r.exit_code == 0);
  CHECK(r.out == "id,title,outlet,author,published,url,words\r\nx,,,,,,2\r\n");
}

TEST_CASE("bad command lines exit 2 with a message on stderr", "[cli]") {
  auto r = run_kban("timelin");
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(r.err ==
        "kban: error: unknown command \"timelin\" (did you mean \"timeline\"?)\n"
        "Run 'kban --help' for the commands and options.\n");
  r = run_kban("sources --format xml");
  CHECK(r.exit_code == 2);
  CHECK(r.err.rfind("kban: error: --format: xml not in {table,json,jsonl,csv,markdown}", 0) == 0);
  r = run_kban("");
  CHECK(r.exit_code == 2);
  r = run_kban("--help");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("3  bad input data") != std::string::npos);
}

TEST_CASE("broken corpora exit 3 with the file, the place and the problem", "[cli]") {
  struct Case {
    std::string name;
    std::string content;
    std::string message;
  };
  const std::vector<Case> cases = {
      {"syntax.json", "{\"schema_version\": 1,\n\"documents\": [,]}",
       "syntax.json:2:15: syntax error while parsing value - unexpected ','; expected '[', '{', or a literal"},
      {"type.json", R"({"schema_version": 1, "documents": [{"id": "a", "text": ["x"]}]})",
       R"(type.json:1:57: documents[0] (id "a"): field "text": expected a string, found array)"},
      {"missing.json", R"({"schema_version": 1, "documents": [{"id": "a"}]})",
       R"(missing.json:1:37: documents[0] (id "a"): missing required field "text")"},
      {"unknown.json", R"({"schema_version": 1, "documents": [{"id": "a", "text": "", "autor": "Z"}]})",
       R"(unknown.json:1:61: documents[0] (id "a"): field "autor": unknown field (did you mean "author"?))"},
      {"dup.json", R"({"schema_version": 1, "documents": [{"id": "a", "text": ""}, {"id": "a", "text": ""}]})",
       R"(dup.json:1:69: documents[1] (id "a"): field "id": duplicate id, first used by documents[0])"},
      {"date.json", R"({"schema_version": 1, "documents": [{"id": "a", "text": "", "published": "2024-02-30"}]})",
       R"(date.json:1:74: documents[0] (id "a"): field "published": "2024-02-30" is not a valid date (YYYY-MM-DD, or a timestamp that starts with one))"},
      {"utf8.json", "{\"schema_version\": 1, \"documents\": [{\"id\": \"a\", \"text\": \"\xFF\"}]}",
       "utf8.json:1:58: invalid UTF-8 byte 0xFF at byte offset 57"},
      {"empty.json", "", "empty.json:1:1: empty file; expected JSON"},
      {"comma.json", "{\"schema_version\": 1, \"documents\": [\n  {\"id\": \"a\", \"text\": \"x\"},\n]}",
       "comma.json:3:1: syntax error while parsing value - unexpected ']'; expected '[', '{', or a literal (a comma before "
       "it, at line 2, column 27: JSON allows none after the last item)"},
  };
  for (const auto& c : cases) {
    const std::string path = write_temp(c.name, c.content);
    const auto r = run_kban("--corpus " + path + " sources");
    INFO(c.name);
    CHECK(r.exit_code == 3);
    CHECK(r.out.empty());
    CHECK(r.err == "kban: error: " + path + ":" + c.message.substr(c.name.size() + 1) + "\n");
  }
  const auto r = run_kban("--corpus /no/such/corpus.json sources");
  CHECK(r.exit_code == 3);
  CHECK(r.err == "kban: error: /no/such/corpus.json: cannot open: No such file or directory\n");
}

TEST_CASE("kban tag reads stdin and files in every format", "[cli][tag]") {
  const std::string text = "The ban takes effect on July 20. Updates stop on Sept. 29.";
  auto r = run_kban("tag --dct 2024-07-16", text);
  REQUIRE(r.exit_code == 0);
  const auto doc = nlohmann::json::parse(r.out);
  CHECK(doc["schema_version"] == 1);
  CHECK(doc["dct"] == "2024-07-16");
  REQUIRE(doc["timexes"].size() == 2);
  CHECK(doc["timexes"][0]["start"] == 24);
  CHECK(doc["timexes"][0]["end"] == 31);
  CHECK(doc["timexes"][0]["text"] == "July 20");
  CHECK(doc["timexes"][0]["type"] == "DATE");
  CHECK(doc["timexes"][0]["value"] == "2024-07-20");
  CHECK(doc["timexes"][0]["mod"].is_null());
  const std::string path = write_temp("tag.txt", text);
  r = run_kban("tag " + path + " --dct 2024-07-16 --format timeml");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2024-07-20\">July 20</TIMEX3>.") != std::string::npos);
  CHECK(r.out.find("functionInDocument=\"CREATION_TIME\">2024-07-16</TIMEX3>") != std::string::npos);
  r = run_kban("tag " + path + " --dct 2024-07-16 --format jsonl");
  CHECK(kban::test::lines(r.out).size() == 2);
  r = run_kban("tag - --format table", text);
  CHECK(r.out ==
        "START  END  TYPE  VALUE       MOD  TEXT\n"
        "24     31   DATE  XXXX-07-20  -    July 20\n"
        "49     57   DATE  XXXX-09-29  -    Sept. 29\n");
}

TEST_CASE("kban tag offsets count code points", "[cli][tag]") {
  const auto r = run_kban("tag --dct 2024-07-16", "“Café” closed in 2017.");
  const auto doc = nlohmann::json::parse(r.out);
  REQUIRE(doc["timexes"].size() == 1);
  CHECK(doc["timexes"][0]["start"] == 17);
  CHECK(doc["timexes"][0]["start_byte"] == 22);
}

TEST_CASE("kban tag --doc uses the document's reference date and says when it is inferred", "[cli][tag]") {
  auto r = run_kban("tag --doc circleid");
  REQUIRE(r.exit_code == 0);
  auto doc = nlohmann::json::parse(r.out);
  CHECK(doc["dct"] == "2024-07-16");
  CHECK_FALSE(doc.contains("dct_inferred"));
  r = run_kban("tag --doc two-step-ban");
  doc = nlohmann::json::parse(r.out);
  CHECK(doc["dct_inferred"]["inferred"] == true);
  CHECK(doc["timexes"][0]["value"] == "2024-07-20");
  CHECK(doc["timexes"][0]["inferred"] == true);
  r = run_kban("tag --doc circleidd");
  CHECK(r.exit_code == 2);
  CHECK(r.err == "kban: error: unknown document \"circleidd\" (did you mean \"circleid\"?)\nRun 'kban --help' for the commands and options.\n");
}

TEST_CASE("kban tag on bad input", "[cli][tag]") {
  auto r = run_kban("tag --dct 2024-02-30", "x");
  CHECK(r.exit_code == 2);
  CHECK(r.err ==
        "kban: error: --dct: \"2024-02-30\" is not a date: 2024-02 has 29 days\n"
        "Run 'kban --help' for the commands and options.\n");
  r = run_kban("tag", "ok\nab\xFF");
  CHECK(r.exit_code == 3);
  CHECK(r.out.empty());
  CHECK(r.err == "kban: error: <stdin>:2:3: invalid UTF-8 byte 0xFF at byte offset 5\n");
  r = run_kban("tag --dct 2024-07-16", "");
  CHECK(r.exit_code == 0);
  CHECK(nlohmann::json::parse(r.out)["timexes"].empty());
  r = run_kban("tag /no/such/file.txt");
  CHECK(r.exit_code == 3);
  CHECK(r.err == "kban: error: /no/such/file.txt: cannot open: No such file or directory\n");
}

TEST_CASE("kban schema prints the JSON contracts", "[cli]") {
  auto r = run_kban("schema timeline");
  REQUIRE(r.exit_code == 0);
  const auto schema = nlohmann::json::parse(r.out);
  CHECK(schema["properties"]["events"]["items"]["required"] ==
        nlohmann::json({"id", "date", "granularity", "type", "label", "summary", "actors", "sources", "dates_agree",
                        "inferred", "mentions"}));
  r = run_kban("schema nothing");
  CHECK(r.exit_code == 2);
}

TEST_CASE("a broken lexicon file is reported with its position", "[cli]") {
  const std::string path = write_temp("lex.json", "{\"schema_version\": 1,\n \"actors\": [{\"aliases\": [\"X\"]}],\n \"actor\": []}");
  const auto r = run_kban("--lexicon " + path + " timeline");
  CHECK(r.exit_code == 3);
  CHECK(r.out.empty());
  CHECK(r.err == "kban: error: " + path + ":2:13: actors[0]: missing required field \"name\"\n" +
                 "kban: error: " + path + ":3:2: unknown section \"actor\" (did you mean \"actors\"?)\n");
}

TEST_CASE("a user lexicon extends the built-in one", "[cli]") {
  const std::string corpus = write_temp("lex_corpus.json", R"({"schema_version": 1, "documents": [
    {"id": "a", "published": "2024-03-01", "text": "Acme christened its ferry on Feb. 12."}]})");
  auto r = run_kban("--corpus " + corpus + " timeline --format json");
  const auto before = nlohmann::json::parse(r.out);
  CHECK(before["events"].empty());  // no action the built-in lexicon knows
  REQUIRE(before["excluded"].size() == 1);
  CHECK(before["excluded"][0]["kind"] == "untyped");
  const std::string lexicon = write_temp("lex_extra.json", R"({"event_types": [{"name": "naming", "group": "company",
    "triggers": ["christened"]}], "actors": [{"name": "Acme Corp", "aliases": ["Acme"]}]})");
  r = run_kban("--corpus " + corpus + " --lexicon " + lexicon + " timeline --format jsonl");
  REQUIRE(r.exit_code == 0);
  const auto events = kban::test::jsonl_records(r.out, "event");
  REQUIRE(events.size() == 1);
  const auto& e = events[0];
  CHECK(e["type"] == "naming");
  CHECK(e["actors"][0] == "Acme Corp");
  CHECK(e["date"] == "2024-02-12");
}

TEST_CASE("an event type that is a kind of an unknown type is a data error", "[cli]") {
  const std::string lexicon = write_temp("lex_kind.json", R"({"event_types": [{"name": "rehearing", "kind_of": "hearings",
    "triggers": ["rehearing"]}]})");
  const auto r = run_kban("--lexicon " + lexicon + " timeline");
  CHECK(r.exit_code == 3);
  CHECK(r.out.empty());
  CHECK(r.err == "kban: error: lexicon: event type \"rehearing\" is a kind of \"hearings\", which is no event type\n");
}

TEST_CASE("the manual page and the completions come from the command definitions", "[cli]") {
  const auto man = run_kban("man");
  REQUIRE(man.exit_code == 0);
  for (const char* command : {"timeline", "conflicts", "claims", "tag", "sources", "add", "extract", "schema", "completion"})
    CHECK(man.out.find(std::string(".SS \"kban ") + command + "\"") != std::string::npos);
  CHECK(man.out.find("\\fB\\-\\-fail\\-on\\-conflict\\fR") != std::string::npos);
  const auto bash = run_kban("completion bash");
  CHECK(bash.out.find("complete -F _kban kban") != std::string::npos);
  const auto bad = run_kban("completion tcsh");
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("tcsh not in {bash,zsh,fish}") != std::string::npos);
  // A command's help lists the options of every command and only the exit codes it can give.
  const auto help = run_kban("timeline --help");
  CHECK(help.out.find("--corpus FILE") != std::string::npos);
  CHECK(help.out.find("--fail-on-conflict") == std::string::npos);
  CHECK(run_kban("conflicts --help").out.find("1  conflicts found, with --fail-on-conflict") != std::string::npos);
  CHECK(run_kban("-V").out == "kban 0.1.0\n");
}

TEST_CASE("mistakes on the command line get messages that say what to type", "[cli]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"timeline --sinse 2024", "unknown option \"--sinse\" for timeline (did you mean \"--since\"?)"},
      {"--Corpus x timeline", "unknown option \"--Corpus\" (did you mean \"--corpus\"?)"},
      {"--corpus a.json --corpus b.json timeline", "--corpus given more than once: one corpus at a time (kban add brings pages into one)"},
      {"timeline --since 2024-02-30", "--since: \"2024-02-30\" is not a date: 2024-02 has 29 days"},
      {"timeline --until 2024-13", "--until: \"2024-13\" is not a date: there is no month 13"},
      {"timeline --since 2024-08 --until 2024-07", "--since 2024-08 is after --until 2024-07: no event can be in both"},
      {"conflicts --source nope", "--source: unknown document \"nope\" (known: leave-us-market, circleid, epoch-times, cyber-firm-shuts, two-step-ban)"},
  };
  for (const auto& [args, message] : cases) {
    INFO(args);
    const auto r = run_kban(args);
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err == "kban: error: " + message + "\nRun 'kban --help' for the commands and options.\n");
  }
}

TEST_CASE("a subcommand's own options and short options with their value attached are accepted", "[cli]") {
  const std::string out = kban::test::write_temp("cli-export/placeholder", "");
  const std::string path = out.substr(0, out.rfind('/')) + "/corpus.json";
  auto r = run_kban("corpus export --output " + path);
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(kban::test::read_file(path) == run_kban("corpus export").out);
  r = run_kban("corpus export --outptu x");
  CHECK(r.exit_code == 2);
  CHECK(r.err == "kban: error: unknown option \"--outptu\" for corpus export (did you mean \"--output\"?)\n"
                 "Run 'kban --help' for the commands and options.\n");
  CHECK(run_kban("-j1 timeline --format json").out == run_kban("timeline -j8 --format json").out);
  CHECK(run_kban("timeline -j8 --format json").exit_code == 0);
}

TEST_CASE("conflicts by source and claims by status", "[cli]") {
  auto ids = [](const std::string& out) {
    std::vector<std::string> v;
    const auto doc = nlohmann::json::parse(out);
    for (const auto& c : doc[doc.contains("conflicts") ? "conflicts" : "claims"]) v.push_back(c["id"]);
    return v;
  };
  CHECK(ids(run_kban("conflicts --source leave-us-market --format json").out).size() == 2);  // the statement and the figure
  CHECK(ids(run_kban("conflicts --source circleid --kind figure --format json").out).empty());
  const auto conflicting = nlohmann::json::parse(run_kban("claims --status conflict --format json").out)["claims"];
  REQUIRE(conflicting.size() == 1);
  CHECK(conflicting[0]["attribute"] == "corporate clients");
  const auto others = nlohmann::json::parse(run_kban("claims --status agree --status single --format json").out);
  CHECK(!others["claims"].empty());
  for (const auto& g : others["claims"]) CHECK(g["status"] != "conflict");
}

TEST_CASE("output that cannot be written is an error with its reason and exit code 5", "[cli][output]") {
  using kban::test::run_script;
  auto r = run_script("\"$KBAN\" sources >/dev/full");
  CHECK(r.exit_code == 5);
  CHECK(r.err == "kban: error: cannot write output: No space left on device\n");
  r = run_script("\"$KBAN\" timeline --format json >/dev/full");
  CHECK(r.exit_code == 5);
  CHECK(r.err == "kban: error: cannot write output: No space left on device\n");
  r = run_script("\"$KBAN\" --help >/dev/full");
  CHECK(r.exit_code == 5);
  r = run_script("\"$KBAN\" sources >&-");
  CHECK(r.exit_code == 5);
  CHECK(r.err == "kban: error: cannot write output: Bad file descriptor\n");
  // A reader that stops early: with SIGPIPE ignored, the write fails with EPIPE.
  const std::string big = kban::test::source_path("tests/golden/generated_100.json");
  r = run_script("trap '' PIPE\n{ \"$KBAN\" --corpus '" + big + "' timeline --format json; echo $? >code; } | head -c 1 >/dev/null\n"
                 "exit $(cat code)");
  CHECK(r.exit_code == 5);
  CHECK(r.err == "kban: error: cannot write output: Broken pipe\n");
  // With SIGPIPE as it is by default, the signal ends kban quietly, as for any filter.
  r = run_script("\"$KBAN\" --corpus '" + big + "' timeline --format json | head -c 1 >/dev/null");
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
}

TEST_CASE("inputs that name nothing or cannot be read are refused, word for word", "[cli][refused]") {
  using kban::test::run_script;
  const std::string help = "Run 'kban --help' for the commands and options.\n";
  struct Case {
    std::string args;
    int code;
    std::string err;
  };
  const std::vector<Case> cases = {
      {"--corpus '' sources", 2, "kban: error: --corpus: empty file name\n" + help},
      {"--lexicon '' timeline", 2, "kban: error: --lexicon: empty file name\n" + help},
      {"timeline --extracts ''", 2, "kban: error: --extracts: empty file name\n" + help},
      {"tag ''", 2, "kban: error: file: empty file name\n" + help},
      {"tag --doc ''", 2, "kban: error: --doc: empty document id\n" + help},
      {"tag --dct ''", 2, "kban: error: --dct: \"\" is not a date (YYYY-MM-DD)\n" + help},
      {"timeline --since 0000", 2, "kban: error: --since: \"0000\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)\n" + help},
      {"timeline --until ''", 2, "kban: error: --until: \"\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)\n" + help},
      {"--corpus - --lexicon - timeline", 2,
       "kban: error: --corpus and --lexicon both read stdin ('-'); give all but one of them a file\n" + help},
      {"tag /", 3, "kban: error: /: cannot read: Is a directory\n"},
      {"--corpus / sources", 3, "kban: error: /: a folder with no .txt, .md or .html pages\n"},
      {"--lexicon / timeline", 3, "kban: error: /: cannot read: Is a directory\n"},
  };
  for (const auto& c : cases) {
    INFO(c.args);
    const auto r = run_kban(c.args);
    CHECK(r.exit_code == c.code);
    CHECK(r.out.empty());
    CHECK(r.err == c.err);
  }
  // A missing stdin is not an empty one.
  auto r = run_script("\"$KBAN\" tag <&-");
  CHECK(r.exit_code == 3);
  CHECK(r.err == "kban: error: <stdin>: cannot read: standard input is closed\n");
  r = run_script("\"$KBAN\" --corpus - sources <&-");
  CHECK(r.exit_code == 3);
  CHECK(r.err == "kban: error: <stdin>: cannot read: standard input is closed\n");
  r = run_script("\"$KBAN\" tag </");
  CHECK(r.exit_code == 3);
  CHECK(r.err == "kban: error: <stdin>: cannot read: Is a directory\n");
  // An empty input is fine: /dev/null holds no time expression.
  r = run_kban("tag /dev/null --dct 2024-07-16");
  CHECK(r.exit_code == 0);
  CHECK(nlohmann::json::parse(r.out)["timexes"].empty());
  r = run_script("\"$KBAN\" tag --dct 2024-07-16 </dev/null");
  CHECK(r.exit_code == 0);
  // Stdin read twice, through --lexicon and --extracts.
  r = run_kban("--lexicon - timeline --extracts -", "{}");
  CHECK(r.exit_code == 3);
  CHECK(r.err == "kban: error: <stdin>: cannot read: already read for another input ('-' given twice)\n");
}

TEST_CASE("CSV is data, JSON Lines records say what they are, --fields selects fields", "[cli][formats]") {
  // One row per event: ISO dates, granularity, sources joined with ';'.
  auto r = run_kban("timeline --format csv --type cutoff");
  REQUIRE(r.exit_code == 0);
  auto rows = kban::test::lines(r.out);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].rfind("id,date,granularity,type,label,summary,actors,sources,dates_agree,inferred\r", 0) == 0);
  CHECK(rows[1].find(",2024-09-29,day,cutoff,") != std::string::npos);
  // With --evidence, one row per mention, its fields under "mentions.".
  r = run_kban("timeline --format csv --type cutoff --evidence --fields id,mentions");
  rows = kban::test::lines(r.out);
  CHECK(rows[0].rfind("id,mentions.doc,mentions.text,mentions.start,mentions.end,mentions.sentence,", 0) == 0);
  CHECK(rows.size() == 5);  // header and the four mentions of the cutoff
  // Claims: one row per value, with its numbers.
  r = run_kban("claims --status conflict --format csv --fields id,values");
  rows = kban::test::lines(r.out);
  REQUIRE(rows.size() == 3);
  CHECK(rows[0] == "id,values.value,values.low,values.high,values.text,values.docs,values.support\r");
  CHECK(rows[1] == "kaspersky-corporate-clients-global,240000,240000,240000,\"240,000\",leave-us-market,1\r");
  // Every JSON Lines record is {"type", "data"}; the timeline's references and set-aside dates
  // are in the stream too.
  r = run_kban("timeline --format jsonl");
  for (const auto& line : kban::test::lines(r.out)) {
    const auto record = nlohmann::json::parse(line);
    CHECK(record.size() == 2);
    CHECK((record["type"] == "event" || record["type"] == "reference" || record["type"] == "excluded"));
  }
  CHECK(kban::test::jsonl_records(r.out, "reference").size() == 5);
  CHECK(!kban::test::jsonl_records(r.out, "excluded").empty());
  // --fields keeps the record's order and only the fields named.
  const auto json = nlohmann::json::parse(run_kban("timeline --format json --fields sources,id").out);
  for (const auto& e : json["events"]) {
    CHECK(e.size() == 2);
    CHECK(e.begin().key() == "id");
  }
  CHECK(json.contains("references"));
  r = run_kban("conflicts --fields severty --format json");
  CHECK(r.exit_code == 2);
  CHECK(r.err.rfind("kban: error: --fields: conflicts have no field \"severty\" (did you mean \"severity\"?)\n", 0) == 0);
  CHECK(run_kban("sources --fields id").exit_code == 2);  // a table has its own columns
}
