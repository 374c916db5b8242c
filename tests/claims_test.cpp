// Claims and conflicts on corpora written for the test, with near-misses planted on purpose,
// and `kban claims` / `kban conflicts` end to end.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "kban/pipeline.hpp"
#include "support.hpp"

using kban::test::run_kban;
using nlohmann::json;

namespace {

kban::Analysis analyze(std::vector<std::pair<std::string, std::string>> docs) {
  static kban::Corpus corpus;  // claims point into the analysis; keep the corpus alive
  corpus = kban::Corpus{};
  for (auto& [id, text] : docs) corpus.documents.push_back({id, {}, {}, {}, kban::Date{2024, 3, 1}, {}, text});
  kban::Lexicon lexicon = kban::builtin_lexicon();
  kban::Lexicon extra;
  extra.actors.push_back({"Acme Corp", "company", {"Acme"}});
  kban::merge_lexicon(lexicon, extra);
  return kban::analyze_corpus(corpus, lexicon);
}

// "attribute scope: value [docs] vs ..." for each conflict.
std::vector<std::string> conflicts(const kban::Analysis& a) {
  std::vector<std::string> out;
  for (const auto& c : a.conflicts) {
    std::string line = c.kind + " " + c.attribute + (c.scope.empty() ? "" : " " + c.scope) + ":";
    for (const auto& v : c.values) {
      line += " " + v.text + " [";
      for (std::size_t i = 0; i < v.docs.size(); ++i) line += (i ? "," : "") + v.docs[i];
      line += "]";
    }
    out.push_back(line);
  }
  return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("different figures for one attribute conflict, and synonyms count as one attribute", "[claims]") {
  const auto a = analyze({{"a", "Acme sells through 12,000 dealers worldwide."},
                          {"b", "Acme has 15,000 retail dealers around the world."},
                          {"c", "Acme employs 900 staff."},
                          {"d", "Acme has 900 employees."}});
  CHECK(conflicts(a) == Lines{"figure dealer global: 12,000 [a] 15,000 [b]"});
}

TEST_CASE("hedged figures that can both be true agree", "[claims]") {
  const auto a = analyze({{"a", "Acme has over 2 million users."},
                          {"b", "Acme has more than 2 million users."},
                          {"c", "Acme has 2.1 million users."},
                          {"d", "Acme employs fewer than 80 people in its shops."},
                          {"e", "Acme employs less than 80 people in its shops."},
                          {"f", "Acme has about 500 staff."},
                          {"g", "Acme has nearly 500 employees."}});
  CHECK(conflicts(a).empty());
  std::size_t agreeing = 0;
  for (const auto& g : a.claim_groups) agreeing += g.values.size() == 1 && g.values[0].docs.size() > 1;
  CHECK(agreeing == 3);
}

TEST_CASE("a bound that rules out a figure conflicts with it", "[claims]") {
  const auto a = analyze({{"a", "Acme has fewer than 50 employees."}, {"b", "Acme has 70 employees."}});
  CHECK(conflicts(a) == Lines{"figure employees: fewer than 50 [a] 70 [b]"});
}

TEST_CASE("figures about different things, places or years do not conflict", "[claims]") {
  const auto a = analyze({
      {"a", "Acme has offices in 31 countries and customers in 120 countries."},
      {"b", "US sales are 18% of Acme's global revenue, and Acme holds 62% of the drone market."},
      {"c", "Acme had 300 employees in the U.S. and 2,000 employees worldwide."},
      {"d", "Acme cut 120 positions in November 2023. It will cut 500 positions in 2024."},
  });
  CHECK(conflicts(a).empty());
}

TEST_CASE("a reading on a scale is not a count, and a verb ends the noun a figure counts", "[claims]") {
  const auto a = analyze({
      {"a", "A magnitude 7.1 earthquake struck the Acme region on Sunday."},
      {"b", "A magnitude 6.0 aftershock shook the Acme region on Wednesday."},
      {"c", "It was the strongest of about 500 aftershocks recorded at Acme's station."},
  });
  std::vector<std::string> attributes;
  for (const auto& g : a.claim_groups) {
    attributes.push_back(g.attribute);
    CHECK_FALSE(g.conflict);
  }
  std::sort(attributes.begin(), attributes.end());
  CHECK(attributes == Lines{"aftershock", "magnitude (aftershock)", "magnitude (earthquake)"});
}

TEST_CASE("a figure in a when-clause holds at the date the clause hangs on", "[claims]") {
  const auto a = analyze({
      {"a", "Acme had a smaller spill in August 2017, when about 300 gallons of solvent reached a drain."},
      {"b", "About 900 gallons of water were flushed through Acme's pipes in February 2024."},
  });
  CHECK(conflicts(a).empty());
  // Without the clause's date, both figures are read as one time's.
  const auto b = analyze({
      {"a", "Acme had a smaller spill in 2017. About 300 gallons of solvent reached a drain."},
      {"b", "About 900 gallons of water were flushed through Acme's pipes in February 2024."},
  });
  CHECK(conflicts(b).size() == 1);
}

TEST_CASE("a claim carries its evidence", "[claims]") {
  const auto a = analyze({{"a", "“Acme” has 12,000 dealers."}});
  const auto& claims = a.documents[0].claims;
  REQUIRE(claims.size() == 1);
  const auto& e = claims[0].evidence;
  CHECK(a.doc_id(e) == "a");
  CHECK(e.text == "12,000");
  CHECK(e.start == 11);
  CHECK(e.end == 17);
  CHECK(a.sentence(e).text == "“Acme” has 12,000 dealers.");
  CHECK(claims[0].subject == "Acme Corp");
  CHECK(claims[0].attribute == "dealer");
}

TEST_CASE("an actor that says or reports a figure is its source, not its subject", "[claims]") {
  // The regulator reports Acme's figures; the two sources disagree about Acme's dealers.
  const auto a = analyze({{"a", "Acme recalled the Acme Zip scooters. The Federal Trade Commission said 41 dealers carried them."},
                          {"b", "Acme recalled the Acme Zip scooters. The Federal Trade Commission reported that 14 dealers carried them."}});
  for (const auto& d : a.documents) {
    REQUIRE(d.claims.size() == 1);
    CHECK(d.claims[0].subject == "Acme Corp");
  }
  CHECK(conflicts(a) == Lines{"figure dealer: 14 [b] 41 [a]"});
}

TEST_CASE("kban conflicts on the built-in corpus reports the real disagreements and nothing else", "[claims][cli]") {
  const auto r = run_kban("conflicts --format json");
  REQUIRE(r.exit_code == 0);
  const json doc = json::parse(r.out);
  REQUIRE(doc["conflicts"].size() == 3);
  auto of_kind = [&](const std::string& kind) {
    for (const auto& c : doc["conflicts"])
      if (c["kind"] == kind) return c;
    return json();
  };
  const json date = of_kind("date");
  CHECK(date["values"][0]["value"] == "2017");
  CHECK(date["values"][0]["docs"] == json({"circleid", "two-step-ban"}));
  CHECK(date["values"][1]["value"] == "2018");
  CHECK(date["values"][1]["docs"] == json({"epoch-times"}));
  const json figure = of_kind("figure");
  CHECK(figure["subject"] == "Kaspersky");
  CHECK(figure["attribute"] == "corporate clients");
  CHECK(figure["values"][0]["value"] == 240000);
  CHECK(figure["values"][0]["docs"] == json({"leave-us-market"}));
  CHECK(figure["values"][1]["value"] == 270000);
  CHECK(figure["values"][1]["docs"] == json({"epoch-times", "cyber-firm-shuts"}));
  CHECK(figure["severity"] == Approx(0.111).margin(0.001));
  const json statement = of_kind("statement");
  CHECK(statement["subject"] == "Kaspersky");
  CHECK(statement["values"][0]["value"] == "holds");
  CHECK(statement["values"][0]["docs"] == json({"cyber-firm-shuts"}));
  CHECK(statement["values"][1]["value"] == "given up");
  CHECK(statement["values"][1]["docs"] == json({"leave-us-market", "circleid", "two-step-ban"}));
  for (const auto& c : doc["conflicts"])
    for (const char* key : {"id", "kind", "subject", "attribute", "values"}) CHECK(c.contains(key));
  const auto& m = figure["values"][0]["mentions"][0];
  CHECK(m["text"] == "240,000");
  CHECK(m["sentence"] == "Over 400 million individuals and 240,000 companies use its antivirus software globally.");
}

TEST_CASE("an intent one source says holds and another says was given up is a statement conflict", "[claims]") {
  const auto a = analyze({{"a", "Acme remains committed to challenging the fine in court."},
                          {"b", "Acme initially planned to challenge the fine, but it has now paid."},
                          {"c", "Despite the setback, Acme still plans to appeal."}});
  CHECK(conflicts(a) == Lines{"statement intends a lawsuit: committed to challenging [a,c] planned to challenge [b]"});
  const auto agree = analyze({{"a", "Acme plans to appeal the fine."}, {"b", "Acme intends to challenge the fine."}});
  CHECK(conflicts(agree).empty());
}

TEST_CASE("kban claims shows agreement once hedges are read", "[claims][cli]") {
  const auto r = run_kban("claims --format json");
  REQUIRE(r.exit_code == 0);
  const json doc = json::parse(r.out);
  auto group = [&](const std::string& attribute) {
    for (const auto& g : doc["claims"])
      if (g["attribute"] == attribute) return g;
    return json();
  };
  const json users = group("users");
  REQUIRE(users.is_object());
  CHECK(users["status"] == "agree");
  CHECK(users["values"].size() == 1);
  CHECK(users["values"][0]["docs"] == json({"leave-us-market", "epoch-times", "cyber-firm-shuts"}));
  CHECK(users["values"][0]["low"] == 4e8);
  CHECK(users["values"][0]["high"].is_null());
  const json staff = group("employees");
  CHECK(staff["status"] == "agree");
  CHECK(staff["values"][0]["docs"] == json({"circleid", "two-step-ban"}));
}

TEST_CASE("conflicts with --fail-on-conflict exit 1 when there is a conflict", "[claims][cli]") {
  CHECK(run_kban("conflicts --fail-on-conflict").exit_code == 1);
  CHECK(run_kban("conflicts").exit_code == 0);
  const std::string calm = kban::test::write_temp("calm.json", R"({"schema_version": 1, "documents": [
    {"id": "a", "published": "2024-01-01", "text": "Acme has 10 offices."},
    {"id": "b", "published": "2024-01-01", "text": "Acme has 10 offices."}]})");
  const auto r = run_kban("--corpus " + calm + " conflicts --fail-on-conflict --format jsonl");
  CHECK(r.exit_code == 0);
  CHECK(r.out.empty());
  CHECK(json::parse(run_kban("conflicts --kind date --format json").out)["conflicts"].size() == 1);
  CHECK(json::parse(run_kban("conflicts --kind statement --format json").out)["conflicts"].size() == 1);
}

