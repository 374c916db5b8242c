// Event extraction and alignment on small corpora written for the test: what becomes an
// event, which action a date belongs to, and which mentions merge.
#include <catch2/catch.hpp>

#include <algorithm>

#include "kban/pipeline.hpp"

namespace {

kban::Corpus corpus_of(std::vector<std::pair<std::string, std::string>> docs, std::optional<kban::Date> published = kban::Date{2024, 7, 16}) {
  kban::Corpus c;
  for (auto& [id, text] : docs) c.documents.push_back({id, {}, {}, {}, published, {}, text});
  return c;
}

// "date type [sources]" for each event.
std::vector<std::string> timeline(const kban::Corpus& c) {
  std::vector<std::string> out;
  for (const auto& e : kban::analyze_corpus(c, kban::builtin_lexicon()).events) {
    std::string line = e.date + " " + e.type + " [";
    for (std::size_t i = 0; i < e.sources.size(); ++i) line += (i ? "," : "") + e.sources[i];
    out.push_back(line + "]" + (e.dates_agree ? "" : " disputed"));
  }
  return out;
}

using Lines = std::vector<std::string>;

// The kind of each time expression of the corpus's first document, in text order.
Lines kinds_of(const kban::Corpus& c) {
  const auto analysis = kban::analyze_corpus(c, kban::builtin_lexicon());
  Lines kinds;
  for (const auto& m : analysis.documents[0].mentions) kinds.emplace_back(kban::mention_kind_name(m.kind));
  return kinds;
}

}  // namespace

TEST_CASE("captions, datelines, durations and vague dates are not events", "[events]") {
  const auto c = corpus_of({{"a",
                             "Mill Closes\n\nA worker at the gate on Oct. 17, 2016. (Jane Roe/AFP via Getty Images)\n\n"
                             "BOSTON, July 15 (Wire) - The owners closed the mill on Monday after two decades of losses. "
                             "Jobs are now scarce."}});
  CHECK(timeline(c) == Lines{"2024-07-15 closure [a]"});
  CHECK(kinds_of(c) == Lines{"caption", "dateline", "event", "duration", "vague"});
}

TEST_CASE("the time a count held is no event", "[events]") {
  const auto c = corpus_of({{"a", "The authority reported 52 confirmed cases as of Wednesday, and closed schools on Thursday."}});
  CHECK(kinds_of(c) == Lines{"snapshot", "event"});
}

TEST_CASE("a line of nothing but dates and times under an agency's name is a page stamp", "[events]") {
  const auto c = corpus_of({{"a", "Mayor quits\n\nIAN \u2013 International Agency of News, English service\n17/01/2025 \u2013 08:40\n\n"
                                  "The mayor of Port Halvern resigned on Friday."}},
                           kban::Date{2025, 1, 17});
  CHECK(kinds_of(c) == Lines{"stamp", "stamp", "event"});
}

TEST_CASE("a paragraph of nothing but dates and times is a page stamp", "[events]") {
  // The mill closed on Tuesday, July 16; the lines above the story are the page's stamps.
  const auto c = corpus_of({{"a",
                             "Mill Closes\n\nTuesday, July 16, 2024\n\nThursday, 18 July 2024, 06:10\n\n"
                             "The owners closed the mill on Tuesday, July 16, after two decades of losses."}});
  CHECK(timeline(c) == Lines{"2024-07-16 closure [a]"});
  CHECK(kinds_of(c) == Lines{"stamp", "stamp", "stamp", "event", "duration"});
}

TEST_CASE("a year that names a thing dates no action", "[events]") {
  const auto c = corpus_of({{"a", "Fans recalled the 2014 World Cup as the league announced its budget on Tuesday."}});
  CHECK(timeline(c) == Lines{"2024-07-16 announcement [a]"});
}

TEST_CASE("the nearest action in the clause gets the date", "[events]") {
  // A statement takes the type of the action it reports: it joins the sources of that action.
  const auto c = corpus_of({{"a", "The regulator banned the app in 2019. The company said on July 2 that it would sue. "
                                  "In 2021, after a data breach, the ministry issued a directive."}});
  CHECK(timeline(c) == Lines{"2019 ban [a]", "2021 directive [a]", "2024-07-02 lawsuit [a]"});
}

