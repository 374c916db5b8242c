// Paragraph kinds and datelines, and reference dates inferred from them.
#include <catch2/catch.hpp>

#include "kban/pipeline.hpp"

#include "text/layout.hpp"
#include "reduce/references.hpp"

namespace {
std::vector<std::string> kinds(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& p : kban::analyze_layout(text)) out.emplace_back(kban::paragraph_kind_name(p.kind));
  return out;
}
using Lines = std::vector<std::string>;

std::vector<kban::Reference> references(const kban::Corpus& corpus) {
  std::vector<kban::Reference> out;
  for (const auto& doc : kban::analyze_corpus(corpus, kban::builtin_lexicon()).documents) out.push_back(doc.reference);
  return out;
}
}  // namespace

TEST_CASE("paragraph kinds", "[layout]") {
  CHECK(kinds("Mill Shuts After 90 Years\n\nThe mill closed on Friday.\n\nA worker leaves the gate on Oct. 17, 2016. "
              "(Jane Doe/AFP via Getty Images)\n\nWhat Comes Next\n\nTalks continue.\n\n(Reporting by Ann Lee; Editing "
              "by Bo Ek)") == Lines{"headline", "body", "caption", "subhead", "body", "credit"});
  CHECK(kinds("FILE PHOTO: A drone on display. (Photo taken Jan. 7, 2016)") == Lines{"caption"});
  CHECK(kinds("Reuters contributed to this report.") == Lines{"credit"});
  // A reading time is page furniture, not a figure; a sentence that mentions one is text.
  CHECK(kinds("Mill Shuts\n\nBy Ann Lee\n\n4 min read\n\nThe mill closed on Friday.") ==
        Lines{"headline", "stamp", "stamp", "body"});
  CHECK(kinds("Mill Shuts\n\nThe report, a 4 min read for most, says the mill closed on Friday after 90 years.") ==
        Lines{"headline", "body"});
  CHECK(kinds("Mill Shuts\n\nTrump admin ready to cut 300 jobs.") == Lines{"headline", "body"});
  CHECK(kinds("Mill Shuts\n\nReading time: 5 minutes\n\nThe mill closed.") == Lines{"headline", "stamp", "body"});
  // A line of page details set apart by "|" or a middle dot, one of them a stamp.
  CHECK(kinds("Mill Shuts\n\nBy Lena Vos | Published October 11, 2024 | Updated October 12, 2024, 08:05 UTC\n\nThe mill closed.") ==
        Lines{"headline", "stamp", "body"});
  CHECK(kinds("Mill Shuts\n\nKevin Marchetti \u00b7 Jan 23, 2025 \u00b7 Updated Jan 24, 2025 10:05 a.m. ET\n\nThe mill closed.") ==
        Lines{"headline", "stamp", "body"});
  CHECK(kinds("Mill Shuts\n\nThe mill closed | the union said it was updated on talks.") == Lines{"headline", "body"});
  // Links under a "Related:" header, a paragraph each; the list ends at the first that is no link.
  CHECK(kinds("Mill Shuts\n\nThe mill closed.\n\nRelated:\n\nWorkers head home as the mill shuts (Sept. 16, 2024)\n\n"
              "Union files appeal (Aug. 29)\n\nWhat comes next (a guide)\n\nIt closed.") ==
        Lines{"headline", "body", "stamp", "stamp", "stamp", "stamp", "body"});
  CHECK(kinds("Mill Shuts\n\nThe mill closed.\n\nWorkers head home as the mill shuts (Sept. 16, 2024)") ==
        Lines{"headline", "body", "subhead"});
  // Ending a longer line of page details.
  CHECK(kinds("Mill Shuts\n\nSummary generated from 4 sources \u00b7 2 min read\n\nThe mill closed.") ==
        Lines{"headline", "stamp", "body"});
  CHECK(kinds("Mill Shuts\n\nIssue of March 14, 2025 \u00b7 16 min read\n\nThe mill closed.") == Lines{"headline", "stamp", "body"});
  CHECK(kinds("Mill Shuts\n\nThe mill that 300 people ran for 90 years closed, a loss the town felt as more than a 4 min read.\n\nIt shut.") ==
        Lines{"headline", "body", "body"});
}