TEST_CASE("a second story's planted conflicts are found and its near-misses are not", "[claims][cli]") {
  const std::string dir = kban::test::source_path("tests/data/story2/");
  const auto r = run_kban("--corpus " + dir + "corpus.json --lexicon " + dir + "lexicon.json conflicts --format json");
  REQUIRE(r.exit_code == 0);
  const json doc = json::parse(r.out);
  const json expected = json::parse(kban::test::read_file(dir + "expected.json"));
  // Each planted conflict: some reported conflict has every planted value, each value's
  // text and sources among one of the conflict's values.
  for (const auto& x : expected["conflicts"]) {
    INFO(x["about"].get<std::string>());
    bool found = false;
    for (const auto& c : doc["conflicts"]) {
      if (c["kind"] != x["kind"]) continue;
      bool all = true;
      for (const auto& xv : x["values"]) {
        bool value_found = false;
        for (const auto& v : c["values"])
          for (const auto& m : v["mentions"])
            value_found = value_found || (xv["text"].get<std::string>().rfind(m["text"].get<std::string>(), 0) == 0 && m["doc"] == xv["docs"][0]);
        all = all && value_found;
      }
      found = found || all;
    }
    CHECK(found);
  }
  CHECK(doc["conflicts"].size() == expected["conflicts"].size());
}