TEST_CASE("an action named as what a ban forbids is not the happening", "[events]") {
  // "from selling", "on exporting": the ban is dated, not a sale or an export; a sale named on
  // its own, even in a sentence with a ban, is still a sale.
  const auto c = corpus_of({{"a", "A court issued an injunction barring the firm from selling its robot arm from July 11. "
                                  "Officials announced a ban on exporting the chips on May 2. "
                                  "The firm agreed to sell the unit on June 3."},
                            {"b", "The regulator banned the drones in March, and the maker sold its plant on July 1."}});
  CHECK(timeline(c) == Lines{"2024-03 ban [b]", "2024-05-02 ban [a]", "2024-06-03 sale [a]", "2024-07-01 sale [b]",
                             "2024-07-11 ban [a]"});
  // Translated copy: "forbade to the firm the sale".
  const auto t = corpus_of({{"c", "The judge has on 11 June forbade to the firm the sale of the arm."}});
  CHECK(timeline(t) == Lines{"2024-06-11 ban [c]"});
  // What a ban leads to is no forbidden action; "barring" that opens a clause is a preposition.
  const auto u = corpus_of({{"d", "The ban led to the closure of the office on July 20."},
                            {"e", "Barring an appeal by July 1, the ruling stands."}});
  CHECK(timeline(u) == Lines{"2023-07-20 closure [d]", "2025-07-01 appeal [e]"});
}

TEST_CASE("the built-in vocabulary types happenings beyond sanctions and courts", "[events]") {
  // Labor, markets and transport: each sentence names its action in words of its own field.
  const auto c = corpus_of({{"a", "Dockworkers went on strike on March 3. They returned to work on March 19."},
                            {"b", "The airline filed for bankruptcy on June 2, and the central bank cut interest rates "
                                  "on June 12."},
                            {"c", "The jet made an emergency landing in Denver on May 6."}});
  CHECK(timeline(c) == Lines{"2024-03-03 strike [a]", "2024-03-19 return_to_work [a]", "2024-05-06 emergency_landing [c]",
                             "2024-06-02 bankruptcy [b]", "2024-06-12 rate_decision [b]"});
}

TEST_CASE("what goes on until a date ends then, and sources that say so differently agree", "[events]") {
  // "keep serving until", "continue to serve until ..., she said", "will serve until": the
  // end of the service; a named action that does not go on, or a continuing with no "until",
  // is not.
  const auto c = corpus_of({{"a", "The bank will keep serving clients until Sept. 30."},
                            {"b", "Branches will continue to serve customers until Sept. 30, a spokeswoman said."},
                            {"c", "The museum will stay open until Sept. 30. Visitors kept coming on Aug. 2."},
                            {"d", "The firm may keep selling its arms until July 10. It sold the plant until July 12."}});
  const Lines events = timeline(c);
  CHECK(std::any_of(events.begin(), events.end(), [](const std::string& e) { return e.rfind("2024-09-30 cutoff [a,b", 0) == 0; }));
  const auto analysis = kban::analyze_corpus(c, kban::builtin_lexicon());
  Lines types;
  for (const auto& doc : analysis.documents)
    for (const auto& m : doc.mentions) types.push_back(m.type + " " + m.trigger);
  CHECK(types == Lines{"cutoff keep", "cutoff continue", "cutoff until", "other ", "cutoff selling", "sale sold"});
}

TEST_CASE("a month that ends where a day begins is no other date of it", "[events]") {
  // "stopped serving clients in September" and "from Oct. 1 the branches are shut" meet at the
  // boundary.
  const auto c = corpus_of({{"a", "Haverell Bank stopped serving clients in September."},
                            {"b", "Haverell Bank stopped serving clients from Oct. 1."},
                            {"c", "Haverell Bank stopped serving clients from Oct. 1, the bank said."}},
                           kban::Date{2024, 12, 18});
  const Lines events = timeline(c);
  CHECK(std::none_of(events.begin(), events.end(), [](const std::string& e) { return e.ends_with("disputed"); }));
  CHECK(events.size() == 1);
}

TEST_CASE("a quotation reports the action of its main clause", "[events]") {
  // Not the "law" of its subordinate clause, before or after the main one; without a
  // quotation, the nearest action still.
  const auto c = corpus_of({{"a", "\u201cWe will sue, because the decision has no basis in law,\u201d the chief executive said on Tuesday."},
                            {"b", "The company will sue, the chief executive said on July 2."},
                            {"c", "\u201cBecause the decision has no basis in law, we will sue,\u201d she said on Friday."}});
  const auto analysis = kban::analyze_corpus(c, kban::builtin_lexicon());
  Lines types;
  for (const auto& doc : analysis.documents)
    for (const auto& m : doc.mentions) types.push_back(m.type);
  CHECK(types == Lines{"lawsuit", "lawsuit", "lawsuit"});
}