TEST_CASE("datelines are found at the start of a paragraph", "[layout]") {
  const std::string text = "WASHINGTON, June 17 (CWS) - The agency banned sales.";
  const auto p = kban::analyze_layout(text);
  REQUIRE(p.size() == 1);
  CHECK(text.substr(p[0].begin, p[0].dateline_end - p[0].begin) == "WASHINGTON, June 17 (CWS) - ");
  const std::string plain = "The U.S. agency, citing risks - and costs - acted.";
  CHECK(kban::analyze_layout(plain)[0].dateline_end == 0);
  // An abbreviated state is no sentence end.
  const std::string state = "ROANOKE, Va., Sept 15 (Pinnacle) - Authorities told residents not to drink the water.";
  CHECK(state.substr(0, kban::analyze_layout(state)[0].dateline_end) == "ROANOKE, Va., Sept 15 (Pinnacle) - ");
  const std::string agency = "Girona, 8 Jul (AIN).- The anti-doping tribunal has sanctioned the cyclist.";
  CHECK(agency.substr(0, kban::analyze_layout(agency)[0].dateline_end) == "Girona, 8 Jul (AIN).- ");
  // An update marker heading a paragraph of news is set aside like a dateline; the news stays.
  const std::string update =
      "Update, 2:00 p.m.: The health district said on Wednesday that 41 people had sought treatment for symptoms "
      "linked to the water, none of them in serious condition.";
  const auto u = kban::analyze_layout(update);
  CHECK(u[0].kind == kban::ParagraphKind::kBody);
  CHECK(update.substr(0, u[0].dateline_end) == "Update, 2:00 p.m.: ");
  // In Markdown emphasis too.
  const std::string starred = "*Update, October 12:* The authority said dredgers had removed 9,000 cubic metres overnight.";
  const auto v = kban::analyze_layout(starred);
  CHECK(v[0].kind == kban::ParagraphKind::kBody);
  CHECK(starred.substr(0, v[0].dateline_end) == "*Update, October 12:* ");
}

TEST_CASE("time stamp lines and lists of related links are page furniture", "[layout]") {
  CHECK(kinds("Bank Shut\n\nFebruary 21, 2025 10:42 PM GMT+1 Updated an hour ago\n\nThe bank closed on Friday.") ==
        Lines{"headline", "stamp", "body"});
  CHECK(kinds("Bank Shut\n\nThe bank closed.\n\nRelated:\nBank placed into resolution (Feb. 21, 2025)\nBranches reopen (Mar 3)") ==
        Lines{"headline", "body", "stamp"});
  CHECK(kinds("Bank Shut\n\nThe bank closed.\n\nRead more: Chile's regional governors, explained (Jan. 15, 2025)") ==
        Lines{"headline", "body", "stamp"});
  // An aggregator's list of its sources with their dates; a sentence opening with "Sources" is text.
  CHECK(kinds("Bank Shut\n\nThe bank closed.\n\nSources: Arden (July 8), VeloInsider (July 8), Sentinel (July 9)") ==
        Lines{"headline", "body", "stamp"});
  CHECK(kinds("Bank Shut\n\nSources said on Monday that the bank would close.") == Lines{"headline", "body"});
  // A sentence that tells a time is text.
  CHECK(kinds("Bank Shut\n\nFlight 418 landed at 4:12 p.m. after the crew declared an emergency over the lake.") ==
        Lines{"headline", "body"});
}