TEST_CASE("an exact figure carries the precision its writer gave it", "[claims]") {
  // A round figure of two digits or more is read as rounded to its last digit that is not
  // zero: "310,000" takes in "310,412", and the value is the exact one.
  const auto a = analyze({{"a", "Acme has 310,000 dealers."}, {"b", "Acme has 310,412 dealers."}});
  CHECK(conflicts(a).empty());
  REQUIRE(a.claim_groups.size() == 1);
  REQUIRE(a.claim_groups[0].values.size() == 1);
  CHECK(a.claim_groups[0].values[0].low == 310412);
  CHECK(a.claim_groups[0].values[0].high == 310412);
  CHECK(conflicts(analyze({{"a", "Acme has 310,000 dealers."}, {"b", "Acme has 315,001 dealers."}})) ==
        Lines{"figure dealer: 310,000 [a] 315,001 [b]"});
  CHECK(conflicts(analyze({{"a", "Acme has 240,000 dealers."}, {"b", "Acme has 270,000 dealers."}})).size() == 1);
  // One digit is taken as written: 100 is not 150.
  CHECK(conflicts(analyze({{"a", "Acme has 100 dealers."}, {"b", "Acme has 150 dealers."}})).size() == 1);
  const auto b = analyze({{"a", "Acme has 400 million users."}, {"b", "Acme has more than 400 million users."}});
  CHECK(conflicts(b).empty());  // bounds are closed at the written figure: writers round
}