TEST_CASE("sources that describe one happening merge, two happenings on one day stay two", "[events]") {
  const auto c = corpus_of(
      {
          {"a", "The Transport Agency banned the scooters on May 3. The operator will close its depots on June 1."},
          {"b", "Scooter sales were barred by the Transport Agency on May 3, 2024."},
          {"c", "The ban takes effect on June 1, the day the operator shuts down its depots."},
      },
      kban::Date{2024, 5, 20});
  CHECK(timeline(c) == Lines{"2024-05-03 ban [a,b]", "2024-06-01 closure [a,c]", "2024-06-01 effective [c]"});
}

TEST_CASE("a day whose clause names no known action joins the event of that day it fits, alone", "[events]") {
  // "b" tells the hearing and the fine in words no event type knows ("spent six hours before",
  // "had to find"): each of its days joins the event of that day whose actors and words fit.
  // "c", of another story, and "d", whose day has no event, stay off the timeline.
  const auto c = corpus_of(
      {
          {"a", "The Federal Communications Commission held a hearing on Velmora Telecom on March 18. "
                "The commission fined Velmora Telecom on April 8."},
          {"b", "On March 18, Velmora Telecom's chief spent six hours before the Federal Communications Commission. "
                "On April 8, Velmora Telecom had to find $4 million."},
          {"c", "On March 18, Orlan Shipping's crews spent the night at sea."},
          {"d", "On March 19, Velmora Telecom's chief flew home."},
          {"e", "In April, Velmora Telecom found the $4 million."},
      },
      kban::Date{2024, 5, 20});
  // A month joins the one event within it.
  CHECK(timeline(c) == Lines{"2024-03-18 trial [a,b]", "2024-04-08 fine [a,b,e]"});
  const auto a = kban::analyze_corpus(c, kban::builtin_lexicon());
  std::size_t attached = 0;
  for (const auto& e : a.events)
    for (const auto& ref : e.mentions) {
      const kban::Mention& m = a.mention(ref);
      if (!m.attached) continue;
      ++attached;
      CHECK(m.kind == kban::MentionKind::kEvent);
      CHECK(m.type == "other");
      CHECK(a.documents[ref.doc].doc != "a");
    }
  CHECK(attached == 3);
  // The other story's day and the day without an event stay set aside as untyped.
  std::size_t untyped = 0;
  for (const auto& d : a.documents)
    for (const auto& m : d.mentions) untyped += m.kind == kban::MentionKind::kUntyped && (d.doc == "c" || d.doc == "d");
  CHECK(untyped == 2);
}

TEST_CASE("a length counted from a happening no date of its text names counts from that event", "[events]") {
  // "c" dates nothing itself: its lengths count from the derailment the other sources date.
  const auto c = corpus_of(
      {
          {"a", "A Prairie Meridian Railroad freight train derailed near Ashby on Sept. 10."},
          {"b", "Prairie Meridian Railroad was ordered to vent the tank cars near Ashby on Sept. 13."},
          {"c", "The choice that defined the crisis for Prairie Meridian Railroad came three days after the derailment. "
                "Eight days after the derailment, the Ashby mayor ordered a second evacuation."},
      },
      kban::Date{2024, 10, 20});
  CHECK(timeline(c) == Lines{"2024-09-10 crash [a]", "2024-09-13 directive [b,c]", "2024-09-18 directive [c]"});
  const auto a = kban::analyze_corpus(c, kban::builtin_lexicon());
  for (const auto& m : a.documents[2].mentions) {
    CHECK(m.derived);
    CHECK(m.kind == kban::MentionKind::kEvent);
  }
}

TEST_CASE("a day that fits two events of its day alike joins neither", "[events]") {
  const auto c = corpus_of(
      {
          {"a", "Regulators fined Velmora Telecom on March 18. Velmora Telecom sued Quemara Power on March 18."},
          {"b", "On March 18, Velmora Telecom had a long day."},
      },
      kban::Date{2024, 5, 20});
  CHECK(timeline(c) == Lines{"2024-03-18 fine [a]", "2024-03-18 lawsuit [a]"});
  // With one event that day, it joins.
  auto one = c;
  one.documents[0].text = "Regulators fined Velmora Telecom on March 18.";
  CHECK(timeline(one) == Lines{"2024-03-18 fine [a,b]"});
}