TEST_CASE("reference dates: published, else inferred with a reason", "[reference]") {
  kban::Corpus corpus;
  corpus.documents.push_back({"a", {}, {}, {}, kban::Date{2024, 7, 16}, {}, "The ban was announced last month."});
  corpus.documents.push_back({"b", {}, {}, {}, {}, {}, "Starting July 20, 2024, the firm will leave. It was founded in 1997."});
  corpus.documents.push_back({"c", {}, {}, {}, {}, {}, "A man at a desk on Oct. 17, 2016. (A. Photographer/AFP via Getty Images)\n\n"
                                                       "In 2022, regulators acted. Sales stop July 20."});
  corpus.documents.push_back({"d", {}, {}, {}, {}, {}, "Nothing dated here."});
  const auto refs = references(corpus);
  REQUIRE(refs.size() == 4);
  CHECK_FALSE(refs[0].inferred);
  CHECK(refs[0].date == kban::Date{2024, 7, 16});
  CHECK(refs[1].inferred);
  CHECK(refs[1].date == kban::Date{2024, 7, 20});
  CHECK(refs[1].reason == "no publication date; the latest full date in its text, 2024-07-20");
  // The caption's 2016 date is not a publication date: the corpus decides.
  CHECK(refs[2].date == kban::Date{2024, 7, 16});
  CHECK(refs[2].reason ==
        "no publication date or full date in its text; the median publication date of 1 other document, 2024-07-16");
  CHECK(refs[3].date == kban::Date{2024, 7, 16});
  kban::Corpus alone;
  alone.documents.push_back({"d", {}, {}, {}, {}, {}, "Nothing dated here."});
  const auto none = references(alone);
  CHECK_FALSE(none[0].date);
  CHECK(none[0].reason == "no publication date and no dated evidence; relative dates stay unresolved");
}

TEST_CASE("paragraphs split on blank lines with carriage returns too", "[layout]") {
  CHECK(kinds("Title\r\n\r\nFILE PHOTO: A man. (Photo taken Oct. 17, 2016)\r\n \r\nThe office closed on July 3.") ==
        Lines{"headline", "caption", "body"});
}

TEST_CASE("an inferred reference moves inside the bounds the article's tenses set", "[reference]") {
  kban::Corpus corpus;
  corpus.documents.push_back({"a", {}, {}, {}, kban::Date{2024, 7, 26}, {}, "Sales ended."});
  corpus.documents.push_back({"b", {}, {}, {}, {}, {}, "The company will begin winding down on July 20."});
  corpus.documents.push_back({"c", {}, {}, {}, {}, {}, "The agency announced the ban on Aug. 2."});
  const auto refs = references(corpus);
  CHECK(refs[1].date == kban::Date{2024, 7, 19});
  CHECK(refs[1].reason ==
        "no publication date or full date in its text; the median publication date of 1 other document, 2024-07-26, "
        "moved to 2024-07-19: the text tells of 2024-07-20 in the future tense");
  CHECK(refs[2].date == kban::Date{2024, 8, 2});
  CHECK(refs[2].reason.find("moved to 2024-08-02: the text tells of that day in the past tense") != std::string::npos);
}

TEST_CASE("a day told in the future comes after the days told in the past", "[reference]") {
  // From the guess of June 17, the nearest Jan. 1 lies behind it, before Aug. 5: the text
  // would contradict itself. The Jan. 1 after Aug. 5 does not.
  kban::Corpus corpus;
  corpus.documents.push_back({"a", {}, {}, {}, kban::Date{2025, 6, 17}, {}, "Sales ended."});
  corpus.documents.push_back({"b", {}, {}, {}, {}, {}, "The agency published its report on Aug. 5. Support will end on Jan. 1."});
  const auto refs = references(corpus);
  CHECK(refs[1].date == kban::Date{2025, 8, 5});
}

TEST_CASE("an undated article takes the date of its own story, not of another that shares a common actor", "[reference]") {
  // Three articles of another story name the Commerce Department; one names Kaspersky too.
  kban::Corpus corpus;
  corpus.documents.push_back({"k", {}, {}, {}, kban::Date{2024, 7, 16}, {}, "Kaspersky met the Commerce Department on Monday."});
  for (const char* id : {"s1", "s2", "s3"})
    corpus.documents.push_back({id, {}, {}, {}, kban::Date{2025, 6, 17}, {}, "The Commerce Department banned the drones on Monday."});
  corpus.documents.push_back({"u", {}, {}, {}, {}, {}, "Kaspersky said the Commerce Department banned its software in June."});
  const auto refs = references(corpus);
  CHECK(refs[4].date == kban::Date{2024, 7, 16});
  CHECK(refs[4].reason ==
        "no publication date or full date in its text; the median publication date of 4 other documents (weighted by the "
        "actors they share with it), 2024-07-16");
}