TEST_CASE("figures an order of magnitude apart count different things, unless only the magnitude slipped", "[claims]") {
  const auto a = analyze({{"a", "Three patients of Acme died in the trial."}, {"b", "Acme says 310,000 patients take the drug."}});
  CHECK(conflicts(a).empty());
  REQUIRE(a.claim_groups.size() == 1);
  CHECK(a.claim_groups[0].values.size() == 2);
  CHECK(!a.claim_groups[0].conflict);
  // Ten times apart where the intervals come nearest: "about 230,000" against 41.
  CHECK(conflicts(analyze({{"a", "Acme serves about 230,000 people."}, {"b", "Acme serves 41 people."}})).empty());
  // Nearer than that, a conflict: a digit swapped.
  CHECK(conflicts(analyze({{"a", "Acme recalled 14 batches."}, {"b", "Acme recalled 41 batches."}})).size() == 1);
  // The same digits at another magnitude: a slip, and a conflict.
  CHECK(conflicts(analyze({{"a", "Acme paid a fine of $1.2 million."}, {"b", "Acme paid a fine of $1.2 billion."}})).size() == 1);
}

TEST_CASE("claims with --fail-on-conflict exit 1 when a group is in conflict", "[claims][cli]") {
  CHECK(run_kban("claims --fail-on-conflict").exit_code == 1);
  CHECK(run_kban("claims --fail-on-conflict --source circleid").exit_code == 0);
}

TEST_CASE("a terminal colour code around a figure is not a figure", "[claims]") {
  const auto a = analyze({{"a", "Acme has \x1b[31m240,000\x1b[0m corporate clients, the company said."},
                          {"b", "Acme has 270,000 corporate clients, the company said."}});
  const auto lines = conflicts(a);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].find("240,000 [a]") != std::string::npos);
  CHECK(lines[0].find("31") == std::string::npos);
}

TEST_CASE("running counts of different days do not conflict, of one day they do", "[claims]") {
  static kban::Corpus corpus;  // claims point into the analysis; keep the corpus alive
  corpus = kban::Corpus{};
  const std::vector<std::tuple<std::string, kban::Date, std::string>> docs = {
      {"a", kban::Date{2024, 10, 12}, "Acme said crews have recovered 212 fragments. Acme has pledged $40 million."},
      {"b", kban::Date{2024, 10, 24}, "Acme said crews have recovered 317 fragments. Acme has pledged $14 million."},
      {"c", kban::Date{2024, 10, 24}, "Acme crews found 300 fragments at the last count. Acme has pledged $40 million."},
  };
  for (const auto& [id, date, text] : docs) corpus.documents.push_back({id, {}, {}, {}, date, {}, text});
  kban::Lexicon lexicon = kban::builtin_lexicon();
  kban::Lexicon extra;
  extra.actors.push_back({"Acme Corp", "company", {"Acme"}});
  kban::merge_lexicon(lexicon, extra);
  // The tallies of Oct. 24 disagree with each other, not with Oct. 12's; a pledge is one act.
  CHECK(conflicts(kban::analyze_corpus(corpus, lexicon)) ==
        Lines{"figure aid amount: $14 million [b] $40 million [a,c]", "figure fragment: 300 [c] 317 [b]"});
}