TEST_CASE("documents that share rare proper names tell one story though they name no actor in common", "[events]") {
  // "b" names no actor of the lexicon but shares Velmora, Quemara and Tarcuna with "a": its
  // month-level mention joins a's day. "c" names another actor and none of those names.
  const auto c = corpus_of(
      {
          {"a", "The Federal Communications Commission fined Velmora Telecom on May 3 after the outage in Quemara, a town of Tarcuna province."},
          {"b", "Regulators penalized Velmora in May for the blackout that cut Quemara and the rest of Tarcuna off for a day."},
          {"c", "The Federal Trade Commission fined Orlan Shipping on May 3 over false claims about a fuel spill near Port Dessa."},
      },
      kban::Date{2024, 5, 20});
  CHECK(timeline(c) == Lines{"2024-05-03 fine [a,b]", "2024-05-03 fine [c]"});
  // Names that more than eight documents use tell no story apart.
  auto common = c;
  for (int i = 0; i < 8; ++i)
    common.documents.push_back({"n" + std::to_string(i), {}, {}, {}, kban::Date{2024, 5, 20}, {},
                                "Roads between Velmora, Quemara and Tarcuna were busy."});
  CHECK(timeline(common) == Lines{"2024-05 fine [b]", "2024-05-03 fine [a]", "2024-05-03 fine [c]"});
}

TEST_CASE("a source that dates the same action differently stays in the event, disputed", "[events]") {
  const auto c = corpus_of({
      {"a", "In 2017, the Department of Homeland Security issued a directive against the software."},
      {"b", "A 2017 directive from the Department of Homeland Security removed it from agencies."},
      {"c", "In 2018, the Department of Homeland Security issued a directive on the software."},
  });
  CHECK(timeline(c) == Lines{"2017 directive [a,b,c] disputed"});
}

TEST_CASE("two days that several sources each give are two happenings, one source's other day a dispute", "[events]") {
  const auto one = corpus_of({
      {"a", "Acme Corp filed a lawsuit against the regulator on July 10."},
      {"b", "Acme Corp filed its lawsuit against the regulator on July 10."},
      {"c", "Acme Corp filed a lawsuit against the regulator on July 3."},
  });
  CHECK(timeline(one) == Lines{"2024-07-10 lawsuit [a,b,c] disputed"});
  const auto two = corpus_of({
      {"a", "Acme Corp filed a lawsuit against the regulator on July 10."},
      {"b", "Acme Corp filed its lawsuit against the regulator on July 10."},
      {"c", "Acme Corp filed a lawsuit against the regulator on July 3."},
      {"d", "On July 3, Acme Corp filed a lawsuit against the regulator."},
  });
  CHECK(timeline(two) == Lines{"2024-07-03 lawsuit [c,d]", "2024-07-10 lawsuit [a,b]"});
}

TEST_CASE("what a party agreed or decided to do is the action", "[events]") {
  CHECK(timeline(corpus_of({{"a", "Acme Corp agreed late on Monday to take over its smaller rival."}})) ==
        Lines{"2024-07-15 acquisition [a]"});
  CHECK(timeline(corpus_of({{"a", "Acme Corp and the union agreed on Monday on a new contract."}})) ==
        Lines{"2024-07-15 agreement [a]"});
}

TEST_CASE("an action names the happening, not the thing it acts on", "[events]") {
  // The nearest trigger to the date is the object ("agreements", "order"); the action is the verb.
  CHECK(timeline(corpus_of({{"a", "The Commerce Department banned new agreements with Acme Corp on Monday."}})) ==
        Lines{"2024-07-15 ban [a]"});
  // What an action happened because of is its cause, not the action.
  CHECK(timeline(corpus_of({{"a", "Authorities ordered the evacuation of the valley on Monday because of a landslide."}})) ==
        Lines{"2024-07-15 directive [a]"});
  // A hyphenated participle is a modifier: "court-ordered talks" are talks.
  CHECK(timeline(corpus_of({{"a", "Acme Corp ended court-ordered settlement talks on Monday."}})) ==
        Lines{"2024-07-15 settlement [a]"});
}

TEST_CASE("a reference the text states (first published on) lets tense pick the year", "[events]") {
  const auto c = corpus_of({{"a", "This article first appeared in The Halvard Times on January 11, 2025 and is republished "
                                  "with permission.\n\nAcme Corp has been under a ban since May."}},
                           kban::Date{2025, 1, 13});
  CHECK(timeline(c) == Lines{"2024-05 ban [a]"});
}

TEST_CASE("followed suit takes the action of the sentence before", "[events]") {
  const auto c = corpus_of({{"a", "In 2017, the Department of Homeland Security banned the product. In 2018, the U.S. "
                                  "military followed suit."}});
  const auto analysis = kban::analyze_corpus(c, kban::builtin_lexicon());
  const auto& events = analysis.events;
  REQUIRE(events.size() == 2);
  CHECK(events[1].type == "ban");
  CHECK(analysis.mention(events[1].mentions[0]).trigger == "followed suit");
  CHECK(analysis.mention(events[1].mentions[0]).agent == "U.S. military");
}

TEST_CASE("an aside or an appositive between the subject and its verb leaves the subject the agent", "[events]") {
  const auto c = corpus_of({{"a", "The Department of Commerce, which has overseen export controls for decades and keeps "
                                  "a list of entities, banned the software on June 20."},
                            {"b", "The Department of Commerce, whose Bureau of Industry and Security writes the rules, "
                                  "banned the software on June 20."},
                            {"c", "The Department of Commerce, Kaspersky's chief regulator, banned the software on June 20."}});
  const auto analysis = kban::analyze_corpus(c, kban::builtin_lexicon());
  REQUIRE(analysis.events.size() == 1);
  CHECK(analysis.events[0].mentions.size() == 3);
  for (const auto& m : analysis.events[0].mentions) CHECK(analysis.mention(m).agent == "Department of Commerce");
}

TEST_CASE("a duration anchored to a date dates the action it names", "[events]") {
  const auto c = corpus_of({{"a", "New sales will be blocked 30 days after the rule was announced on June 20."}});
  CHECK(timeline(c) == Lines{"2024-06-20 ban [a]", "2024-07-20 ban [a]"});
}

namespace {

// "words=value" for each duration of the first document that its text dates.
Lines dated_durations(const kban::Corpus& c) {
  Lines out;
  const auto analysis = kban::analyze_corpus(c, kban::builtin_lexicon());
  const auto& doc = analysis.documents[0];
  for (const auto& m : doc.mentions)
    if (doc.timexes[m.timex].type == kban::TimexType::kDuration && m.derived)
      out.push_back(c.documents[0].text.substr(doc.timexes[m.timex].begin, doc.timexes[m.timex].end - doc.timexes[m.timex].begin) +
                    "=" + m.value);
  return out;
}

}  // namespace

TEST_CASE("a time limit counts from the day of its clause or the date after of", "[events]") {
  CHECK(dated_durations(corpus_of({{"a", "On March 25 the inspectorate ordered the hospital to notify every patient within 30 days."}})) ==
        Lines{"30 days=2024-04-24"});
  CHECK(dated_durations(corpus_of({{"a", "Letters had to go out within 60 days of the March 4 expansion."}})) ==
        Lines{"60 days=2024-05-03"});
  // No day in the sentence: a length of time, not a date.
  CHECK(dated_durations(corpus_of({{"a", "The agency said it would publish guidance within 90 days."}})).empty());
}

TEST_CASE("a day before a duration set off by a comma is where the duration ends", "[events]") {
  // Not nine days after Wednesday: the mediator came on Wednesday, nine days after the walkout.
  CHECK(dated_durations(corpus_of({{"a", "The minister appointed a mediator on Wednesday, July 10, nine days after the walkout began."}})) ==
        Lines{"nine days=2024-07-10"});
  CHECK(dated_durations(corpus_of({{"a", "The regulator's decision on Friday, July 12 came 47 days after it barred the jets."}})) ==
        Lines{"47 days=2024-07-12"});
  // A clause of its own counts from the day before it.
  CHECK(dated_durations(corpus_of({{"a", "The ministry said on June 20 that the restrictions will apply 30 days after the announcement."}})) ==
        Lines{"30 days=2024-07-20"});
  // A month between hides the day before it: the weeks end in January, not on Feb. 11.
  CHECK(dated_durations(corpus_of({{"a", "The election was called on Feb. 11, after the mayor resigned in January, less than two weeks "
                                         "after agents raided City Hall."}}))
            .empty());
  CHECK(dated_durations(corpus_of({{"a", "The regulator cleared the jets on December 6; the same day it told the maker to deliver "
                                         "a plan within 90 days."}})) == Lines{"90 days=2024-03-05"});
}