TEST_CASE("kban claims says distinct where a group's figures count different things", "[claims][cli]") {
  const std::string corpus = kban::test::write_temp("distinct.json", R"({"schema_version": 1, "documents": [
    {"id": "a", "title": "A", "published": "2025-03-01", "text": "Three patients of Acme died in the trial."},
    {"id": "b", "title": "B", "published": "2025-03-02", "text": "Acme says 310,000 patients take the drug."}]})");
  const auto r = run_kban("--corpus '" + corpus + "' claims --format json");
  REQUIRE(r.exit_code == 0);
  const json doc = json::parse(r.out);
  REQUIRE(doc["claims"].size() == 1);
  CHECK(doc["claims"][0]["status"] == "distinct");
  CHECK(run_kban("--corpus '" + corpus + "' claims --status distinct --format json").out == r.out);
  CHECK(json::parse(run_kban("--corpus '" + corpus + "' claims --status agree --format json").out)["claims"].empty());
}

TEST_CASE("the dead and the injured are not compared, and a relative clause takes its head's date", "[claims]") {
  const auto a = analyze({{"a", "Two people were killed when a wall of Acme's depot collapsed."},
                          {"b", "More than 2,300 people were injured in Acme's depots, the agency said."}});
  CHECK(conflicts(a).empty());
  // "which killed 11 people" holds at the quake's date, so it is not this year's toll.
  const auto b = analyze({{"a", "The Acme depot was damaged in the quake of August 2019, which killed 11 people."},
                          {"b", "The quake at the Acme depot killed 87 people in February 2024."}});
  CHECK(conflicts(b).empty());
  const auto c = analyze({{"a", "The Acme depot was damaged in the quake, which killed 78 people."},
                          {"b", "The quake at the Acme depot killed 87 people in February 2024."}});
  CHECK(conflicts(c).size() == 1);
}

TEST_CASE("two lone figures far apart count different things, near ones or a slip disagree", "[claims]") {
  // One source each: 26 and 42 officers are two counts, 12,000 and 15,000 dealers may be one.
  CHECK(conflicts(analyze({{"a", "Acme said 26 officers are working on the case."},
                           {"b", "Acme said 42 officers carried out raids at four addresses."}}))
            .empty());
  CHECK(conflicts(analyze({{"a", "Acme sells through 12,000 dealers."}, {"b", "Acme sells through 15,000 dealers."}})).size() == 1);
  // Digits swapped: "46 jets" for 64.
  CHECK(conflicts(analyze({{"a", "Acme grounded 64 jets."}, {"b", "Acme grounded 46 jets."}})).size() == 1);
  // A figure two sources give against a third far from it is still disputed.
  CHECK(conflicts(analyze({{"a", "Acme grounded 64 jets."}, {"b", "Acme grounded 64 jets, the agency said."},
                           {"c", "Acme grounded 25 jets."}}))
            .size() == 1);
  // Additions count from what each text counted before: two lone ones are two additions.
  CHECK(conflicts(analyze({{"a", "Acme retracted four more papers."}, {"b", "Acme retracted five more papers."}})).empty());
  CHECK(conflicts(analyze({{"a", "Acme retracted four more papers."}, {"b", "Acme retracted four more papers, the journal said."},
                           {"c", "Acme retracted five more papers."}}))
            .size() == 1);
}

TEST_CASE("a lone figure with the digits of one other sources agree on, swapped, joins their group", "[claims]") {
  // Filed under another subject, action and date, the swapped figure is still reported.
  const Lines swapped{"figure car: 34 [c] Forty-three [a,b]"};
  CHECK(conflicts(analyze({{"a", "Forty-three cars of the Acme train derailed on Feb. 10."},
                           {"b", "Forty-three cars of the 141-car Acme train derailed on Feb. 10."},
                           {"c", "A rail monitor said 34 of the Acme train's cars derailed."}})) == swapped);
  // One other source is not enough to tell which is the slip, nor is a changed digit a swap.
  CHECK(conflicts(analyze({{"a", "Forty-three cars of the Acme train derailed on Feb. 10."},
                           {"c", "A rail monitor said 34 of the Acme train's cars derailed."}}))
            .empty());
  CHECK(conflicts(analyze({{"a", "Forty-three cars of the Acme train derailed on Feb. 10."},
                           {"b", "Forty-three cars of the 141-car Acme train derailed on Feb. 10."},
                           {"c", "A rail monitor said 13 of the Acme train's cars derailed."}}))
            .empty());
  // The dead and the injured are two counts, whatever their digits.
  CHECK(conflicts(analyze({{"a", "The Acme fire killed 21 people."}, {"b", "The Acme fire killed 21 people, police said."},
                           {"c", "The Acme fire injured 12 people."}}))
            .empty());
}