TEST_CASE("a duration counted from a happening the text dates elsewhere takes its date from it", "[events]") {
  const auto c = corpus_of({{"a",
                             "The regulator grounded the fleet on Sunday, October 20. Four days after the grounding, mechanics "
                             "reported loose bolts on nine jets. A month after the grounding, the minister resigned."}},
                           kban::Date{2024, 11, 30});
  CHECK(dated_durations(c) == Lines{"Four days=2024-10-24", "A month=2024-11-20"});
  // A date before it in its sentence already dates the clause.
  CHECK(dated_durations(corpus_of({{"a", "The airline merged in 2019. The announcement came in mid-October, two years after the merger."}}))
            .empty());
  // Nothing of that kind dated before: it stays a length of time.
  CHECK(dated_durations(corpus_of({{"a", "Four days after the grounding, mechanics reported loose bolts."}})).empty());
}

TEST_CASE("an outlet is the agent of its reports only, and a dateline's agency of nothing", "[events]") {
  const auto agents = [](const std::string& text) {
    std::vector<std::string> out;
    const auto analysis = kban::analyze_corpus(corpus_of({{"a", text}}), kban::builtin_lexicon());
    for (const auto& m : analysis.documents[0].mentions)
      if (m.kind == kban::MentionKind::kEvent) out.push_back(m.type + ":" + m.agent);
    return out;
  };
  CHECK(agents("TechCrunch reported that an earthquake struck the region on Monday.") == Lines{"disaster:"});
  CHECK(agents("BOSTON, July 15 (Reuters) - An earthquake struck the region on Monday.") == Lines{"disaster:"});
  // Saying is an outlet's own act; a saying it reports is not.
  CHECK(agents("Reuters said on Monday.") == Lines{"statement:Reuters"});
  CHECK(agents("Reuters reports that the fire, declared fully contained on Monday, burned 42,000 hectares.") ==
        Lines{"disaster:"});
}

TEST_CASE("mentions carry their evidence in code points", "[events]") {
  const auto c = corpus_of({{"a", "“Café” owners said on July 2 they would close."}});
  const auto analysis = kban::analyze_corpus(c, kban::builtin_lexicon());
  REQUIRE(analysis.events.size() == 1);
  const auto& m = analysis.mention(analysis.events[0].mentions[0]);
  CHECK(m.evidence.text == "July 2");
  CHECK(m.evidence.start == 22);
  CHECK(m.evidence.end == 28);
  CHECK(analysis.sentence(m.evidence).start == 0);
  CHECK(analysis.sentence(m.evidence).text == "“Café” owners said on July 2 they would close.");
}

TEST_CASE("an undated article's dates rest on an inferred reference and say so", "[events]") {
  kban::Corpus c = corpus_of({{"dated", "The agency announced the ban on June 20."}});
  c.documents.push_back({"undated", {}, {}, {}, {}, {}, "The ban was announced on June 20."});
  const auto analysis = kban::analyze_corpus(c, kban::builtin_lexicon());
  const auto& events = analysis.events;
  REQUIRE(events.size() == 1);
  REQUIRE(events[0].mentions.size() == 2);
  CHECK_FALSE(analysis.mention(events[0].mentions[0]).inferred);
  CHECK(analysis.mention(events[0].mentions[1]).inferred);
  CHECK(analysis.mention(events[0].mentions[1]).value == "2024-06-20");
  CHECK_FALSE(events[0].inferred);
}

TEST_CASE("an undated article's day disputes the others' day of its guessed year, not a day of another year", "[events]") {
  // The month and the day are the magazine's own words; only the year is guessed.
  kban::Corpus c = corpus_of({{"a", "The State Water Quality Commission fined Halvern Chemical $3.8 million on Dec. 12."},
                              {"b", "Halvern Chemical was fined $3.8 million by the State Water Quality Commission on Dec. 12."}},
                             kban::Date{2024, 12, 20});
  c.documents.push_back({"magazine", {}, {}, {}, {}, {},
                         "On December 5, the State Water Quality Commission fined Halvern Chemical $3.8 million."});
  CHECK(timeline(c) == Lines{"2024-12-12 fine [a,b,magazine] disputed"});
  // A day that only the guessed reference dates ("on Thursday") claims nothing.
  kban::Corpus d = corpus_of({{"a", "The State Water Quality Commission fined Halvern Chemical $3.8 million on Dec. 12."},
                              {"b", "Halvern Chemical was fined $3.8 million by the State Water Quality Commission on Dec. 12."}},
                             kban::Date{2024, 12, 20});
  d.documents.push_back({"magazine", {}, {}, {}, {}, {},
                         "On Thursday, the State Water Quality Commission fined Halvern Chemical $3.8 million."});
  const auto lines = timeline(d);
  CHECK(std::none_of(lines.begin(), lines.end(), [](const std::string& l) { return l.ends_with("disputed"); }));
}

TEST_CASE("an undated article that tells of a month as past is dated after it, and its tenses count then", "[events]") {
  // The other documents date the arrest in January; the undated feature tells of April's
  // election as past, so it was written in April or later, and its trial "set for September"
  // is the September after that.
  kban::Corpus c = corpus_of({{"a", "Police arrested Mayor Daniel Varga on Jan. 16."}, {"b", "Daniel Varga was arrested on Jan. 16."}},
                             kban::Date{2025, 1, 20});
  c.documents.push_back({"feature", {}, {}, {}, {}, {},
                         "Daniel Varga was arrested in January. In April, voters elected Joanne Preece as mayor. "
                         "Varga's trial is set for September."});
  const auto a = kban::analyze_corpus(c, kban::builtin_lexicon());
  const auto& ref = a.documents[2].reference;
  CHECK(ref.inferred);
  CHECK(ref.date == kban::Date{2025, 4, 1});
  std::vector<std::string> values;
  for (const auto& m : a.documents[2].mentions) {
    values.push_back(m.value);
    CHECK(m.inferred);
  }
  CHECK(values == Lines{"2025-01", "2025-04", "2025-09"});
}

TEST_CASE("a century dates an event at its granularity", "[events]") {
  const auto c = corpus_of({{"a", "In the 19th century, the Tsar banned the newspaper."}});
  CHECK(timeline(c) == Lines{"18 ban [a]"});
}

TEST_CASE("a summary leaves out the date with the word that brings it in", "[events]") {
  const auto c = corpus_of({{"a", "An earthquake struck the port city of Varna at 03:42, the institute said."},
                            {"b", "The court in Warsaw ruled on July 30 that the merger may proceed."}});
  std::vector<std::string> summaries;
  for (const auto& e : kban::analyze_corpus(c, kban::builtin_lexicon()).events) summaries.push_back(e.summary);
  std::sort(summaries.begin(), summaries.end());
  // No "at" or "on" stays behind without its date.
  CHECK(summaries == Lines{"An earthquake struck the port city of Varna", "The court in Warsaw ruled that the merger may proceed"});
}

TEST_CASE("the same day as a happening is that happening's day, not the day named last", "[events]") {
  const auto c = corpus_of(
      {
          {"a", "Kaltern expanded the recall on March 4. Repairs are due to start on Jan. 1. A class action was filed in "
                "Nashville on the same day the recall was expanded."},
          // A headline with no date before it: the day of its first clause's action.
          {"b", "Judges reject Corvanta's request; ministry issues removal guidance the same day\n\n"
                "The High Administrative Court yesterday rejected Corvanta's request to suspend the ban."},
      },
      kban::Date{2024, 5, 10});
  const auto events = kban::analyze_corpus(c, kban::builtin_lexicon()).events;
  auto find = [&](const std::string& type) {
    const auto it = std::find_if(events.begin(), events.end(), [&](const kban::Event& e) { return e.type == type; });
    return it == events.end() ? std::string("none") : it->date + " " + it->summary;
  };
  CHECK(find("lawsuit") == "2024-03-04 A class action was filed in Nashville");
  CHECK(find("directive") == "2024-05-09 Judges reject Corvanta's request; ministry issues removal guidance");
  CHECK(find("ruling") == "2024-05-09 The High Administrative Court rejected Corvanta's request to suspend the ban");
}

TEST_CASE("a past clause counts from no happening dated after its text", "[events]") {
  // The ban's end in 2029 is the last ban named; the team's suspension, told in the past,
  // took the day of the provisional suspension.
  const auto c = corpus_of({{"a", "The ban counts from 2 April, when the authority suspended the rider, and runs until 1 April "
                                  "2029. His team, which suspended the rider the same day as the provisional suspension, said "
                                  "it respected the decision."}},
                           kban::Date{2025, 7, 8});
  const auto analysis = kban::analyze_corpus(c, kban::builtin_lexicon());
  std::vector<std::string> dates;
  for (const auto& e : analysis.events)
    for (const auto& ref : e.mentions)
      if (analysis.documents[ref.doc].mentions[ref.index].evidence.text == "the same day") dates.push_back(e.date);
  CHECK(dates == std::vector<std::string>{"2025-04-02"});
}

TEST_CASE("a forecast is no date a source claims: it disputes nothing", "[events]") {
  // Told before it happened, with a word of expectation: the plan, not a wrong date.
  auto c = corpus_of({{"a", "The inquiry panel at Carrow University is expected to report its findings in July."},
                      {"b", "The inquiry panel at Carrow University reported its findings on Sept. 24."},
                      {"c", "The inquiry panel at Carrow University reported its findings on Sept. 24, the university said."}},
                     kban::Date{2024, 10, 2});
  c.documents[0].published = kban::Date{2024, 5, 2};
  const auto lines = timeline(c);
  CHECK(lines == Lines{"2024-09-24 investigation [a,b,c]"});
  CHECK(std::none_of(lines.begin(), lines.end(), [](const std::string& l) { return l.ends_with("disputed"); }));
  // Two sources that claim different days still disagree.
  const auto d = corpus_of({{"a", "The inquiry panel at Carrow University reported its findings on Sept. 17."},
                            {"b", "The inquiry panel at Carrow University reported its findings on Sept. 24."},
                            {"c", "The inquiry panel at Carrow University reported its findings on Sept. 24, the university said."}},
                           kban::Date{2024, 10, 2});
  const auto disputed = timeline(d);
  CHECK(std::any_of(disputed.begin(), disputed.end(), [](const std::string& l) { return l.ends_with("disputed"); }));
}

TEST_CASE("a time limit is no day a source claims: it disputes nothing", "[events]") {
  // "by Sept. 17" says when the findings were due, not the day they came.
  const auto c = corpus_of({{"a", "The inquiry panel at Carrow University reported its findings by Sept. 17."},
                            {"b", "The inquiry panel at Carrow University reported its findings on Sept. 24."},
                            {"c", "The inquiry panel at Carrow University reported its findings on Sept. 24, the university said."}},
                           kban::Date{2024, 10, 2});
  const auto lines = timeline(c);
  CHECK(lines == Lines{"2024-09-24 investigation [a,b,c]"});
  CHECK(std::none_of(lines.begin(), lines.end(), [](const std::string& l) { return l.ends_with("disputed"); }));
}

TEST_CASE("a date in a clause that a verb and that open is not dated by an action before them", "[events]") {
  const auto types = [](const std::string& text) {
    std::vector<std::string> out;
    const auto analysis = kban::analyze_corpus(corpus_of({{"a", text}}), kban::builtin_lexicon());
    for (const auto& m : analysis.documents[0].mentions) out.push_back(m.type);
    return out;
  };
  // The failing is dated, and no action the lexicon knows names it.
  CHECK(types("Fenwright led the inquiry, which concluded that a worn clamp failed on August 2.") == Lines{"other"});
  // A saying reports the action after it.
  CHECK(types("The agency said that it banned the software on June 20.") == Lines{"ban"});
  // Without the complement, the inquiry is the nearest action.
  CHECK(types("The inquiry opened on August 2.") == Lines{"investigation"});
}

TEST_CASE("a quarter that only a saying dates is a reporting period, one an action dates is an event", "[events]") {
  const auto kinds = [](const std::string& text) {
    std::vector<std::string> out;
    const auto analysis = kban::analyze_corpus(corpus_of({{"a", text}}), kban::builtin_lexicon());
    for (const auto& m : analysis.documents[0].mentions) out.push_back(std::string(kban::mention_kind_name(m.kind)));
    return out;
  };
  CHECK(kinds("Unemployment rose to 7.8% in the fourth quarter, the agency said.") == Lines{"period"});
  CHECK(kinds("The ban takes effect in the third quarter of 2025.") == Lines{"event"});
}
